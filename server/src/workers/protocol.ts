/** Messages between the analysis pool and its worker threads. */
import type { AnalyzeOptions } from '../core/annotate.js';
import type { CorpusEntry } from '../core/corpusEntry.js';

export interface AnalysisJob {
  id: number;
  text: string;
  options: AnalyzeOptions & { fileName: string };
  /** Send the findings back too. */
  withFindings: boolean;
}

export type AnalysisReply = { id: number; entry: CorpusEntry; error?: undefined } | { id: number; error: string; entry?: undefined };
