/**
 * Quotation spans in a block of text: curly pairs, and straight double quotes paired in order.
 * An opening quote that is never closed runs to the end of the block (a quote that continues
 * in the next paragraph).
 */
export interface QuoteSpan {
    /** Offset of the opening mark. */
    start: number;
    /** Offset just past the closing mark, or the end of the block. */
    end: number;
    closed: boolean;
}
export declare function quoteSpans(text: string, offset: number): QuoteSpan[];
export declare function insideQuotes(spans: readonly QuoteSpan[], start: number, end: number): boolean;
