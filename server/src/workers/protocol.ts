/** Messages between the analysis pool and its worker threads. */
import type { AnalyzeOptions } from '../core/annotate.js';
import type { EntryOnWire } from './entryTransfer.js';

export interface AnalysisJob {
  id: number;
  text: string;
  options: AnalyzeOptions & { fileName: string };
  /** Send the findings back too. */
  withFindings: boolean;
  /**
   * For an open document: how many other files of the corpus hold each of its normalised lines
   * (those held elsewhere only), as the main thread's TemplateLines counts them; the worker
   * answers the classifier's `repeatedElsewhere` from it. Absent for a file on disk, which is
   * analysed without the corpus's template lines.
   */
  repeatedElsewhere?: [string, number][];
}

export type AnalysisReply = { id: number; entry: EntryOnWire; error?: undefined } | { id: number; error: string; entry?: undefined };
