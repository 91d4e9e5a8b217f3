/**
 * Noun phrases found by walking part-of-speech tags left or right from a cue: the subject
 * before "said", the object of "according to", the speaker after an inverted "said".
 * Covers the shapes news writing uses: possessives ("Estavia's central bank"), prepositional
 * tails ("Petra Lind of the Vardo Institute"), lists ("Lisbon, Madrid and Paris"), hyphenated
 * and bracketed parts ("the state-run Estavia News Agency (ENA)").
 */
import type { TaggedToken } from '../nlp/tagger.js';
export interface Span {
    /** Token indexes, inclusive. */
    first: number;
    last: number;
}
/** The noun phrase that ends at token `last` (inclusive), or undefined. */
export declare function nounPhraseEndingAt(tokens: readonly TaggedToken[], last: number): Span | undefined;
/** The noun phrase that starts at token `first`, with list continuations and an apposition. */
export declare function nounPhraseStartingAt(tokens: readonly TaggedToken[], first: number, allowApposition?: boolean, firstIsNominal?: boolean): Span | undefined;
