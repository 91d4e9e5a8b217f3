/**
 * The corpus's template lines, carried to a worker. On the main thread the classifier asks
 * TemplateLines how many other files hold each line of a document; a worker holds no corpus,
 * so the main thread answers those questions beforehand, for the document's own lines, and
 * the worker asks the answers instead.
 */
import type { AnalyzeOptions } from '../core/annotate.js';
import { templateKeysOf, templateLinesOf, type TemplateLines } from '../core/boilerplate/templates.js';

export interface DocumentLines {
  /** The document's line keys, for TemplateLines.setLines (what TemplateLines.set would compute). */
  keys: string[];
  /** Each normalised line held by other files, with how many hold it; lines no other file holds are left out. */
  repeatedElsewhere: [string, number][];
}

/** One pass over the text's lines, normalised as TemplateLines.set and the article's blocks normalise them. */
export function documentLines(text: string, templates: TemplateLines, id: string): DocumentLines {
  const normalised = templateLinesOf(text);
  const repeatedElsewhere: [string, number][] = [];
  for (const line of normalised) {
    const count = templates.countElsewhere(line, id);
    if (count > 0) repeatedElsewhere.push([line, count]);
  }
  return { keys: templateKeysOf(normalised), repeatedElsewhere };
}

/** Options whose `repeatedElsewhere` answers from counts worked out on the main thread. */
export function withRepeatedLines<T extends AnalyzeOptions>(options: T, repeatedElsewhere: [string, number][] | undefined): T {
  if (!repeatedElsewhere) return options;
  const counts = new Map(repeatedElsewhere);
  return { ...options, repeatedElsewhere: (normalisedLine: string) => counts.get(normalisedLine) ?? 0 };
}
