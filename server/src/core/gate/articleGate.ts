/**
 * Decides whether a plain-text file reads as a prose article, so that requirement lists,
 * licences, build files, logs and tables saved as .txt stay unannotated. Each refusal comes
 * with a reason a user can read in the status bar or on the CLI's stderr.
 */
import data from './nonArticleFiles.json' with { type: 'json' };
import { escapeRegExp, foldQuotes, normaliseLine } from '../text.js';
import { splitLines } from '../article.js';
import { unwrappedLines } from '../hardWrap.js';
import { hasSentenceShape } from './sentenceShape.js';
import { boilerplateLexicon } from '../boilerplate/lexicon.js';
import { BLURB_MAX_WORDS } from '../boilerplate/detachedBody.js';
import type { BoilerplateCategory } from '../boilerplate/categories.js';

export type GateResult = { article: true } | { article: false; reason: string };

const NAME_PATTERNS = data.names.map((glob) => new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`, 'i'));
const termPattern = (terms: string[]) => new RegExp(`\\b(?:${terms.map(escapeRegExp).join('|')})\\b`, 'gi');
const LEGAL_TERMS = termPattern(data.legalTerms);
const TOPIC_TERMS = termPattern(data.topicTerms);
/** Numbered clauses: "1.", "2.1", "(a)", "Section 3", "Article 4" opening a line. */
const CLAUSE_LINE = /^(?:\d+(?:\.\d+)*[.)]\s|\(\w{1,3}\)\s|(?:section|article|clause)\s+\d)/i;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/gu;
/** A line of eight words or more in capitals, no lower case: the shouted disclaimer of a licence. */
function isShouted(line: string): boolean {
  return !LOWER.test(line) && hasWords(line, 8) && (line.match(UPPER)?.length ?? 0) >= 20;
}

export function isNonArticleName(baseName: string): boolean {
  return NAME_PATTERNS.some((pattern) => pattern.test(baseName));
}

const LOG_LINE = /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}|\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\]?[\s:])/;
const CODE_LINE = /[{};]\s*$|^\s*(?:#include|import |from \S+ import|def |class |function |const |let |var |public |private |return\b|if\s*\(|for\s*\(|set\(|add_|target_|project\()/;
const REQUIREMENT_LINE = /^\s*[A-Za-z0-9_.\-[\]]+\s*(?:[=<>!~]=|[<>]|@|$)/;

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10 || code === 13) {
      longest = Math.max(longest, i - start);
      start = i + 1;
    }
  }
  return longest;
}

/**
 * How much of a non-prose line counts against the prose: one "Tags: …" or link-list line of
 * thousands of characters is furniture around an article, not evidence that the file is no
 * article. About the length of a long menu, caption or credit line, which still count in full.
 */
const NON_PROSE_LINE_WEIGHT = 300;

function proseLineShare(lines: string[]): { proseChars: number; totalChars: number; proseLines: number; longestProseRun: number } {
  let proseChars = 0;
  let totalChars = 0;
  let proseLines = 0;
  let run = 0;
  let longestProseRun = 0;
  for (const line of lines) {
    if (hasWords(line, 6) && hasSentenceShape(line)) {
      proseChars += line.length;
      totalChars += line.length;
      proseLines++;
      run++;
      longestProseRun = Math.max(longestProseRun, run);
    } else {
      totalChars += Math.min(line.length, NON_PROSE_LINE_WEIGHT);
      run = 0;
    }
  }
  return { proseChars, totalChars, proseLines, longestProseRun };
}

const WORD = /\S+/g;

/** Whether the line has at least `count` words (runs of non-space), counting no further. */
function hasWords(line: string, count: number): boolean {
  WORD.lastIndex = 0;
  let found = 0;
  while (found < count && WORD.exec(line)) found++;
  return found >= count;
}

/** How often a character occurs in a line. */
function occurrences(line: string, char: string): number {
  let count = 0;
  for (let at = line.indexOf(char); at !== -1; at = line.indexOf(char, at + 1)) count++;
  return count;
}

/** Lines with the same number (two or more) of one separator: a table. */
function looksTabular(lines: string[]): boolean {
  if (lines.length < 3) return false;
  for (const separator of [',', '\t', ';', '|']) {
    const counts = lines.map((line) => occurrences(line, separator));
    const frequency = new Map<number, number>();
    for (const c of counts) if (c >= 2) frequency.set(c, (frequency.get(c) ?? 0) + 1);
    const [, mode] = [...frequency.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    if (mode / lines.length >= 0.8) return true;
  }
  return false;
}

/** No article paragraph is this long; such a line is minified data or a dump, and would only stall the parser. */
export const MAX_LINE_LENGTH = 100_000;

/** Sentences of running prose that make a body, whatever else the file holds. */
const MIN_BODY_LINES = 5;

/**
 * A headline alone, or a headline with a line or two under it (a date, a standfirst cut off
 * with "…"): a news item too short for the prose test, which a user still keeps as an article.
 */
function isShortStory(lines: string[]): boolean {
  return lines.length <= 3 && lines.some((line) => hasWords(line, 5) && /\p{Ll}/u.test(line) && !hasWords(line, 60));
}

/**
 * A line that reports speech as news does: a quotation closed and then its speaker ('…work,"
 * said the chairman', '…," he said'), or a speaker and "said"/"says" ("Quillon said the
 * terms…"). A licence's "the said Software" is neither.
 */
const REPORTED_SPEECH = /[,.!?]["”]\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:said|says|added|told|asked)\b|(?:\b(?:he|she|they)|\p{Lu}\p{Ll}+) (?:said|says|told)\b/u;
/** Lines of reported speech that make a text news, whatever legal words it uses. */
const NEWS_SPEECH_LINES = 2;

/**
 * A licence by its shape: words only legal boilerplate uses, dense enough, and either many of
 * them or the form of a legal text (numbered clauses, a disclaimer in capitals). The words of
 * its subject ("licence", "software") count only beside those; an article about a software
 * patch says "software" often and is no licence. Nor is a report on a licence's terms, which
 * quotes people about them ("…the licence terms say," said a lawyer): a licence reports no one.
 */
function looksLikeLicence(text: string, lines: string[]): boolean {
  const folded = foldQuotes(text);
  const legal = (folded.match(LEGAL_TERMS) ?? []).length;
  if (legal < 3) return false;
  const topic = (folded.match(TOPIC_TERMS) ?? []).length;
  if ((legal + topic) / text.split(/\s+/).length < 0.01 || legal + topic < 5) return false;
  const clauses = lines.filter((line) => CLAUSE_LINE.test(line)).length;
  const shouted = lines.some(isShouted);
  if (!(legal >= 6 || clauses >= 3 || shouted)) return false;
  return lines.filter((line) => REPORTED_SPEECH.test(line)).length < NEWS_SPEECH_LINES;
}

/** The kinds of marker line only a website's own frame shows: its menus, sign-in, share buttons and rights line. */
const FRAME_CATEGORIES: ReadonlySet<BoilerplateCategory> = new Set(['navigation', 'subscription', 'share', 'copyright']);
/** Distinct such lines that show a page saved whole, frame and all (a menu alone has more). */
const FRAME_MARKER_LINES = 5;

/**
 * A brief on a whole page: a gallery's or a notice's one paragraph among the site's menus. Too
 * little prose for the test above, but the frame around it is the site's (whole lines the
 * boilerplate lexicon knows as menu, sign-in or share markers), and one paragraph of running
 * prose is longer than any teaser's blurb: a story of its own, whose furniture the user wants
 * faded. A notes file or a list has neither the frame nor the paragraph.
 */
function isBriefOnAPage(lines: string[]): boolean {
  const story = lines.some((line) => hasWords(line, BLURB_MAX_WORDS + 1) && hasSentenceShape(line) && /\p{Ll}/u.test(line));
  if (!story) return false;
  const markers = boilerplateLexicon().markers;
  const frame = new Set<string>();
  for (const line of lines) {
    const key = normaliseLine(line);
    const category = markers.get(key);
    if (category && FRAME_CATEGORIES.has(category)) frame.add(key);
    if (frame.size >= FRAME_MARKER_LINES) return true;
  }
  return false;
}

export function checkArticle(text: string, baseName?: string): GateResult {
  if (baseName && isNonArticleName(baseName)) return { article: false, reason: `"${baseName}" is a kind of file that is not a news article` };
  // NUL never occurs in text a person wrote; an editor buffer holding it holds binary data.
  if (text.includes('\u0000')) return { article: false, reason: 'it is binary data (it contains NUL characters)' };
  const longest = longestLine(text);
  if (longest > MAX_LINE_LENGTH) {
    return { article: false, reason: `it has a line of ${longest.toLocaleString('en')} characters; article paragraphs are far shorter (limit ${MAX_LINE_LENGTH.toLocaleString('en')})` };
  }
  // (A text hard-wrapped to a width is read a paragraph to a line, as it was written.)
  const lines = unwrappedLines(splitLines(text))
    .map((l) => l.replace(/^\uFEFF/, '').trim())
    .filter(Boolean);
  if (lines.length === 0) return { article: false, reason: 'the file is empty' };
  const share = (pattern: RegExp) => lines.filter((l) => pattern.test(l)).length / lines.length;
  if (lines.length >= 3 && share(LOG_LINE) >= 0.5) return { article: false, reason: 'it looks like a log file' };
  const { proseChars, totalChars, proseLines, longestProseRun } = proseLineShare(lines);
  // An article with a style sheet or a script scraped into it is still an article: code decides
  // only where it is not beside a body of running prose.
  const articleBody = proseLines >= MIN_BODY_LINES && proseChars / totalChars >= 0.5;
  if (!articleBody && share(CODE_LINE) >= 0.3) return { article: false, reason: 'it looks like code or a build file' };
  if (lines.length >= 2 && share(REQUIREMENT_LINE) >= 0.8 && lines.every((l) => !/\s\p{Ll}+\s/u.test(l))) {
    return { article: false, reason: 'it looks like a list of packages' };
  }
  if (looksTabular(lines)) return { article: false, reason: 'it looks like a table (CSV or TSV)' };
  // A short story on a whole page is drowned by the menus, teasers and ads around it, but its
  // paragraphs still stand together: that many sentences of prose in a row are an article's body.
  const bodyInARow = longestProseRun >= MIN_BODY_LINES;
  if ((proseLines === 0 || proseChars / totalChars < 0.3) && !bodyInARow && !isShortStory(lines) && !isBriefOnAPage(lines)) {
    return { article: false, reason: 'it has too little running prose to be an article' };
  }
  if (looksLikeLicence(text, lines)) return { article: false, reason: 'it looks like a licence' };
  return { article: true };
}
