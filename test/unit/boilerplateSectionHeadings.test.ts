/**
 * A section's teaser heading named "… in <section>" ("Recent in News", "More in Health &
 * Fitness", "Read More In:") opens a list of other stories as "More from Local" does (round 128).
 * Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { flaggedLineSet } from '../support/boilerplateFlags.js';
import { FERRY_BODY as BODY, FERRY_HEADLINE as HEADLINE } from '../support/ferryTerminalArticle.js';

describe('boilerplate: section headings over teasers', function () {
  for (const heading of ['Recent in News', 'More in Health & Fitness', 'Featured in Local', 'Popular in Essays']) {
    it(`opens a teaser list at "${heading}"`, function () {
      const teasers = ['Library to reopen in March after the roof repairs', 'School bus routes change for the new term'];
      const flagged = flaggedLineSet([HEADLINE, ...BODY, heading, teasers[0]!, 'Maria Lopez', teasers[1]!, 'Tom Reed']);
      assert.ok(flagged.has(heading), `kept: ${heading}`);
      for (const teaser of teasers) assert.ok(flagged.has(teaser), `kept: ${teaser}`);
      for (const line of BODY) assert.ok(!flagged.has(line), `flagged: ${line}`);
    });
  }

  it('keeps a short line of the article that starts so but ends as a sentence', function () {
    const line = 'More in the spring.';
    const flagged = flaggedLineSet([HEADLINE, BODY[0]!, BODY[1]!, line, BODY[2]!, BODY[3]!]);
    assert.ok(!flagged.has(line));
  });
});
