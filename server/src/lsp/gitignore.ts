/**
 * What git ignores is not the user's corpus: the workspace scan leaves out what a folder's
 * .gitignore names, and a file that changes on disk later is held to the same rules.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { URI } from 'vscode-uri';

/** The rules of the folder's .gitignore, if it has one. */
export async function gitignoreOf(folder: string): Promise<Ignore | undefined> {
  try {
    return ignore().add(await fs.readFile(path.join(folder, '.gitignore'), 'utf8'));
  } catch {
    return undefined;
  }
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
  return (await gitignoreOf(root))?.ignores(gitRelative(root, filePath)) ?? false;
}
