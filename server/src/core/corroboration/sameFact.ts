/**
 * Whether two claims that the index links state the same fact, not only the same event: "the
 * storm killed 12" and "the storm closed schools" share the storm and its day, and a reader who
 * checks facts would not call one a report of the other. Retrieval and the cosine find claims on
 * one story; this decides, from what each claim record holds, whether the two say one thing.
 * The features are code, here; what they weigh is learned (sameFactModel.json, written by
 * `npm run train -- samefact` from news sentence pairs labelled "say the same thing" or not).
 *
 * The model is fitted on MRPC, whose paraphrases are near copies: it reads other words for one
 * happening as another fact ("About 4,000 dockworkers walked off the job" / "More than 3,500
 * workers … stopped work", QUALITY.md rounds 14 and 16). So a pair it turns down is still one
 * fact when both state one predicate of the lexicon (predicates.ts) of one argument, or give one
 * count of the same thing in one verb or in none (onePredicateOneArgument).
 * Only supporting links ask (index.ts): conflicts need reports of one event, not of one fact.
 */
import modelData from './sameFactModel.json' with { type: 'json' };
import { committedModel, logisticProbability, thresholdedWeightsOf, type ThresholdedWeights } from '../logisticWeights.js';
import { attributionLexicon } from '../attribution/lexicon.js';
import { cueLemma } from '../attribution/cues.js';
import { tag } from '../nlp/tagger.js';
import { claimTerms, type ClaimRecord } from './claims.js';
import { headlineReading } from './headline.js';
import { corroborationLexicon } from './lexicon.js';
import { predicatesOf } from './predicates.js';
import { compareQuantities } from './quantities.js';

/** What a pair's features read of the corpus: how rare a term is. */
export type TermRarity = (term: string) => number;

type Feature = readonly [name: string, value: (p: PairFacts) => number];

/** What several features read, worked out once per pair. */
interface PairFacts {
  a: ClaimRecord;
  b: ClaimRecord;
  score: number;
  /** IDF weight of all terms, of the shared ones, and of each side's content words (not names) the other lacks. */
  weightA: number;
  weightB: number;
  shared: number;
  wordsA: number;
  wordsB: number;
  sharedWords: number;
  onlyA: number;
  onlyB: number;
  namesShared: number;
  namesOnlyA: number;
  namesOnlyB: number;
  numbersA: Set<string>;
  numbersB: Set<string>;
  verbsA: ReadonlySet<string>;
  verbsB: ReadonlySet<string>;
}

/** What a pair's verdict reads of a claim's words beyond its record: its verbs and the predicates it states. */
interface Wording {
  verbs: ReadonlySet<string>;
  /** The verbs less those that report ("allege", "claim"): what the sentence says happened. */
  happenings: ReadonlySet<string>;
  predicates: ReadonlySet<string>;
}

const wordingCache = new WeakMap<ClaimRecord, Wording>();

/**
 * The verbs of a claim as the index folds its terms ("sent" = "deployed"), light and reporting
 * verbs left out, and the lexicon's predicates it states. The claim record keeps no parts of
 * speech, so its sentence is tagged again, once, and only when a pair gets this far — a fraction
 * of the claims (a new field would change every cache and worker entry, and every article's cost).
 */
function wordingOf(claim: ClaimRecord): Wording {
  let wording = wordingCache.get(claim);
  if (!wording) {
    const tokens = tag(claim.headline ? headlineReading(claim) : claim.text);
    const verbs = tokens.filter((t) => t.pos === 'VERB');
    const reporting = attributionLexicon();
    wording = {
      verbs: new Set(claimTerms(verbs).terms),
      happenings: new Set(claimTerms(verbs.filter((t) => cueLemma(t, reporting) === undefined)).terms),
      predicates: predicatesOf(tokens),
    };
    wordingCache.set(claim, wording);
  }
  return wording;
}

const NUMBER = /\d[\d,.]*\d|\d/g;
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without)\b|n['’]t\b/i;

/** The figures a sentence writes in digits, as written but without thousands separators: "12,000" and "12000" are one. */
function numbersIn(text: string): Set<string> {
  return new Set((text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, '').replace(/\.$/, '')));
}

function facts(a: ClaimRecord, b: ClaimRecord, score: number, rarity: TermRarity): PairFacts {
  const termsB = new Set(b.terms);
  const termsA = new Set(a.terms);
  const namesA = new Set(a.entities);
  const namesB = new Set(b.entities);
  let weightA = 0;
  let weightB = 0;
  let shared = 0;
  let wordsA = 0;
  let wordsB = 0;
  let sharedWords = 0;
  let onlyA = 0;
  let onlyB = 0;
  for (const t of a.terms) {
    const w = rarity(t);
    weightA += w;
    if (termsB.has(t)) shared += w;
    if (namesA.has(t)) continue;
    wordsA++;
    if (termsB.has(t)) sharedWords++;
    else onlyA += w;
  }
  for (const t of b.terms) {
    const w = rarity(t);
    weightB += w;
    if (namesB.has(t)) continue;
    wordsB++;
    if (!termsA.has(t)) onlyB += w;
  }
  let namesShared = 0;
  for (const n of namesA) if (namesB.has(n)) namesShared++;
  return {
    a,
    b,
    score,
    weightA,
    weightB,
    shared,
    wordsA,
    wordsB,
    sharedWords,
    onlyA,
    onlyB,
    namesShared,
    namesOnlyA: namesA.size - namesShared,
    namesOnlyB: namesB.size - namesShared,
    numbersA: numbersIn(a.text),
    numbersB: numbersIn(b.text),
    verbsA: wordingOf(a).verbs,
    verbsB: wordingOf(b).verbs,
  };
}

