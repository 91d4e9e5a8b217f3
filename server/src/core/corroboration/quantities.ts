/**
 * Quantities in a sentence as intervals, with their hedges and the thing counted:
 * "up to 12,000 North Korean troops" is at most 12,000 troops; "some 11,000 soldiers" about
 * 11,000 troops; "tens of thousands of troops" 20,000 to 99,999. Two quantities of the same
 * thing agree when their intervals overlap and conflict when they are disjoint.
 * Numbers are read from the tokens' raw text ("12,000" is one token, not three).
 */
import type { TaggedToken } from '../nlp/tagger.js';
import { corroborationLexicon, type CorroborationLexicon, type HedgeKind } from './lexicon.js';
import { entryAt, wordsAt } from '../wordSequences.js';
import { frameAt, sameFrame, type Frame, type SaidBy } from './frames.js';

export interface Quantity {
  /** The words as written: "up to 12,000 North Korean troops". */
  text: string;
  start: number;
  end: number;
  low: number;
  high: number;
  hedge?: HedgeKind | 'vague';
  /** The unit group of the thing counted ("troops" for soldiers too), if any. */
  unit?: string;
  /**
   * The place value of the last digit written, when nothing rounder was assumed: 1 for "29",
   * 0.1 for "28.9". Figures closer than half of the coarser step agree (29% and 28.9%).
   */
  step?: number;
  /** Whose figure, of what, when: its clause (see frames.ts). */
  frame?: Frame;
  /** A part of a whole, not its size: "his first 17 passes", "the remaining 40 seats". */
  part?: true;
  /** The common words between the number and the thing counted: "merchant" of "five merchant vessels". */
  kinds?: string[];
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const CURRENCY = /^[€$£¥₹]$/;
/** A round number stands for at most this share of itself either side. */
const MAX_ROUNDING_SHARE = 0.1;
/** How far after the number the counted noun may stand ("12,000 North Korean troops"). */
const COUNTED_WINDOW = 5;

/** Half the rounding step of a written number: "12,000" stands for 11,500–12,500. */
function roundingHalfWidth(text: string, value: number, multiplier: number): number {
  const plain = text.replace(/,/g, '');
  if (plain.includes('.')) return (Math.pow(10, -plain.split('.')[1]!.length) * multiplier) / 2;
  const zeros = /0*$/.exec(plain)![0].length;
  // "1 million", "40 million": the multiplier is the precision.
  if (multiplier > 1) return Math.min(multiplier / 2, value * multiplier * MAX_ROUNDING_SHARE);
  const half = zeros === 0 || value === 0 ? 0 : Math.pow(10, Math.min(zeros, plain.length - 1)) / 2;
  // "10,000" is read as about ten thousand, not anything from 5,000 to 15,000.
  return Math.min(half, value * MAX_ROUNDING_SHARE);
}

function countedUnit(tokens: readonly TaggedToken[], from: number, lexicon: CorroborationLexicon): { unit?: string; end: number } {
  for (let i = from; i < Math.min(tokens.length, from + COUNTED_WINDOW); i++) {
    const t = tokens[i]!;
    if (t.text === '%' || t.lower === 'percent') return { unit: 'percent', end: i };
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && lexicon.unitOf.has(t.lower))) {
      // A compound counts its last noun: "container ships" are ships.
      let head = i;
      while (tokens[head + 1]?.pos === 'NOUN') head++;
      const h = tokens[head]!;
      const unit = lexicon.unitOf.get(h.lower) ?? lexicon.unitOf.get(h.lemma) ?? knownUnitBySuffix(h.lower, lexicon);
      // A count names its things in the plural: before a singular noun a number describes it
      // ("a 5.6 magnitude earthquake", "the 3 console", "a 24 hour strike").
      if (unit === undefined && h.lower === h.lemma && !h.lower.endsWith('s')) return { end: head };
      return { unit: unit ?? h.lemma, end: head };
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-') || (t.pos === 'ADP' && t.lower !== 'of')) break;
  }
  return { end: from - 1 };
}

/** "dockworkers" counts as workers: a known unit word at the end of a compound. */
function unitBySuffix(word: string, lexicon: CorroborationLexicon): string | undefined {
  for (const [member, unit] of lexicon.unitOf) if (member.length >= 5 && word.endsWith(member)) return unit;
  return undefined;
}

/** Per lexicon, each word's unit by suffix, once: every noun of every sentence is looked up. */
const suffixUnits = new WeakMap<CorroborationLexicon, Map<string, string | null>>();

