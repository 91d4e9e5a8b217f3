/**
 * The pipeline: text -> Article -> passes -> Annotation[]. Every surface (language server,
 * CLI, report) calls this and only maps what it returns.
 */
import type { Annotation, Range } from './annotation.js';
import { parseArticle, type Article } from './article.js';
import { boilerplatePass, type BoilerplateOptions } from './boilerplate/index.js';
import { applyRemovals, removalsForLines } from './clean.js';
import { checkArticle } from './gate/articleGate.js';
import { lengthWithoutTrailingBlanks } from './text.js';
import { attributeSentences, attributionPass, type AttributionExtensions } from './attribution/index.js';
import { claimRecords, type ClaimRecord } from './corroboration/claims.js';
import { headlineClaim } from './corroboration/headline.js';

export interface AnalyzeOptions extends BoilerplateOptions {
  /** The file's base name, for recognising files that are never articles (LICENSE.txt). */
  fileName?: string;
  /** Extra attribution lexicon entries from settings. */
  attribution?: AttributionExtensions;
  /**
   * A pass to fail on purpose, to prove that the others still answer, or 'analysis' to fail
   * the whole analysis, to prove that its callers survive it (the reliability tests set it
   * through the server's CORROBORATE_FAULT_INJECTION environment variable).
   */
  failPass?: PassName | 'analysis';
}

export type PassName = 'boilerplate' | 'attribution' | 'claims';

/** A pass that threw: its findings are missing, the others' are not. */
export interface PassFailure {
  pass: PassName;
  message: string;
  stack?: string;
}

export interface Analysis {
  text: string;
  /** The parsed article; absent when the text was not analysed. */
  article?: Article;
  annotations: Annotation[];
  /** Set when the text was not analysed, with the reason. */
  skipped?: string;
  /** The article's claims as the corroboration index takes them. */
  claims: ClaimRecord[];
  /** Passes that failed on this text; empty when all ran. */
  failures: PassFailure[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeText(text, options, true);
}

/**
 * `analyze`, with the attribution pass's annotations only when `attributionFindings`: a
 * corpus entry for a file nobody shows reads only the boilerplate annotations (the outlet and
 * wire credit in its furniture), and building a range and a message for every sourced sentence
 * of ten thousand files cost the scan's workers 1–2% of their time. The rest is the same.
 */
export function analyzeText(text: string, options: AnalyzeOptions, attributionFindings: boolean): Analysis {
  const gate = checkArticle(text, options.fileName);
  // Not parsed when skipped: a large table or log saved as .txt costs nothing more.
  if (!gate.article) return { text, annotations: [], skipped: gate.reason, claims: [], failures: [] };
  if (options.failPass === 'analysis') throw new Error('the analysis was made to fail (fault injection)');
  const article = parseArticle(text);
  const failures: PassFailure[] = [];
  // Each pass is fenced: a bug that one text triggers in one pass costs that pass's findings only.
  const run = <T>(pass: PassName, fallback: T, body: () => T): T => {
    try {
      if (options.failPass === pass) throw new Error(`the ${pass} pass was made to fail (fault injection)`);
      return body();
    } catch (error) {
      const failure: PassFailure = { pass, message: error instanceof Error ? error.message : String(error) };
      if (error instanceof Error && error.stack) failure.stack = error.stack;
      failures.push(failure);
      return fallback;
    }
  };
  const boilerplate = run('boilerplate', [] as Annotation[], () => boilerplatePass(article, options));
  // Claims and sources are looked for in the article itself, never in its page furniture.
  const contentBlocks = contentBlocksOf(article, boilerplate);
  const { sentences, attribution } = run('attribution', { sentences: [], attribution: [] as Annotation[] }, () => {
    const attributed = attributeSentences(article, contentBlocks, options.attribution, {}, options.fileName !== undefined ? { fileName: options.fileName } : {});
    return { sentences: attributed, attribution: attributionFindings ? attributionPass(article, attributed) : [] };
  });
  const claims = run('claims', [] as ClaimRecord[], () => {
    // Claims are read from the attribution pass's sentences: without them, none (not the headline alone).
    if (failures.some((f) => f.pass === 'attribution')) return [];
    const headline = headlineClaim(article, contentBlocks);
    return [...(headline ? [headline] : []), ...claimRecords(article, sentences)];
  });
  const annotations = sortByPosition([...boilerplate, ...attribution]);
  return { text, article, annotations, claims, failures };
}

export function sortByPosition(annotations: Annotation[]): Annotation[] {
  return annotations.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The indexes of the article's blocks that are not boilerplate. */
export function contentBlocksOf(article: Article, boilerplate: readonly Annotation[]): Set<number> {
  const boilerplateLineSet = new Set(boilerplateLines(boilerplate));
  return new Set(article.blocks.filter((b) => !boilerplateLineSet.has(b.line)).map((b) => b.index));
}

/** Lines (0-based) that the annotations mark as boilerplate. */
export function boilerplateLines(annotations: readonly Annotation[]): number[] {
  // (Every line of its range: a paragraph hard-wrapped over several lines is one annotation.)
  return annotations.filter((a) => a.kind === 'boilerplate').flatMap((a) => linesOfRange(a.range));
}

/** The lines a range runs over, first to last. */
function linesOfRange(range: Range): number[] {
  return Array.from({ length: range.end.line - range.start.line + 1 }, (_, k) => range.start.line + k);
}

/** The article without its boilerplate lines; the text itself when nothing is boilerplate. */
export function cleanText(analysis: Analysis): string {
  const { article, text } = analysis;
  const lines = boilerplateLines(analysis.annotations);
  if (!article || lines.length === 0) return text;
  const cleaned = applyRemovals(text, removalsForLines(article, lines));
  // Removing the tail leaves blank lines behind; end the text as the original did.
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const endedWithBreak = /[\r\n]$/.test(text);
  const trimmed = cleaned.slice(0, lengthWithoutTrailingBlanks(cleaned));
  return endedWithBreak && trimmed ? trimmed + eol : trimmed;
}
