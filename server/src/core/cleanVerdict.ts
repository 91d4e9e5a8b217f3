/**
 * Whether removing the boilerplate would gut the article. On a real page the classifier can
 * be wrong about a whole stretch of prose (a marker it misread opens a region over the body);
 * removing every flagged line then throws the article away with its furniture. `corroborate
 * clean`, "Write Clean Copy" and the editor's fix-all all ask this one function before they
 * remove everything, and refuse (unless forced) when more than half of the prose would go.
 *
 * A prose line is what the article gate counts as running prose (gate/articleGate.ts): six
 * words or more, holding a sentence (hasSentenceShape). Headlines, labels, timestamps and link
 * lists count neither way, so a page with a long tail of menus is not refused, while a body
 * read as furniture is. It is read off the text's lines, without the parsed article: the
 * editor asks on every cursor move, and a large document is parsed on a worker, not here.
 */
import { boilerplateLines, type Analysis } from './annotate.js';
import { splitLines, type Line } from './article.js';
import { removalsForLines, type TextRemoval } from './clean.js';
import { hasSentenceShape } from './gate/sentenceShape.js';

export interface CleanVerdict {
  /** The lines (0-based) that cleaning removes, in order. */
  lines: number[];
  /** The removals that make the clean text, in document order. */
  removals: TextRemoval[];
  /** Lines of the document that hold running prose. */
  proseLines: number;
  /** How many of those the removals take. */
  removedProseLines: number;
  /** More than half of the prose lines would go: cleaning would gut the article. */
  gutsArticle: boolean;
}

/** Words a prose line has at least, as the gate counts them (runs of non-space). */
const PROSE_LINE_WORDS = 6;

function hasWords(text: string, count: number): boolean {
  const word = /\S+/g;
  let found = 0;
  while (found < count && word.exec(text)) found++;
  return found >= count;
}

/** Prose lines per text's lines. Code actions ask on every cursor move; the lines do not change. */
const proseLinesOf = new WeakMap<Line[], ReadonlySet<number>>();

/** The lines (0-based) that hold running prose. */
export function proseLines(lines: Line[]): ReadonlySet<number> {
  const cached = proseLinesOf.get(lines);
  if (cached) return cached;
  const prose = new Set<number>();
  for (const line of lines) if (hasWords(line.text, PROSE_LINE_WORDS) && hasSentenceShape(line.text)) prose.add(line.index);
  proseLinesOf.set(lines, prose);
  return prose;
}

/**
 * What cleaning `analysis` removes, and whether that guts the article. `lines` are the text's
 * lines, when the caller has them already.
 */
export function cleanVerdict(analysis: Analysis, lines: Line[] = analysis.skipped ? [] : splitLines(analysis.text)): CleanVerdict {
  if (analysis.skipped) return { lines: [], removals: [], proseLines: 0, removedProseLines: 0, gutsArticle: false };
  const removed = [...new Set(boilerplateLines(analysis.annotations))].sort((a, b) => a - b);
  const prose = proseLines(lines);
  const removedProseLines = removed.filter((line) => prose.has(line)).length;
  return {
    lines: removed,
    removals: removalsForLines({ lines }, removed),
    proseLines: prose.size,
    removedProseLines,
    gutsArticle: removedProseLines * 2 > prose.size,
  };
}

/** "7 of 9 prose lines": the counts a refusal names. */
export function describeGutting(verdict: CleanVerdict): string {
  return `${verdict.removedProseLines} of ${verdict.proseLines} prose line${verdict.proseLines === 1 ? '' : 's'}`;
}
