/**
 * Issue 14, item 4 (QUALITY.md round 71): a speaker described by a participle phrase and then
 * an aside ("Dockworkers interviewed at the gates this week, including Ms. Moreau, said…") is
 * the whole phrase, not the time or the place it ends on; a finite verb before an inverted
 * speaker stays the clause's own. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: a participle phrase before an aside', function () {
  it('keeps the noun the participle describes', function () {
    // Before: "this week".
    assert.equal(sourceOf('Several dockworkers interviewed at the gates this week, including Ms. Moreau, said they would strike.'), 'Several dockworkers interviewed at the gates');
    // Before: "the gates".
    assert.equal(sourceOf('Several dockworkers interviewed at the gates, including Ms. Moreau, said they would strike.'), 'Several dockworkers interviewed at the gates');
  });

  it('leaves a plain aside as it was', function () {
    assert.equal(sourceOf('Officials in Brennick, including the mayor, said the port would reopen.'), 'Officials in Brennick');
  });

  it('does not take a finite verb for a participle before an inverted speaker', function () {
    const source = sourceOf('Moreau died at the harbour hospital in Brennick, Maine, said hospital spokesman Ivo Petrov.');
    assert.ok(!source?.startsWith('Moreau died'), `source "${source}"`);
  });
});
