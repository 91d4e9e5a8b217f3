/**
 * Issue 14, item 4 (QUALITY.md round 71): some scrapes set a possessive apart with spaces
 * ("the harbour master ’ s deputy"); the source is the whole phrase, not "s deputy". Every text
 * here is written for the test.
 */
import assert from 'node:assert/strict';
import { sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: a possessive set apart with spaces', function () {
  it('keeps the name before the apostrophe in the source', function () {
    // Before: "s attorney".
    assert.equal(sourceOf('Ana Moreau ’ s attorney said Thursday the pilot had checked into a clinic.'), 'Ana Moreau ’ s attorney');
    assert.equal(sourceOf("The City Attorney ' s office said the case had not been filed."), "The City Attorney ' s office");
  });

  it('keeps it after an inverted verb too', function () {
    assert.equal(sourceOf('“It never ends,” said Ivo Petrov, the pilot ’ s father.'), 'Ivo Petrov, the pilot ’ s father');
  });

  it('reads a form in -ing after it as a noun, not a cue', function () {
    // Before: source "s", cue "deciding".
    assert.equal(sourceOf('During the match ’ s deciding 15-2 run, Moreau scored twice and blocked two shots.'), undefined);
  });
});
