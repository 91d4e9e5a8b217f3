/**
 * What the palette commands say when they are done, and the next step they offer: the file
 * written, with a button that opens it; what a check found. Kept apart from the vscode API (the
 * editor is passed in) so that it is tested without an editor.
 */
import { cleanCopyMessage, type CleanCopyResult, type StatusParams } from '../../server/src/lsp/protocol.js';
import { fullSummary } from './statusText.js';

export const OPEN = 'Open';

/** What the feedback needs of the editor. */
export interface FeedbackEditor {
  /** An information message with buttons; resolves to the button chosen, if any. */
  inform(message: string, ...buttons: string[]): PromiseLike<string | undefined>;
  /** Opens a file (a URI string) in an editor. */
  open(uri: string): PromiseLike<unknown>;
}

/** Says `message` and opens `uri` if the user asks for it. */
export async function offerOpen(editor: FeedbackEditor, message: string, uri: string): Promise<void> {
  if ((await editor.inform(message, OPEN)) === OPEN) await editor.open(uri);
}

/** The clean copy's result as the server returns it; anything else (a refusal declined) says nothing. */
export function isCleanCopyResult(value: unknown): value is CleanCopyResult {
  return typeof value === 'object' && value !== null && typeof (value as CleanCopyResult).uri === 'string' && typeof (value as CleanCopyResult).removedBlocks === 'number';
}

export function cleanCopyFeedback(editor: FeedbackEditor, result: CleanCopyResult): Promise<void> {
  return offerOpen(editor, cleanCopyMessage(result), result.uri);
}

/** "Check Current Article": what was found, or why nothing was. */
export function checkMessage(status: StatusParams | null | undefined): string {
  if (!status) return 'Corroborate: the article changed while it was checked; its findings are those of the newer text.';
  if (status.state !== 'analysed') return `Corroborate did not analyse this article: ${status.reason ?? 'no reason given'}.`;
  const found = fullSummary(status);
  return `Corroborate checked the article: ${found}${status.reason ? ` (${status.reason})` : ''}.`;
}
