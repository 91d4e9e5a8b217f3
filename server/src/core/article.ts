/**
 * Text -> Article: lines, blocks, sentences and tokens with exact UTF-16 offsets into the
 * text exactly as given (CRLF, a leading BOM, curly quotes and emoji included).
 *
 * parse-english runs a line without final punctuation into the next line ("Read next\n09:39\n
 * The river rose…" became one sentence), so the text is split into lines first and each
 * line is parsed on its own, its positions shifted by the line's start. A line longer than
 * PARSE_BOUND is parsed in bounded pieces, which keeps the parser linear (parsePieces.ts).
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { location } from 'vfile-location';
import type { Position, Range } from './annotation.js';
import { wrappedParagraphs } from './hardWrap.js';
import { parsePieces, PARSE_BOUND } from './parsePieces.js';
import { normaliseLine, PARAGRAPH_SEPARATOR, RANK_ABBREVIATIONS } from './text.js';

export type TokenType = 'word' | 'punctuation' | 'symbol' | 'source';

export interface Token {
  type: TokenType;
  text: string;
  /** Absolute UTF-16 offsets into Article.text, end exclusive. */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character before the line break. */
  end: number;
  /** Length of the line break that follows (0 on the last line, 1 or 2 otherwise). */
  eolLength: number;
  text: string;
}

/** A unit of layout that is classified as a whole: a non-empty line, or a paragraph of one (see paragraphsOf). */
export interface Block {
  /** Position of the block among the article's blocks. */
  index: number;
  /** 0-based line number of the block (several blocks share a line that holds paragraph separators). */
  line: number;
  /** 0-based line number of the block's last line: `line` but for a paragraph hard-wrapped over several (see hardWrap.ts). */
  lastLine: number;
  /** Offsets of the block's text with surrounding white space trimmed. */
  start: number;
  end: number;
  text: string;
  /**
   * The block's words as `normaliseLine` gives them: what lexicon entries and the lines of
   * other files are compared with (worked out once, for the boilerplate pass and the corpus).
   */
  normalised: string;
  sentences: Sentence[];
}

export interface Article {
  text: string;
  lines: Line[];
  blocks: Block[];
  positionAt(offset: number): Position;
  /** The UTF-16 offset of a position; positions past a line's end clamp to it. */
  offsetAt(position: Position): number;
  rangeOf(start: number, end: number): Range;
}

/** Enough of an article to turn positions into offsets: what fingerprints need, without parsing. */
export type LocatedText = Pick<Article, 'text' | 'offsetAt'>;

export function locateText(text: string, lines: readonly Line[] = splitLines(text)): LocatedText {
  return {
    text,
    offsetAt(position) {
      const line = lines[Math.min(Math.max(position.line, 0), lines.length - 1)]!;
      return line.start + Math.min(Math.max(position.character, 0), line.end - line.start);
    },
  };
}

// Created once: unified processors are reusable and parsing is synchronous.
const englishParser = unified().use(retextEnglish);

interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const LINE_BREAK = /\r\n|\r|\n/g;
const BOM = '\uFEFF';

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    lines.push({ index: lines.length, start, end: match.index, eolLength: match[0].length, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length, eolLength: 0, text: text.slice(start) });
  return lines;
}

