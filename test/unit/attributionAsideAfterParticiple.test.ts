/**
 * Issue 14, item 4 (QUALITY.md round 71): a speaker described by a participle phrase, with an
 * aside after it ("Dockworkers interviewed at the gates this week, including Ms. Moreau,
 * said…") or a time right after the participle ("A notice posted Monday afternoon on the
 * port's website said…"), is the whole phrase, not the time or the place in it; a finite verb
 * stays the clause's own. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: a participle phrase in the speaker’s', function () {
  it('keeps the noun the participle describes', function () {
    // Before: "this week".
    assert.equal(sourceOf('Several dockworkers interviewed at the gates this week, including Ms. Moreau, said they would strike.'), 'Several dockworkers interviewed at the gates');
    // Before: "the gates". (Its examples join it since round 392, as PolNeAR reads them.)
    assert.equal(sourceOf('Several dockworkers interviewed at the gates, including Ms. Moreau, said they would strike.'), 'Several dockworkers interviewed at the gates, including Ms. Moreau');
  });

  it('keeps the examples of a plain subject with it', function () {
    assert.equal(sourceOf('Officials in Brennick, including the mayor, said the port would reopen.'), 'Officials in Brennick, including the mayor');
  });

  it('does not take a finite verb for a participle before an inverted speaker', function () {
    const source = sourceOf('Moreau died at the harbour hospital in Brennick, Maine, said hospital spokesman Ivo Petrov.');
    assert.ok(!source?.startsWith('Moreau died'), `source "${source}"`);
  });

  it('keeps the noun a participle with a time after it describes', function () {
    // Before: "Monday afternoon on the port's website".
    assert.equal(sourceOf("A notice posted Monday afternoon on the port's website said the quay would close."), "A notice posted Monday afternoon on the port's website");
    // Before a cue in -ing the form in -ed is the clause's verb.
    const source = sourceOf('The union entered Thursday’s talks believing it had the upper hand.');
    assert.ok(!source?.startsWith('The union entered'), `source "${source}"`);
  });
});
