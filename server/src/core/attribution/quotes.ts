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

export function quoteSpans(text: string, offset: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '«' || (c === '"' && open === -1)) {
      if (open === -1) open = i;
    } else if ((c === '”' || c === '»' || c === '"') && open !== -1) {
      spans.push({ start: offset + open, end: offset + i + 1, closed: true });
      open = -1;
    }
  }
  if (open !== -1) spans.push({ start: offset + open, end: offset + text.length, closed: false });
  return spans;
}

/**
 * The first span that ends after `offset`. Spans come in text order and do not overlap, so a
 * binary search finds it: a line of many quotes is asked about each of its many tokens.
 */
function firstEndingAfter(spans: readonly QuoteSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

export function insideQuotes(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  // Only the first span ending at or after `end` can hold [start, end).
  const span = spans[firstEndingAfter(spans, end - 1)];
  return span !== undefined && start > span.start && end <= span.end;
}

/** Whether some span overlaps [start, end). */
export function overlapsQuote(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  const span = spans[firstEndingAfter(spans, start)];
  return span !== undefined && span.start < end;
}
