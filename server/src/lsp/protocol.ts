/** Custom messages shared with clients. No vscode or NLP imports here. */

/** The `source` of every diagnostic the server publishes; clients pick out Corroborate's by it. */
export const DIAGNOSTIC_SOURCE = 'corroborate';

export {
  COMMAND_ANALYZE,
  COMMAND_CHECK_DOCUMENT,
  COMMAND_CLEAN_COPY,
  COMMAND_EXPORT,
  COMMAND_IGNORE_FINDING,
  COMMAND_REPORT,
  COMMANDS,
  SERVER_COMMANDS,
} from './commandRegistry.js';

export interface AnalyzeWorkspaceResult {
  /** Articles in the index (skipped files are not among them). */
  files: number;
  skipped: number;
  /** What the Problems panel lists: every published diagnostic but hints, open documents included. */
  findings: number;
  cancelled: boolean;
}

/** Sent after each analysis, so a client can show why a file has no findings. */
export const STATUS_NOTIFICATION = 'corroborate/status';

export interface StatusParams {
  uri: string;
  version: number;
  state: 'analysed' | 'skipped' | 'failed';
  /** Why the document was skipped or failed, in words a user can act on. */
  reason?: string;
  /** Findings by annotation kind (boilerplate counts lines here). */
  counts?: Record<string, number>;
  /** The boilerplate blocks a reader sees (lines grouped as the quick fix removes them). */
  boilerplateBlocks?: number;
}

export interface CleanCopyResult {
  uri: string;
  removedBlocks: number;
}

/**
 * What a clean copy did, naming the file written. The server says it unless the client's
 * initialization options carry `reportsCleanCopy: true` (a client that says it itself).
 */
export function cleanCopyMessage(result: CleanCopyResult): string {
  const name = decodeURIComponent(result.uri.slice(result.uri.lastIndexOf('/') + 1));
  return `Corroborate wrote ${name} without ${result.removedBlocks} boilerplate block${result.removedBlocks === 1 ? '' : 's'}.`;
}

export interface CleanCopyOptions {
  /** Write the copy even when it would remove more than half of the article's prose lines. */
  force?: boolean;
}

/**
 * The error code of a clean copy refused because it would gut the article (outside the ranges
 * JSON-RPC and LSP reserve); the error's data is a CleanCopyRefusal. Nothing was written.
 */
export const CLEAN_COPY_REFUSED = 1001;

export interface CleanCopyRefusal {
  proseLines: number;
  removedProseLines: number;
}
