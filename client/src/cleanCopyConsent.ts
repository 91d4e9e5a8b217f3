/**
 * Whether Write Clean Copy may write, asked of the user in Restricted Mode. An untrusted folder's
 * files are not trusted either: `story.clean.txt` may already exist, planted to be replaced, so
 * the user confirms with the file named before the server writes. Kept apart from the vscode
 * API (the editor is passed in) so that the decision is tested without an editor.
 */
import { URI } from 'vscode-uri';
import { cleanCopyPath } from '../../server/src/lsp/cleanCopyPath.js';

/** What the decision needs of the editor. */
export interface ConsentEditor {
  /** `vscode.workspace.isTrusted`. */
  readonly isTrusted: boolean;
  /** A path as the user knows it (`vscode.workspace.asRelativePath`). */
  relativePath(file: string): string;
  /** A modal question with one confirming button; resolves to the button chosen, if any. */
  ask(question: string, detail: string, confirm: string): PromiseLike<string | undefined>;
}

export const CONFIRM_WRITE = 'Write Clean Copy';

/** True when the clean copy may be written: always in a trusted folder, else when the user confirms. */
export async function mayWriteCleanCopy(args: readonly unknown[], editor: ConsentEditor): Promise<boolean> {
  if (editor.isTrusted) return true;
  const first = args[0];
  const uri = typeof first === 'string' ? first : (first as { uri?: unknown } | undefined)?.uri;
  if (typeof uri !== 'string') return true; // no file to name: the server refuses it and says why
  const target = cleanCopyPath(URI.parse(uri).fsPath);
  const choice = await editor.ask(`This folder is in Restricted Mode. Write the clean copy to ${editor.relativePath(target)}?`, `${target} will be created or replaced.`, CONFIRM_WRITE);
  return choice === CONFIRM_WRITE;
}
