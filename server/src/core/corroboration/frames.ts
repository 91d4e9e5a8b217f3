/**
 * What a figure or a date is about, read from the words of its clause: whose it is (the
 * names there, the first most often the holder: "Ford's net income", "Germany's growth"),
 * what it measures or what happened (the other content words: "sales", "rushed"), and its
 * time frame ("annual", "first quarter", "2005", "forecast"). Two figures of the same unit are
 * the same quantity only when these agree; otherwise they are two different facts that
 * happen to share a unit, and neither agree nor conflict.
 */
import type { TaggedToken } from '../nlp/tagger.js';
import type { ClaimDate } from './dates.js';
import { corroborationLexicon, type CorroborationLexicon } from './lexicon.js';
import { nameStem } from './names.js';

export interface Frame {
  /** Name stems in the clause, in order of appearance. */
  names: string[];
  /** The last word of the clause's first name ("McDermott" of "Doug McDermott"): most often whose figure it is. */
  holder?: string;
  /** The words of that first name before its last ("Doug"; "Indian" of "the Indian Navy"): which of two namesakes it is. */
  holderModifiers?: string[];
  /** Content lemmas (nouns, verbs, adjectives) besides the figure's own words. */
  words: string[];
  /** The nouns among them: what a share or an amount of money measures. */
  nouns: string[];
  /** The verbs among them: what happened. */
  verbs: string[];
  /** The verb nearest the figure in its clause: what happened to what it counts ("killing 10"). */
  verb?: string;
  /** Years and periods: "2004", "quarter:first", "year", "forecast". */
  time: string[];
  /**
   * For a clause that names no holder, the holder of the sentence just before when that one
   * spoke of the same thing: "About 4,000 workers are taking part" after "Dockworkers at the
   * Port of Halden stayed off the job" is Halden's count.
   */
  context?: string[];
}

/** Where a sentence's attribution stands (offsets): who says it is not whose figure it is. */
export interface SaidBy {
  start: number;
  end: number;
  cueStart: number;
  cueEnd: number;
}

/** Whether a token belongs to the source or the cue of the sentence's attribution. */
export function inSaidBy(t: TaggedToken, said: SaidBy | undefined): boolean {
  return said !== undefined && ((t.start >= said.start && t.end <= said.end) || (t.start >= said.cueStart && t.end <= said.cueEnd));
}

/**
 * Whether the token at `i` is a name. A capitalised word tagged as a name that opens the
 * sentence alone and ends in "s" is most often a plural noun put first ("Reports indicate",
 * "Dockworkers stayed off the job"), not a name.
 */
export function isName(tokens: readonly TaggedToken[], i: number, lexicon: CorroborationLexicon = corroborationLexicon()): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'PROPN' || !/^\p{Lu}/u.test(t.text) || lexicon.genericNames.has(t.lower)) return false;
  return !(i === 0 && /\p{Ll}s$/u.test(t.text) && tokens[i + 1]?.pos !== 'PROPN');
}

/** The first name of a sentence outside its attribution's source and cue: most often whom it is about. */
export function leadName(tokens: readonly TaggedToken[], said?: SaidBy, lexicon: CorroborationLexicon = corroborationLexicon()): string | undefined {
  const i = tokens.findIndex((t, i) => !inSaidBy(t, said) && isName(tokens, i, lexicon));
  return i < 0 ? undefined : nameStem(tokens[i]!.text);
}

const BREAK_PUNCTUATION = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '"', '“', '”', '…']);
const YEAR = /^(?:19|20)\d\d$/;
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ']);
const SCOPE_PREPOSITIONS = /^(?:in|over|across|during|through)$/;

function isBreak(tokens: readonly TaggedToken[], i: number, lexicon: CorroborationLexicon): boolean {
  const t = tokens[i]!;
  if (BREAK_PUNCTUATION.has(t.text)) return true;
  // A hyphen between blanks is a dash; "year-on-year" and "47-yard" hold together.
  if (t.text === '-') return (tokens[i - 1]?.end ?? -1) < t.start && t.end < (tokens[i + 1]?.start ?? Infinity);
  return lexicon.clauseBreaks.has(t.lower);
}

/** What is known of a figure's sentence beyond its words: who says it, what came before. */
export interface Surroundings {
  said?: SaidBy;
  /** Whose figure it is when the clause names no one (see Frame.context). */
  context?: readonly string[];
  /** The years the sentence before names: when the figure's clause names neither holder nor time, they are its time. */
  yearsBefore?: readonly string[];
}

/**
 * The years a sentence sets a happening in ("was in 1998", "In 2008, …"); not a horizon ("no jobs
 * would be cut before 2027", "by 2030") nor a name ("the 2008 telecast"), which date no figure
 * after them.
 */
