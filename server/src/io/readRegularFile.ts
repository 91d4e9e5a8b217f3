/**
 * Reading the bytes of a file a folder may hold under any disguise (an article, a .gitignore):
 * the path is opened once, without blocking, and everything after works on that descriptor, so
 * a FIFO, a device or a file swapped in after a first look is refused rather than read, and a
 * file larger than the limit is never read whole.
 */
import * as fs from 'node:fs';
import { promisify } from 'node:util';

// The callback forms: fs.promises reads in small chunks and takes about twice as long over a
// scan of ten thousand small files.
const open = promisify(fs.open);
const fstat = promisify(fs.fstat);
const read = promisify(fs.read);
const close = promisify(fs.close);
const stat = promisify(fs.stat);
const readlink = promisify(fs.readlink);
const realpath = promisify(fs.realpath);

// Opening a FIFO for reading blocks until a writer comes (and ties up a libuv thread meanwhile);
// O_NONBLOCK makes the open return at once, and fstat then refuses it. (Regular files ignore the
// flag. Windows has no such flag and no FIFOs to open by a path.) Symbolic links are followed:
// linked articles are allowed; where a link may lead is the caller's question.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** `code` is the error's, when the file could not be opened or read (ENOENT: there is none). */
export type RegularFileResult = { ok: true; bytes: Buffer } | { ok: false; reason: string; code?: string };

export interface ReadLimit {
  maxSize: number;
  /** The setting that sets the limit, named in the refusal so that a user knows what to change. */
  setting?: string;
  /**
   * Why the file at this real path (links resolved) must not be read, or undefined to read it.
   * Asked of the file actually opened, so a link re-pointed between a check and the open cannot
   * smuggle another file in.
   */
  refuseRealPath?: (realPath: string) => string | undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The bytes of a regular file no larger than the limit, or a reason a user can act on. */
export async function readRegularFile(path: string, limit: ReadLimit): Promise<RegularFileResult> {
  let fd: number;
  try {
    fd = await open(path, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
  try {
    const info = await fstat(fd);
    if (!info.isFile()) return { ok: false, reason: 'it is not a regular file' };
    if (limit.refuseRealPath) {
      const real = await openedRealPath(fd, path, info);
      if (real === undefined) return { ok: false, reason: 'it was replaced while being opened' };
      const refusal = limit.refuseRealPath(real);
      if (refusal) return { ok: false, reason: refusal };
    }
    if (info.size > limit.maxSize) return { ok: false, reason: tooLarge(info.size, limit) };
    return { ok: true, bytes: await readUpTo(fd, info.size, limit.maxSize) };
  } catch (error) {
    return failure(error);
  } finally {
    await close(fd).catch(() => undefined);
  }
}

/**
 * The real path of the file open on `fd`: where the system can say it of the descriptor itself
 * (Linux's /proc/self/fd), that answer; elsewhere the path's real path, accepted only when it
 * is the very file opened (same device and inode), else undefined.
 */
export async function openedRealPath(fd: number, path: string, opened: fs.Stats): Promise<string | undefined> {
  if (process.platform === 'linux') {
    try {
      const real = await readlink(`/proc/self/fd/${fd}`);
      // A file deleted since it was opened is named with this suffix; it is the file read all the same.
      if (real.startsWith('/')) return real.endsWith(' (deleted)') ? real.slice(0, -' (deleted)'.length) : real;
    } catch {
      // /proc not mounted: resolve the path instead.
    }
  }
  try {
    const real = await realpath(path);
    const found = await stat(real);
    return found.dev === opened.dev && found.ino === opened.ino ? real : undefined;
  } catch {
    return undefined;
  }
}

/** The error's code (ENOENT, EACCES…), when a file-system call failed with one. */
export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function failure(error: unknown): RegularFileResult {
  const code = errorCode(error);
  return { ok: false, reason: describeFsError(error), ...(code ? { code } : {}) };
}

function tooLarge(size: number, limit: ReadLimit): string {
  return `it is ${formatBytes(size)}, larger than the limit of ${formatBytes(limit.maxSize)}${limit.setting ? ` (${limit.setting})` : ''}`;
}

/**
 * Reads the size fstat gave (the file as it was when opened), or less if it shrank meanwhile.
 * Not on to the end: probing for more costs every file one more trip to the thread pool (a
 * tenth of a warm start's reading), and a file that grew after fstat is read as it was.
 */
async function readUpTo(fd: number, expectedSize: number, maxSize: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(Math.min(expectedSize, maxSize));
  let length = 0;
  while (length < buffer.length) {
    const { bytesRead } = await read(fd, buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

export function describeFsError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'it does not exist (deleted or renamed?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ELOOP':
      return 'it is a symbolic link loop';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
