/**
 * The encodings an article file is read in, and writing text back in the same one. Only
 * encodings that say what they are: UTF-16 with a byte order mark, and UTF-8 with or without
 * one. Bytes that are not valid UTF-8 are shown as U+FFFD rather than reread in a guessed
 * legacy code page: a guess turns every accent of an otherwise UTF-8 file into mojibake.
 */

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface FileEncoding {
  name: EncodingName;
  /** Whether the file starts with a byte order mark, kept when writing in this encoding. */
  bom: boolean;
}

export const UTF8: FileEncoding = { name: 'utf-8', bom: false };

const BOMS: Record<EncodingName, readonly number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** The encoding the bytes declare by their byte order mark; UTF-8 without a BOM otherwise. */
export function detectEncoding(bytes: Uint8Array): FileEncoding {
  for (const name of ['utf-16le', 'utf-16be', 'utf-8'] as const) if (startsWith(bytes, BOMS[name])) return { name, bom: true };
  return UTF8;
}

export function bomBytes(encoding: FileEncoding): Uint8Array {
  return Uint8Array.from(encoding.bom ? BOMS[encoding.name] : []);
}

/** Bytes per code unit: line breaks are found by code unit, never inside a character. */
export function codeUnitSize(encoding: FileEncoding): 1 | 2 {
  return encoding.name === 'utf-8' ? 1 : 2;
}

export interface Decoded {
  text: string;
  /** How many byte sequences were not valid in the encoding and became U+FFFD. */
  invalidSequences: number;
}

/** Decodes the bytes after the BOM; invalid sequences become U+FFFD, one each. */
// One decoder per encoding, made once: a scan decodes thousands of files, and decode() without
// the stream option keeps no state between calls.
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();
function decoderFor(name: string): InstanceType<typeof TextDecoder> {
  let decoder = decoders.get(name);
  if (!decoder) {
    // ignoreBOM: the file's own BOM is already cut off; a second one is text and stays.
    decoder = new TextDecoder(name, { ignoreBOM: true });
    decoders.set(name, decoder);
  }
  return decoder;
}

export function decodeBytes(bytes: Uint8Array, encoding: FileEncoding): Decoded {
  const body = bytes.subarray(bomBytes(encoding).length);
  const text = decoderFor(encoding.name).decode(body);
  // Nearly every file has no replacement character: one native search answers for them.
  const replacements = text.indexOf('\uFFFD') === -1 ? 0 : count(text, 0xfffd);
  return { text, invalidSequences: replacements === 0 ? 0 : replacements - literalReplacementCharacters(body, encoding) };
}

function count(text: string, codeUnit: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === codeUnit) n++;
  return n;
}

/**
 * U+FFFD written in the file as a character, not produced by the decoder. (In UTF-8 its bytes
 * EF BF BD always decode as written: EF is never a continuation byte, so no invalid sequence
 * before it can take it.)
 */
function literalReplacementCharacters(body: Uint8Array, encoding: FileEncoding): number {
  let n = 0;
  if (encoding.name === 'utf-8') {
    for (let i = 0; i + 2 < body.length; i++) if (body[i] === 0xef && body[i + 1] === 0xbf && body[i + 2] === 0xbd) n++;
  } else {
    const [high, low] = encoding.name === 'utf-16le' ? [1, 0] : [0, 1];
    for (let i = 0; i + 1 < body.length; i += 2) if (body[i + high] === 0xff && body[i + low] === 0xfd) n++;
  }
  return n;
}

/** The text as bytes in the encoding, BOM included. Every string has a form in each of them. */
export function encodeText(text: string, encoding: FileEncoding): Uint8Array {
  const bom = bomBytes(encoding);
  let body: Uint8Array;
  if (encoding.name === 'utf-8') body = new TextEncoder().encode(text);
  else {
    body = new Uint8Array(text.length * 2);
    const view = new DataView(body.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), encoding.name === 'utf-16le');
  }
  const bytes = new Uint8Array(bom.length + body.length);
  bytes.set(bom);
  bytes.set(body, bom.length);
  return bytes;
}

export function describeEncoding(encoding: FileEncoding): string {
  const name = encoding.name === 'utf-8' ? 'UTF-8' : encoding.name === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  return encoding.bom ? `${name} with a byte order mark` : name;
}
