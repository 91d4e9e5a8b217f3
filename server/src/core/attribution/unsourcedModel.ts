/**
 * Whether a sentence the rules would call "unattributed" really states a fact in the article's
 * own voice, or reports someone's words, position or view in a form the cue rules do not read
 * ("Mr. Putin lingered on the questions that…", "he has been repeating for decades"). The rules
 * (editorial.ts) find the candidates; a logistic regression over the features below, whose
 * weights are data (unsourcedModel.json, written by `npm run train -- unattributed` from
 * labelled political news), keeps the flag only where the evidence says the sentence is the
 * writer's own. The features are code, here; what they weigh is learned.
 */
import modelData from './unsourcedModel.json' with { type: 'json' };
import { committedModel, logisticProbability, thresholdedWeightsOf, type ThresholdedWeights, weightsObjectOf } from '../logisticWeights.js';
import type { TaggedToken } from '../nlp/tagger.js';
import { clauseSubject } from './cues.js';
import { readSource } from './kinds.js';
import type { AttributionLexicon } from './lexicon.js';

/** What the features read of a candidate sentence and of where it stands. */
export interface UnsourcedContext {
  /** The sentence's tokens. */
  tokens: readonly TaggedToken[];
  /** Its words outside quotation marks. */
  own: readonly TaggedToken[];
  /** Its place in its paragraph, and how many sentences the paragraph has. */
  indexInParagraph: number;
  paragraphSentences: number;
  /** A later sentence of the paragraph names its own source ("…. It will take years, he said."). */
  sourcedAfter: boolean;
  /** The paragraph before ends on a sentence with a source. */
  previousSourced: boolean;
  /** The paragraph holds a quotation. */
  paragraphQuotes: boolean;
  /** Where the paragraph stands in the article, 0 (top) to 1. */
  position: number;
  lexicon: AttributionLexicon;
  /** For verb lemmas, how often they report someone's words or position (the model's data, see cueRates). */
  cueRates: ReadonlyMap<string, number>;
}

type Feature = readonly [name: string, value: (c: UnsourcedContext, s: SentenceFacts) => number];

/** What several features read, worked out once per sentence. */
interface SentenceFacts {
  words: TaggedToken[];
  subject: TaggedToken[];
  /** The subject's head is someone: a name, a personal pronoun, people or a role. */
  agentSubject: boolean;
}

const flag = (b: boolean) => (b ? 1 : 0);
const MODALS = /^(will|would|could|may|might|can|should|must|shall)$/;
const MONTH_OR_DAY = /^(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const YEAR = /^(?:1[6-9]|20)\d\d$/;

function facts(c: UnsourcedContext): SentenceFacts {
  const words = c.own.filter((t) => t.pos !== 'PUNCT');
  const span = clauseSubject(c.tokens as TaggedToken[], 0);
  const subject = span ? c.tokens.slice(span.first, span.last + 1) : [];
  return { words, subject, agentSubject: isAgent(subject, c.lexicon) };
}

/** The last noun, name or pronoun before the phrase's tail ("of", a comma): "dispatch" of "North Korea's troop dispatch". */
function headOf(phrase: readonly TaggedToken[]): TaggedToken | undefined {
  let head: TaggedToken | undefined;
  for (const t of phrase) {
    if (t.pos === 'ADP' || t.text === ',') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') head = t;
  }
  return head;
}

function isAgent(subject: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  const head = headOf(subject);
  if (!head) return false;
  if (head.pos === 'PROPN') return /^\p{Lu}/u.test(head.text);
  if (head.pos === 'PRON') return /^(he|she|they|we|i|you)$/i.test(head.text);
  return [head.lower, head.lemma].some((w) => lexicon.groupHeads.has(w) || lexicon.personRoles.has(w) || lexicon.roles.has(w));
}

const isName = (t: TaggedToken) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);

