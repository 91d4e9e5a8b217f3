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

function isBlank(article: Pick<Article, 'lines'>, lineIndex: number): boolean {
  const line = article.lines[lineIndex];
  return line !== undefined && line.text.replace(/^\uFEFF/, '').trim() === '';
}

/** The span removed when the block on `lineIndex` goes: the line, its break and one blank separator. */
export function removalForLine(article: Pick<Article, 'lines'>, lineIndex: number): TextRemoval {
  const line = article.lines[lineIndex]!;
  // Keep a BOM at the very start of the file.
  const lineStart = lineIndex === 0 && line.text.startsWith('\uFEFF') ? line.start + 1 : line.start;
  if (line.eolLength === 0) {
    // Last line without a line break: take the break before it, and a blank line before that.
    if (lineIndex === 0) return { start: lineStart, end: line.end };
    const previous = article.lines[lineIndex - 1]!;
    let start = previous.end;
    if (isBlank(article, lineIndex - 1) && lineIndex >= 2) start = article.lines[lineIndex - 2]!.end;
    return { start, end: line.end };
  }
  let end = line.end + line.eolLength;
  const next = article.lines[lineIndex + 1];
  if (next && isBlank(article, lineIndex + 1) && (lineIndex === 0 || isBlank(article, lineIndex - 1)) && next.eolLength > 0) {
    end = next.end + next.eolLength;
  }
  return { start: lineStart, end };
}

/** Removals for several lines, merged where they touch or overlap, in document order. */
export function removalsForLines(article: Pick<Article, 'lines'>, lineIndexes: Iterable<number>): TextRemoval[] {
  const removals = [...new Set(lineIndexes)].sort((a, b) => a - b).map((i) => removalForLine(article, i));
  const merged: TextRemoval[] = [];
  for (const r of removals) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

export function applyRemovals(text: string, removals: readonly TextRemoval[]): string {
  let result = '';
  let cursor = 0;
  for (const r of removals) {
    result += text.slice(cursor, r.start);
    cursor = r.end;
  }
  return result + text.slice(cursor);
}
