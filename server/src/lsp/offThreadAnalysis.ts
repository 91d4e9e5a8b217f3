/**
 * An open document's Analysis put together from what a worker thread sent back. The parsed
 * article cannot cross threads (it holds functions), and diagnostics, semantic tokens and
 * references need none of it: it is parsed here only when a hover or a code action on that
 * document asks for it, once per analysis. Diagnostics locate their fingerprints on the text.
 */
import type { Analysis } from '../core/annotate.js';
import { locateText, parseArticle, type Article, type LocatedText } from '../core/article.js';
import type { CorpusEntry } from '../core/corpusEntry.js';

const located = new WeakMap<Analysis, LocatedText>();

export function analysisFromWorker(text: string, entry: CorpusEntry): Analysis {
  const analysis: Analysis = { text, annotations: entry.annotations ?? [], claims: entry.claims, failures: entry.failures, ...(entry.skipped ? { skipped: entry.skipped } : {}) };
  // A skipped text has no article, as analyze() gives none.
  if (entry.skipped) return analysis;
  let article: Article | undefined;
  Object.defineProperty(analysis, 'article', { enumerable: true, get: () => (article ??= parseArticle(text)) });
  located.set(analysis, locateText(text));
  return analysis;
}

/** Where an analysis's positions fall in its text, without parsing an article that was analysed elsewhere. */
export function locatedText(analysis: Analysis): LocatedText {
  return located.get(analysis) ?? analysis.article ?? locateText(analysis.text);
}
