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
 * Why a file is not read, when its real path lies outside every folder of `roots` (real
 * paths); undefined when it lies inside, or cannot be resolved (reading it then says why).
 */
export async function outsideWorkspace(filePath: string, roots: readonly string[]): Promise<string | undefined> {
  let real: string;
  try {
    real = await fs.realpath(filePath);
  } catch {
    return undefined;
  }
  const inside = roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  return inside ? undefined : `it is a link to ${real}, outside the workspace folders, which is not read`;
}
