/**
 * Part-of-speech tags and lemmas from wink-nlp, mapped onto exact UTF-16 offsets of the
 * article text. wink reproduces its input token by token (value plus preceding spaces) except
 * that it drops some invisible characters (a byte-order mark inside a line), so each token is
 * found in the text from where the previous one ended rather than placed by summing lengths.
 *
 * Every call tags as a freshly loaded wink would: what wink learns from one text is forgotten
 * before the next (see `forgetWhatWasRead`), so a file's tags do not depend on which files the
 * process read before it.
 */
import { readSpacedContractions } from './spacedContractions.js';
import { splitWholeIAm } from './wholeIAm.js';
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

/**
 * One feature of wink's core model that grows as it reads: `hash` maps a value to its index in
 * `list`, and `index` is the next free index.
 */
interface GrowingFeature {
  hash: Record<string, number>;
  list: string[];
  index: number;
}

/** What this module needs of the core model that `model.core()` returns (wink-nlp 2.4). */
interface CoreModel {
  features: Record<string, GrowingFeature>;
  packing: { layout: Record<string, number[]>; size: number };
  /** Each of the model's words, `packing.size` numbers, its features packed as `layout` says. */
  lexicon: Uint32Array;
}

interface Engine {
  nlp: ReturnType<typeof winkNLP>;
  /** The lexicon: the model's words, then every word outside them that wink has read since. */
  lexemes: GrowingFeature;
  /** How many words the model itself has. */
  vocabulary: number;
  /** The features whose values of a word outside the model are listed as read: prefix, suffix, shape. */
  listed: GrowingFeature[];
  /** The model's contractions ("cannot", "dont", "can't"), see `contractionsOf`. */
  contractions: ReadonlySet<string>;
}

/**
 * wink keeps every word outside its model that it reads, for good, and what it keeps changes
 * how it reads the next text; each call therefore takes those words back out (see
 * `forgetWhatWasRead`). What it cannot take back is the lexicon's list of them and their
 * features packed in wink's private array, some 40 bytes a word, about ten words an article
 * (the words it keeps, of letters only, also count here); past this many words the model is
 * loaded afresh (some 50 ms) so that a long-running server's memory stays bounded.
 */
const MAX_WORDS_READ = 100_000;

let loaded: Engine | undefined;
/** The model's metaCER(), as first answered (see engine()). */
let metaCER: unknown;

function engine(): Engine {
  // Loaded on first use: the model takes a moment, and files that are skipped never need it.
  // Only the tagger runs: sentence breaks are ours, and wink's entities, negation and
  // sentiment cost a third of its time and change no tag or lemma.
  if (loaded !== undefined && loaded.lexemes.list.length - loaded.vocabulary <= MAX_WORDS_READ) return loaded;
  // The core model wink builds its lexicon in is its own; handing wink a model whose core()
  // keeps a reference to it is how this module reaches what wink's reading changes.
  const loadCore = model.core as () => CoreModel;
  let core: CoreModel | undefined;
  // The model's metaCER() escapes its own JSON once more on every call (it assigns
  // JSON.stringify of it back to itself), so a model loaded twenty times in a process no longer
  // fits in a string: the first answer stands for every load.
  metaCER ??= (model.metaCER as () => unknown)();
  const cer = metaCER;
  const nlp = winkNLP({ ...model, core: () => (core = loadCore()), metaCER: () => cer }, ['pos']);
  const features = core?.features;
  const layout = core?.packing?.layout;
  const lexemes = features?.['lexeme'];
  if (features === undefined || layout === undefined || !isGrowing(lexemes)) throw new Error('wink-nlp: the core model is not laid out as the tagger expects (wink-nlp 2.4)');
  // A feature packed as an index into its list (layout[3] === 0) grows that list with every
  // new value, as the lexicon does.
  const listed = Object.keys(layout)
    .filter((name) => layout[name]![3] === 0)
    .map((name) => features[name]);
  if (!listed.every(isGrowing)) throw new Error('wink-nlp: a listed feature is not laid out as the tagger expects (wink-nlp 2.4)');
  loaded = { nlp, lexemes, vocabulary: lexemes.list.length, listed, contractions: contractionsOf(core!) };
  return loaded;
}

/**
 * The model's contractions. wink splits one ("cannot": "can" + "not") when its tokenizer looks it
 * up, but keeps it whole when it adds it unlooked-up, as a word right before one punctuation mark
 * ("cannot,"); the lemma it then gives is read from the word's expansion pointer as if it were a
 * lexicon index, past the model's words: nothing on a fresh load, and on a long-read one the word
 * that came to sit at that index ("3,000"). The tagger gives such a token its own text as lemma,
 * as it does when wink gives none.
 */
