/**
 * The corpus's template lines, carried to a worker. On the main thread the classifier asks
 * TemplateLines how many other files hold each line of a document; a worker holds no corpus,
 * so the main thread answers those questions beforehand, for the document's own lines, and
 * the worker asks the answers instead.
 */
import type { AnalyzeOptions } from '../core/annotate.js';

export { documentLines, type DocumentLines } from '../core/corpus.js';

/** Options whose `repeatedElsewhere` answers from counts worked out on the main thread. */
export function withRepeatedLines<T extends AnalyzeOptions>(options: T, repeatedElsewhere: [string, number][] | undefined): T {
  if (!repeatedElsewhere) return options;
  const counts = new Map(repeatedElsewhere);
  return { ...options, repeatedElsewhere: (normalisedLine: string) => counts.get(normalisedLine) ?? 0 };
}