const flag = (x: boolean) => (x ? 1 : 0);
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function numbersOnlyOneSide(p: PairFacts): number {
  let only = 0;
  for (const n of p.numbersA) if (!p.numbersB.has(n)) only++;
  for (const n of p.numbersB) if (!p.numbersA.has(n)) only++;
  return only;
}

function numbersShared(p: PairFacts): number {
  let shared = 0;
  for (const n of p.numbersA) if (p.numbersB.has(n)) shared++;
  return shared;
}

/** Some figure of one counts the same thing as a figure of the other and they disagree / agree. */
function figures(p: PairFacts, relation: 'agrees' | 'conflicts'): number {
  return flag(p.a.quantities.some((q) => q.unit !== undefined && p.b.quantities.some((o) => o.unit === q.unit && compareQuantities(q, o) === relation)));
}

/**
 * The features, in the order of the weights. Each side's coverage is the share of its own
 * weight the other holds: a sentence that adds a second fact to the first covers it, but is not
 * covered by it (the same event, more said).
 */
export const SAME_FACT_FEATURES: readonly Feature[] = [
  ['similarity', (p) => p.score],
  ['coverage of the less covered side', (p) => Math.min(ratio(p.shared, p.weightA), ratio(p.shared, p.weightB))],
  ['coverage of the more covered side', (p) => Math.max(ratio(p.shared, p.weightA), ratio(p.shared, p.weightB))],
  ['shared content words, share of the wordier side', (p) => ratio(p.sharedWords, Math.max(p.wordsA, p.wordsB))],
  ['shared content words, share of the terser side', (p) => ratio(p.sharedWords, Math.min(p.wordsA, p.wordsB))],
  ['rare content words only one side has (log weight)', (p) => Math.log1p(p.onlyA + p.onlyB)],
  ['rare content words the more telling side alone has (log weight)', (p) => Math.log1p(Math.max(p.onlyA, p.onlyB))],
  ['names shared', (p) => Math.min(p.namesShared, 3)],
  ['names only one side has', (p) => Math.min(p.namesOnlyA + p.namesOnlyB, 6)],
  ['both name someone, and share no name', (p) => flag(p.namesShared === 0 && p.namesOnlyA > 0 && p.namesOnlyB > 0)],
  ['figures both write', (p) => Math.min(numbersShared(p), 3)],
  ['figures only one side writes', (p) => Math.min(numbersOnlyOneSide(p), 6)],
  ['both write figures, none alike', (p) => flag(p.numbersA.size > 0 && p.numbersB.size > 0 && numbersShared(p) === 0)],
  ['a count of one thing agrees', (p) => figures(p, 'agrees')],
  ['a count of one thing disagrees', (p) => figures(p, 'conflicts')],
  ['one side negated, the other not', (p) => flag(NEGATION.test(p.a.text) !== NEGATION.test(p.b.text))],
  ['length ratio (terms)', (p) => ratio(Math.min(p.a.terms.length, p.b.terms.length), Math.max(p.a.terms.length, p.b.terms.length))],
  ['one side names its source, the other not', (p) => flag((p.a.source === undefined) !== (p.b.source === undefined))],
  ['a verb both use', (p) => flag([...p.verbsA].some((v) => p.verbsB.has(v)))],
  ['both say something happened, with no verb alike', (p) => flag(p.verbsA.size > 0 && p.verbsB.size > 0 && ![...p.verbsA].some((v) => p.verbsB.has(v)))],
  ['verbs only one side uses', (p) => Math.min([...p.verbsA].filter((v) => !p.verbsB.has(v)).length + [...p.verbsB].filter((v) => !p.verbsA.has(v)).length, 4)],
  ['one predicate of the lexicon, of one argument', (p) => flag(onePredicateOneArgument(p.a, p.b))],
];

export const SAME_FACT_FEATURE_NAMES: readonly string[] = SAME_FACT_FEATURES.map(([name]) => name);

/** Where the predicate rule's verdict (onePredicateOneArgument) stands in a pair's features. */
export const PREDICATE_RULE_FEATURE = SAME_FACT_FEATURE_NAMES.indexOf('one predicate of the lexicon, of one argument');