export function yearsNamed(tokens: readonly TaggedToken[]): string[] {
  const years = new Set<string>();
  for (let i = 1; i < tokens.length; i++) if (YEAR.test(tokens[i]!.text) && tokens[i - 1]!.lower === 'in') years.add(tokens[i]!.text);
  return [...years];
}

/**
 * The frame of the words from `first` to `last` (token indexes) within their clause; the
 * tokens `skip` says are the figure itself (its number, hedge, unit) are not content, and
 * neither are the source and cue of the sentence's attribution: in "Ostland's minister said
 * that Valdoria has sent 5,000 troops" the troops are Valdoria's.
 */
export function frameAt(
  tokens: readonly TaggedToken[],
  first: number,
  last: number,
  skip: (i: number) => boolean,
  lexicon: CorroborationLexicon = corroborationLexicon(),
  around: Surroundings = {},
): Frame {
  let from = first;
  while (from > 0 && !isBreak(tokens, from - 1, lexicon)) from--;
  let to = last;
  while (to < tokens.length - 1 && !isBreak(tokens, to + 1, lexicon)) to++;
  const names: string[] = [];
  // The clause's first name, word by word: its last word is the holder.
  const holderWords: string[] = [];
  let holderDone = false;
  const words = new Set<string>();
  const nouns = new Set<string>();
  const verbs = new Set<string>();
  const time = new Set<string>();
  let verb: { word: string; distance: number } | undefined;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (skip(i) || inSaidBy(t, around.said)) continue;
    if (isName(tokens, i, lexicon)) {
      const stem = nameStem(t.text);
      if (!names.includes(stem)) names.push(stem);
      if (!holderDone) holderWords.push(stem);
    } else if (holderWords.length > 0) holderDone = true;
    if (YEAR.test(t.text)) {
      time.add(t.text);
      continue;
    }
    // "716 yards in 12 games", "over three seasons": another count the figure is told over is
    // part of its time frame.
    if (t.pos === 'NUM' && SCOPE_PREPOSITIONS.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.pos === 'NOUN') {
      time.add(`over:${t.text}:${tokens[i + 1]!.lemma}`);
      continue;
    }
    const period = lexicon.timeFrames.get(t.lower) ?? lexicon.timeFrames.get(t.lemma);
    if (period) {
      const ordinal = lexicon.ordinals.get(tokens[i - 1]?.lower ?? '');
      time.add(ordinal && (period === 'quarter' || period === 'half') ? `${period}:${ordinal}` : period);
      continue;
    }
    if (!/\p{L}\p{L}/u.test(t.text)) continue;
    const word = lexicon.synonymOf.get(t.lower) ?? lexicon.synonymOf.get(t.lemma) ?? t.lemma;
    if (t.pos === 'VERB') {
      // The verb nearest the figure, light ones too ("had five points" is not "scored 23").
      // At equal distance the one after ("10 people were killed and 50 injured").
      const distance = i < first ? first - i : i - last;
      if (verb === undefined || distance < verb.distance || (distance === verb.distance && i > first)) verb = { word, distance };
    }
    if (!CONTENT.has(t.pos) || lexicon.frameIgnore.has(t.lemma)) continue;
    words.add(word);
    if (t.pos === 'NOUN') nouns.add(word);
    if (t.pos === 'VERB') verbs.add(word);
  }
  const holder = holderWords.at(-1);
  // "The most-watched Academy Awards … was in 1998. A total of 55.3 million people tuned in.": a
  // figure of no one and no time told right after a year is that year's.
  if (holder === undefined && time.size === 0) for (const year of around.yearsBefore ?? []) time.add(year);
  const context = holder === undefined && around.context?.length ? { context: [...around.context] } : {};
  const holderModifiers = holderWords.length > 1 ? { holderModifiers: holderWords.slice(0, -1) } : {};
  return { names, ...(holder ? { holder } : {}), ...holderModifiers, ...context, words: [...words], nouns: [...nouns], verbs: [...verbs], ...(verb ? { verb: verb.word } : {}), time: [...time] };
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

function agreeingHolders(a: Frame, b: Frame): boolean {
  return a.holder === undefined || b.holder === undefined || a.holder === b.holder || a.names.includes(b.holder) || b.names.includes(a.holder);
}

/** People killed and people injured are two counts, whatever else the clauses share. */
function differentOutcomes(a: Frame, b: Frame, lexicon: CorroborationLexicon = corroborationLexicon()): boolean {
  const first = a.verb === undefined ? undefined : lexicon.outcomes.get(a.verb);
  const second = b.verb === undefined ? undefined : lexicon.outcomes.get(b.verb);
  if (first !== undefined && second !== undefined) return first !== second;
  // One side tells an outcome, the other another act: "three boats were captured" is not
  // "five boats approaching", nor "an attack on five merchant vessels".
  return first !== second && a.verb !== undefined && b.verb !== undefined && a.verb !== b.verb;
}

