/**
 * The last word on an "unattributed claim" flag: would an editor of this article ask "says who?"
 * of this sentence? Two models read the sentence alone — is it a check-worthy claim
 * (checkWorthiness.ts, fitted on debate sentences) and is it in the writer's own voice
 * (unsourcedModel.ts, fitted on PolNeAR's attributions) — and neither knows the article. Whether
 * an unsourced figure is a reporter's claim or a game's statistic, a columnist's aside or a
 * police detail, depends on the kind of piece: a match report tells scores, a column speaks in
 * the first person, a wire story names a source in most sentences. This model combines the two
 * sentence models and the older rules' verdict (a figure, a ranking or a cause) with the
 * article's shape, and its weights are fitted (`npm run train --
 * flags`, flagModel.json) on news sentences that readers labelled blind.
 */
import modelData from './flagModel.json' with { type: 'json' };
import { committedModel, logisticProbability, thresholdedWeightsOf, type ThresholdedWeights, weightsObjectOf } from '../logisticWeights.js';
import type { TaggedToken } from '../nlp/tagger.js';
import { hasScore } from './editorial.js';

/** What the article's sentences look like as a whole: shares of its sentences. */
export interface ArticleShape {
  /** A score or tally ("34-12"): a match report or a results story. */
  scores: number;
  /** A source named in the sentence or carried to it. */
  sourced: number;
  /** Inside a quotation. */
  quoted: number;
  /** The writer's "I" or "we" outside quotation marks: a column or a first-person piece. */
  firstPerson: number;
  /** A number of any kind. */
  figures: number;
  sentences: number;
}

/** The sentences the shape is read from: what the attribution pass knows of each. */
export interface ShapeSentence {
  tokens: readonly TaggedToken[];
  source?: unknown;
  quoted?: boolean;
}

const FIRST_PERSON = /^(i|we|me|us|my|our)$/;

export function articleShape(sentences: readonly ShapeSentence[]): ArticleShape {
  const share = (test: (s: ShapeSentence) => boolean) => (sentences.length === 0 ? 0 : sentences.filter(test).length / sentences.length);
  return {
    scores: share((s) => hasScore(s.tokens)),
    sourced: share((s) => s.source !== undefined),
    quoted: share((s) => s.quoted === true),
    firstPerson: share((s) => !s.quoted && s.tokens.some((t) => t.pos === 'PRON' && FIRST_PERSON.test(t.lower))),
    figures: share((s) => s.tokens.some((t) => t.pos === 'NUM')),
    sentences: sentences.length,
  };
}

/** The features, in the order of the vectors and of a model's weights. */
export const FLAG_FEATURES: readonly string[] = [
  'check-worthy (log-odds)',
  'own voice (log-odds)',
  'a figure, ranking or cause (the older rules)',
  'article: share with a score',
  'article: share with a source',
  'article: share quoted',
  'article: share in the first person',
  'article: share with a number',
  'article: log of its sentences',
];

/** Probabilities kept off 0 and 1, so that their log-odds stay finite. */
const logOdds = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

export function flagFeatures(checkWorthy: number, ownVoice: number, listed: boolean, shape: ArticleShape): Float64Array {
  return Float64Array.from([logOdds(checkWorthy), logOdds(ownVoice), listed ? 1 : 0, shape.scores, shape.sourced, shape.quoted, shape.firstPerson, shape.figures, Math.log(1 + shape.sentences)]);
}

/** A sentence is flagged when its probability is at least the model's threshold. */
export type FlagModel = ThresholdedWeights;

export function flagProbability(model: FlagModel, x: Float64Array): number {
  return logisticProbability(model, x);
}

/** A model from its JSON, checked against the features this code computes. */
export function parseFlagModel(json: unknown, source = 'flag model'): FlagModel {
  return thresholdedWeightsOf(weightsObjectOf(json, source), FLAG_FEATURES, source, 'flags');
}

/** The committed model (flagModel.json); null when the file holds none: the two sentence models decide by their own thresholds. */
export const defaultFlagModel = committedModel(modelData, parseFlagModel, 'attribution/flagModel.json');
