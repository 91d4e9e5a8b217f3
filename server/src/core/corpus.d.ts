/**
 * A whole corpus at once, for the CLI and tests: every article analysed, indexed, and its
 * claims corroborated against the others. Pure: texts in, annotations out.
 */
import { type Analysis, type AnalyzeOptions } from './annotate.js';
import type { Annotation } from './annotation.js';
import { type CorroborationOptions } from './corroboration/index.js';
export interface CorpusFile {
    id: string;
    text: string;
    fileName: string;
}
export interface CorpusResult {
    id: string;
    outlet: string;
    analysis: Analysis;
    /** The document's own annotations and its corroboration, in position order. */
    annotations: Annotation[];
}
export declare function analyzeCorpus(files: readonly CorpusFile[], options?: AnalyzeOptions & CorroborationOptions): CorpusResult[];