/** unitBySuffix, remembered per lexicon: it walks every unit word of the lexicon. */
function knownUnitBySuffix(word: string, lexicon: CorroborationLexicon): string | undefined {
  let bySuffix = suffixUnits.get(lexicon);
  // Bounded: a long-running server meets new words without end.
  if (!bySuffix || bySuffix.size > 50_000) {
    bySuffix = new Map();
    suffixUnits.set(lexicon, bySuffix);
  }
  let known = bySuffix.get(word);
  if (known === undefined) {
    known = unitBySuffix(word, lexicon) ?? null;
    bySuffix.set(word, known);
  }
  return known ?? undefined;
}

/** The unit groups of the things a sentence names ("Dockworkers at the port…" names workers). */
export function unitsNamed(tokens: readonly TaggedToken[], lexicon: CorroborationLexicon = corroborationLexicon()): string[] {
  const units = new Set<string>();
  for (const t of tokens) {
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    const unit = lexicon.unitOf.get(t.lower) ?? lexicon.unitOf.get(t.lemma) ?? knownUnitBySuffix(t.lower, lexicon);
    if (unit) units.add(unit);
  }
  return [...units];
}

/** A figure's sentence beyond its words: who says it, and the sentence just before. */
export interface QuantitySurroundings {
  said?: SaidBy;
  /** The first name of the sentence before and the things it names (unitsNamed). */
  before?: { name: string; units: readonly string[] };
  /** The years the sentence before names (see Surroundings.yearsBefore). */
  yearsBefore?: readonly string[];
}

/** The place value of a written number's last digit, times its multiplier: "28.9" 0.1, "$104m" 1m. */
function lastDigitStep(text: string, multiplier: number): number {
  const plain = text.replace(/,/g, '');
  const decimals = plain.includes('.') ? plain.split('.')[1]!.length : 0;
  return Math.pow(10, -decimals) * multiplier;
}

/**
 * A number that is part of a name or a modifier, not a count: "PlayStation 2", "Windows 7"
 * (right after a name), "100m gold", "4x100m relay" (letters glued on, no currency sign),
 * "a 47-yard field goal" (hyphened to its noun), "000" (the tail of a number broken by a blank).
 */
function isNameOrModifier(tokens: readonly TaggedToken[], i: number, currency: boolean): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (/^0\d/.test(t.text)) return true;
  if (before && before.end === t.start) {
    // "4x100m": letters right before the number.
    if (/\p{L}$/u.test(before.text)) return true;
  }
  // A name and a share is a poll's or a result's figure ("Clinton 45%"), not a name.
  const share = after?.text === '%' || after?.lower === 'percent';
  if (before && before.pos === 'PROPN' && /^\p{Lu}/u.test(before.text) && before.end + 1 === t.start && !t.text.includes(',') && !share) return true;
  if (after && after.start === t.end) {
    if (after.text === '-' && /^\p{L}/u.test(tokens[i + 2]?.text ?? '') && tokens[i + 2]!.start === after.end) return true;
    if (/^\p{L}/u.test(after.text) && !currency) return true;
  }
  return false;
}

