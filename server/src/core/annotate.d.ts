/**
 * The pipeline: text -> Article -> passes -> Annotation[]. Every surface (language server,
 * CLI, report) calls this and only maps what it returns.
 */
import type { Annotation } from './annotation.js';
import { type Article } from './article.js';
import { type BoilerplateOptions } from './boilerplate/index.js';
import { type AttributionExtensions } from './attribution/index.js';
import { type ClaimRecord } from './corroboration/claims.js';
export interface AnalyzeOptions extends BoilerplateOptions {
    /** The file's base name, for recognising files that are never articles (LICENSE.txt). */
    fileName?: string;
    /** Extra attribution lexicon entries from settings. */
    attribution?: AttributionExtensions;
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
}
export declare function analyze(text: string, options?: AnalyzeOptions): Analysis;
export declare function sortByPosition(annotations: Annotation[]): Annotation[];
/** Lines (0-based) that the annotations mark as boilerplate. */
export declare function boilerplateLines(annotations: readonly Annotation[]): number[];
/** The article without its boilerplate lines; the text itself when nothing is boilerplate. */
export declare function cleanText(analysis: Analysis): string;
