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
  /** Content lemmas (nouns, verbs, adjectives) besides the figure's own words. */
  words: string[];
  /** The nouns among them: what a share or an amount of money measures. */
  nouns: string[];
  /** The verbs among them: what happened. */
  verbs: string[];
  /** Years and periods: "2004", "quarter:first", "year", "forecast". */
  time: string[];
}

const BREAK_PUNCTUATION = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '"', '“', '”', '…']);
const YEAR = /^(?:19|20)\d\d$/;
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ']);

function isBreak(tokens: readonly TaggedToken[], i: number, lexicon: CorroborationLexicon): boolean {
  const t = tokens[i]!;
  if (BREAK_PUNCTUATION.has(t.text)) return true;
  // A hyphen between blanks is a dash; "year-on-year" and "47-yard" hold together.
  if (t.text === '-') return (tokens[i - 1]?.end ?? -1) < t.start && t.end < (tokens[i + 1]?.start ?? Infinity);
  return lexicon.clauseBreaks.has(t.lower);
}

/**
 * The frame of the words from `first` to `last` (token indexes) within their clause; the
 * tokens `skip` says are the figure itself (its number, hedge, unit) are not content.
 */
export function frameAt(tokens: readonly TaggedToken[], first: number, last: number, skip: (i: number) => boolean, lexicon: CorroborationLexicon = corroborationLexicon()): Frame {
  let from = first;
  while (from > 0 && !isBreak(tokens, from - 1, lexicon)) from--;
  let to = last;
  while (to < tokens.length - 1 && !isBreak(tokens, to + 1, lexicon)) to++;
  const names: string[] = [];
  let holder: string | undefined;
  let holderDone = false;
  const words = new Set<string>();
  const nouns = new Set<string>();
  const verbs = new Set<string>();
  const time = new Set<string>();
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (skip(i)) continue;
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !lexicon.genericNames.has(t.lower)) {
      const stem = nameStem(t.text);
      if (!names.includes(stem)) names.push(stem);
      if (!holderDone) holder = stem;
    } else if (holder !== undefined) holderDone = true;
    if (YEAR.test(t.text)) {
      time.add(t.text);
      continue;
    }
    const period = lexicon.timeFrames.get(t.lower) ?? lexicon.timeFrames.get(t.lemma);
    if (period) {
      const ordinal = lexicon.ordinals.get(tokens[i - 1]?.lower ?? '');
      time.add(ordinal && (period === 'quarter' || period === 'half') ? `${period}:${ordinal}` : period);
      continue;
    }
    if (!CONTENT.has(t.pos) || lexicon.frameIgnore.has(t.lemma) || !/\p{L}\p{L}/u.test(t.text)) continue;
    const word = lexicon.synonymOf.get(t.lower) ?? lexicon.synonymOf.get(t.lemma) ?? t.lemma;
    words.add(word);
    if (t.pos === 'NOUN') nouns.add(word);
    if (t.pos === 'VERB') verbs.add(word);
  }
  return { names, ...(holder ? { holder } : {}), words: [...words], nouns: [...nouns], verbs: [...verbs], time: [...time] };
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

function agreeingHolders(a: Frame, b: Frame): boolean {
  return a.holder === undefined || b.holder === undefined || a.holder === b.holder || a.names.includes(b.holder) || b.names.includes(a.holder);
}

export type FrameTest = 'agreement' | 'count' | 'measure' | 'event';

/**
 * Whether two frames can describe the same quantity or happening. Always: the same time frame,
 * and no two different holders. To agree, that is all. To conflict, precision first: both
 * clauses name the same holder; a figure of a thing the lexicon does not know as a count
 * ("yards", "points") also needs the same verb, and a share or an amount of money
 * (`measure`) the same measured noun and verb; a date (`event`) needs a name in common and the
 * same verb. When unsure, not.
 */
export function sameFrame(a: Frame, b: Frame, test: FrameTest, knownCount = false): boolean {
  const sameTime = a.time.length === b.time.length && a.time.every((t) => b.time.includes(t));
  // To agree, a figure without a time frame may stand for one with it; to conflict, not.
  if (test === 'agreement') return (sameTime || a.time.length === 0 || b.time.length === 0) && agreeingHolders(a, b);
  if (!sameTime) return false;
  // Whose figure it is must be said on both sides: an unemployment rate of no named place is
  // anybody's. Only a count of a known thing told with the same verb on both sides ("25 ships
  // were waiting" / "60 vessels were waiting") is taken without a name, as the sentences were
  // matched as one fact.
  if (a.holder === undefined && b.holder === undefined) return test === 'count' && knownCount && shares(a.verbs, b.verbs);
  if (a.holder === undefined || b.holder === undefined) return false;
  if (test === 'event') {
    // One clause may lead with a title ("North Korean leader Kim…" / "Kim…").
    return (b.names.includes(a.holder) || a.names.includes(b.holder)) && shares(a.verbs, b.verbs);
  }
  if (a.holder !== b.holder) return false;
  if (test === 'measure') return shares(a.nouns, b.nouns) && shares(a.verbs, b.verbs);
  return knownCount || shares(a.verbs, b.verbs);
}

/** Dates of one sentence (offsets in `sentenceText` from `sentenceStart`) with their frames. */
export function dateFrames(tokens: readonly TaggedToken[], sentenceStart: number, dates: ClaimDate[]): ClaimDate[] {
  return dates.map((date) => {
    if (date.offset === undefined) return date;
    const start = sentenceStart + date.offset;
    const end = start + date.text.length;
    const first = tokens.findIndex((t) => t.end > start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    if (first < 0) return date;
    return { ...date, frame: frameAt(tokens, first, last, (i) => i >= first && i <= last) };
  });
}
