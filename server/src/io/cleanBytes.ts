/**
 * The clean copy of a file as bytes: the boilerplate lines cut out of the file's own bytes and
 * everything else kept byte for byte: encoding, BOM, line ends, and bytes that were not valid
 * text. Core removes whole lines from the decoded text (core/clean.ts, cleanText in
 * core/annotate.ts); here the same cuts are made by line in the bytes, so a clean copy never
 * transcodes.
 */
import { boilerplateLines, cleanText, type Analysis } from '../core/annotate.js';
import { lineIndexAt, splitLines, type Line } from '../core/article.js';
import { applyRemovals, removalsForLines } from '../core/clean.js';
import { lengthWithoutTrailingBlanks } from '../core/text.js';
import type { TextFile } from './readArticleFile.js';
import { bomBytes, codeUnitSize, decodeBytes, encodeText, type FileEncoding } from './textEncoding.js';

/** Where a line of the decoded text lies in the file's bytes (after the BOM). */
interface ByteLine {
  start: number;
  /** Where its line break begins. */
  end: number;
  eolEnd: number;
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * The file's lines by the same rule as core's splitLines (CRLF, CR or LF), found by code unit.
 * In UTF-8, CR and LF bytes never occur inside a character, and a decoder turns an invalid
 * sequence into U+FFFD without taking a line break with it, so the lines match one to one.
 */
function byteLines(bytes: Uint8Array, encoding: FileEncoding): ByteLine[] {
  const unit = codeUnitSize(encoding);
  const littleEndian = encoding.name === 'utf-16le';
  const unitAt = (i: number): number => (unit === 1 ? bytes[i]! : littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  const lines: ByteLine[] = [];
  const first = bomBytes(encoding).length;
  let start = first;
  for (let i = first; i + unit <= bytes.length; i += unit) {
    const code = unitAt(i);
    if (code !== CR && code !== LF) continue;
    const crlf = code === CR && i + 2 * unit <= bytes.length && unitAt(i + unit) === LF;
    const eolEnd = i + (crlf ? 2 : 1) * unit;
    lines.push({ start, end: i, eolEnd });
    start = eolEnd;
    i = eolEnd - unit;
  }
  lines.push({ start, end: bytes.length, eolEnd: bytes.length });
  return lines;
}

class ByteMapping {
  private readonly textLines: Line[];
  private readonly lines: ByteLine[];

  constructor(
    private readonly text: string,
    bytes: Uint8Array,
    private readonly encoding: FileEncoding,
  ) {
    this.textLines = splitLines(text);
    this.lines = byteLines(bytes, encoding);
    if (this.lines.length !== this.textLines.length) throw new Error('the file has changed since it was read');
  }

  /**
   * The byte offset of a UTF-16 offset of the text. The cuts fall at the start or end of a line
   * or its break, or inside a line next to plain characters (a leading BOM, trailing blanks),
   * whose length in bytes is their own encoded length.
   */
  byteAt(offset: number): number {
    const index = this.lineAt(offset);
    const line = this.textLines[index]!;
    const bytes = this.lines[index]!;
    if (offset === line.start) return bytes.start;
    if (offset === line.end) return bytes.end;
    if (offset === line.end + line.eolLength) return bytes.eolEnd;
    if (offset > line.end) throw new Error(`offset ${offset} falls inside a line break`);
    const before = this.text.slice(line.start, offset);
    const after = this.text.slice(offset, line.end);
    // U+FFFD may stand for any number of invalid bytes; count from the side without one.
    if (!before.includes('\uFFFD')) return bytes.start + encodeText(before, { ...this.encoding, bom: false }).length;
    if (!after.includes('\uFFFD')) return bytes.end - encodeText(after, { ...this.encoding, bom: false }).length;
    throw new Error(`offset ${offset} cannot be placed in the file's bytes`);
  }

  private lineAt(offset: number): number {
    return lineIndexAt(this.textLines, offset);
  }
}

/** Spans of the text kept by cleanText, in order: core's whole-line cuts, then its end trimmed. */
function keptSpans(analysis: Analysis): { start: number; end: number }[] {
  const { article, text } = analysis;
  const removals = removalsForLines(article!, boilerplateLines(analysis.annotations));
  const spans: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const r of [...removals, { start: text.length, end: text.length }]) {
    if (r.start > cursor) spans.push({ start: cursor, end: r.start });
    cursor = r.end;
  }
  // cleanText trims line breaks and blanks off the end of what is left, then ends the text as
  // the original did: the same length is kept here, counted through the spans.
  let keep = lengthWithoutTrailingBlanks(applyRemovals(text, removals));
  const trimmed: { start: number; end: number }[] = [];
  for (const span of spans) {
    if (keep === 0) break;
    const length = Math.min(span.end - span.start, keep);
    trimmed.push({ start: span.start, end: span.start + length });
    keep -= length;
  }
  const endedWithBreak = /[\r\n]$/.test(text);
  const firstBreak = /\r\n|\r|\n/.exec(text);
  if (endedWithBreak && trimmed.length > 0 && firstBreak) trimmed.push({ start: firstBreak.index, end: firstBreak.index + firstBreak[0].length });
  return trimmed;
}

/**
 * The clean copy of `file` as bytes. `analysis` is the analysis of `file.text`. A file that was
 * not analysed, or has no boilerplate, is its own bytes exactly.
 */
export function cleanFileBytes(file: TextFile, analysis: Analysis): Uint8Array {
  if (analysis.text !== file.text) throw new Error('the analysis is not of this file');
  if (!analysis.article || boilerplateLines(analysis.annotations).length === 0) return file.bytes;
  const mapping = new ByteMapping(file.text, file.bytes, file.encoding);
  const parts = [bomBytes(file.encoding), ...keptSpans(analysis).map(({ start, end }) => file.bytes.subarray(mapping.byteAt(start), mapping.byteAt(end)))];
  const cleaned = concat(parts);
  // The bytes must say what core's clean text says; anything else is a bug here, not a copy.
  if (decodeBytes(cleaned, file.encoding).text !== cleanText(analysis)) throw new Error('the clean copy does not match the cleaned text');
  return cleaned;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
