/**
 * Finds the article files under folders given on the command line: `*.txt`, skipping the
 * folders no user means (version control, dependencies, build output) and clean copies.
 * Symbolic links to folders are not followed, so link loops cannot trap the walk.
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';

const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules', 'out', 'dist', '.vscode-test']);

export interface WalkProblem {
  path: string;
  reason: string;
}

export async function findTextFiles(root: string, problems: WalkProblem[]): Promise<string[]> {
  return walkFiles(root, problems, (name) => /\.txt$/i.test(name) && !/\.clean\.txt$/i.test(name));
}

/** Every file under `root` whose name `accept`s, skipping the folders no user means. */
export async function walkFiles(root: string, problems: WalkProblem[], accept: (name: string, fullPath: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: folder, reason: (error as Error).message });
      continue;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && accept(entry.name, full)) {
        found.push(full);
      }
    }
  }
  return found.sort();
}
