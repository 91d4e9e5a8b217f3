/**
 * An open document's Analysis put together from what a worker thread sent back. The parsed
 * article cannot cross threads (it holds functions), and diagnostics, semantic tokens,
 * references and code actions need none of it: it is parsed here only when a hover on that
 * document asks for it, once per analysis. Diagnostics locate their fingerprints on the text's
 * lines, and code actions find the lines to remove and their positions there (LinedText): a
 * client asks for code actions on every cursor move, and parsing a document of two million
 * characters holds the main thread for most of a second.
 */
import type { Position } from 'vscode-languageserver';
import type { Analysis } from '../core/annotate.js';
import { lineIndexAt, locateText, parseArticle, splitLines, type Article, type LocatedText } from '../core/article.js';
import type { CorpusEntry } from '../core/corpusEntry.js';

/** A text's lines and the positions of its offsets, as a parsed article has them; linear to build. */
export type LinedText = LocatedText & Pick<Article, 'lines' | 'rangeOf'>;

const located = new WeakMap<Analysis, LinedText>();

export function linedText(text: string): LinedText {
  const lines = splitLines(text);
  const positionAt = (offset: number): Position => {
    const clamped = Math.min(Math.max(offset, 0), text.length);
    const line = lines[lineIndexAt(lines, clamped)]!;
    return { line: line.index, character: clamped - line.start };
  };
  return { ...locateText(text, lines), lines, rangeOf: (start, end) => ({ start: positionAt(start), end: positionAt(end) }) };
}

export function analysisFromWorker(text: string, entry: CorpusEntry): Analysis {
  const analysis: Analysis = { text, annotations: entry.annotations ?? [], claims: entry.claims, failures: entry.failures, ...(entry.skipped ? { skipped: entry.skipped } : {}) };
  // A skipped text has no article, as analyze() gives none.
  if (entry.skipped) return analysis;
  let article: Article | undefined;
  Object.defineProperty(analysis, 'article', { enumerable: true, get: () => (article ??= parseArticle(text)) });
  located.set(analysis, linedText(text));
  return analysis;
}

/** The lines and positions of an analysed text, without parsing one analysed elsewhere; undefined when skipped. */
export function linesOf(analysis: Analysis): Pick<Article, 'lines' | 'rangeOf'> | undefined {
  return located.get(analysis) ?? analysis.article;
}

/** Where an analysis's positions fall in its text, without parsing an article that was analysed elsewhere. */
export function locatedText(analysis: Analysis): LocatedText {
  return located.get(analysis) ?? analysis.article ?? locateText(analysis.text);
}
