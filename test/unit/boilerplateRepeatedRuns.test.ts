/**
 * A widget the page prints again and again below the article (round 130): an ad box's feedback
 * prompt under every sponsored teaser prints the same short lines in the same order each time, and
 * no marker heads it. Three lines or more in a row printed again are furniture; the same lines
 * printed once are not. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { assertFlagged, assertKept, flaggedBoilerplate, flaggedLineSet } from '../support/boilerplateFlags.js';
import { FERRY_BODY as BODY, FERRY_HEADLINE as HEADLINE } from '../support/ferryTerminalArticle.js';

const FEEDBACK = ['This ad is hidden', 'Tell us why', 'Not for me', 'Seen too often', 'Off topic', 'Annoying'];

describe('boilerplate: a run of lines the page prints again below the article', function () {
  it('flags a feedback box printed under every sponsored teaser', function () {
    const teasers = ['Garden sheds that sell out every spring', 'Why renters are switching energy plans', 'The island cottages you can still afford'];
    // (A paragraph of prose at the page's foot, so that the article's tail does not reach the box.)
    const foot = 'The island has been served by ferries for more than a century, and the crossing remains the only way to bring cars and freight to its villages.';
    const page = [HEADLINE, ...BODY, ...teasers.flatMap((teaser) => [teaser, ...FEEDBACK]), foot];
    const found = flaggedBoilerplate(page);
    assertFlagged(new Set(found.map(({ line }) => line)), FEEDBACK);
    assert.ok(
      found.some(({ line, reason }) => line === 'This ad is hidden' && /prints again/.test(reason)),
      'the feedback box is flagged for being printed again',
    );
    assertKept(flaggedLineSet(page), [HEADLINE, ...BODY]);
  });

  it('keeps short lines the page prints once', function () {
    const page = [HEADLINE, ...BODY, 'The timetable for the works:', 'Spring: the old pier closes', 'Summer: piling begins', 'Autumn: the new deck is laid'];
    assertKept(flaggedLineSet(page), page);
  });
});
