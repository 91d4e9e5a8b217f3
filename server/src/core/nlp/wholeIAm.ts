/**
 * "I'm" as the tagger's model reads it: one token, tagged as a proper name, where every other
 * contraction of a pronoun ("I've", "we're", "she's") comes back as the pronoun and its
 * auxiliary. Read whole, "I’m sure your friends told you…" gave "I’m sure your friends" as the
 * one who told, and the writer's "I" went unseen. The token is split as the others are: "I", a
 * pronoun, and "'m", the auxiliary "be", at the offsets of the text.
 */
import type { TaggedToken } from './tagger.js';

const I_AM = /^(i)(['’]m)$/i;

/** The tokens with each "I'm" split in two; the same array when there is none. */
export function splitWholeIAm(tokens: TaggedToken[]): TaggedToken[] {
  if (!tokens.some((t) => I_AM.test(t.text))) return tokens;
  return tokens.flatMap((t): TaggedToken[] => {
    const parts = I_AM.exec(t.text);
    if (!parts) return [t];
    const [, pronoun, ending] = parts as unknown as [string, string, string];
    const split = t.start + pronoun.length;
    return [
      { ...t, text: pronoun, lower: 'i', lemma: 'i', pos: 'PRON', end: split },
      { text: ending, lower: ending.toLowerCase(), lemma: 'be', pos: 'AUX', start: split, end: t.end, spaceBefore: false },
    ];
  });
}
