/**
 * Removing boilerplate blocks from the text: the edits for one block or all of them, and the
 * clean copy. Edits remove whole lines so that what remains keeps its layout; where the text
 * separates paragraphs with blank lines, one blank line goes with the removed block.
 */
import type { Article } from './article.js';
export interface TextRemoval {
    /** UTF-16 offsets, end exclusive. */
    start: number;
    end: number;
}
/** The span removed when the block on `lineIndex` goes: the line, its break and one blank separator. */
export declare function removalForLine(article: Article, lineIndex: number): TextRemoval;
/** Removals for several lines, merged where they touch or overlap, in document order. */
export declare function removalsForLines(article: Article, lineIndexes: Iterable<number>): TextRemoval[];
export declare function applyRemovals(text: string, removals: readonly TextRemoval[]): string;