/** The index of the last line that starts at or before the offset (the line it is on, or whose break it is in). */
export function lineIndexAt(lines: readonly Pick<Line, 'start'>[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function tokenType(nodeType: string): TokenType | undefined {
  switch (nodeType) {
    case 'WordNode':
      return 'word';
    case 'PunctuationNode':
      return 'punctuation';
    case 'SymbolNode':
      return 'symbol';
    case 'SourceNode':
      return 'source';
    default:
      return undefined;
  }
}

/**
 * The sentences of a block's text, shifted to absolute offsets. A text longer than `bound` is
 * parsed in pieces (see parsePieces: parse-latin is quadratic on some long paragraphs), each
 * piece's offsets shifted by where it starts; shorter texts are parsed whole, as they always were.
 */
export function sentencesOf(blockText: string, shift: number, bound = PARSE_BOUND): Sentence[] {
  const sentences: Sentence[] = [];
  for (const piece of parsePieces(blockText, bound)) {
    for (const sentence of parsedSentences(blockText, piece.start, piece.end, shift)) sentences.push(sentence);
  }
  return sentences;
}

/** The sentences retext finds in blockText[from, to), with offsets into the article. */
function parsedSentences(blockText: string, from: number, to: number, shift: number): Sentence[] {
  const tree = englishParser.parse(from === 0 && to === blockText.length ? blockText : blockText.slice(from, to)) as unknown as NlcstNode;
  const at = (point: { offset?: number }) => (point.offset ?? 0) + from;
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children ?? []) {
    for (const sentence of paragraph.children ?? []) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue;
      const tokens: Token[] = [];
      for (const child of sentence.children ?? []) {
        const type = tokenType(child.type);
        if (!type || !child.position) continue;
        const start = at(child.position.start);
        const end = at(child.position.end);
        tokens.push({ type, text: blockText.slice(start, end), start: start + shift, end: end + shift });
      }
      const start = at(sentence.position.start);
      const end = at(sentence.position.end);
      const previous = sentences[sentences.length - 1];
      // retext ends a sentence at "No." before a figure ("the No. 2 Republican", "vs. 4"): one sentence.
      // So too at a title retext does not know before a name: "Sens. John McCain (Ariz.) and…".
      const runsOn =
        (NUMBER_ABBREVIATION.test(previous?.text ?? '') && /^\d/.test(blockText.slice(start, end))) || (TITLE_ABBREVIATION.test(previous?.text ?? '') && /^\p{Lu}/u.test(blockText.slice(start, end)));
      // (The sentence run on is split after its figures as any other: "…Sens. Ted Cruz… from Jan 5.
      // Former presidential candidate Mitt Romney tweeted…".)
      const joined = previous !== undefined && previous.end === start + shift - 1 && runsOn;
      if (joined) sentences.pop();
      const parts = joined ? splitAfterFigures([...previous.tokens, ...tokens], previous.start, end + shift) : splitAfterFigures(tokens, start + shift, end + shift);
      for (const part of parts) sentences.push({ ...part, text: blockText.slice(part.start - shift, part.end - shift) });
    }
  }
  return sentences;
}

/**
 * retext reads a number of up to three digits with the full stop after it as one word, an
 * ordinal ("the 3. Liga"), so "The toll rose to $300. The mayor said…" and "…up to 12,000. The
 * ministry said…" came out as one sentence, the second's cue and claim lost in the first. English
 * news writes no such ordinals: where such a word is followed by a capitalised word, the
 * sentence ends after the number's full stop (not where the number opens the sentence, as a
 * list's "1. The first point" does). So after "in." that is no abbreviation (particleWithStop).
 */
function splitAfterFigures(tokens: Token[], start: number, end: number): { start: number; end: number; tokens: Token[] }[] {
  const parts: { start: number; end: number; tokens: Token[] }[] = [];
  let current: Token[] = [];
  let partStart = start;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const next = tokens[k + 1];
    const figureWithStop = token.type === 'word' && FIGURE_WITH_STOP.test(token.text) && current.length > 0;
    if ((figureWithStop || particleWithStop(token, current)) && next?.type === 'word' && /^\p{Lu}/u.test(next.text)) {
      current.push({ type: 'word', text: token.text.slice(0, -1), start: token.start, end: token.end - 1 }, { type: 'punctuation', text: '.', start: token.end - 1, end: token.end });
      parts.push({ start: partStart, end: token.end, tokens: current });
      current = [];
      partStart = next.start;
      continue;
    }
    current.push(token);
  }
  parts.push({ start: partStart, end, tokens: current });
  return parts;
}

/**
 * "in." after a word, as retext reads it (the abbreviation of inches: "5 in."): "…before voters
 * weighed in. As an added benefit…", "He was sworn in. Then he spoke." ran on as one sentence. After
 * a word that is no figure, it is the particle that ends a sentence.
 */
function particleWithStop(token: Token, before: readonly Token[]): boolean {
  if (token.type !== 'word' || !/^in\.$/i.test(token.text)) return false;
  const previous = before[before.length - 1];
  return previous?.type === 'word' && /^\p{L}+$/u.test(previous.text);
}

/** A word that is a figure and its full stop, as retext reads "300." and the "000." of "12,000.". */
const FIGURE_WITH_STOP = /^\d+\.$/;

