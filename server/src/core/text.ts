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
