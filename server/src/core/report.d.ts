/**
 * The corroboration report: claims down the side, outlets across the top. Each row is one fact
 * (claims linked by corroboration or conflict, grouped); each cell says whether that outlet
 * reports it, agrees, conflicts (with both values) or does not report it.
 */
import type { Range } from './annotation.js';
import type { CorpusResult } from './corpus.js';
export type CellStatus = 'reports' | 'agrees' | 'conflicts' | 'not-reported';
export interface ReportCell {
    status: CellStatus;
    uri?: string;
    range?: Range;
    text?: string;
    /** For a conflict: the row's figure and this outlet's. */
    values?: {
        here: string;
        there: string;
    };
}
export interface ReportRow {
    /** The fact, as the article that links most others states it. */
    claim: string;
    uri: string;
    range: Range;
    outlet: string;
    cells: Record<string, ReportCell>;
}
export interface ReportModel {
    outlets: string[];
    rows: ReportRow[];
}
export declare function buildReport(results: readonly CorpusResult[]): ReportModel;
