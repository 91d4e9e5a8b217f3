/** Small text helpers shared by the passes: normalisation and word shapes. */
/** Curly quotes and apostrophes folded to straight ones, for matching only (never for offsets). */
export declare function foldQuotes(text: string): string;
/**
 * A line reduced to its words for comparing it with lexicon entries and with lines of other
 * files: lower case, quotes folded, digits and punctuation dropped, spaces collapsed.
 */
export declare function normaliseLine(text: string): string;
export declare function escapeRegExp(text: string): string;
export declare function isCapitalised(word: string): boolean;
/** A light stem for comparing vocabulary: possessives and plural endings removed. */
export declare function stem(word: string): string;
