/**
 * Reading an article file from disk for the CLI and the workspace scan: size limit, binary
 * detection, BOMs and encodings. Each refusal is a reason a user can act on.
 * (Not in core: core does no I/O.)
 */
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { decodeBytes, describeEncoding, detectEncoding, type FileEncoding } from './textEncoding.js';

// The callback forms: fs.promises reads in small chunks and takes about twice as long over a
// scan of ten thousand small files.
const open = promisify(fs.open);
const fstat = promisify(fs.fstat);
const read = promisify(fs.read);
const close = promisify(fs.close);

// Opening a FIFO for reading blocks until a writer comes; O_NONBLOCK makes the open return at
// once, and fstat then refuses it. (Regular files ignore the flag. Windows has no such flag and
// no FIFOs to open by a path.) Symbolic links are followed on purpose: linked articles are allowed.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** A file read as text, with what it takes to write a copy of it byte for byte (cleanBytes.ts). */
export interface TextFile {
  ok: true;
  text: string;
  /** Said to the user: the text is not exactly what the file holds. */
  note?: string;
  bytes: Uint8Array;
  encoding: FileEncoding;
}

export type ReadResult = TextFile | { ok: false; reason: string };

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Decodes bytes the way an editor does: a BOM says UTF-16 or UTF-8; without one the file is
 * UTF-8, and bytes that are not valid UTF-8 are shown as U+FFFD, never reread in a guessed
 * code page (which would turn every accent of the rest of the file into mojibake).
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  const encoding = detectEncoding(bytes);
  // UTF-16 text is full of NUL bytes; without its BOM it is refused with the binaries.
  if (encoding.name === 'utf-8' && bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'it is a binary file (it contains NUL bytes)' };
  const { text, invalidSequences } = decodeBytes(bytes, encoding);
  const file: TextFile = { ok: true, text, bytes, encoding };
  if (invalidSequences > 0) {
    file.note = `not valid ${describeEncoding({ ...encoding, bom: false })}: ${invalidSequences} invalid byte sequence${invalidSequences === 1 ? '' : 's'} shown as U+FFFD (\uFFFD)`;
  }
  return file;
}

/**
 * Opens the path once and works on the descriptor from then on: checked with fstat and read
 * from the same descriptor, so the file cannot be swapped (for a FIFO, a device, a larger
 * file) between the check and the read.
 */
export async function readArticleFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  let fd: number;
  try {
    fd = await open(path, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  try {
    const info = await fstat(fd);
    if (!info.isFile()) return { ok: false, reason: 'it is not a regular file' };
    if (info.size > maxFileSize) return { ok: false, reason: tooLarge(info.size, maxFileSize) };
    const bytes = await readUpTo(fd, info.size, maxFileSize);
    if (bytes.length > maxFileSize) return { ok: false, reason: tooLarge(bytes.length, maxFileSize) };
    return decodeText(bytes);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    await close(fd).catch(() => undefined);
  }
}

function tooLarge(size: number, maxFileSize: number): string {
  return `it is ${formatBytes(size)}, larger than the limit of ${formatBytes(maxFileSize)} (maxFileSize)`;
}

/**
 * Reads to the end of the file, or to one byte past the limit when the file grew after fstat
 * (enough to know it is too large without reading all of it).
 */
async function readUpTo(fd: number, expectedSize: number, maxFileSize: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(expectedSize, maxFileSize) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxFileSize) break;
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxFileSize + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const { bytesRead } = await read(fd, buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist (deleted or renamed?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ELOOP':
      return 'it is a symbolic link loop';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
