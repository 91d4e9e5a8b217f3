/**
 * What a claim sentence contributes to the corpus index: its content terms (lemmas, with
 * paraphrases folded together: troops = soldiers, sent = deployed), its named entities and
 * its quantities. Attribution words ("said", "according to") are not content.
 */
import type { Range } from '../annotation.js';
import type { Article } from '../article.js';
import type { SentenceAttribution } from '../attribution/index.js';
import type { TaggedToken } from '../nlp/tagger.js';
import { type Quantity } from './quantities.js';
import { type ClaimDate } from './dates.js';
export interface ClaimRecord {
    start: number;
    end: number;
    range: Range;
    text: string;
    terms: string[];
    entities: string[];
    quantities: Quantity[];
    dates: ClaimDate[];
    /** The sentence's source, when it has one. */
    source?: string;
}
/**
 * Names and their adjectives fold together: "Korean" and "Korea", "Russian" and "Russia",
 * "Ukrainian" and "Ukraine" all keep the same stem.
 */
export declare function nameStem(word: string): string;
export declare function claimTerms(tokens: readonly TaggedToken[], source?: {
    start: number;
    end: number;
    cueStart: number;
    cueEnd: number;
}): {
    terms: string[];
    entities: string[];
};
export declare function claimRecords(article: Article, sentences: readonly SentenceAttribution[]): ClaimRecord[];
