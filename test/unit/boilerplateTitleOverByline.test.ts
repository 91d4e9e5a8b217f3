/**
 * The headline of a whole page that stands over its byline and date (round 130): the line taken
 * at the page's top was a menu button's label, and the article's own title, whose words name
 * little of its body, was flagged with the menus between them. The title right over the byline
 * and the date that stand right over the body is the headline, whatever its words. Every text
 * here is written for the test.
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
});
