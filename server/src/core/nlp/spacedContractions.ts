/**
 * Contractions a scrape wrote with spaces around the apostrophe ("couldn ’ t", "we ’ re", "what
 * ’ s"), which the tagger reads as three words, the last a noun: "I couldn ’ t say anything" gave
 * the noun "t" as the one who says. Their pieces are read as the tagger reads the contraction
 * written whole ("couldn’t": "could" + "n’t", "we’re": "we" + "’re"), tags, lemmas and all; the
 * apostrophe stays a mark of its own, and offsets do not move.
 */
import type { Pos, TaggedToken } from './tagger.js';

/** What a contraction's ending stands for, as the tagger gives it for the contraction written whole. */
const ENDINGS: ReadonlyMap<string, { pos: Pos; lemma: string }> = new Map([
  ['t', { pos: 'PART', lemma: 'not' }],
  ['re', { pos: 'AUX', lemma: 'be' }],
  ['ve', { pos: 'AUX', lemma: 'have' }],
  ['ll', { pos: 'AUX', lemma: 'will' }],
  ['m', { pos: 'AUX', lemma: 'be' }],
  ['d', { pos: 'AUX', lemma: 'would' }],
  ['s', { pos: 'AUX', lemma: 'be' }],
]);

/** The auxiliaries a negative contraction is made of, by the word before its apostrophe ("couldn" in "couldn ’ t"). */
const NEGATED_AUXILIARIES: ReadonlyMap<string, string> = new Map([
  ['couldn', 'could'],
  ['wouldn', 'would'],
  ['shouldn', 'should'],
  ['mustn', 'must'],
  ['needn', 'need'],
  ['didn', 'do'],
  ['doesn', 'do'],
  ['don', 'do'],
  ['isn', 'be'],
  ['aren', 'be'],
  ['wasn', 'be'],
  ['weren', 'be'],
  ['ain', 'be'],
  ['hasn', 'have'],
  ['haven', 'have'],
  ['hadn', 'have'],
  ['can', 'can'],
  ['won', 'will'],
]);

/** Words before "’ s" that make it "is" or "has", not a possessive ("what ’ s best", "it ’ s over"). */
const PRONOUNS_BEFORE_IS = /^(it|he|she|that|what|there|here|where|who|how|everyone|everybody|nobody|someone|somebody|one|let)$/;

/** Reads the spaced contractions of one piece's tokens in place. */
export function readSpacedContractions(tokens: TaggedToken[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const ending = tokens[i]!;
    const mark = tokens[i - 1]!;
    const word = tokens[i - 2]!;
    // (Spaced on both sides: a contraction written whole is the tagger's own.)
    if (!ending.spaceBefore || !mark.spaceBefore || (mark.text !== '’' && mark.text !== "'")) continue;
    const reading = ENDINGS.get(ending.lower);
    if (!reading) continue;
    if (ending.lower === 't') {
      const auxiliary = NEGATED_AUXILIARIES.get(word.lower);
      if (auxiliary === undefined) continue;
      tokens[i - 2] = { ...word, pos: 'AUX', lemma: auxiliary };
    } else if (word.pos !== 'PRON' || (ending.lower === 's' && !PRONOUNS_BEFORE_IS.test(word.lower))) {
      continue;
    }
    const apostrophe = mark.text;
    tokens[i] = { ...ending, pos: reading.pos, lemma: reading.lemma, lower: ending.lower === 't' ? `n${apostrophe}t` : `${apostrophe}${ending.lower}` };
  }
}
