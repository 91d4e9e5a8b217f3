/**
 * Is a sentence a claim — does it assert something a fact-checker could check? Quantities,
 * dates, named actors doing things, superlatives, predictions and causes make it one;
 * questions, fragments without a verb and headlines do not.
 */
import type { TaggedToken } from '../nlp/tagger.js';
export declare function isClaim(tokens: readonly TaggedToken[]): boolean;
