/**
 * Credits for pictures written out with "by" and no colon (round 236, found on the postlight
 * pages' kept lines): "Illustration by …", "Photographs by …", "Graphics by: …". The caption
 * lexicon knew "photo by" and "illustration:" only. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { assertFlagged, assertKept, flaggedBoilerplate, flaggedLineSet } from '../support/boilerplateFlags.js';

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

describe('boilerplate: a photographer named with the agency or outlet (round 343)', function () {
  // Found on the postlight pages' kept lines: "Scott Heins/Gothamist", "Jessica Kourkounis for The
  // New York Times", a caption closed by "(Evan Vucci / AP)".
  const CREDITS = ['Ilse Marwood/AP', 'Tomas Rieger / Getty Images', 'Nadia Ferraz for The Harbour Ledger', 'Pavel Okonkwo/The Harbour Ledger'];
  const CAPTION = 'Ferry passengers queue on the north quay on Monday. (Ilse Marwood/Reuters)';

  it('flags a credit on its own line and a caption its credit closes, as captions', function () {
    const lines = [HEADLINE, CREDITS[0]!, BODY[0]!, CREDITS[1]!, BODY[1]!, CAPTION, CREDITS[2]!, BODY[2]!, CREDITS[3]!, BODY[3]!];
    const found = flaggedBoilerplate(lines);
    for (const line of [...CREDITS, CAPTION]) assert.equal(found.find((f) => f.line === line)?.code, 'boilerplate/caption', line);
    assertKept(new Set(found.map((f) => f.line)), [HEADLINE, ...BODY]);
  });

  it('takes no slash between two words of a menu or a review for a credit: no given name, no picture agency', function () {
    // (A menu's row, "Sign In / Sign Up", is furniture of another kind; so the breadcrumb rule
    // reads "Firm Chop / Crud", a review's heading, when it stands alone.)
    const rows = ['Firm Chop / Crud', 'Sign In / Sign Up', 'High Schools / Preps'];
    const found = flaggedBoilerplate([HEADLINE, BODY[0]!, BODY[1]!, ...rows, BODY[2]!, BODY[3]!]);
    for (const row of rows) assert.notEqual(found.find((f) => f.line === row)?.code, 'boilerplate/caption', row);
  });
});

describe('boilerplate: a caption ends at its credit (round 354)', function () {
  // Found on a readability page: "Image", a caption closed by "Credit Kirsten Luce for The New
  // York Times", then the article's next subheading, flagged as more of the picture.
  const SUBHEADINGS = ['Salt on icy quays can cause trouble below them', 'How to replace century-old piers: slowly, and carefully'];
  const CAPTIONS = [
    'A diver inspects the north pier this month at dawn. Credit Ilse Marwood for The Harbour Ledger',
    'In 1978, a storm surge flooded the south quay. Credit Pavel Okonkwo/The Harbour Ledger',
  ];

  it('keeps the subheading under a picture’s caption, and flags the caption', function () {
    const lines = [
      HEADLINE,
      BODY[0]!,
      BODY[1]!,
      'Image',
      CAPTIONS[0]!,
      SUBHEADINGS[0]!,
      BODY[2]!,
      BODY[3]!,
      'Image',
      CAPTIONS[1]!,
      SUBHEADINGS[1]!,
      BODY[0]!.replace('12 percent', '9 percent'),
      BODY[1]!.replace('40,000', '38,000'),
    ];
    const found = flaggedLineSet(lines);
    assertFlagged(found, ['Image', ...CAPTIONS]);
    assertKept(found, SUBHEADINGS);
  });
});
