/**
 * Issue 14, item 4 (QUALITY.md round 156): verbs of speech that report nothing. A second blind
 * read of the vague-source warnings rejected "…as well as others similar to the one reported."
 * (source "others similar to the one"), "Jokes are told, interviews are requested…" (an
 * impersonal "Jokes are told") and "…, telling few people about their situations" (source "Many
 * unnaturalized adoptees"); the census of sources found "a nutritional-supplement-maker called
 * Mannatech" read as a speaker. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';
import { vagueFindings } from '../support/vagueFindings.js';

describe('attribution: verbs of speech that report nothing', function () {
  it('reads a participle that closes the clause after a preposition’s object as describing it', function () {
    assert.equal(sourceOf('The ferry company will cancel the sailing as well as others similar to the one reported.'), undefined);
    // "As Politico reported, …" and "…than the records showed" open clauses of their own.
    assert.equal(sourceOf('As the Harbour Gazette reported, the crane failed its inspection in May.'), 'the Harbour Gazette');
    assert.equal(sourceOf('The board paid the contractor much less than the council’s records showed.'), 'the council’s records');
  });

  it('reads a passive of telling before a comma as something done, not what was told', function () {
    assert.equal(sourceOf('Jokes are told, speeches are made and advice is given to the mayor along with handshakes.'), undefined);
    assert.equal(sourceOf('The jury was told that the crane had not been inspected.'), 'The jury was told');
  });

  it('reads telling someone about a topic as no report of words', function () {
    assert.equal(sourceOf('Many of the dockworkers stay quiet, telling few people about their debts.'), undefined);
    // What was told, in a clause or a quotation, is reported.
    assert.equal(sourceOf('The harbour master told investors that the crane would be replaced.'), 'The harbour master');
    assert.equal(sourceOf('“We will not move,” the steward told the council about the strike.'), 'the steward');
    // A question asked about something stays the asker's.
    assert.equal(sourceOf('At a town hall, a dockworker asked the mayor about the bridge tolls.'), 'a dockworker');
  });

  it('reads "called" after a hyphenated noun as naming it', function () {
    assert.equal(sourceOf('The mayor met a harbour-crane-maker called Lindqvist Lines on Monday.'), undefined);
  });

  it('reads a speech verb’s idioms of acts as no report (round 261)', function () {
    // Before: "The mayor" was the source of each.
    assert.equal(sourceOf('The mayor said goodbye to the crowd on the quay.'), undefined);
    assert.equal(sourceOf('The new harbour master reported for duty at 9 a.m.'), undefined);
    assert.equal(sourceOf('On Friday morning, the mayor told a joke about the toll.'), undefined);
    // The same verbs still report when words follow.
    assert.equal(sourceOf('The mayor told a joke, then said the toll would rise.'), 'The mayor');
  });

  it('reads asking not to be named as no report, and the verb after it as the speaker’s (round 267)', function () {
    // Before: "A senior official | asked", and no vague-source warning.
    const [found] = vagueFindings('A senior official, who asked not to be named, said the ferry would stop in May.');
    assert.deepEqual(found, { source: 'A senior official, who asked not to be named', vague: true });
    assert.equal(sourceOf('The harbour master asked not to be identified.'), undefined);
    // Asking something else still reports a request.
    assert.equal(sourceOf('The mayor asked residents to stay home.'), 'The mayor');
  });
});