/** A sentence that ends with a title's abbreviation written before a name, one retext does not know (RANK_ABBREVIATIONS). */
const TITLE_ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${[...RANK_ABBREVIATIONS].join('|')})\\.$`);

/** A sentence that ends with an abbreviation written before a number: "No.", "Nos.", "vs." (not a lower-case "no.", which may be an answer). */
const NUMBER_ABBREVIATION = /(?:^|[\s(])(?:No|Nos|vs)\.$/;

/** The parts of a line between paragraph separators, with their offsets in the line. */
export function paragraphsOf(lineText: string): { start: number; text: string }[] {
  if (!PARAGRAPH_SEPARATOR.test(lineText)) return [{ start: 0, text: lineText }];
  const parts: { start: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i <= lineText.length; i++) {
    if (i === lineText.length || PARAGRAPH_SEPARATOR.test(lineText[i]!)) {
      parts.push({ start, text: lineText.slice(start, i) });
      start = i + 1;
    }
  }
  return parts;
}

/** A block of the article's text from `start` to `end`, over lines `line` to `lastLine`. */
function blockOf(text: string, index: number, line: number, lastLine: number, start: number, end: number): Block {
  // (A paragraph wrapped over lines reads as one line: its breaks become spaces, of the same
  // length, so that every offset into the block's text is still one into the article's.)
  const blockText = lastLine === line ? text.slice(start, end) : text.slice(start, end).replace(/[\r\n]/g, ' ');
  return { index, line, lastLine, start, end, text: blockText, normalised: normaliseLine(blockText), sentences: sentencesOf(blockText, start) };
}

/** A BOM is not content; skipping it keeps it out of every range. */
const bomLength = (line: Line) => (line.index === 0 && line.text.startsWith(BOM) ? 1 : 0);

/** The blocks of a hard-wrapped text: one to a paragraph, over the lines it was wrapped on. */
function wrappedBlocks(text: string, lines: readonly Line[], paragraphs: readonly number[][]): Block[] {
  return paragraphs.map((group, index) => {
    const first = lines[group[0]!]!;
    const last = lines[group[group.length - 1]!]!;
    const firstText = first.text.slice(bomLength(first));
    const start = first.start + bomLength(first) + (firstText.length - firstText.trimStart().length);
    return blockOf(text, index, first.index, last.index, start, last.start + last.text.trimEnd().length);
  });
}

export function parseArticle(text: string): Article {
  const lines = splitLines(text);
  const paragraphs = wrappedParagraphs(lines);
  const blocks: Block[] = paragraphs ? wrappedBlocks(text, lines, paragraphs) : [];
  for (const line of paragraphs ? [] : lines) {
    const leading = bomLength(line);
    for (const part of paragraphsOf(line.text.slice(leading))) {
      const trimmedStart = part.text.length - part.text.trimStart().length;
      const trimmed = part.text.trim();
      if (trimmed.length === 0) continue;
      const start = line.start + leading + part.start + trimmedStart;
      blocks.push(blockOf(text, blocks.length, line.index, line.index, start, start + trimmed.length));
    }
  }
  const place = location(text);
  const positionAt = (offset: number): Position => {
    const point = place.toPoint(offset);
    if (point) return { line: point.line - 1, character: point.column - 1 };
    // vfile-location answers nothing at the very end of the text.
    const last = lines[lines.length - 1]!;
    return { line: last.index, character: last.end - last.start };
  };
  const { offsetAt } = locateText(text, lines);
  return {
    text,
    lines,
    blocks,
    positionAt,
    offsetAt,
    rangeOf: (start, end) => ({ start: positionAt(start), end: positionAt(end) }),
  };
}

/**
 * The article's text from `start` to `end` as one line: words a paragraph hard-wrapped over
 * several lines holds with a line break between them are read with a space there.
 */
export function textBetween(article: Pick<Article, 'text'>, start: number, end: number): string {
  return article.text.slice(start, end).replace(/[ \t]*(?:\r\n|\r|\n)\s*/g, ' ');
}

/** The words of a block (tokens of type word), in order. */
export function wordsOf(block: Block): Token[] {
  const words: Token[] = [];
  for (const sentence of block.sentences) for (const token of sentence.tokens) if (token.type === 'word') words.push(token);
  return words;
}
