/**
 * Quotation spans in a block of text: curly pairs, and straight double quotes paired in order.
 * An opening quote that is never closed runs to the end of the block (a quote that continues
 * in the next paragraph).
 */
export function quoteSpans(text, offset) {
    const spans = [];
    let open = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '“' || c === '«' || (c === '"' && open === -1)) {
            if (open === -1)
                open = i;
        }
        else if ((c === '”' || c === '»' || c === '"') && open !== -1) {
            spans.push({ start: offset + open, end: offset + i + 1, closed: true });
            open = -1;
        }
    }
    if (open !== -1)
        spans.push({ start: offset + open, end: offset + text.length, closed: false });
    return spans;
}
export function insideQuotes(spans, start, end) {
    return spans.some((s) => start > s.start && end <= s.end);
}
//# sourceMappingURL=quotes.js.map