const PARTITIVE = new Set(['the', 'these', 'those', 'them', 'us', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** "eight years ago", "a man 45 years old": a time or an age, not a count of years. */
const NOT_A_COUNT_AFTER = new Set(['ago', 'old', 'earlier', 'later', 'before', 'after', 'since']);

function readNumber(tokens: readonly TaggedToken[], i: number, lexicon: CorroborationLexicon): { value: number; half: number; last: number; step?: number } | undefined {
  const t = tokens[i]!;
  let value: number | undefined;
  let last = i;
  let half = 0;
  const firstCode = t.text.charCodeAt(0);
  if (firstCode >= 0x30 && firstCode <= 0x39 && DIGITS.test(t.text)) {
    if (isNameOrModifier(tokens, i, CURRENCY.test(tokens[i - 1]?.text ?? ''))) return undefined;
    value = Number(t.text.replace(/,/g, ''));
    const multiplier = lexicon.multipliers.get(tokens[i + 1]?.lower.replace(/\.$/, '') ?? '');
    half = roundingHalfWidth(t.text, value, multiplier ?? 1);
    const step = half === 0 ? lastDigitStep(t.text, multiplier ?? 1) : undefined;
    if (multiplier) {
      value *= multiplier;
      last = i + 1;
    }
    return { value, half, last, ...(step ? { step } : {}) };
  } else {
    // Only a word that starts a two-word number ("twenty five") needs the pair looked up.
    const two = lexicon.numberWordStarts.has(t.lower) ? `${t.lower} ${tokens[i + 1]?.lower ?? ''}` : undefined;
    const word = (two === undefined ? undefined : lexicon.numberWords.get(two)) ?? lexicon.numberWords.get(t.lower);
    if (word === undefined) return undefined;
    // "one-million dollars", "three-percentage-point": a word hyphened on is not read here.
    if (tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === t.end) return undefined;
    value = word;
    if (two !== undefined && lexicon.numberWords.has(two)) last = i + 1;
    const multiplier = lexicon.multipliers.get(tokens[last + 1]?.lower ?? '');
    if (multiplier && multiplier >= 100) {
      value *= multiplier;
      last += 1;
    }
  }
  return { value, half, last };
}

/** "the two countries", "both leaders": a definite reference to things, not a count of them. */
const DEFINITE = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her']);

function isDateOrYear(tokens: readonly TaggedToken[], i: number, value: number): boolean {
  const t = tokens[i]!;
  if (DEFINITE.has(tokens[i - 1]?.lower ?? '') && value < 100) return true;
  if (Number.isInteger(value) && value >= 1800 && value <= 2100 && !t.text.includes(',')) return true;
  return MONTHS.test(tokens[i - 1]?.lower ?? '') || MONTHS.test(tokens[i + 1]?.lower ?? '');
}

function applyHedge(kind: HedgeKind, value: number, low: number, high: number): [number, number] {
  switch (kind) {
    // "up to 12,000" is at most 12,000, and not far below it: half is the floor we assume.
    case 'at-most':
      return [value / 2, value];
    case 'at-least':
      return [value, Number.POSITIVE_INFINITY];
    case 'below':
      return [0, value];
    case 'about':
      return [Math.min(low, value * 0.9), Math.max(high, value * 1.1)];
  }
}

/** `text` is the text the tokens' offsets point into (the whole article). */
export function findQuantities(tokens: readonly TaggedToken[], text: string, lexicon: CorroborationLexicon = corroborationLexicon(), around: QuantitySurroundings = {}): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let low: number;
    let high: number;
    let last: number;
    let first = i;
    let hedge: Quantity['hedge'];
    let unit: string | undefined;
    let step: number | undefined;
    const vague = entryAt(tokens, i, lexicon.vagueAmountsByFirstWord, (amount) => amount.words);
    if (vague) {
      [low, high, last, hedge] = [vague.low, vague.high, i + vague.words.length - 1, 'vague'];
    } else {
      const number = readNumber(tokens, i, lexicon);
      if (!number || isDateOrYear(tokens, i, number.value)) continue;
      [low, high, last, step] = [number.value - number.half, number.value + number.half, number.last, number.step];
      // A currency sign, then a hedge, may stand before the number: "up to €3,000".
      if (CURRENCY.test(tokens[i - 1]?.text ?? '')) {
        first = i - 1;
        unit = lexicon.unitOf.get(tokens[i - 1]!.text);
      }
      const hedgeMatch = lexicon.hedges.find((h) => wordsAt(tokens, first - h.words.length, h.words));
      if (hedgeMatch) {
        hedge = hedgeMatch.kind;
        first -= hedgeMatch.words.length;
        [low, high] = applyHedge(hedgeMatch.kind, number.value, low, high);
      }
    }
    // "one of the men": a part of a group, not its size.
    if (tokens[last + 1]?.lower === 'of' && PARTITIVE.has(tokens[last + 2]?.lower ?? '')) continue;
    const counted = unit ? { unit, end: last } : countedUnit(tokens, last + 1, lexicon);
    const end = Math.max(last, counted.end);
    if (counted.unit && NOT_A_COUNT_AFTER.has(tokens[end + 1]?.lower ?? '')) {
      i = end;
      continue;
    }
    const start = tokens[first]!.start;
    const head = counted.unit ? counted.end : -1;
    const numberFrom = first;
    const part = lexicon.partWords.has(tokens[first - 1]?.lower ?? '');
    const kinds = counted.unit ? kindWords(tokens, last + 1, counted.end, lexicon) : [];
    // A count that names no holder is of the holder of the sentence before, if that one spoke
    // of the same thing; otherwise of no one known.
    const context = around.before && counted.unit && around.before.units.includes(counted.unit) ? { context: [around.before.name] } : {};
    found.push({
      text: text.slice(start, tokens[end]!.end),
      start,
      end: tokens[end]!.end,
      low,
      high,
      ...(hedge ? { hedge } : {}),
      ...(counted.unit ? { unit: counted.unit } : {}),
      ...(step ? { step } : {}),
      ...(part ? { part } : {}),
      ...(kinds.length > 0 ? { kinds } : {}),
      frame: frameAt(tokens, first, end, (j) => (j >= numberFrom && j <= last) || j === head, lexicon, {
        ...(around.said ? { said: around.said } : {}),
        ...context,
        ...(around.yearsBefore?.length ? { yearsBefore: around.yearsBefore } : {}),
      }),
    });
    i = end;
  }
  return found;
}

