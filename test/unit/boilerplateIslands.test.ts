/**
 * Lines kept among furniture below the article (round 128): a feed of other stories under the
 * article prints each title over its byline, and a title that reads as a sentence ("Bus fares rise
 * again next month. Who will pay more?") was kept between two flagged bylines. Context decides such a
 * line; the article's own last sentences between photo credits stay its own. Every text here is
 * written for the test.
 */
import assert from 'node:assert/strict';
import { assertFlagged, assertKept, flaggedBoilerplate, flaggedLineSet } from '../support/boilerplateFlags.js';
import { FERRY_BODY as BODY, FERRY_HEADLINE as HEADLINE } from '../support/ferryTerminalArticle.js';

/** A feed of other stories, each title over its byline. */
const FEED_TITLES = ['Bus fares rise again next month. Who will pay more?', 'Are the town’s bridges safe enough?', 'A bakery on Mill Street wins a national prize'];
const FEED = ['Latest Headlines', 'Why the old mill chimney is coming down', 'By Lee Park', FEED_TITLES[0]!, 'By Tom Reed', FEED_TITLES[1]!, 'By Ann Kim', FEED_TITLES[2]!, 'By Maria Lopez'];
const FOOTER = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Contact'];

describe('boilerplate: lines kept among furniture below the article', function () {
  it('flags the titles of a feed between their bylines under the article', function () {
    const found = flaggedBoilerplate([HEADLINE, ...BODY, ...FEED, ...FOOTER]);
    const flagged = new Set(found.map(({ line }) => line));
    assertFlagged(flagged, FEED_TITLES);
    assert.ok(
      found.some(({ line, reason }) => line === FEED_TITLES[0] && /among furniture/.test(reason)),
      'the sentence-shaped title is flagged for its context',
    );
    assert.ok(!flagged.has(HEADLINE));
    assertKept(flagged, BODY);
  });

  it('keeps the article’s last short sentences between photo credits', function () {
    const ending = [
      'Courtesy of the Harbour Trust',
      'Courtesy of the Harbour Trust',
      'The old pier will become a walkway with benches.',
      'Courtesy of the Harbour Trust',
      'Courtesy of the Harbour Trust',
      'A model of the terminal is on show at the library.',
      'Courtesy of the Harbour Trust',
      'Related: Island ferry fares to rise in the new year',
      ...FOOTER,
    ];
    const flagged = flaggedLineSet([HEADLINE, ...BODY, ...ending]);
    for (const sentence of ['The old pier will become a walkway with benches.', 'A model of the terminal is on show at the library.']) {
      assert.ok(!flagged.has(sentence), `flagged: ${sentence}`);
    }
    assertKept(flagged, BODY);
  });

  it('keeps a line that announces a list, and a long paragraph, far below the article among furniture', function () {
    // Widgets enough that the article's densest prose ends above it.
    const menu = ['Advertisement', 'Share on Facebook', 'Share on Twitter', 'Share on WhatsApp', 'Copy link', 'Subscribe to our newsletter'];
    const announcing = 'Ferry times from the east quay during the works:';
    const paragraph =
      'The council will publish the full timetable for the works next month, and residents can comment on it at the harbour office or online until the end of the year, the harbour master told the meeting';
    const lines = [HEADLINE, ...BODY, ...menu, ...menu, announcing, ...menu, paragraph, ...menu, ...FOOTER];
    const flagged = flaggedLineSet(lines);
    assert.ok(!flagged.has(announcing), 'the announcing line is flagged');
    assert.ok(!flagged.has(paragraph), 'the long paragraph is flagged');
  });
});
