/**
 * Issue 14, item 4 (QUALITY.md round 70): where the speaker's phrase ends. After an inverted
 * "said", the speaker ends where the statement he spoke in begins ("said the harbour master in
 * a statement issued by the port"); a list read back over a comma stops at the object of the
 * clause before it ("…was struck by a delivery van, police and witnesses said."); and
 * "decided not to…" takes no clause. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { attributionAfterHeadline, sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: where the speaker’s phrase ends', function () {
  it('ends an inverted speaker before the statement it was made in', function () {
    // Before: "General Manager Ana Moreau in a statement".
    assert.equal(sourceOf('“The cranes are safe,” said General Manager Ana Moreau in a statement.'), 'General Manager Ana Moreau');
    // Before: "It", from inside the quotation, cue "in a news release".
    assert.equal(sourceOf('“It is a sad day for the port,” said General Manager A. J. Moreau in a news release issued by the board yesterday.'), 'General Manager A. J. Moreau');
  });

  it('starts a list of speakers after the object of the clause before it', function () {
    // Before: "a delivery van, police and witnesses".
    assert.equal(sourceOf('A dockworker crossing the quay was struck by a delivery van, police and witnesses said.'), 'police and witnesses');
    // A name whose "of" takes a list keeps it.
    assert.equal(
      sourceOf('A report released in May by the Institute of Ports, Harbours and Shipping found that the cranes were unsafe.'),
      'A report released in May by the Institute of Ports, Harbours and Shipping',
    );
    // A list that opens the sentence stays whole.
    assert.equal(sourceOf('Police, firefighters and witnesses said the fire spread fast.'), 'Police, firefighters and witnesses');
  });

  it('reads "decided not to" as an act', function () {
    assert.equal(attributionAfterHeadline('The operator decided not to risk the crew as the ship passed the strait.'), undefined);
  });
});
