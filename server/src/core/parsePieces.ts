/**
 * Bounded pieces of a long paragraph for the sentence parser. parse-latin splices every merge of
 * inner-word punctuation ("a-b", "a.b") into the sentence's list of children, so a paragraph
 * without a sentence end costs time in the square of its length: 100,000 characters of "a-b "
 * took 2 s. Fed pieces of at most PARSE_BOUND characters, it costs at most (length / bound)
 * times a bounded square: linear in the length.
 */

/**
 * 10,000 characters: the longest line of examples/, test/fixtures and the seeds has 533, so
 * real paragraphs parse whole exactly as before, while the worst shapes cost about 20 ms per
 * piece ("a-b. " repeated, measured on parse-latin alone).
 */
export const PARSE_BOUND = 10_000;

export interface Piece {
  start: number;
  end: number;
}

/** parse-latin's white space (its `whiteSpace` expression): a cut there never splits its words. */
const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const TERMINAL = /[.!?\u2026\u203D]/;
const CLOSER = /["'”’)\]»]/;
const OPENER = /["“‘(«]/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const isWhiteSpace = (text: string, i: number) => WHITE_SPACE.test(text.charAt(i));

/**
 * Consecutive pieces that cover `text`, each at most `bound` long. A piece ends, by preference,
 * where a sentence probably starts (after a full stop, closing quotes and white space, before a
 * capital), else right after the last white space, else (a run without white space) at the
 * bound itself, never inside a surrogate pair. Each cut is searched for within one window of
 * `bound` characters and two pieces in a row cannot both end early in the same stretch, so the
 * search is linear too.
 */
export function parsePieces(text: string, bound = PARSE_BOUND): Piece[] {
  if (text.length <= bound) return [{ start: 0, end: text.length }];
  const pieces: Piece[] = [];
  let start = 0;
  while (text.length - start > bound) {
    const to = start + bound;
    const end = lastSentenceStart(text, start, to) ?? afterLastWhiteSpace(text, start, to) ?? codePointCut(text, start, to);
    pieces.push({ start, end });
    start = end;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}

/**
 * The last offset in (from, to] where a sentence probably starts: a capital, maybe after an
 * opening quote, after white space, closing quotes and a terminal mark that ends a lower-case
 * word of three letters or more (so that "Mr." or "J." do not count, as parse-latin would not
 * break there either). Each run of white space, closers or marks is walked once, from its end.
 */
function lastSentenceStart(text: string, from: number, to: number): number | undefined {
  for (let i = to; i > from; i--) {
    if (!isWhiteSpace(text, i - 1) || !startsCapitalised(text, i)) continue;
    let j = i - 1;
    while (j > from && isWhiteSpace(text, j)) j--;
    while (j > from && CLOSER.test(text.charAt(j))) j--;
    if (!TERMINAL.test(text.charAt(j))) continue;
    while (j > from && TERMINAL.test(text.charAt(j))) j--;
    if (j - 2 > from && [0, 1, 2].every((k) => LOWER.test(text.charAt(j - k)))) return i;
  }
  return undefined;
}

function startsCapitalised(text: string, i: number): boolean {
  const first = OPENER.test(text.charAt(i)) ? i + 1 : i;
  return UPPER.test(String.fromCodePoint(text.codePointAt(first) ?? 0x20));
}

/** The offset just past the last white space in [from, to), when there is one after `from`. */
function afterLastWhiteSpace(text: string, from: number, to: number): number | undefined {
  for (let i = to; i > from + 1; i--) if (isWhiteSpace(text, i - 1)) return i;
  return undefined;
}

/** `to`, or one less when `to` would split a surrogate pair. */
function codePointCut(text: string, from: number, to: number): number {
  const high = text.charCodeAt(to - 1);
  return high >= 0xd800 && high <= 0xdbff && to - 1 > from ? to - 1 : to;
}
