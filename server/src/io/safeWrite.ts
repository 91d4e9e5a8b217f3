/**
 * Writing an output file (a clean copy, a report) without ever writing through a link or over
 * the article it was made from. A folder opened in an editor, or a name given to `-o`, is not
 * trusted: `story.clean.txt` may be a symbolic link to `~/.bashrc` or a hard link to the
 * article itself, and a plain writeFile would replace what the link points at.
 *
 * The data goes to a new file in the target's folder, created exclusively (so it cannot be a
 * link planted in advance), and is then renamed over the target. rename replaces the directory
 * entry and never follows a link in its place, so a link swapped in after the checks below is
 * replaced, not written through.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { describeFsError, errorCode } from './readRegularFile.js';

export type SafeWriteResult = { ok: true } | { ok: false; reason: string };

export interface SafeWriteOptions {
  /** The file the output was made from; the target may never be it, under any name. */
  input?: string;
  /**
   * The target is a file of our own (the analysis cache), not one a user named: a symbolic link
   * in its place is replaced by the rename (never written through) rather than refused, which
   * would leave the cache unwritable for good.
   */
  replaceLink?: boolean;
}

async function lstatOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fs.lstat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

async function realPathOrResolved(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

/** Why `target` must not be written, or undefined when it may be. */
async function refusal(target: string, existing: Stats | undefined, options: SafeWriteOptions): Promise<string | undefined> {
  // Said plainly rather than as the temporary file's ENOENT; a missing folder is not created, as
  // a mistyped path would then scatter folders about.
  const folder = path.dirname(path.resolve(target));
  const folderInfo = await fs.stat(folder).catch(() => undefined);
  if (!folderInfo) return `the folder ${folder} does not exist`;
  if (!folderInfo.isDirectory()) return `${folder} is not a folder`;
  if (existing?.isSymbolicLink()) return options.replaceLink ? undefined : 'it is a symbolic link; remove it or choose another output file';
  if (existing && !existing.isFile() && !existing.isSymbolicLink()) return 'it exists and is not a regular file';
  if (options.input === undefined) return undefined;
  const sameFile = 'it is the input file itself; choose another output file';
  if (path.resolve(target) === path.resolve(options.input)) return sameFile;
  if (!existing) return undefined;
  if ((await realPathOrResolved(target)) === (await realPathOrResolved(options.input))) return sameFile;
  const input = await fs.stat(options.input).catch(() => undefined);
  // A hard link is the same file under another name: same device, same inode.
  if (input && input.dev === existing.dev && input.ino === existing.ino) return 'it is a hard link to the input file; choose another output file';
  return undefined;
}

/** Writes `data` to `target` by a temporary file and a rename, or says why it did not. */
export function writeFileSafely(target: string, data: string | Uint8Array, options: SafeWriteOptions = {}): Promise<SafeWriteResult> {
  return writeThroughTemporary(target, (handle) => handle.writeFile(data), options);
}

/**
 * As writeFileSafely, for output too large to hold as one string (the analysis cache): the
 * chunks are written one after another, each as it is produced.
 */
export function writeChunksSafely(target: string, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, options: SafeWriteOptions = {}): Promise<SafeWriteResult> {
  return writeThroughTemporary(
    target,
    async (handle) => {
      // writeFile on a handle writes at its current position, and all of the chunk (write may not).
      for await (const chunk of chunks) await handle.writeFile(chunk);
    },
    options,
  );
}

async function writeThroughTemporary(target: string, fill: (handle: FileHandle) => Promise<unknown>, options: SafeWriteOptions): Promise<SafeWriteResult> {
  let temporary: string | undefined;
  try {
    const existing = await lstatOrUndefined(target);
    const refused = await refusal(target, existing, options);
    if (refused) return { ok: false, reason: refused };
    // An unpredictable name: nothing can be waiting at it, and no one can plant something there in time.
    temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    // 'wx': O_CREAT | O_EXCL, which fails on any existing name, a link included. A replaced
    // file's read and write bits are kept; a link's own mode (0777) is not the file's, and a file
    // planted in an untrusted folder passes on no set-user-ID, set-group-ID or execute bit.
    const handle = await fs.open(temporary, 'wx', existing?.isFile() ? existing.mode & 0o666 : 0o666);
    try {
      await fill(handle);
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
    temporary = undefined;
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    if (temporary !== undefined) await fs.rm(temporary, { force: true }).catch(() => undefined);
  }
}
