/**
 * Training data, fitting and cross-validation for the check-worthiness model
 * (core/attribution/checkWorthiness.ts): ClaimBuster's two-class sentences from U.S. presidential
 * debates, a check-worthy factual sentence (1) against the rest — opinions, plans, non-facts (0).
 * The features are hashed into a few thousand weights, too many for the Newton steps of
 * logistic.ts: the regression is fitted by full-batch AdaGrad in a fixed order, so the same rows
 * give the same weights, bit for bit.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { CHECK_WORTHY_BUCKETS, checkWorthyBuckets, checkWorthyProbability } from '../../core/attribution/checkWorthiness.js';
import { tagPieces } from '../../core/nlp/tagger.js';
import { readJsonl } from './jsonl.js';

export const FOLDS = 5;
export const L2 = 1e-3;
/** The penalties tried; the one with the best held-out precision at the threshold is kept. */
export const L2_TRIED = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2] as const;
export const ITERATIONS = 300;
const LEARNING_RATE = 0.5;
/**
 * The share of held-out check-worthy sentences the threshold must keep. The bar is that
 * 0.80 of the check-worthy unsourced sentences of an article stay flagged, and the unattributed
 * model after this one drops a tenth of the candidates; the candidates must keep more.
 */
export const MIN_RECALL = 0.85;

export interface ClaimRow {
  buckets: number[];
  y: number;
  /** Folds are runs of consecutive sentences, so that one debate's sentences mostly stay in one fold. */
  fold: number;
  text: string;
}

export interface ClaimData {
  rows: ClaimRow[];
  fingerprint: string;
}

export function claimBusterReady(devdata: string): string[] {
  const file = path.join('claims', 'claimbuster', 'sentences.jsonl');
  return existsSync(path.join(devdata, file)) ? [] : [file];
}

export function loadClaimData(devdata: string): ClaimData {
  const records = readJsonl(path.join(devdata, 'claims', 'claimbuster', 'sentences.jsonl'));
  const hash = createHash('sha256');
  const texts = records.map((r) => String(r['text']));
  const tagged = tagPieces(texts.map((text) => ({ text, start: 0 })));
  const rows = records.map((r, i) => {
    hash.update(`${String(r['id'])}\t${r['label']}\t${texts[i]}\n`);
    return { buckets: checkWorthyBuckets(tagged[i]!), y: r['label'] === 1 ? 1 : 0, fold: Math.floor((i * FOLDS) / records.length), text: texts[i]! };
  });
  return { rows, fingerprint: hash.digest('hex') };
}

export interface FittedWeights {
  weights: Float64Array;
  bias: number;
}

/** L2-penalised logistic regression on sparse binary rows, by full-batch AdaGrad. */
export function fitCheckWorthy(rows: readonly ClaimRow[], l2 = L2, iterations = ITERATIONS): FittedWeights {
  const weights = new Float64Array(CHECK_WORTHY_BUCKETS);
  const squared = new Float64Array(CHECK_WORTHY_BUCKETS + 1);
  let bias = 0;
  const n = rows.length;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Float64Array(CHECK_WORTHY_BUCKETS);
    let biasGradient = 0;
    for (const row of rows) {
      let z = bias;
      for (const b of row.buckets) z += weights[b]!;
      const g = (1 / (1 + Math.exp(-z)) - row.y) / n;
      biasGradient += g;
      for (const b of row.buckets) gradient[b]! += g;
    }
    for (let j = 0; j < CHECK_WORTHY_BUCKETS; j++) {
      const g = gradient[j]! + l2 * weights[j]!;
      if (g === 0) continue;
      squared[j]! += g * g;
      weights[j]! -= (LEARNING_RATE * g) / Math.sqrt(squared[j]!);
    }
    squared[CHECK_WORTHY_BUCKETS]! += biasGradient * biasGradient;
    if (biasGradient !== 0) bias -= (LEARNING_RATE * biasGradient) / Math.sqrt(squared[CHECK_WORTHY_BUCKETS]!);
  }
  return { weights, bias };
}

/** Each row's probability from a model fitted on the other folds. */
export function heldOutProbabilities(data: ClaimData, l2 = L2): number[] {
  const p = new Array<number>(data.rows.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const fitted = fitCheckWorthy(
      data.rows.filter((r) => r.fold !== fold),
      l2,
    );
    const model = { ...fitted, threshold: 0 };
    data.rows.forEach((r, i) => {
      if (r.fold === fold) p[i] = checkWorthyProbability(model, r.buckets);
    });
  }
  return p;
}

export interface ThresholdFigures {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function figuresAt(data: ClaimData, p: readonly number[], threshold: number): ThresholdFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  data.rows.forEach((r, i) => {
    const flagged = p[i]! >= threshold;
    if (flagged && r.y === 1) tp++;
    else if (flagged) fp++;
    else if (r.y === 1) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { threshold, precision: round(precision), recall: round(recall), f1: round((2 * precision * recall) / Math.max(1e-9, precision + recall)) };
}

/** The highest threshold, in hundredths, whose held-out recall is at least MIN_RECALL. */
export function pickThreshold(data: ClaimData, p: readonly number[]): ThresholdFigures {
  for (let t = 99; t > 0; t--) {
    const f = figuresAt(data, p, t / 100);
    if (f.recall >= MIN_RECALL) return f;
  }
  return figuresAt(data, p, 0);
}

/** The weights to write: rounded, the untouched buckets left out, in bucket order. */
export function sparseWeights(weights: Float64Array): [number, number][] {
  const out: [number, number][] = [];
  weights.forEach((w, j) => {
    const rounded = Math.round(w * 10000) / 10000;
    if (rounded !== 0) out.push([j, rounded]);
  });
  return out;
}