/** The feature vector of a pair: `score` is the index's similarity of the two, `rarity` its term weight. */
export function sameFactFeatures(a: ClaimRecord, b: ClaimRecord, score: number, rarity: TermRarity): Float64Array {
  const p = facts(a, b, score, rarity);
  return Float64Array.from(SAME_FACT_FEATURES, ([, value]) => value(p));
}

/**
 * A pair is the same fact at or above the model's threshold; below it, when both state one
 * predicate of the lexicon of one argument (onePredicateOneArgument) and the model gives the pair
 * at least `ruleFloor`.
 */
export interface SameFactModel extends ThresholdedWeights {
  ruleFloor: number;
}

export function sameFactProbability(model: SameFactModel, x: Float64Array): number {
  return logisticProbability(model, x);
}

/** The weights file's model, checked against the features above; null when training found no threshold worth using. */
export function parseSameFactModel(value: unknown, source = 'sameFactModel.json'): SameFactModel | null {
  if (value === null) return null;
  if (typeof value !== 'object') throw new Error(`${source}: "model" must be an object or null`);
  const weights = thresholdedWeightsOf(value as Record<string, unknown>, SAME_FACT_FEATURE_NAMES, source, 'samefact');
  const ruleFloor = (value as Record<string, unknown>)['ruleFloor'];
  if (typeof ruleFloor !== 'number' || !(ruleFloor >= 0 && ruleFloor <= weights.threshold)) throw new Error(`${source}: "ruleFloor" must be a number from 0 to the threshold`);
  return { ...weights, ruleFloor };
}

/** The committed model (null: links are decided by the index's rules alone). */
export const sameFactModel = committedModel(modelData, parseSameFactModel, 'sameFactModel.json');

/**
 * A count of the same thing (people, troops, ships) that agrees. Not a share, a sum of money or
 * a span of time: those agree across facts of one theme ("5 percent to 25 percent" of tariffs and
 * of a poll, "eight years" in the Senate and "four years" of a presidency), 0 of 6 such rescued
 * links on campaign news being one fact.
 */
function countAgrees(a: ClaimRecord, b: ClaimRecord): boolean {
  const { measureUnits, durationUnits } = corroborationLexicon();
  const counted = (unit: string | undefined): unit is string => unit !== undefined && !measureUnits.has(unit) && !durationUnits.has(unit);
  return a.quantities.some((q) => counted(q.unit) && b.quantities.some((o) => o.unit === q.unit && compareQuantities(q, o) === 'agrees'));
}

const shareOne = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));

/**
 * One fact in other words, neither side denying what the other says: a count of the same thing
 * that agrees, told with the same verb or where one side says nothing else happened ("About
 * 4,000 workers are taking part" after "About 4,000 dockworkers walked off the job"); or one
 * predicate of the lexicon stated by both ("walked off the job" / "stopped work"), of one
 * argument — that count, or a name both give.
 */
export function onePredicateOneArgument(a: ClaimRecord, b: ClaimRecord): boolean {
  if (NEGATION.test(a.text) !== NEGATION.test(b.text)) return false;
  const [wa, wb] = [wordingOf(a), wordingOf(b)];
  const counted = countAgrees(a, b);
  if (counted && (wa.happenings.size === 0 || wb.happenings.size === 0 || shareOne(wa.happenings, wb.happenings))) return true;
  if (!shareOne(wa.predicates, wb.predicates)) return false;
  const names = new Set(a.entities);
  return counted || b.entities.some((n) => names.has(n));
}

/** Whether the pair states one fact: the model says so, or (neither a headline, the model not ruling it out) both state one predicate of one argument. With no model, every pair the rules link is. */
export function statesSameFact(a: ClaimRecord, b: ClaimRecord, score: number, rarity: TermRarity, model: SameFactModel | null): boolean {
  return sameFactVerdict(a, b, score, rarity, model) !== undefined;
}

/**
 * Who says the pair states one fact: the model ('model'; with no model, every pair the rules
 * link), or only the lexicon's predicate rule under the model's threshold ('rule'); undefined when
 * neither does.
 */
export function sameFactVerdict(a: ClaimRecord, b: ClaimRecord, score: number, rarity: TermRarity, model: SameFactModel | null): 'model' | 'rule' | undefined {
  if (!model) return 'model';
  const features = sameFactFeatures(a, b, score, rarity);
  const probability = sameFactProbability(model, features);
  if (probability >= model.threshold) return 'model';
  // The lexicon's predicate rescues reworded reports the model doubts ("walked off the job" /
  // "stopped work"), but not those it all but rules out: on campaign news that rule alone was
  // right 0.53 of the time (QUALITY.md round 23). A headline states its story's predicate and a
  // name by design ("Port strike leaves Brennick's harbour at a standstill"): the rule would
  // match it to any sentence of the story.
  // The rule's verdict is one of the features already worked out.
  return probability >= model.ruleFloor && !a.headline && !b.headline && features[PREDICATE_RULE_FEATURE] === 1 ? 'rule' : undefined;
}