function contractionsOf(core: CoreModel): Set<string> {
  const layout = core.packing.layout['isContraction'];
  if (layout === undefined) throw new Error('wink-nlp: the core model is not laid out as the tagger expects (wink-nlp 2.4)');
  const [word, mask, shift] = layout as [number, number, number];
  const contractions = new Set<string>();
  const { list } = core.features['lexeme']!;
  for (let i = 0; i < list.length; i++) if ((core.lexicon[word + i * core.packing.size]! & mask) >>> shift) contractions.add(list[i]!);
  return contractions;
}

function isGrowing(feature: GrowingFeature | undefined): feature is GrowingFeature {
  return feature !== undefined && typeof feature.hash === 'object' && Array.isArray(feature.list) && feature.index === feature.list.length;
}

/**
 * A word of letters only, as wink's tokenizer spells a word (its first pattern, and the last
 * one it splits unknown text with): wink reads such a word the same way wherever it stands, as
 * one token of type word, so having it in the lexicon from an earlier text changes nothing.
 */
const LETTERS_ONLY = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i;
/**
 * Words of letters that wink's splitting of unknown text ("INR/EUR") types as a currency, not a
 * word, and their lower case, which comes into the lexicon with them, typed as they are.
 */
const CURRENCY_CODES = /^(?:USD|AUD|INR|GBP)$/i;

/**
 * wink's tokenizer keeps a piece of text whole when the lexicon has it, and the lexicon takes
 * in, for good, every word wink adds as a token: a possessive right before punctuation ("the
 * ministry's.") is added whole, as one PROPN, and from then on "ministry's" anywhere is one
 * PROPN token instead of NOUN + PART 's, in this text and every later one. A word's features
 * (its part of speech before context, its token type) are also fixed by the first text it came
 * in. So after a text is read, the words it added go back out of the lexicon's hash, and the
 * prefixes, suffixes and shapes it added out of theirs.
 *
 * Words of letters only stay (see LETTERS_ONLY): from the top of a text or from inside a longer
 * piece, the tokenizer adds such a word whole, as a word, whether the lexicon has it or not, so
 * keeping them changes no token and saves wink re-reading the names of every text (nine in ten
 * of the words a text adds; re-reading them all cost some 5% of an article's analysis).
 *
 * The lexicon's list and `index` stay: wink's private array of its words' features (one entry
 * per listed word past the model's) cannot be shortened, and the two must stay aligned; a word
 * read again gets a new index and its features afresh. The prefix, suffix and shape lists are
 * cut back to the model's: only its.prefix, its.suffix and its.shape read those values, never
 * the tagger (a word of letters only that stays may keep an index into them that a later word
 * reuses), and each is packed in a few bits, so an index past its limit would spill into the
 * next feature.
 */
function forgetWhatWasRead(loadedEngine: Engine, lexemesBefore: number, listedBefore: readonly number[]): void {
  const { lexemes, listed } = loadedEngine;
  for (let i = lexemesBefore; i < lexemes.list.length; i++) {
    const word = lexemes.list[i]!;
    if (!LETTERS_ONLY.test(word) || CURRENCY_CODES.test(word)) delete lexemes.hash[word];
  }
  listed.forEach((feature, k) => {
    const before = listedBefore[k]!;
    for (let i = before; i < feature.list.length; i++) delete feature.hash[feature.list[i]!];
    feature.list.length = before;
    feature.index = before;
  });
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
 * offsets in the article, and the first token of a piece has no space before it. Only the call
 * starts afresh (see `forgetWhatWasRead`): what wink learns from one piece still reaches the
 * pieces after it in the same call ("the ministry's." makes a later "ministry's" one token).
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
  const loadedEngine = engine();
  const its = loadedEngine.nlp.its;
  const lexemesBefore = loadedEngine.lexemes.list.length;
  const listedBefore = loadedEngine.listed.map((feature) => feature.list.length);
  let values: string[];
  let spaces: string[];
  let pos: Pos[];
  let lemmas: string[];
  try {
    const tokens = loadedEngine.nlp.readDoc(joined).tokens();
    values = tokens.out(its.value) as string[];
    spaces = tokens.out(its.precedingSpaces) as string[];
    pos = tokens.out(its.pos) as Pos[];
    // wink's typings describe the lemma helper with a narrower signature than out() accepts.
    lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  } finally {
    // Only once everything is read out: values, tags and lemmas of new words come from what is forgotten.
    forgetWhatWasRead(loadedEngine, lexemesBefore, listedBefore);
  }
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
      lemma: (loadedEngine.contractions.has(value) ? value : (lemmas[i] ?? value)).toLowerCase(),
      pos: pos[i]!,
      start: offset + Math.min(start, pieceEnd),
      end: offset + Math.min(end, pieceEnd),
      spaceBefore: start > Math.max(previousEnd, pieceStart),
    });
  }
  if (runs.length > 0) addRuns(results, pieces, starts, original, runs);
  for (let k = 0; k < results.length; k++) results[k] = splitWholeIAm(results[k]!);
  for (const tokens of results) readSpacedContractions(tokens);
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
