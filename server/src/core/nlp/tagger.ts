/**
 * Part-of-speech tags and lemmas from wink-nlp, mapped onto exact UTF-16 offsets of the
 * article text. wink reproduces its input token by token (value plus preceding spaces) except
 * that it drops some invisible characters (a byte-order mark inside a line), so each token is
 * found in the text from where the previous one ended rather than placed by summing lengths.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Pos = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface TaggedToken {
  text: string;
  /** Lower case. */
  lower: string;
  lemma: string;
  pos: Pos;
  start: number;
  end: number;
  /** White space stands right before the token. */
  spaceBefore: boolean;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

function engine(): ReturnType<typeof winkNLP> {
  // Loaded on first use: the model takes a moment, and files that are skipped never need it.
  // Only the tagger runs: sentence breaks are ours, and wink's entities, negation and
  // sentiment cost a third of its time and change no tag or lemma.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Tags `text`, which starts at `offset` in the article. */
export function tag(text: string, offset = 0): TaggedToken[] {
  return tagPieces([{ text, start: offset }])[0]!;
}

/**
 * wink's tokenizer and features take time in the square of a word's length on long runs
 * without white space ("a-a-a-…", "a.a.a.…", digits, "aaaa…@"): 32,000 characters of "a-"
 * took seconds. No word or web address of running text comes near MAX_TAGGED_RUN, so a
 * longer run is hidden from the tagger (blanked to spaces of the same length, so nothing else
 * moves) and comes back as one token tagged X, other: what it is, is not English.
 */
export const MAX_TAGGED_RUN = 1_000;
const SPACE = /\s/;

/** Whether the character at `i` is white space (as \s says), ASCII answered without the pattern. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(text[i]!);
}

/** The runs longer than MAX_TAGGED_RUN, as [start, end) in `text`: one pass, however long. */
function longRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  if (text.length <= MAX_TAGGED_RUN) return runs;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpaceAt(text, i)) continue;
    if (i - runStart > MAX_TAGGED_RUN) runs.push([runStart, i]);
    runStart = i + 1;
  }
  return runs;
}

function blank(text: string, runs: readonly [number, number][]): string {
  let result = '';
  let copied = 0;
  for (const [start, end] of runs) {
    result += text.slice(copied, start) + ' '.repeat(end - start);
    copied = end;
  }
  return result + text.slice(copied);
}

/** What separates pieces in the one document the tagger reads: a paragraph break. */
const PIECE_SEPARATOR = '\n\n';

/**
 * Tags several pieces of one article (its paragraphs, each starting at `start`), each as if
 * on its own: they are read as one document, paragraphs apart, because the tagger's set-up
 * per document costs a fifth of its time on short paragraphs. Tokens come back per piece,
 * offsets in the article, and the first token of a piece has no space before it.
 */
export function tagPieces(pieces: readonly { text: string; start: number }[]): TaggedToken[][] {
  const results: TaggedToken[][] = pieces.map(() => []);
  if (pieces.length === 0) return results;
  const original = pieces.map((piece) => piece.text).join(PIECE_SEPARATOR);
  const runs = longRuns(original);
  const joined = runs.length === 0 ? original : blank(original, runs);
  // Where each piece starts in the joined text.
  const starts: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    starts.push(at);
    at += piece.text.length + PIECE_SEPARATOR.length;
  }
  const nlpEngine = engine();
  const its = nlpEngine.its;
  const tokens = nlpEngine.readDoc(joined).tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as Pos[];
  // wink's typings describe the lemma helper with a narrower signature than out() accepts.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  let cursor = 0;
  let piece = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const expected = cursor + spaces[i]!.length;
    const found = joined.startsWith(value, expected) ? expected : joined.indexOf(value, cursor);
    // A token wink rewrote cannot be found verbatim; it keeps the summed position instead.
    const start = found === -1 ? Math.min(expected, joined.length) : found;
    const end = Math.min(start + value.length, joined.length);
    const previousEnd = cursor;
    cursor = end;
    while (piece + 1 < pieces.length && start >= starts[piece + 1]!) piece++;
    const pieceStart = starts[piece]!;
    const pieceEnd = pieceStart + pieces[piece]!.text.length;
    // The paragraph breaks between pieces are the joining's, not the article's.
    if (start >= pieceEnd && value.trim() === '') continue;
    const offset = pieces[piece]!.start - pieceStart;
    results[piece]!.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i]!,
      start: offset + Math.min(start, pieceEnd),
      end: offset + Math.min(end, pieceEnd),
      spaceBefore: start > Math.max(previousEnd, pieceStart),
    });
  }
  if (runs.length > 0) addRuns(results, pieces, starts, original, runs);
  return results;
}

/** The runs hidden from the tagger, each as one token of its piece, in text order. */
function addRuns(results: TaggedToken[][], pieces: readonly { text: string; start: number }[], starts: readonly number[], original: string, runs: readonly [number, number][]): void {
  let piece = 0;
  const touched = new Set<number>();
  for (const [start, end] of runs) {
    while (piece + 1 < pieces.length && start >= starts[piece + 1]!) piece++;
    const offset = pieces[piece]!.start - starts[piece]!;
    const text = original.slice(start, end);
    const lower = text.toLowerCase();
    results[piece]!.push({ text, lower, lemma: lower, pos: 'X', start: offset + start, end: offset + end, spaceBefore: start > starts[piece]! });
    touched.add(piece);
  }
  for (const index of touched) results[index]!.sort((a, b) => a.start - b.start);
}
