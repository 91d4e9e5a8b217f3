/**
 * QUALITY.md round 413: "she" went to a man and "he" to a woman where the gender lexicon lacked a
 * common first name ("she — Tad Devine", "he — Ivanka Trump"), and a woman the story is about
 * went unnamed ("she said" of Betsy Ebeling). Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { resolvedSourceOf as resolvedOf } from '../support/resolvedSource.js';

describe('attribution: a pronoun speaker agrees with the first name of whom it resolves to', function () {
  it('gives “she” to the woman, past the last man who spoke', function () {
    // Before: "Tad Berg", whose first name told no gender.
    const paragraphs = ['Betsy Lund has run the ferry company since 2010.', 'Tad Berg said the bridge would open in May.', '“We will keep the smaller crossings to the islands,” she said.'];
    assert.equal(resolvedOf(paragraphs, '“We will keep'), 'Betsy Lund');
  });

  it('gives “he” to the man, past the last woman who spoke', function () {
    // Before: "Ivanka Moreau".
    const paragraphs = [
      'Simon Lund, who runs the ferry company, met the council on Monday.',
      'Ivanka Moreau, the harbour master, said the bridge would open in May.',
      '“We will keep the smaller crossings to the islands,” he said.',
    ];
    assert.equal(resolvedOf(paragraphs, '“We will keep'), 'Simon Lund');
  });
});
