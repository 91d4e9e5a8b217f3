/**
 * A "Trending Stories" box in the middle of the article (round 130): the heading now opens a
 * teaser list like "Trending now", and a post the article embeds under the box, its text over its
 * credit ("— Name (@handle) Date"), ends the list: teasers are never signed so. Every text here is
 * written for the test.
 */
import { assertFlagged, assertKept, flaggedLineSet } from '../support/boilerplateFlags.js';
import { FERRY_BODY as BODY, FERRY_HEADLINE as HEADLINE } from '../support/ferryTerminalArticle.js';

const TEASERS = ['Island bus timetable changes from next week', 'Five quiet beaches to visit this autumn', 'Lifeboat crew rescues two kayakers off the point'];
const POST = ['The new terminal plans are finally through. About time for the east quay!', '— Quay Watch (@quaywatch) March 4, 2024'];

describe('boilerplate: a trending list inside the article, and a post the article embeds under it', function () {
  it('flags the teasers under "Trending Stories" and keeps the embedded post and the paragraphs after it', function () {
    const page = [HEADLINE, BODY[0]!, BODY[1]!, BODY[2]!, 'Trending Stories', ...TEASERS, ...POST, BODY[3]!, BODY[4]!];
    const flagged = flaggedLineSet(page);
    assertFlagged(flagged, TEASERS);
    assertKept(flagged, [HEADLINE, ...BODY, ...POST]);
  });
});
