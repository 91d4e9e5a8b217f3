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
 *
 * Text laid out in a proportional font (a PDF's text layer, a page copied from a reader) breaks
 * where a line is full in points, so its lines vary in characters by a fifth or more: there a line
 * was wrapped when it is near the width, closes nothing and its sentence surely goes on below
 * (round 405). Such a line is also joined in a text wrapped to one width: a break the text had
 * before it was wrapped.
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
/** A line that ends a sentence (not a clause, as a semicolon or a colon does). */
const SENTENCE_END = /[.!?]["'”’)]?$/u;
/** Lines going on into the next that a text whose every line goes on needs to be taken for wrapped without the counts. */
const SHORT_TEXT_PAIRS = 2;
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

/**
 * A line that closes nothing, and whose sentence goes on below (`goesOnWith`), was wrapped when the
 * next word would have taken it past this share of the width: a proportional font fills lines in
 * points, not characters, so their lengths vary by a fifth or so under the longest.
 */
const RAGGED_WIDTH_SHARE = 0.7;
/** Share of a text's wrapped lines that are ragged alone (not full to the width) from which it was laid out in a proportional font. */
const RAGGED_TEXT_SHARE = 0.2;

/**
 * A line that goes on with its sentence for certain: one that ends on a comma (a quotation's
 * closing mark after it, "…we will win,” ¶ Sousa said"), a dash, an opening mark or a word no
 * sentence or title ends on.
 */
const ENDS_MID_SENTENCE =
  /(?:[,–—-]["'”’]?|[“‘(]|\b(?:the|a|an|of|to|in|on|at|by|for|from|with|into|about|after|before|over|under|between|through|during|against|than|and|or|but|nor|that|who|whom|whose|which|when|where|while|if|because|as|its|his|her|their|our|my|your|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|not))$/iu;

/**
 * A line's opening that goes on with a sentence: a word in lower case, a quotation mark, an
 * ellipsis or a dash and one ("…that the advertisement ¶ “unmistakably and wrongfully”
 * suggests…", "…the biggest benefit ¶ — it won’t even be close": a quotation that opens a
 * sentence opens with a capital), or a figure with its unit or the word it counts ("$38
 * million", "61 percent", "11th earlier"; not a list's "2 . Terms").
 */
const GOES_ON = /^(?:["“‘]?\p{Ll}|(?:\.{3}|…|[–—])\s?\p{Ll}|[$£€]\d|\d[\d,.]*(?:st|nd|rd|th)?(?:%|-?\p{Ll}|\s\p{Ll}))/u;

/**
 * Whether the line below goes on with the sentence the line above leaves open: it opens in lower
 * case or with a figure ("…raised ¶ $38 million"), or the line above stops where no sentence
 * stops. (A list of headlines, each in sentence case and closing nothing, is no paragraph: each
 * opens with a capital.)
 */
const goesOnWith = (line: string, next: string) => GOES_ON.test(next.trimStart()) || ENDS_MID_SENTENCE.test(line) || leavesQuoteOpen(line);

/**
 * A line that opens a quotation it does not close ("“From Seattle, to Oklahoma City, to Houston,
 * New York, and New ¶ Jersey, we see…"): the quoted sentence goes on below, whatever the line
 * under it opens with. (Curly marks only: a straight one may close what a line above opened.)
 */
const leavesQuoteOpen = (line: string) => (line.match(/“/g)?.length ?? 0) > (line.match(/”/g)?.length ?? 0);

/**
 * How a line ended against the width: full to it; full only as a proportional font fills lines,
 * its sentence surely going on below (`goesOnWith`); the same, the line below opening with a
 * capital (a name, or a new sentence); near the width but not full, ending a sentence; or none
 * of these.
 */
type LineEnd = 'full' | 'ragged' | 'raggedBeforeCapital' | 'closed' | undefined;

/** The test of how a line was wrapped, for one way of measuring lines (characters, or bytes). */
function wrapTest(texts: readonly string[], proseLines: readonly number[], measure: (text: string) => number): ((i: number) => LineEnd) | undefined {
  // The width is the longest line of prose that has a line under it: a closing address or a
  // long link after a blank line was never wrapped, nor was a link a tool broke where it ran
  // past the width.
  const width = Math.max(0, ...proseLines.map((i) => measure(texts[i]!)));
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return undefined;
  return (i) => {
    const line = texts[i]!;
    const next = texts[i + 1]!;
    const reach = measure(line) + 1 + measure(firstWord(next));
    if (reach > width) return 'full';
    if (reach <= RAGGED_WIDTH_SHARE * width) return undefined;
    // (A line that closes a sentence is only taken for wrapped where it was full to the width:
    // a paragraph of a line each that ends near the width of its neighbours was not wrapped. One
    // that ends a sentence near the width may be inside its paragraph; one that stops on a
    // semicolon or a colon, as a headline over its deck does, is not taken for one.)
    if (CLOSED.test(line)) return SENTENCE_END.test(line) ? 'closed' : undefined;
    if (goesOnWith(line, next)) return 'ragged';
    // (A name broken over the line end, "…wrote to Judge ¶ Berman…": a word, then a capital; a
    // name, then its party in brackets, "…Rep. Jason Chaffetz ¶ (R-Utah) said…"; a number, then
    // what it counts, "To date, 14 ¶ Catholics…". A line below that opens with a quotation mark,
    // after a credit, opens a new paragraph.)
    return /[\p{L}\d]$/u.test(line) && /^\(?\p{Lu}/u.test(next.trimStart()) ? 'raggedBeforeCapital' : undefined;
  };
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
  const ORDER: LineEnd[] = ['full', 'ragged', 'raggedBeforeCapital', 'closed'];
  const lineEnd = (i: number): LineEnd => ORDER.find((end) => byCharacters?.(i) === end || byBytes?.(i) === end);
  const wrapsInto = (i: number): LineEnd => {
    const line = texts[i]!;
    const next = texts[i + 1]!;
    if (COLUMN_GAP.test(line.trim()) || COLUMN_GAP.test(next.trim())) return undefined;
    // (A paragraph may open indented: a line set in further than the one above starts one.)
    if (leadingSpace(next) > leadingSpace(line)) return undefined;
    return lineEnd(i);
  };
  const ends = new Map(pairs.map((i) => [i, wrapsInto(i)]));
  const enough = (wrappedProse: number) => wrappedProse >= MIN_WRAPPED_LINES && wrappedProse >= MIN_WRAPPED_SHARE * proseLines.length;
  const full = proseLines.filter((i) => ends.get(i) === 'full').length;
  const raggedOnly = proseLines.filter((i) => ends.get(i) === 'ragged').length;
  // A text a tool wrapped to one width has its lines full to it, but for a paragraph's last (on
  // PolNeAR's articles wrapped at 72, at most 8% of the wrapped lines are ragged alone; wrapped at
  // 60 to 85, nine articles in ten have more than 60%). A text laid out in a proportional font is
  // taken for wrapped on the lines whose sentence surely goes on below (a list of headlines in
  // sentence case, near one another's width, is no wrapped text); only there does a ragged line
  // go on into a capital, or a line that closes into the next.
  // (Lines that close a sentence short of the width are set aside there: a paragraph's last, where
  // no blank line sets paragraphs apart, or a sentence that ended where its line did.)
  const closesShort = (i: number) => ends.get(i) !== 'full' && CLOSED.test(texts[i]!);
  const closedShort = proseLines.filter(closesShort).length;
  const proportional =
    full + raggedOnly >= MIN_WRAPPED_LINES &&
    full + raggedOnly >= MIN_WRAPPED_SHARE * (proseLines.length - closedShort) &&
    raggedOnly >= MIN_WRAPPED_LINES &&
    raggedOnly >= RAGGED_TEXT_SHARE * (full + raggedOnly);
  // A text is wrapped, too, when blank lines set its paragraphs apart, every line of a paragraph
  // goes on into the next, and every paragraph of several lines closes a sentence at its end: a
  // short article, a paragraph or two wrapped over a few lines ("NEW YORK (AP) — Hillary Clinton
  // wins the Democratic presidential primary in ¶ New York, which she represented for eight years
  // in the United ¶ States Senate."), has too few lines to show its wrapping by the counts. A
  // title over its deck and byline closes none.
  const goesOnEnd = (end: LineEnd) => end === 'full' || end === 'ragged' || end === 'raggedBeforeCapital';
  const everyLineGoesOn =
    !proportional &&
    !enough(full) &&
    pairs.length >= SHORT_TEXT_PAIRS &&
    texts.some((_, i) => hasWords(i) && !hasWords(i + 1) && hasWords(i + 2)) &&
    pairs.every((i) => goesOnEnd(ends.get(i)) && (hasWords(i + 2) || CLOSED.test(texts[i + 1]!)));
  if (!proportional && !enough(full) && !everyLineGoesOn) return undefined;
  // Where such a text sets its paragraphs apart by blank lines (most lines that close a sentence
  // and are not full have a blank line under them), one that has a line of words under it closed
  // a sentence inside its paragraph.
  const closedInside = pairs.filter(closesShort).length;
  const closedAtEnd = texts.filter((text, i) => hasWords(i) && !hasWords(i + 1) && hasWords(i + 2) && CLOSED.test(text)).length;
  const blankBetweenParagraphs = proportional && closedAtEnd >= MIN_WRAPPED_LINES && closedAtEnd >= closedInside;
  const groups: number[][] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!hasWords(i)) continue;
    const group = groups[groups.length - 1];
    // ("…the most important ¶ - a place where readers…": a dash the wrapping put first on a line
    // goes on the sentence; after a list's item, or a line that closes, a mark opens a new item.)
    const newItem = ITEM_MARK.test(texts[i]!.trimStart()) && (group === undefined || ITEM_MARK.test(texts[group[0]!]!.trimStart()) || CLOSED.test(texts[i - 1]!));
    // (A ragged line goes on into a name only inside a paragraph already under way, or where blank
    // lines set paragraphs apart: the first line of one may be a headline over the lede, or a
    // list's headline over the next.)
    const end = ends.get(i - 1);
    const goesOn =
      end === 'full' ||
      end === 'ragged' ||
      ((proportional || everyLineGoesOn) && end === 'raggedBeforeCapital' && group !== undefined && (group.length > 1 || blankBetweenParagraphs || everyLineGoesOn)) ||
      (blankBetweenParagraphs && end === 'closed');
    if (group !== undefined && goesOn && !newItem) group.push(i);
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
