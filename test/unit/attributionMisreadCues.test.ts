/**
 * Issue 14, item 4 (QUALITY.md round 67): plain reports the tagger's misreadings hid. "Ian Read
 * said" (a name read as a verb, "said" as an adjective), "Labor leaders point out that…"
 * ("point" read as a noun), "One in five say…" ("say" read as a noun after a share), "a source
 * familiar with Cruz's thinking said" (a gerund after a possessive), "alleged in the suit
 * that…" (where it was said, before the clause), and evidence a paper or documents give. Every
 * text here is written for the test.
 */
import assert from 'node:assert/strict';
import { sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';
import { vagueFindings } from '../support/vagueFindings.js';

describe('attribution: reports the tagger misread', function () {
  it('reads "said" after a name as the verb, whatever its tag', function () {
    assert.equal(sourceOf('In a call with analysts Monday, port chief executive Ian Read said dockworkers had returned.'), 'port chief executive Ian Read');
  });

  it('reads a poll share as the subject of "say"', function () {
    assert.equal(sourceOf('One in five say the bridge will never open.'), 'One in five');
    // (With the adverb that grades the count, as written: round 319.)
    assert.equal(sourceOf('Nearly nine out of 10 say they would use the new bridge.'), 'Nearly nine out of 10');
  });

  it('keeps a gerund after a possessive inside the speaker’s phrase', function () {
    assert.equal(sourceOf('Another source familiar with the mayor’s thinking said, “She will sign the plan.”'), 'Another source familiar with the mayor’s thinking');
  });

  it('reads a verb with its particle before a clause', function () {
    assert.equal(sourceOf('Union leaders point out that the cranes have not been inspected since May.'), 'Union leaders');
  });

  it('reads where a claim was made between the verb and its clause', function () {
    assert.equal(sourceOf('Moreau alleged in the suit that the firm hid $5 million from the harbour board.'), 'Moreau');
    // Not a noun's phrase followed by a relative "that".
    assert.equal(sourceOf('The vote came after the release of the audit report on harbour spending that described the losses.'), undefined);
  });

  it('reads a paper or documents as evidence that reports', function () {
    assert.equal(sourceOf('One influential 2009 paper found gains in dockworkers’ wages.'), 'One influential 2009 paper');
  });

  it('reads a lone quantifier as the subject of a plain verb of speech or thought (round 257)', function () {
    // Before: "Some say …", "Many think …" and "…, some say, is …" had no source at all — the
    // tagger read the verb as a noun ("a say", "some fear") — so the canonical vague sources
    // went unwarned and the claim was called unattributed.
    assert.deepEqual(vagueFindings('Some say the ferry will never run again.', 'The mayor’s veto, many think, is only a matter of time.', 'Cranes are cheap, but some fear the new quay will sink.'), [
      { source: 'Some', vague: true },
      { source: 'many', vague: true },
      { source: 'some', vague: true },
    ]);
    // A name may open the clause.
    assert.equal(sourceOf('Both think Lindqvist delayed the vote.'), 'Both');
    // Not a compound or a noun's phrase, not after a word the quantifier counts for, and not a
    // verb whose object follows with no clause.
    assert.equal(sourceOf('Some report cards were lost in the flood.'), undefined);
    assert.equal(sourceOf('Some fear of heights is natural on a crane.'), undefined);
    assert.equal(sourceOf('How many say they voted is unknown.'), undefined);
    assert.equal(sourceOf('But many mention the mayor and her plan only in passing, or not at all.'), undefined);
  });

  it('reads a quantifier tagged as an adverb as its verb’s subject, and one that counts a poll’s people as no vague source (round 258)', function () {
    // Before: "Most believe that…" had no source ("Most" read as an adverb and passed over).
    assert.equal(sourceOf('Most agree the new quay will sink within a decade.'), 'Most');
    // "Most" counts the workers or councillors of the share just given: no warning in either paragraph.
    assert.deepEqual(
      vagueFindings(
        'About 71 percent of harbour workers back the strike, according to the Harbour Union’s survey. Most believe the ferries will stop.',
        'Nine of 10 councillors were worried about the cost; most said they were “very worried.”',
      ),
      [
        { source: 'the Harbour Union’s survey', vague: false },
        { source: 'most', vague: false },
      ],
    );
    // With no share before it, or only a title with "Majority" in it, the quantifier is vague.
    assert.deepEqual(vagueFindings('Majority Leader Ana Ruiz said the plan was sound. Most believe the ferries will stop.'), [{ source: 'Majority Leader Ana Ruiz', vague: true }]);
  });
  it('reads a verb that reports only before "that", tagged as a noun after a name, as the name\'s verb (round 287)', function () {
    // Before: "Ruiz charges that…" had no source ("charges" read as the plural noun).
    assert.equal(sourceOf('Ruiz charges that councils that stand to gain from the bridge paid millions to the port fund.'), 'Ruiz');
    // Guards: "that" before a verb is a relative pronoun, and a name after an article is a modifier.
    assert.equal(sourceOf('Ruiz charges that were dropped last year will be filed again.'), undefined);
    assert.equal(sourceOf('The Ruiz charges that the council filed were dropped in May.'), undefined);
  });
});
