/**
 * Is a sentence a check-worthy factual claim — a statement the public would want verified:
 * figures, events, who did what, causes, accusations — rather than an opinion, a plan, a
 * feeling or a non-claim? A logistic regression over hashed features of the sentence's words
 * (lemmas, their pairs, part-of-speech shapes) and of its form (a figure, a name, past tense,
 * a modal, a hedge, first or second person), whose weights are data (checkWorthyModel.json,
 * written by `npm run train -- checkworthy` from ClaimBuster's labelled sentences). It replaces
 * a lexicon of rankings and causes, which could not see events stated without a figure ("X has
 * died", "was arrested", "fired its coach"). Scoring is one pass over the words and a sum of
 * weights: cheap enough for every sentence of an article.
 */
import modelData from './checkWorthyModel.json' with { type: 'json' };
import { committedModel, weightsObjectOf } from '../logisticWeights.js';
import type { TaggedToken } from '../nlp/tagger.js';
import { isQuantity, MONEY_OR_PERCENT, YEAR } from './figures.js';

/** The features are hashed into this many weights (a power of two). */
export const CHECK_WORTHY_BUCKETS = 1 << 12;

const MODALS = /^(will|would|could|may|might|can|should|must|shall|'ll|’ll)$/;
const HEDGES = /^(think|believe|feel|hope|wish|perhaps|maybe|probably|possibly|seem|appear|guess|suppose|want)$/;
const FIRST_PERSON = /^(i|me|my|mine|we|us|our|ours)$/;
const SECOND_PERSON = /^(you|your|yours)$/;
const NEGATION = /^(not|n't|n’t|never|no)$/;
const PAST_AUX = /^(was|were|had|did)$/;

/** A word as the model reads it: a name as <name>, a figure as <num>, a year as <year>, else its lemma in lower case. */
function wordKey(t: TaggedToken): string {
  if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) return '<name>';
  if (t.pos === 'NUM') return YEAR.test(t.text) ? '<year>' : '<num>';
  return t.lemma.toLowerCase();
}

/** The names of the form features a sentence has (those that are not its words, pairs and tags). */
function formFeatureNames(own: readonly TaggedToken[], words: readonly TaggedToken[]): string[] {
  const names: string[] = [];
  // Shapes that carry across topics, where the words of a debate and of news differ.
  if (own.some((t, i) => isQuantity(own, i) || MONEY_OR_PERCENT.test(t.text))) names.push('f:figure');
  const capitalisedNames = words.filter((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)).length;
  if (capitalisedNames > 0) names.push('f:a name');
  if (capitalisedNames >= 3) names.push('f:several names');
  if (words.some((t) => (t.pos === 'VERB' && t.lower !== t.lemma && /(ed|en)$/.test(t.lower)) || (t.pos === 'AUX' && PAST_AUX.test(t.lower)))) names.push('f:past');
  if (words.some((t) => t.pos === 'AUX' && /^(has|have)$/.test(t.lower))) names.push('f:perfect');
  if (words.some((t) => MODALS.test(t.lower))) names.push('f:modal');
  if (words.some((t) => HEDGES.test(t.lemma.toLowerCase()))) names.push('f:hedge');
  if (words.some((t) => FIRST_PERSON.test(t.lower))) names.push('f:first person');
  if (words.some((t) => SECOND_PERSON.test(t.lower))) names.push('f:second person');
  if (words.some((t) => NEGATION.test(t.lower))) names.push('f:negation');
  if (words.some((t) => t.pos === 'ADJ' && /est$/.test(t.lower))) names.push('f:superlative');
  names.push(words.length < 8 ? 'f:short' : words.length > 30 ? 'f:long' : 'f:medium');
  return names;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a, 32 bits, continued over `text` from the hash so far: a name hashed piece by piece is hashed as if whole. */
function fnvContinue(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const bucketOfHash = (hash: number) => (hash >>> 0) & (CHECK_WORTHY_BUCKETS - 1);

/** FNV-1a, 32 bits: the same bucket for the same feature on every machine. */
function bucket(name: string): number {
  return bucketOfHash(fnvContinue(FNV_OFFSET, name));
}

/** A two-part name ("b:" + previous + " " + this) hashed without building the string. */
function pairBucket(prefix: string, previous: string, current: string): number {
  return bucketOfHash(fnvContinue(fnvContinue(fnvContinue(fnvContinue(FNV_OFFSET, prefix), previous), ' '), current));
}

/**
 * The weights a sentence's features select, each bucket once (a collision counts once). The
 * features are named "w:<word>", "b:<previous word> <word>" ("^" before the first), "p:<previous
 * tag> <tag>" and the form features; each name is hashed piece by piece rather than built as a
 * string for every word and pair (every sentence of every article comes through here).
 */
export function checkWorthyBuckets(own: readonly TaggedToken[]): number[] {
  const buckets = new Set<number>();
  const words = own.filter((t) => t.pos !== 'PUNCT');
  const keys = words.map(wordKey);
  for (let i = 0; i < words.length; i++) {
    buckets.add(bucketOfHash(fnvContinue(fnvContinue(FNV_OFFSET, 'w:'), keys[i]!)));
    buckets.add(pairBucket('b:', i === 0 ? '^' : keys[i - 1]!, keys[i]!));
    buckets.add(pairBucket('p:', i === 0 ? '^' : words[i - 1]!.pos, words[i]!.pos));
  }
  for (const name of formFeatureNames(own, words)) buckets.add(bucket(name));
  return [...buckets].sort((a, b) => a - b);
}

export interface CheckWorthyModel {
  weights: Float64Array;
  bias: number;
  /** A sentence is check-worthy when its probability is at least this. */
  threshold: number;
}

export function checkWorthyProbability(model: CheckWorthyModel, buckets: readonly number[]): number {
  let z = model.bias;
  for (const b of buckets) z += model.weights[b]!;
  return 1 / (1 + Math.exp(-z));
}

/** A model from its JSON: the weights stored sparsely as [bucket, weight] pairs; one of another size is refused, never misread. */
export function parseCheckWorthyModel(json: unknown, source = 'check-worthiness model'): CheckWorthyModel {
  const data = weightsObjectOf(json, source);
  if (data['buckets'] !== CHECK_WORTHY_BUCKETS)
    throw new Error(`${source}: written for ${String(data['buckets'])} buckets, this code hashes into ${CHECK_WORTHY_BUCKETS}; retrain it with npm run train -- checkworthy`);
  const { bias, threshold, weights } = data;
  if (typeof bias !== 'number' || !Number.isFinite(bias)) throw new Error(`${source}: "bias" must be a finite number`);
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) throw new Error(`${source}: "threshold" must be a number from 0 to 1`);
  if (!Array.isArray(weights)) throw new Error(`${source}: "weights" must be a list of [bucket, weight] pairs`);
  const dense = new Float64Array(CHECK_WORTHY_BUCKETS);
  for (const pair of weights) {
    if (!Array.isArray(pair) || pair.length !== 2 || !Number.isInteger(pair[0]) || pair[0] < 0 || pair[0] >= CHECK_WORTHY_BUCKETS || typeof pair[1] !== 'number' || !Number.isFinite(pair[1])) {
      throw new Error(`${source}: "weights" must be a list of [bucket, weight] pairs`);
    }
    dense[pair[0]] = pair[1];
  }
  return { weights: dense, bias, threshold };
}

/** The committed model (checkWorthyModel.json); null when the file holds none: the older rules decide. */
export const defaultCheckWorthyModel = committedModel(modelData, parseCheckWorthyModel, 'attribution/checkWorthyModel.json');

/** Does the model read the sentence (its words outside quotation marks) as a check-worthy claim? */
export function checkWorthyClaim(own: readonly TaggedToken[], model: CheckWorthyModel): boolean {
  return checkWorthyProbability(model, checkWorthyBuckets(own)) >= model.threshold;
}
