/**
 * Credits for pictures written out with "by" and no colon (round 236, found on the postlight
 * pages' kept lines): "Illustration by …", "Photographs by …", "Graphics by: …". The caption
 * lexicon knew "photo by" and "illustration:" only. Every text here is written for the test.
 */
import { assertFlagged, assertKept, flaggedLineSet } from '../support/boilerplateFlags.js';

const HEADLINE = 'Harbour operator shares fall after bridge vote';
const BODY = [
  'Shares of the ferry operator fell 12 percent on Tuesday, a day after the council approved a bridge that will replace its busiest crossing in 2028.',
  'The company carries 40,000 passengers a week between the two quays, and the crossing brings in about a third of its revenue, its annual report shows.',
  'A photograph by the harbour master, taken from the north quay at dawn, shows the old crossing in fog, and the council used it in its campaign for the bridge.',
  'The operator said in a statement that it would bid to run the bridge’s toll booths and keep its smaller crossings to the islands open.',
];

describe('boilerplate: credits for pictures', function () {
  it('flags a credit that says "by" with no colon, and keeps a sentence that names a photograph by someone', function () {
    const credits = ['Illustration by Maren Holt', 'Photographs by Ansel Kovac, Quayside Pictures', 'Graphics by: Ida Brenner and Tom Salo'];
    const found = flaggedLineSet([HEADLINE, credits[0]!, ...BODY.slice(0, 2), credits[1]!, ...BODY.slice(2), credits[2]!]);
    assertFlagged(found, credits);
    assertKept(found, BODY);
  });
});
