/**
 * What the corpus keeps of a file it indexes but nobody has open: its claims for the index,
 * its outlet, its lines for the cross-file template test, and why it was skipped if it was.
 * A pure function of the text and options, so it can run on another thread and be cached by
 * content.
 */
import { analyzeText, type Analysis, type AnalyzeOptions, type PassFailure } from './annotate.js';
import type { Annotation } from './annotation.js';
import { templateKeysOf } from './boilerplate/templates.js';
import type { ClaimRecord } from './corroboration/claims.js';
import { outletOf } from './corroboration/outlet.js';
import { wireAgencyOf } from './corroboration/wire.js';

export interface CorpusEntry {
  claims: ClaimRecord[];
  /** The outlet as the article's furniture names it, or the file name's guess. */
  outlet: string;
  /** The wire agency the article credits, when its furniture names one (wire.ts). */
  wire?: string;
  /** The keys of the file's distinct normalised lines (see templateKeys), for TemplateLines. */
  templateLines: string[];
  failures: PassFailure[];
  /** Set when the text was not analysed, with the reason. */
  skipped?: string;
  /**
   * The findings, once someone asked for them (a report, "Analyze Workspace"): tens of
   * thousands of unopened files would otherwise hold most of the server's memory for findings
   * nobody shows.
   */
  annotations?: Annotation[];
}

/** `withFindings` keeps the findings too, for a caller about to show them. */
export function corpusEntry(text: string, options: AnalyzeOptions & { fileName: string }, withFindings = false): CorpusEntry {
  // Without findings, the attribution annotations are never read: not built.
  const analysis = analyzeText(text, options, withFindings);
  return {
    claims: analysis.claims,
    outlet: outletOf(analysis, options.fileName),
    ...wireOf(analysis),
    // A skipped file never joins the template lines.
    templateLines: analysis.article ? templateKeysOf(analysis.article.blocks.map((block) => block.normalised)) : [],
    failures: analysis.failures,
    ...(analysis.skipped ? { skipped: analysis.skipped } : {}),
    ...(withFindings ? { annotations: analysis.annotations } : {}),
  };
}

/** The entry's `wire` field: present only when the article credits an agency. */
export function wireOf(analysis: Analysis): { wire?: string } {
  const wire = wireAgencyOf(analysis);
  return wire === undefined ? {} : { wire };
}
