/**
 * A section's teaser heading named "… in <section>" ("Recent in News", "More in Health &
 * Fitness", "Read More In:") opens a list of other stories as "More from Local" does (round 128).
 * Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { flaggedLineSet } from '../support/boilerplateFlags.js';

const HEADLINE = 'Harbour council approves new ferry terminal after long dispute';
const BODY = [
  'The harbour council voted on Tuesday to approve a new ferry terminal on the east quay, ending a dispute that had run for more than three years.',
  'Councillors backed the plan by seven votes to four after a debate that lasted most of the afternoon, the council said in a statement.',
  'The terminal will replace the wooden pier that has served island ferries since the 1960s and will be able to take two vessels at once, according to the plans.',
  'Residents of the east quay had objected to the noise of construction and to the loss of parking spaces near the harbour wall.',
  'Work is expected to begin in the spring and to take eighteen months, the harbour master said.',
];

describe('boilerplate: section headings over teasers', function () {
  for (const heading of ['Recent in News', 'More in Health & Fitness', 'Featured in Local', 'Popular in Essays']) {
    it(`opens a teaser list at "${heading}"`, function () {
      const teasers = ['Crews still working on the water main break, service back for some', 'The plague of beetles may not be as bad as we thought'];
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
