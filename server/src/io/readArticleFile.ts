/**
 * Reading an article file from disk for the CLI and the workspace scan: size limit, binary
 * detection, BOMs and encodings. Each refusal is a reason a user can act on.
 * (Not in core: core does no I/O.)
 */
import * as fs from 'node:fs';
import { promisify } from 'node:util';

// The callback forms: fs.promises.readFile reads in small chunks and takes about twice as long
// over a scan of ten thousand small files.
const stat = promisify(fs.stat);
const readFile = promisify(fs.readFile);

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string; note?: string }
  | { ok: false; reason: string };

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Decodes bytes the way an editor would: BOMs honoured, UTF-8 first, Windows-1252 as the fallback. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { ok: false, reason: 'it is a binary file (it contains NUL bytes)' };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(body), note: 'not valid UTF-8; read as Windows-1252' };
  }
}

export async function readArticleFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  if (!info.isFile()) return { ok: false, reason: 'it is not a regular file' };
  if (info.size > maxFileSize) {
    return { ok: false, reason: `it is ${formatBytes(info.size)}, larger than the limit of ${formatBytes(maxFileSize)} (maxFileSize)` };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  return decodeText(bytes);
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
