/**
 * Hard-wrapped text: an article saved with a line break every 70-odd characters (`fold`, a mail
 * client, a wire feed's archive) rather than one line per paragraph. Read line by line, every
 * sentence is cut where the line ends, so no cue meets its source and no paragraph looks like
 * prose. This finds the lines that one paragraph was wrapped over, so that the article's parser
 * can read each paragraph as one block.
 *
 * A line was wrapped when the first word of the line under it would not have fitted at its end
 * within the document's width: that is how every wrapping tool decides to break. A text is taken
 * as wrapped only when most of its lines of prose with a line under them meet that test, so an
 * article written one paragraph to a line, a list of short items or a table never is.
 */
import type { Line } from './article.js';
import { PARAGRAPH_SEPARATOR } from './text.js';

/** Widths past this are paragraphs written on one line, not a wrapping tool's lines. */
const MAX_WRAP_WIDTH = 100;
/** Narrower than this, lines are a list's or a poem's, not prose wrapped to a width. */
const MIN_WRAP_WIDTH = 40;
/** Wrapped lines needed, and their share of the lines of prose with a line under them, to call a text wrapped. */
const MIN_WRAPPED_LINES = 3;
const MIN_WRAPPED_SHARE = 0.6;
/**
 * Words a line of prose has at least: a wrapped paragraph's lines have ten or so; the lines of
 * a style sheet, a list or a sign-off scraped with the article have fewer, and neither set the
 * width nor count against the share.
 */
const PROSE_LINE_WORDS = 4;

/** A list item's mark or number at a line's start: a new item after an item or a closed line. */
export const ITEM_MARK = /^(?:[-*•–—]\s|\d{1,3}[.)]\s)/u;
/** A line that closes what it says: the line under it may open something new. */
const CLOSED = /[.:;!?]["'”’)]?$/u;
/** Columns set apart by runs of spaces: a table's row, whose width is no wrapping's. */
export const COLUMN_GAP = /\S {3,}\S|\t/;

const leadingSpace = (text: string) => text.length - text.trimStart().length;
const firstWord = (text: string) => text.trimStart().split(/\s/, 1)[0]!;

/** Bytes of the text in UTF-8: `fold` and other old tools wrap to a width in bytes, not characters. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The test that a line was wrapped, for one way of measuring lines (characters, or bytes). */
function wrapTest(texts: readonly string[], proseLines: readonly number[], measure: (text: string) => number): ((i: number) => boolean) | undefined {
  // The width is the longest line of prose that has a line under it: a closing address or a
  // long link after a blank line was never wrapped, nor was a link a tool broke where it ran
  // past the width.
  const width = Math.max(0, ...proseLines.map((i) => measure(texts[i]!)));
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return undefined;
  return (i) => measure(texts[i]!) + 1 + measure(firstWord(texts[i + 1]!)) > width;
}

/**
 * For a hard-wrapped text, the groups of line indexes that make one paragraph each (every line
 * with words in exactly one group, in order); undefined for a text that is not wrapped.
 */
export function wrappedParagraphs(lines: readonly Pick<Line, 'text'>[]): number[][] | undefined {
  // (A text laid out by paragraph separators has its paragraphs already; see `paragraphsOf`.)
  if (lines.some((line) => PARAGRAPH_SEPARATOR.test(line.text))) return undefined;
  const texts = lines.map((line, i) => (i === 0 ? line.text.replace(/^\uFEFF/, '') : line.text).trimEnd());
  const hasWords = (i: number) => i < texts.length && texts[i]!.trim().length > 0;
  const pairs: number[] = [];
  for (let i = 0; i + 1 < texts.length; i++) if (hasWords(i) && hasWords(i + 1)) pairs.push(i);
  const proseLines: number[] = [];
  for (const i of pairs) {
    if (texts[i]!.trim().split(/\s+/).length < PROSE_LINE_WORDS) continue;
    // (Most articles stop at their first such line: a paragraph on one line is wider than any
    // wrapping, in characters and so in bytes, which are never fewer.)
    if (texts[i]!.length > MAX_WRAP_WIDTH) return undefined;
    proseLines.push(i);
  }
  if (proseLines.length === 0) return undefined;
  const byCharacters = wrapTest(texts, proseLines, (text) => text.length);
  const byBytes = wrapTest(texts, proseLines, utf8Length);
  const full = (i: number) => (byCharacters?.(i) ?? false) || (byBytes?.(i) ?? false);
  const wrapsInto = (i: number) => {
    const line = texts[i]!;
    const next = texts[i + 1]!;
    if (COLUMN_GAP.test(line.trim()) || COLUMN_GAP.test(next.trim())) return false;
    // (A paragraph may open indented: a line set in further than the one above starts one.)
    return leadingSpace(next) <= leadingSpace(line) && full(i);
  };
  const wrapped = new Set(pairs.filter(wrapsInto));
  const wrappedProse = proseLines.filter((i) => wrapped.has(i)).length;
  if (wrappedProse < MIN_WRAPPED_LINES || wrappedProse < MIN_WRAPPED_SHARE * proseLines.length) return undefined;
  const groups: number[][] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!hasWords(i)) continue;
    const group = groups[groups.length - 1];
    // ("…the most important ¶ - a place where readers…": a dash the wrapping put first on a line
    // goes on the sentence; after a list's item, or a line that closes, a mark opens a new item.)
    const newItem = ITEM_MARK.test(texts[i]!.trimStart()) && (group === undefined || ITEM_MARK.test(texts[group[0]!]!.trimStart()) || CLOSED.test(texts[i - 1]!));
    if (group !== undefined && wrapped.has(i - 1) && !newItem) group.push(i);
    else groups.push([i]);
  }
  return groups;
}

/** The text's lines, each paragraph of a hard-wrapped text joined into one (a space at each break). */
export function unwrappedLines(lines: readonly Pick<Line, 'text'>[]): string[] {
  const paragraphs = wrappedParagraphs(lines);
  if (!paragraphs) return lines.map((line) => line.text);
  return paragraphs.map((group) => group.map((i) => lines[i]!.text.trim()).join(' '));
}
