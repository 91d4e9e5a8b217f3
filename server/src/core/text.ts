/** Small text helpers shared by the passes: normalisation and word shapes. */

/** Curly quotes and apostrophes folded to straight ones, for matching only (never for offsets). */
const CURLY = /[\u2018\u2019\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
export function foldQuotes(text: string): string {
  // Most words hold no quote at all: one test instead of two replacements.
  if (!CURLY.test(text)) return text;
  return text.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
}

const LETTER = /\p{L}/u;
const SPACE = /\s/;
/** Letters (1), white space (2), apostrophe or hyphen (3), anything else (4), cached per BMP code unit. */
const charClasses = new Int8Array(0x10000);
function charClass(codePoint: number): number {
  if (codePoint < 0x10000) {
    let known = charClasses[codePoint]!;
    if (known === 0) charClasses[codePoint] = known = classify(codePoint);
    return known;
  }
  return classify(codePoint);
}
/** Whether a code point is a letter (\p{L}), answered from the same cache. */
export function isLetter(codePoint: number): boolean {
  return charClass(codePoint) === 1;
}

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (LETTER.test(char)) return 1;
  if (SPACE.test(char)) return 2;
  return char === "'" || char === '-' ? 3 : 4;
}

/**
 * A line reduced to its words for comparing it with lexicon entries and with lines of other
 * files: lower case, quotes folded, digits and punctuation dropped (they part words),
 * apostrophes and hyphens kept inside words only, single spaces between words. One pass over
 * the text: every line of every file goes through here, twice per scan.
 */
export function normaliseLine(text: string): string {
  const lower = foldQuotes(text).toLowerCase();
  let result = '';
  // The current word runs from wordStart; its letters (not its edge apostrophes or hyphens)
  // from firstLetter to lastLetter.
  let firstLetter = -1;
  let lastLetterEnd = -1;
  const flush = () => {
    if (firstLetter !== -1) result += (result ? ' ' : '') + lower.slice(firstLetter, lastLetterEnd);
    firstLetter = -1;
  };
  for (let i = 0; i < lower.length; ) {
    const codePoint = lower.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const kind = charClass(codePoint);
    if (kind === 1) {
      if (firstLetter === -1) firstLetter = i;
      lastLetterEnd = i + width;
    } else if (kind !== 3) {
      flush();
    }
    i += width;
  }
  flush();
  return result;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  // ASCII answers without building strings: most words of an English text are ASCII.
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** A light stem for comparing vocabulary: possessives and plural endings removed. */
export function stem(word: string): string {
  let w = foldQuotes(word).toLowerCase();
  if (w.endsWith("'")) w = w.slice(0, -1);
  else if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes'))) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/**
 * Emoji as social posts and scraped pages put them at the edges of a line ("🔴 The council
 * voted…", "…on Monday. 👇"): pictographs, their skin-tone modifiers, flags' regional
 * indicators, and the joiners and selectors that build sequences of them. Symbols below the
 * arrows (©, ®, ™) are text, not decoration, and stay.
 */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each code point is matched on its own, joiners and keycaps included, to strip emoji piece by piece
const EMOJI_PART = /[\p{Emoji_Presentation}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0f\u20e3]/u;
const FIRST_ARROW = 0x2190;

export function isEmojiPart(codePoint: number): boolean {
  if (codePoint < 0xa9) return false;
  const char = String.fromCodePoint(codePoint);
  return EMOJI_PART.test(char) || (codePoint >= FIRST_ARROW && PICTOGRAPH.test(char));
}

/**
 * The text without emoji (and the white space beside them) at its start and end, for judging
 * its shape: whether it starts and ends like a sentence. One pass from each end.
 */
export function trimEdgeEmoji(text: string): string {
  let start = 0;
  let end = text.length;
  let trimmed = false;
  for (;;) {
    const codePoint = text.codePointAt(start);
    if (codePoint === undefined || start >= end) break;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isEmojiPart(codePoint)) trimmed = true;
    else if (!(trimmed && /\s/.test(text[start]!))) break;
    start += width;
  }
  let trimmedEnd = false;
  while (end > start) {
    const low = text.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start ? 2 : 1;
    const codePoint = text.codePointAt(end - width)!;
    if (isEmojiPart(codePoint)) trimmedEnd = true;
    else if (!(trimmedEnd && /\s/.test(text[end - 1]!))) break;
    end -= width;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Whether the first `length` characters of `text` are all printable ASCII (space to tilde). */
function isPrintableAscii(text: string, length: number): boolean {
  if (text.length < length) return false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/**
 * `text` cut to at most `limit` UTF-16 code units, `mark` included, for showing a long
 * sentence in a message. The cut falls between graphemes (what a reader sees as one
 * character), so it never leaves half of a surrogate pair, a flag or an emoji sequence; a
 * first grapheme longer than the room leaves the mark alone.
 */
export function cutText(text: string, limit: number, mark = '…'): string {
  if (text.length <= limit) return text;
  const room = Math.max(0, limit - mark.length);
  // Printable ASCII is one grapheme per character: when the room and the character after it
  // are all such, the cut falls at the room itself, found without segmenting.
  if (isPrintableAscii(text, room + 1)) return text.slice(0, room) + mark;
  let end = 0;
  // The segments are produced lazily: the walk stops at the cut, however long the text.
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return text.slice(0, end) + mark;
}

/**
 * The start of `text` for naming it in a one-line message (a diagnostic in the Problems panel):
 * blanks collapsed, cut by `cutText` to at most `limit` code units, and back to the last space
 * when that keeps at least half of the room, so the quote does not end in half a word.
 */
export function excerpt(text: string, limit: number, mark = '…'): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const room = limit - mark.length;
  const head = cutText(flat, room, '');
  const space = head.lastIndexOf(' ');
  // Mid-word when the character after the cut is not a space: end at the word before instead.
  const midWord = flat[head.length] !== ' ';
  const kept = midWord && space >= room / 2 ? head.slice(0, space) : head;
  return kept.replace(/[\s,;:\-–—]+$/, '') + mark;
}

/**
 * The length of `text` without the line breaks, spaces and tabs at its end. A backwards scan:
 * the pattern `/[\r\n \t]+$/` is retried at every blank of a long inner run of them (a text
 * with thousands of blank lines in its middle took seconds), this stops at the first other
 * character from the end.
 */
export function lengthWithoutTrailingBlanks(text: string): number {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (code !== 10 && code !== 13 && code !== 32 && code !== 9) break;
    end--;
  }
  return end;
}

/**
 * U+2028, U+2029 and NEL (U+0085) separate paragraphs but are no line ends: LSP positions and
 * VS Code's text model count only \n, \r\n and \r, so one line of the document may hold a
 * whole article. Core reads such a line paragraph by paragraph, each its own block.
 */
export const PARAGRAPH_SEPARATOR = /[\u2028\u2029\u0085]/;

/**
 * Titles written short before a name that retext does not know as abbreviations (it knows "Sen.",
 * "Gov.", "Lt."; not the plurals nor these ranks): "Sens.", "Reps.", "Adm.", a police constable's
 * "Const." or "Cst.", a superintendent's "Supt.". Without their full stop.
 */
export const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set(['Sens', 'Reps', 'Govs', 'Gens', 'Drs', 'Profs', 'Adm', 'Cmdr', 'Insp', 'Det', 'Cpl', 'Pvt', 'Spc', 'Const', 'Cst', 'Supt']);
