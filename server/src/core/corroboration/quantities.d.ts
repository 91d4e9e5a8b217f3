/**
 * Quantities in a sentence as intervals, with their hedges and the thing counted:
 * "up to 12,000 North Korean troops" is at most 12,000 troops; "some 11,000 soldiers" about
 * 11,000 troops; "tens of thousands of troops" 20,000 to 99,999. Two quantities of the same
 * thing agree when their intervals overlap and conflict when they are disjoint.
 * Numbers are read from the tokens' raw text ("12,000" is one token, not three).
 */
import type { TaggedToken } from '../nlp/tagger.js';
import { type CorroborationLexicon, type HedgeKind } from './lexicon.js';
export interface Quantity {
    /** The words as written: "up to 12,000 North Korean troops". */
    text: string;
    start: number;
    end: number;
    low: number;
    high: number;
    hedge?: HedgeKind | 'vague';
    /** The unit group of the thing counted ("troops" for soldiers too), if any. */
    unit?: string;
}
/** `text` is the text the tokens' offsets point into (the whole article). */
export declare function findQuantities(tokens: readonly TaggedToken[], text: string, lexicon?: CorroborationLexicon): Quantity[];
export type QuantityRelation = 'agrees' | 'conflicts';
/** Quantities of the same thing: overlapping intervals agree, disjoint ones conflict. */
export declare function compareQuantities(a: Quantity, b: Quantity): QuantityRelation | undefined;
