/**
 * The headline of a whole page that stands over its byline and date (round 130): the line taken
 * at the page's top was a menu button's label, and the article's own title, whose words name
 * little of its body, was flagged with the menus between them. The title right over the byline
 * and the date that stand right over the body is the headline, whatever its words; and (round
 * 412) so it is past a site's address or an agency's name printed with them. Every text here is
 * written for the test.
 */
import assert from 'node:assert/strict';
import { assertKept, flaggedBoilerplate } from '../support/boilerplateFlags.js';
import { FERRY_BODY as BODY } from '../support/ferryTerminalArticle.js';

describe('boilerplate: the title over the byline and the date is the headline', function () {
  it('keeps the title over "By …" and the date, and flags the menu button at the top', function () {
    const title = 'Goodbye to those creaking boards';
    const byline = ['By Morgan Hale', 'March 4, 2024'];
    const menus = ['Skip to the main story', 'Local', 'Travel', 'Weather', 'Sport', 'Opinion', 'Get our newsletter', 'Search the site Search', 'Travel'];
    const page = ['Open the menu panel button', ...menus, title, ...byline, ...byline, ...BODY];
    const flagged = new Set(flaggedBoilerplate(page).map(({ line }) => line));
    assertKept(flagged, [title, ...BODY]);
    assert.ok(flagged.has('Open the menu panel button'), 'the menu button at the top is kept');
  });

  it('reads past a site’s address and an agency’s name printed under the byline (round 412)', function () {
    // Before: the title flagged "caption, under a section marker" below the menu's "Video", with a
    // line of the site's own names taken for the headline at the top.
    const title = 'How to Win Back a Client Who Stopped Calling';
    const menus = [
      'Harbour News',
      'Harbour Business',
      'Harbour News Latino',
      'Harbour Business Go',
      'Harbour News Radio',
      'Harbour Nation',
      'Harbour News Insider',
      'Login',
      'Account',
      'Profile',
      'Logout',
      'Search Site',
      'Home',
      'Starting a Business',
      'Marketing & Sales',
      'Finance & Accounting',
      'Entrepreneurs',
      'Home Office',
      'Video',
    ];
    const under = ['By Lena Vos', 'Published December 23, 2024', 'HarbourBusiness.com', 'REUTERS'];
    const body = [
      'When a client who once called every week goes quiet, most small business owners wait. Waiting is the worst thing a business can do, because a silent client is already talking to someone else.',
      'Start With the Numbers',
      'Look at what the client bought from your business over the last two years. A client who ordered less each quarter was drifting long before the calls stopped.',
      'Then call, and ask what changed in the client’s own business. Most clients who leave a business do so because nobody asked them what they needed next.',
      'Make the Offer Small',
      'A small offer is easier for a client to accept than a large one, and it gives the business a reason to call again within the month.',
      'Owners who win back one client in three are doing well, and the business that keeps asking will find that most clients never meant to leave at all.',
    ];
    const flagged = new Set(flaggedBoilerplate([...menus, title, ...under, ...body]).map(({ line }) => line));
    assertKept(flagged, [title, ...body]);
    assert.ok(flagged.has('Harbour Business Go') && flagged.has('By Lena Vos'));
  });
});
