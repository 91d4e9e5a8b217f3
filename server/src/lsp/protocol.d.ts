/** Custom messages shared with clients. No vscode or NLP imports here. */
export declare const COMMAND_CLEAN_COPY = "corroborate.cleanCopy";
/** Returns the corroboration report model of the whole workspace. */
export declare const COMMAND_REPORT = "corroborate.server.report";
/** Returns every annotation of the workspace as text: argument `json`, `csv` or `md`. */
export declare const COMMAND_EXPORT = "corroborate.server.export";
/** Re-indexes the workspace and publishes every finding, unopened files included. */
export declare const COMMAND_ANALYZE = "corroborate.server.analyzeWorkspace";
export declare const SERVER_COMMANDS: readonly ["corroborate.cleanCopy", "corroborate.server.report", "corroborate.server.export", "corroborate.server.analyzeWorkspace"];
export interface AnalyzeWorkspaceResult {
    files: number;
    skipped: number;
    findings: number;
    cancelled: boolean;
}
/** Sent after each analysis, so a client can show why a file has no findings. */
export declare const STATUS_NOTIFICATION = "corroborate/status";
export interface StatusParams {
    uri: string;
    version: number;
    state: 'analysed' | 'skipped' | 'failed';
    /** Why the document was skipped or failed, in words a user can act on. */
    reason?: string;
    counts?: Record<string, number>;
}
export interface CleanCopyResult {
    uri: string;
    removedBlocks: number;
}
