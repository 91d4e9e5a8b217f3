/**
 * What git ignores is not the user's corpus: the workspace scan leaves out what a folder's
 * .gitignore names, and a file that changes on disk later is held to the same rules.
 */
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { URI } from 'vscode-uri';
import { readRegularFile } from '../io/readRegularFile.js';

/** Far more than any .gitignore written by hand; a larger one is not rules but a trap. */
const MAX_GITIGNORE_SIZE = 1024 * 1024;

/**
 * The rules of the folder's .gitignore: none when it has none, and a problem to tell the user
 * when the name holds something that is not read (a FIFO, which would block the read forever,
 * a device, a huge file, one that cannot be opened). The folder is not trusted: it is read as
 * articles are (io/readRegularFile.ts).
 */
export async function gitignoreOf(folder: string): Promise<{ rules?: Ignore; problem?: string }> {
  const file = path.join(folder, '.gitignore');
  const read = await readRegularFile(file, { maxSize: MAX_GITIGNORE_SIZE });
  if (read.ok) return { rules: ignore().add(read.bytes.toString('utf8')) };
  if (read.code === 'ENOENT' || read.code === 'ENOTDIR') return {};
  return { problem: `${file} was not read, so its rules are not applied: ${read.reason}` };
}

/** A file's path relative to a folder, with forward slashes, as .gitignore rules are written. */
export function gitRelative(folder: string, filePath: string): string {
  return path.relative(folder, filePath).split(path.sep).join('/');
}

/**
 * Whether the .gitignore of the workspace folder that holds the file (the innermost, when
 * folders nest) ignores it, as the scan would have. Read afresh each time: the rules may have
 * changed since the scan, and a file event is rare next to a scan's thousands of files.
 */
export async function ignoredByGit(filePath: string, folders: readonly string[]): Promise<boolean> {
  const holders = folders
    .map((folder) => URI.parse(folder))
    .filter((folder) => folder.scheme === 'file')
    .map((folder) => folder.fsPath)
    .filter((root) => filePath.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  const root = holders.sort((a, b) => b.length - a.length)[0];
  if (root === undefined) return false;
  // A .gitignore that cannot be read was said by the scan; here it ignores nothing.
  return (await gitignoreOf(root)).rules?.ignores(gitRelative(root, filePath)) ?? false;
}
