/** Small text helpers shared by the passes: normalisation and word shapes. */

/** Curly quotes and apostrophes folded to straight ones, for matching only (never for offsets). */
const CURLY = /[\u2018\u2019\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
export function foldQuotes(text: string): string {
  // Most words hold no quote at all: one test instead of two replacements.
  if (!CURLY.test(text)) return text;
  return text.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
}

/**
 * A line reduced to its words for comparing it with lexicon entries and with lines of other
 * files: lower case, quotes folded, digits and punctuation dropped, spaces collapsed.
 */
export function normaliseLine(text: string): string {
  return foldQuotes(text)
    .toLowerCase()
    .replace(/[^\p{L}\s'-]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** A light stem for comparing vocabulary: possessives and plural endings removed. */
export function stem(word: string): string {
  let w = foldQuotes(word).toLowerCase().replace(/'s?$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}
