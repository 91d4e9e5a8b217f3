/**
 * Whether removing the boilerplate would gut the article. On a real page the classifier can
 * be wrong about a whole stretch of prose (a marker it misread opens a region over the body);
 * removing every flagged line then throws the article away with its furniture. `corroborate
 * clean`, "Write Clean Copy" and the editor's fix-all all ask this one function before they
 * remove everything, and refuse (unless forced) when more than half of the prose would go.
 *
 * A prose line is a line holding at least one block that reads as running prose by the
 * boilerplate features' own measure (`isProse`: ends like a sentence, starts like one, enough
 * function words). Headlines, labels, timestamps and link lists do not count either way, so a
 * page with a long tail of menus is not refused, while a body read as furniture is.
 */
import { boilerplateLines, type Analysis } from './annotate.js';
import type { Article } from './article.js';
import { blockFeatures, isProse } from './boilerplate/features.js';
import { boilerplateLexicon } from './boilerplate/lexicon.js';
import { removalsForLines, type TextRemoval } from './clean.js';

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

/** Prose lines per article. Code actions ask on every cursor move; the analysis does not change. */
const proseLinesOf = new WeakMap<Article, ReadonlySet<number>>();

/** The lines of `article` that hold running prose. */
export function proseLines(article: Article): ReadonlySet<number> {
  const cached = proseLinesOf.get(article);
  if (cached) return cached;
  // Only the built-in stopwords decide `isProse`; settings extend phrases, never stopwords.
  const lexicon = boilerplateLexicon();
  const lines = new Set<number>();
  for (const block of article.blocks) {
    if (!lines.has(block.line) && isProse(blockFeatures(block, lexicon))) lines.add(block.line);
  }
  proseLinesOf.set(article, lines);
  return lines;
}

/** What cleaning `analysis` removes, and whether that guts the article. */
export function cleanVerdict(analysis: Analysis): CleanVerdict {
  const { article } = analysis;
  if (!article) return { lines: [], removals: [], proseLines: 0, removedProseLines: 0, gutsArticle: false };
  const lines = [...new Set(boilerplateLines(analysis.annotations))].sort((a, b) => a - b);
  const prose = proseLines(article);
  const removedProseLines = lines.filter((line) => prose.has(line)).length;
  return {
    lines,
    removals: removalsForLines(article, lines),
    proseLines: prose.size,
    removedProseLines,
    gutsArticle: removedProseLines * 2 > prose.size,
  };
}

/** "7 of 9 prose lines": the counts a refusal names. */
export function describeGutting(verdict: CleanVerdict): string {
  return `${verdict.removedProseLines} of ${verdict.proseLines} prose line${verdict.proseLines === 1 ? '' : 's'}`;
}
