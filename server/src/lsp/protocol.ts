/** Custom messages shared with clients. No vscode or NLP imports here. */

export const COMMAND_CLEAN_COPY = 'corroborate.cleanCopy';
export const SERVER_COMMANDS = [COMMAND_CLEAN_COPY] as const;

/** Sent after each analysis, so a client can show why a file has no findings. */
export const STATUS_NOTIFICATION = 'corroborate/status';

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
