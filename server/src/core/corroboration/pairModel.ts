/**
 * Whether two claims state the same fact: a logistic regression over cheap features of the
 * pair (shared rare words, shared actors and places, shared event words, whether figures and
 * dates agree, how alike the two whole articles are). The weights are data, fitted on
 * development pairs by `npm run train:corroboration` (test/train/corroboration.ts) and kept in
 * pairWeights.json with their provenance and the threshold chosen for precision.
 */
import weightsData from './pairWeights.json' with { type: 'json' };

/** The features of a pair, in the order of the weights. Every one lies in [0, 1]. */
export const PAIR_FEATURES = [
  /** Cosine of the two claims' IDF-weighted content terms. */
  'termCosine',
  /** The rarest shared term's IDF over the largest IDF the corpus can give. */
  'rarestShared',
  /** Shared names over the names of the claim that names fewer. */
  'entityOverlap',
  /** Both name actors or places, and none is shared. */
  'entityClash',
  /** One of them names no one. */
  'entityMissing',
  /** Shared event words (verbs, nominalisations) over those of the claim with fewer. */
  'eventOverlap',
  /** One of them has no event word. */
  'eventMissing',
  /** Both have event words, and none is shared (another happening: "expanded" / "published"). */
  'eventClash',
  /** Shared names of the two whole articles over those of the article with fewer. */
  'documentNames',
  /** Cosine of the two whole articles' IDF-weighted terms. */
  'documentCosine',
  /** Both count the same kind of thing (troops, ships). */
  'sameCount',
  /** A figure of the same kind of thing agrees. */
  'figuresAgree',
  /** Figures of the same kind of thing disagree. */
  'figuresConflict',
  /** A date or weekday agrees. */
  'datesAgree',
  /** Dates or weekdays differ. */
  'datesDiffer',
  /** Shorter over longer, in content terms. */
  'lengthRatio',
] as const;

export type PairFeature = (typeof PAIR_FEATURES)[number];

export interface PairWeights {
  features: string[];
  bias: number;
  weights: number[];
  /** The lowest probability at which a pair counts as the same fact. */
  threshold: number;
  /** The lowest term cosine of the two sentences at which they may count as the same fact at all. */
  minimumCosine: number;
}

function checked(data: PairWeights): PairWeights {
  if (data.features.join() !== PAIR_FEATURES.join() || data.weights.length !== PAIR_FEATURES.length) {
    throw new Error('pairWeights.json does not fit the pair features: run npm run train:corroboration');
  }
  return data;
}

export const pairWeights: PairWeights = checked(weightsData as PairWeights);

const EVENT_CLASH = PAIR_FEATURES.indexOf('eventClash');
const ENTITY_CLASH = PAIR_FEATURES.indexOf('entityClash');

/**
 * The probability that a pair with these features states the same fact; 0 when the two
 * sentences share too few words for that (the article-level features alone say "same story"),
 * or when both say what happened and no event word is shared: another happening to the same
 * actors ("expanded its operations in Australia" / "published its report in the US"), or when
 * both name actors or places and share none: the same kind of event, a different real one.
 */
export function sameFactProbability(features: ArrayLike<number>, weights: Omit<PairWeights, 'features'> = pairWeights): number {
  if (features[0]! < weights.minimumCosine || features[EVENT_CLASH] === 1 || features[ENTITY_CLASH] === 1) return 0;
  let z = weights.bias;
  for (let i = 0; i < weights.weights.length; i++) z += weights.weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-z));
}
