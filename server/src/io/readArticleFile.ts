/**
 * Reading an article file from disk for the CLI and the workspace scan: size limit, binary
 * detection, BOMs and encodings. Each refusal is a reason a user can act on.
 * (Not in core: core does no I/O.)
 */
import { readRegularFile } from './readRegularFile.js';
import { decodeBytes, describeEncoding, detectEncoding, type FileEncoding } from './textEncoding.js';

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
 * Opens the path once and works on the descriptor from then on (io/readRegularFile.ts): checked
 * with fstat and read from the same descriptor, so the file cannot be swapped (for a FIFO, a
 * device, a larger file) between the check and the read.
 */
export async function readArticleFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE, refuseRealPath?: (realPath: string) => string | undefined): Promise<ReadResult> {
  const read = await readRegularFile(path, { maxSize: maxFileSize, setting: 'maxFileSize', ...(refuseRealPath ? { refuseRealPath } : {}) });
  return read.ok ? decodeText(read.bytes) : { ok: false, reason: read.reason };
}