/**
 * One last name, two holders: "the Indian Navy" and "the British Royal Navy", "Bill Clinton" and
 * "Hillary Clinton" — each names words before it that the other lacks, and none in common. ("Clinton"
 * and "Hillary Clinton", "Navy" and "Indian Navy" may be one.)
 */
function namesakes(a: Frame, b: Frame): boolean {
  const first = a.holderModifiers;
  const second = b.holderModifiers;
  return first !== undefined && second !== undefined && !first.some((word) => second.includes(word));
}

/**
 * What happened to what both figures count is said on both sides: a verb nearest each figure,
 * and for a thing the lexicon does not know as a count, the same verb ("scored 23 points" /
 * "scored 20 points", not "had five points") or verbs of one outcome ("killing 10" / "10 died").
 * A count of one holder's things with nothing said of them on one side is not enough: "the navy
 * seized two small boats" and "a piracy attempt on 5 merchant vessels" count one navy's story's
 * vessels, not one happening.
 */
function sameHappening(a: Frame, b: Frame, knownCount: boolean, lexicon: CorroborationLexicon = corroborationLexicon()): boolean {
  if (a.verb === undefined || b.verb === undefined) return false;
  if (knownCount || a.verb === b.verb) return true;
  const outcome = lexicon.outcomes.get(a.verb);
  return outcome !== undefined && lexicon.outcomes.get(b.verb) === outcome;
}

export type FrameTest = 'agreement' | 'count' | 'measure' | 'event';

/**
 * Whether two frames can describe the same quantity or happening. Always: the same time frame,
 * and no two different holders. To agree, that is all. To conflict, precision first: both
 * clauses name the same holder (or one names none and the sentence before it named that
 * holder, see Frame.context); the verbs nearest the figures tell no different outcomes
 * (killed, injured); a figure of a thing the lexicon does not know as a count ("yards",
 * "points") also needs the same verb nearest both figures, and a share or an amount of money
 * (`measure`) the same measured noun and verb; a date (`event`) needs a name in common and the
 * same verb. When unsure, not.
 */
export function sameFrame(a: Frame, b: Frame, test: FrameTest, knownCount = false): boolean {
  if (test !== 'agreement' && differentOutcomes(a, b)) return false;
  const sameTime = a.time.length === b.time.length && a.time.every((t) => b.time.includes(t));
  // To agree, a figure without a time frame may stand for one with it; to conflict, not.
  if (test === 'agreement') return (sameTime || a.time.length === 0 || b.time.length === 0) && agreeingHolders(a, b);
  if (!sameTime) return false;
  // Whose figure it is must be said on both sides: an unemployment rate of no named place is
  // anybody's. Only a count of a known thing told with the same verb on both sides ("25 ships
  // were waiting" / "60 vessels were waiting") is taken without a name, as the sentences were
  // matched as one fact.
  if (a.holder === undefined && b.holder === undefined) return test === 'count' && knownCount && shares(a.verbs, b.verbs);
  // A clause that names no holder stands for the one the article named just before it.
  if (test !== 'event' && (a.holder === undefined || b.holder === undefined)) {
    const [named, unnamed] = a.holder === undefined ? [b, a] : [a, b];
    if (!unnamed.context?.includes(named.holder!)) return false;
    return test === 'measure' ? shares(a.nouns, b.nouns) && shares(a.verbs, b.verbs) : sameHappening(a, b, knownCount);
  }
  if (a.holder === undefined || b.holder === undefined) return false;
  if (test === 'event') {
    // One clause may lead with a title ("North Korean leader Kim…" / "Kim…").
    return (b.names.includes(a.holder) || a.names.includes(b.holder)) && shares(a.verbs, b.verbs);
  }
  if (a.holder !== b.holder || namesakes(a, b)) return false;
  if (test === 'measure') return shares(a.nouns, b.nouns) && shares(a.verbs, b.verbs);
  return sameHappening(a, b, knownCount);
}

/** Dates of one sentence (offsets in `sentenceText` from `sentenceStart`) with their frames. */
export function dateFrames(tokens: readonly TaggedToken[], sentenceStart: number, dates: ClaimDate[], around: Surroundings = {}): ClaimDate[] {
  return dates.map((date) => {
    if (date.offset === undefined) return date;
    const start = sentenceStart + date.offset;
    const end = start + date.text.length;
    const first = tokens.findIndex((t) => t.end > start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    if (first < 0) return date;
    return { ...date, frame: frameAt(tokens, first, last, (i) => i >= first && i <= last, corroborationLexicon(), around) };
  });
}
