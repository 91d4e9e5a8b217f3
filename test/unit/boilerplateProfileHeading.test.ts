/**
 * A profile box's heading ("About the author", "About Northstar Metals", "About us") opens the
 * box below it; an article's own subheading that opens the same way ("About the prison:", over
 * the paragraphs that describe the prison) is the article's (QUALITY.md round 429: a clean ECB+
 * article had it flagged as a biography). Every text here is written for the test.
 */
import { assertFlagged, assertKept, flaggedLineSet } from '../support/boilerplateFlags.js';
import { FERRY_BODY as BODY, FERRY_HEADLINE as HEADLINE } from '../support/ferryTerminalArticle.js';

describe('boilerplate: a profile’s heading, not a subheading that opens like one', function () {
  it('keeps the article’s subheading "About the terminal:" and what it introduces', function () {
    const section = [
      'About the terminal:',
      'The new building will have two berths, a waiting hall for 400 passengers and a covered walkway to the bus station.',
      'Its roof will carry solar panels that the council says will supply a third of the terminal’s power.',
    ];
    const found = flaggedLineSet([HEADLINE, ...BODY.slice(0, 3), ...section, ...BODY.slice(3)]);
    assertKept(found, [...section, ...BODY]);
  });

  for (const heading of ['About the author', 'About the company', 'About us', 'About Harbour Gazette']) {
    it(`still flags a profile box under the article headed "${heading}"`, function () {
      const found = flaggedLineSet([HEADLINE, ...BODY, heading, 'Dana Whitlock covers transport and the harbour for the Gazette.']);
      assertFlagged(found, [heading]);
      assertKept(found, BODY);
    });
  }
});