const FEATURES: readonly Feature[] = [
  ['words (log)', (_c, s) => Math.log1p(s.words.length)],
  ['a figure', (_c, s) => flag(s.words.some((t) => t.pos === 'NUM' && /\d/.test(t.text) && !YEAR.test(t.text)))],
  ['money or a share', (_c, s) => flag(s.words.some((t) => /^[$€£¥%]$|%$/.test(t.text) || t.lower === 'percent'))],
  ['a year or a date', (_c, s) => flag(s.words.some((t) => YEAR.test(t.text) || MONTH_OR_DAY.test(t.lower)))],
  ['names (log)', (_c, s) => Math.log1p(s.words.filter(isName).length)],
  ['subject a name', (_c, s) => flag(s.subject.some(isName))],
  ['subject a person', (c, s) => flag(s.subject.length > 0 && readSource(s.subject, c.lexicon, true).person)],
  ['subject he, she or they', (_c, s) => flag(s.subject.length === 1 && /^(he|she|they)$/i.test(s.subject[0]!.text))],
  ['subject I or we', (_c, s) => flag(s.subject.length === 1 && /^(i|we)$/i.test(s.subject[0]!.text))],
  ['subject a group of people', (c, s) => flag(s.subject.some((t) => c.lexicon.groupHeads.has(t.lower)))],
  ['subject someone', (_c, s) => flag(s.agentSubject)],
  ['a modal verb', (_c, s) => flag(s.words.some((t) => MODALS.test(t.lower)))],
  ['a negation', (_c, s) => flag(s.words.some((t) => /^(not|n't|n’t|never|no)$/.test(t.lower)))],
  [
    'a word of saying, believing or wanting',
    (c, s) => flag(s.words.some((t) => t.pos !== 'NOUN' && (c.lexicon.speech.has(t.lemma) || c.lexicon.clausal.has(t.lemma) || c.lexicon.stance.has(t.lemma)))),
  ],
  ['a noun of saying or believing', (c, s) => flag(s.words.some((t) => t.pos === 'NOUN' && (c.lexicon.speech.has(t.lemma) || c.lexicon.clausal.has(t.lemma))))],
  ['a "that" clause', (_c, s) => flag(s.words.some((t, i) => t.lower === 'that' && t.pos === 'SCONJ' && s.words[i - 1]?.pos === 'VERB'))],
  ['past tense', (_c, s) => flag(s.words.some((t) => t.pos === 'VERB' && /ed$/.test(t.lower) && t.lower !== t.lemma))],
  ['passive', (_c, s) => flag(s.words.some((t, i) => t.pos === 'VERB' && /(ed|en)$/.test(t.lower) && s.words[i - 1]?.lemma === 'be'))],
  [
    'a comparison or record',
    (_c, s) => flag(s.words.some((t) => /^(most|least|more|less|first|last|largest|biggest|highest|lowest|record)$/.test(t.lower) || (t.pos === 'ADJ' && /est$/.test(t.lower)))),
  ],
  ['checkable words', (c, s) => Math.min(3, s.words.filter((t) => c.lexicon.checkableWords.has(t.lower) || c.lexicon.checkableWords.has(t.lemma)).length) / 3],
  ['share of words quoted', (c, s) => (c.tokens.length ? 1 - s.words.length / Math.max(1, c.tokens.filter((t) => t.pos !== 'PUNCT').length) : 0)],
  ['a colon or a dash', (c) => flag(c.own.some((t) => t.text === ':' || t.text === '—' || t.text === '–'))],
  ['first sentence of its paragraph', (c) => flag(c.indexInParagraph === 0)],
  ['sentences in the paragraph (log)', (c) => Math.log1p(c.paragraphSentences)],
  ['a later sentence of the paragraph names a source', (c) => flag(c.sourcedAfter)],
  ['the paragraph before ends sourced', (c) => flag(c.previousSourced)],
  ['a quotation in the paragraph', (c) => flag(c.paragraphQuotes)],
  ['position in the article', (c) => c.position],
  // A verb of saying or taking sides reports someone only when its subject can speak: "the
  // senator threatened to…", not "the troop dispatch threatens to escalate…".
  ['the verb most often a cue, its subject someone', (c, s) => (s.agentSubject ? strongestCueRate(cueKeys(s.words).filter(isVerbKey), c.cueRates) : 0)],
  ['the verb most often a cue, its subject something', (c, s) => (s.agentSubject ? 0 : strongestCueRate(cueKeys(s.words).filter(isVerbKey), c.cueRates))],
  [
    'the noun or adjective most often a cue',
    (c, s) =>
      strongestCueRate(
        cueKeys(s.words).filter((k) => !isVerbKey(k)),
        c.cueRates,
      ),
  ],
];

const CUE_POS = new Set(['VERB', 'NOUN', 'ADJ']);

/**
 * What cueRates is looked up by: a verb's lemma, a noun's or adjective's lemma after "n:" ("n:concern",
 * "n:criticism"); the words of a sentence in order.
 */
export function cueKeys(words: readonly TaggedToken[]): string[] {
  return words.filter((t) => CUE_POS.has(t.pos)).map((t) => (t.pos === 'VERB' ? t.lemma : `n:${t.lemma}`));
}

/** Whether a cue key is a verb's (cueKeys): a noun's or adjective's starts with "n:". */
export const isVerbKey = (key: string) => !key.startsWith('n:');

/** The highest rate among the keys ("mused", "agonized", "insisted" report; "rose", "spent" do not). */
export function strongestCueRate(keys: readonly string[], rates: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const key of keys) best = Math.max(best, rates.get(key) ?? 0);
  return best;
}

/**
 * How often each key (cueKeys) stands inside an attribution's cue, from counts of labelled news:
 * keys seen fewer than MIN_CUE_COUNT times are left out, and the rate is shrunk towards 0 by
 * CUE_PRIOR unseen occurrences, so that a verb seen twice as a cue is not taken for a sure one.
 */
export const MIN_CUE_COUNT = 3;
export const CUE_PRIOR = 2;

export function cueRatesFrom(counts: ReadonlyMap<string, { cue: number; all: number }>): Map<string, number> {
  const rates = new Map<string, number>();
  for (const [lemma, { cue, all }] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (all < MIN_CUE_COUNT || cue === 0) continue;
    rates.set(lemma, Math.round((cue / (all + CUE_PRIOR)) * 1000) / 1000);
  }
  return rates;
}

/** The names of the features, in the order of the vectors and of a model's weights. */
export const UNSOURCED_FEATURES: readonly string[] = FEATURES.map(([name]) => name);

export function unsourcedFeatures(context: UnsourcedContext): Float64Array {
  const s = facts(context);
  const x = new Float64Array(FEATURES.length);
  for (let j = 0; j < FEATURES.length; j++) x[j] = FEATURES[j]![1](context, s);
  return x;
}

/** The flag stays when the probability that the sentence is the writer's own is at least the threshold. */
export interface UnsourcedModel extends ThresholdedWeights {
  /** Verb lemmas and how often they are a cue, learned with the weights. */
  cueRates: ReadonlyMap<string, number>;
}

/** The model's probability that the candidate states a fact in the article's own voice. */
export function unsourcedProbability(model: UnsourcedModel, x: Float64Array): number {
  return logisticProbability(model, x);
}

/** A model from its JSON, checked against the features this code computes: one written for other features is refused, never misread. */
export function parseUnsourcedModel(json: unknown, source = 'unsourced model'): UnsourcedModel {
  const data = weightsObjectOf(json, source);
  const model = thresholdedWeightsOf(data, UNSOURCED_FEATURES, source, 'unattributed');
  const rates = data['cueRates'];
  if (typeof rates !== 'object' || rates === null || Array.isArray(rates) || !Object.values(rates).every((v) => typeof v === 'number' && v >= 0 && v <= 1)) {
    throw new Error(`${source}: "cueRates" must map verb lemmas to rates from 0 to 1`);
  }
  return { ...model, cueRates: new Map(Object.entries(rates as Record<string, number>)) };
}

/** The committed model (unsourcedModel.json); null when the file holds none (`"model": null`): the rules alone decide. */
export const defaultUnsourcedModel = committedModel(modelData, parseUnsourcedModel, 'attribution/unsourcedModel.json');
