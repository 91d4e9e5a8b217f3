/**
 * The corroboration report and annotation exports as text: Markdown, HTML, CSV, JSON. Article
 * text is untrusted: every format escapes it (Markdown syntax, HTML, spreadsheet formulas).
 */
import type { Annotation } from '../core/annotation.js';
import type { ReportModel } from '../core/report.js';
export declare function escapeHtml(text: string): string;
export declare function escapeMarkdownCell(text: string): string;
/** A CSV field: quoted, quotes doubled, and a leading =, +, -, @ neutralised so spreadsheets never run it. */
export declare function csvField(value: unknown): string;
export declare function reportMarkdown(model: ReportModel): string;
export interface HtmlOptions {
    /** For a VS Code webview: the nonce of its one script, and its CSP source. Absent: a standalone page. */
    nonce?: string;
    cspSource?: string;
}
export declare function reportHtml(model: ReportModel, options?: HtmlOptions): string;
export interface ExportedFile {
    path: string;
    outlet?: string;
    annotations: Annotation[];
}
export type ExportFormat = 'json' | 'csv' | 'md';
export declare function exportAnnotations(files: readonly ExportedFile[], format: ExportFormat): string;
