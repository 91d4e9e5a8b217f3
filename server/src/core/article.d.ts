import type { Position, Range } from './annotation.js';
export type TokenType = 'word' | 'punctuation' | 'symbol' | 'source';
export interface Token {
    type: TokenType;
    text: string;
    /** Absolute UTF-16 offsets into Article.text, end exclusive. */
    start: number;
    end: number;
}
export interface Sentence {
    start: number;
    end: number;
    text: string;
    tokens: Token[];
}
export interface Line {
    /** 0-based line number. */
    index: number;
    /** Offset of the first character of the line. */
    start: number;
    /** Offset just past the last character before the line break. */
    end: number;
    /** Length of the line break that follows (0 on the last line, 1 or 2 otherwise). */
    eolLength: number;
    text: string;
}
/** A unit of layout that is classified as a whole: one non-empty line. */
export interface Block {
    /** Position of the block among the article's blocks. */
    index: number;
    /** 0-based line number of the block. */
    line: number;
    /** Offsets of the block's text with surrounding white space trimmed. */
    start: number;
    end: number;
    text: string;
    sentences: Sentence[];
}
export interface Article {
    text: string;
    lines: Line[];
    blocks: Block[];
    positionAt(offset: number): Position;
    rangeOf(start: number, end: number): Range;
}
export declare function splitLines(text: string): Line[];
export declare function parseArticle(text: string): Article;
/** The words of a block (tokens of type word), in order. */
export declare function wordsOf(block: Block): Token[];