export type QuantityRelation = 'agrees' | 'conflicts';

/**
 * Quantities of the same thing: overlapping intervals agree, disjoint ones conflict. Figures
 * written to different precision are compared at the coarser one ("29%" and "28.9%" agree).
 */
export function compareQuantities(a: Quantity, b: Quantity): QuantityRelation | undefined {
  if (!a.unit || a.unit !== b.unit) return undefined;
  const slack = Math.max(a.step ?? 0, b.step ?? 0) / 2;
  if (!(a.low <= b.high + slack && b.low <= a.high + slack)) return 'conflicts';
  return farPastOpenBound(a, b) || farPastOpenBound(b, a) ? undefined : 'agrees';
}

/**
 * How far past a bound open upwards ("more than 1,200") a figure may lie and still be read as the
 * same count: a writer rounds down to a figure near the count, as "up to 12,000" is taken to be
 * not far below it (applyHedge).
 */
const OPEN_BOUND_REACH = 2;

/**
 * "More than 1,200 Clinton emails" (classified) and "31,000 additional emails" (deleted) overlap
 * only through the open end of the first: no agreement, and no conflict either. "More than 10,000
 * troops" and "up to 12,000" agree.
 */
function farPastOpenBound(open: Quantity, other: Quantity): boolean {
  return open.high === Number.POSITIVE_INFINITY && open.low > 0 && other.low > open.low * OPEN_BOUND_REACH;
}

/**
 * Two reports of one count seldom differ more than fivefold: "10 people" and "612 people" of one
 * earthquake are the dead and the injured, "32 yards" and "507 total yards" a run and a game.
 * Figures further apart conflict only in sentences that otherwise say the same (see
 * corroboration/index.ts).
 */
export const MAX_CONFLICT_RATIO = 5;

/** How many times the larger figure exceeds the smaller, the nearest ends of their ranges compared. */
/** Lower-case words of kind between a count and its head ("merchant", "suspicious"), as frames write words. */
function kindWords(tokens: readonly TaggedToken[], from: number, head: number, lexicon: CorroborationLexicon): string[] {
  const kinds: string[] = [];
  for (let i = from; i < head; i++) {
    const t = tokens[i]!;
    if (!/^\p{Ll}{2,}$/u.test(t.text) || (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'VERB')) continue;
    kinds.push(lexicon.synonymOf.get(t.lower) ?? lexicon.synonymOf.get(t.lemma) ?? t.lemma);
  }
  return kinds;
}

/**
 * "5 merchant vessels" here, "three boats … and an attack on merchant vessels" there: the other
 * sentence names this count's kind apart from what it counts, so the two count different things.
 */
function contrasted(a: Quantity, b: Quantity): boolean {
  return (a.kinds ?? []).some((kind) => !(b.kinds ?? []).includes(kind) && (b.frame?.words.includes(kind) ?? false));
}

export function orderApart(a: Quantity, b: Quantity): number {
  const [lower, upper] = a.low <= b.low ? [a, b] : [b, a];
  const top = lower.high ?? Number.POSITIVE_INFINITY;
  if (!(top > 0)) return 1;
  return upper.low / top;
}

/**
 * Whether two figures of one unit, read from sentences, can be the same quantity: of the same
 * holder, the same measured thing, in the same time frame (sameFrame). Figures of one unit that
 * are not (Ford's income and Time Warner's sales) neither agree nor conflict; a conflict needs
 * more evidence than an agreement (`relation`).
 */
export function sameQuantity(a: Quantity, b: Quantity, relation: QuantityRelation): boolean {
  if (!a.frame || !b.frame || !a.unit) return true;
  const lexicon = corroborationLexicon();
  if (relation === 'agrees') return sameFrame(a.frame, b.frame, 'agreement');
  // How long: "the next eight years in Boston" and "four seasons as director" are spans of
  // different things far more often than two reports of one span.
  if (lexicon.durationUnits.has(a.unit)) return false;
  // "10 of the team's first 17 points" is not what the team scored.
  if (a.part || b.part) return false;
  if (contrasted(a, b) || contrasted(b, a)) return false;
  // Counts whose clauses name no holder at all, an order of magnitude apart ("Three people were
  // killed" / "80 people were killed"), are two happenings far more often than two reports of one.
  if (a.frame.holder === undefined && b.frame.holder === undefined && !a.frame.context?.length && !b.frame.context?.length && orderApart(a, b) > MAX_CONFLICT_RATIO) return false;
  const measure = lexicon.measureUnits.has(a.unit);
  return sameFrame(a.frame, b.frame, measure ? 'measure' : 'count', !measure && lexicon.unitOf.has(a.unit));
}
