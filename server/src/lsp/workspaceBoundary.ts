/**
 * The workspace folders as the disk has them: a `.txt` in the workspace may be a link to a file
 * anywhere (a home directory's notes, a system file), and what the corpus holds is quoted in
 * hovers and reports. A file is read only when its real path, links resolved, lies inside the
 * real path of a workspace folder.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';

/** The real paths of the workspace folders on disk (a folder that cannot be resolved is left out). */
export async function realFolders(folders: readonly string[]): Promise<string[]> {
  const roots = await Promise.all(
    folders
      .map((folder) => URI.parse(folder))
      .filter((folder) => folder.scheme === 'file')
      .map((folder) => fs.realpath(folder.fsPath).catch(() => undefined)),
  );
  return roots.filter((root): root is string => root !== undefined);
}

/**
 * Why a file whose real path (links resolved) is `real` is not read: it lies outside every
 * folder of `roots` (real paths). Undefined when it lies inside. Asked of the file opened
 * (io/readRegularFile.ts), never of a path resolved before the open.
 */
export function outsideWorkspace(real: string, roots: readonly string[]): string | undefined {
  const inside = roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  return inside ? undefined : `it is a link to ${real}, outside the workspace folders, which is not read`;
}
