/**
 * Cross-document repetition: a normalised line that many files of the corpus share is site
 * template ("Sign up for our newsletter"), not article text (CCNet, trafilatura).
 * One object for the corpus, updated by document id.
 */
import { paragraphsOf, splitLines } from '../article.js';
import { unwrappedLines } from '../hardWrap.js';
import { normaliseLine } from '../text.js';

/**
 * A normalised line's key: a 52-bit hash in base 36 (about ten characters) from two
 * differently seeded FNV-1a-style lanes. Tens of thousands of files hold a million lines;
 * their keys, not the lines, are what the corpus keeps and caches. Among a million distinct
 * lines the chance that any two share a key is about one in ten thousand, and all a shared key
 * does is count two lines as one.
 */
export function lineKey(normalised: string): string {
  // Two 32-bit FNV-1a lanes with different offsets, the second also folding in its own high
  // bits so that the lanes do not move together; 26 bits of each make an exact double.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < normalised.length; i++) {
    const code = normalised.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return base36((a >>> 6) * 0x4000000 + (b >>> 6));
}

const DIGITS36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * `value.toString(36)` for a whole number below 2^52: V8 writes a number past 2^31 in another
 * base through its general double-to-radix code, about 2 µs each, and every line of every file
 * in a scan takes a key (3–4% of a worker's time at 10,000 files). Each quotient is exact: below
 * 2^52, value / 36 is off by at most 1/64 and its fraction is at most 35/36, so it never rounds
 * up to the next whole number.
 */
export function base36(value: number): string {
  let digits = '';
  do {
    const quotient = Math.floor(value / 36);
    digits = DIGITS36[value - quotient * 36]! + digits;
    value = quotient;
  } while (value > 0);
  return digits;
}

/**
 * A text's distinct non-empty normalised lines, a line's paragraphs each on its own, as its
 * blocks normalise them (`Block.normalised`): what the classifier asks the corpus about. The
 * one definition for the main thread and for a worker's answers, so that the two cannot drift.
 */
export function templateLinesOf(text: string): Set<string> {
  const lines = new Set<string>();
  // (A hard-wrapped text's blocks are its paragraphs, so its lines here are too.)
  for (const line of unwrappedLines(splitLines(text))) {
    for (const part of paragraphsOf(line)) {
      const normalised = normaliseLine(part.text);
      if (normalised) lines.add(normalised);
    }
  }
  return lines;
}

/** The keys of a text's distinct non-empty normalised lines: what the corpus compares across files. */
export function templateKeys(text: string): string[] {
  return templateKeysOf(templateLinesOf(text));
}

/**
 * The same keys from lines already normalised: an article's blocks (`Block.normalised`) are
 * its non-empty lines (or their paragraphs), normalised alike, since white space and a BOM at a line's edges
 * normalise away.
 */
export function templateKeysOf(normalisedLines: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const normalised of normalisedLines) if (normalised) keys.add(lineKey(normalised));
  return [...keys];
}

export class TemplateLines {
  /**
   * Who holds each line: most lines belong to one file only, so a lone holder is kept as its
   * id and only a shared line gets a set (a million one-member sets were most of a warm
   * start's indexing time).
   */
  private readonly holders = new Map<string, string | Set<string>>();
  private readonly linesOf = new Map<string, readonly string[]>();

  set(id: string, text: string): void {
    this.setLines(id, templateKeys(text));
  }

  /** Sets a document by its lines as `templateKeys` gives them (worked out elsewhere, or cached). */
  setLines(id: string, keys: readonly string[]): void {
    this.remove(id);
    this.linesOf.set(id, keys);
    for (const line of keys) {
      const holder = this.holders.get(line);
      if (holder === undefined) this.holders.set(line, id);
      else if (typeof holder === 'string') {
        if (holder !== id) this.holders.set(line, new Set([holder, id]));
      } else holder.add(id);
    }
  }

  remove(id: string): void {
    const lines = this.linesOf.get(id);
    if (!lines) return;
    for (const line of lines) {
      const holder = this.holders.get(line);
      if (holder === id) this.holders.delete(line);
      else if (typeof holder === 'object') {
        holder.delete(id);
        if (holder.size === 1) this.holders.set(line, holder.values().next().value!);
      }
    }
    this.linesOf.delete(id);
  }

  /** How many files other than `id` hold the line. */
  countElsewhere(normalisedLine: string, id: string): number {
    const holder = this.holders.get(lineKey(normalisedLine));
    if (holder === undefined) return 0;
    if (typeof holder === 'string') return holder === id ? 0 : 1;
    return holder.size - (holder.has(id) ? 1 : 0);
  }

  /** A lookup bound to one document, as the classifier takes it. */
  lookupFor(id: string): (normalisedLine: string) => number {
    return (line) => this.countElsewhere(line, id);
  }
}
