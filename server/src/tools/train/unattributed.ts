/**
 * Training data and cross-validation for the unattributed-claim model (core/attribution/
 * unsourcedModel.ts). Every sentence of PolNeAR's `train` articles that the rules would call
 * "unattributed" is a row; it is a positive when no sentence of the corpus it overlaps carries an
 * attribution (source, cue or content), so that the flag is right in the corpus's sense. PolNeAR
 * `dev` (what `npm run eval:dev` scores) and `test` stay out.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { contentBlocksOf } from '../../core/annotate.js';
import { parseArticle } from '../../core/article.js';
import { attributeSentences } from '../../core/attribution/index.js';
import { cueKeys, cueRatesFrom, isVerbKey, strongestCueRate, UNSOURCED_FEATURES, unsourcedProbability, type UnsourcedModel } from '../../core/attribution/unsourcedModel.js';
import type { CheckWorthyModel } from '../../core/attribution/checkWorthiness.js';
import { boilerplatePass } from '../../core/boilerplate/index.js';
import { checkArticle } from '../../core/gate/articleGate.js';
import { readJsonl } from './jsonl.js';
import { fitLogistic, roundModel } from './logistic.js';

export const FOLDS = 5;
export const L2 = 1e-2;
/**
 * The share of the right flags (held out) that the threshold must keep. The model is a filter:
 * it drops only the candidates it is surest report someone's words, and the flag model
 * (flagModel.ts) weighs the rest with the article in view.
 */
export const MIN_RIGHT_KEPT = 0.9;

export interface Candidate {
  doc: string;
  fold: number;
  /** The features, the cue rate's left at 0: it is filled per fold from the other articles (ratedRows). */
  x: Float64Array;
  /** Its words' keys for the cue rates (cueKeys), and whether its subject is someone. */
  keys: string[];
  agentSubject: boolean;
  /** 1: no overlapping sentence of the corpus is attributed. */
  y: number;
  text: string;
}

type Counts = Map<string, { cue: number; all: number }>;

export interface UnattributedData {
  candidates: Candidate[];
  /** Per fold, how often each verb lemma of its articles stands in a cue. */
  foldCounts: Counts[];
  docs: number;
  skipped: number;
  fingerprint: string;
}

export function polnearReady(devdata: string): string[] {
  return [path.join('attribution', 'polnear', 'articles.jsonl'), path.join('attribution', 'polnear', 'sentences.jsonl')].filter((f) => !existsSync(path.join(devdata, f)));
}

/** PolNeAR's `train` compartment in `dir`: its articles, sorted, and the spans of its sentences the annotators found attributed. */
export function polnearTrain(dir: string): { attributedSpans: Map<string, [number, number][]>; docs: string[] } {
  const attributedSpans = new Map<string, [number, number][]>();
  for (const s of readJsonl(path.join(dir, 'sentences.jsonl'))) {
    if (s['compartment'] !== 'train' || s['label'] !== 'attributed') continue;
    const doc = String(s['doc']);
    if (!attributedSpans.has(doc)) attributedSpans.set(doc, []);
    attributedSpans.get(doc)!.push([Number(s['start']), Number(s['end'])]);
  }
  const docs = readJsonl(path.join(dir, 'articles.jsonl'))
    .filter((m) => m['compartment'] === 'train')
    .map((m) => String(m['doc']))
    .sort();
  return { attributedSpans, docs };
}

/** The rows to train on; `learnedCues` are the cue verbs to read the articles with and `checkWorthy` the model that finds the candidates, when not the committed ones. */
export function loadUnattributedData(devdata: string, learnedCues?: ReadonlySet<string>, checkWorthy?: CheckWorthyModel | null): UnattributedData {
  const dir = path.join(devdata, 'attribution', 'polnear');
  const hash = createHash('sha256');
  const cueSpans = new Map<string, [number, number][]>();
  for (const m of readJsonl(path.join(dir, 'articles.jsonl'))) {
    if (m['compartment'] !== 'train') continue;
    const spans: [number, number][] = [];
    for (const a of (m['attributions'] as { cue?: { ranges: [number, number][] }[] }[] | undefined) ?? []) for (const c of a.cue ?? []) spans.push(...c.ranges);
    cueSpans.set(String(m['doc']), spans);
  }
  const foldCounts: Counts[] = Array.from({ length: FOLDS }, () => new Map());
  const { attributedSpans, docs } = polnearTrain(dir);
  const candidates: Candidate[] = [];
  let skipped = 0;
  docs.forEach((doc, i) => {
    const text = readFileSync(path.join(dir, 'articles', `${doc}.txt`), 'utf8');
    const spans = attributedSpans.get(doc) ?? [];
    hash.update(`polnear/${doc}\n`).update(text).update(JSON.stringify(spans));
    if (!checkArticle(text, `${doc}.txt`).article) {
      skipped++;
      return;
    }
    const article = parseArticle(text);
    const contentBlocks = contentBlocksOf(article, boilerplatePass(article, {}));
    const sentences = attributeSentences(
      article,
      contentBlocks,
      {},
      {
        model: null,
        cueRates: new Map(),
        ...(learnedCues ? { learnedCues } : {}),
        ...(checkWorthy !== undefined ? { checkWorthy } : {}),
        onCandidate: (sentence, x, context) => {
          const attributed = spans.some(([start, end]) => start < sentence.end && end > sentence.start);
          candidates.push({ doc, fold: i % FOLDS, x, keys: cueKeys(context.own), agentSubject: x[UNSOURCED_FEATURES.indexOf('subject someone')] === 1, y: attributed ? 0 : 1, text: sentence.text });
        },
      },
      { fileName: `${doc}.txt` },
    );
    const cues = cueSpans.get(doc) ?? [];
    const counts = foldCounts[i % FOLDS]!;
    for (const sentence of sentences) {
      for (const t of sentence.tokens) {
        const [key] = cueKeys([t]);
        if (key === undefined) continue;
        const count = counts.get(key) ?? { cue: 0, all: 0 };
        count.all++;
        if (cues.some(([start, end]) => start < t.end && end > t.start)) count.cue++;
        counts.set(key, count);
      }
    }
  });
  return { candidates, foldCounts, docs: docs.length, skipped, fingerprint: hash.digest('hex') };
}

/** Each key's counts summed over the articles of every fold but `left` out. */
export function countsWithout(data: UnattributedData, left: readonly number[]): Counts {
  const sum: Counts = new Map();
  data.foldCounts.forEach((counts, fold) => {
    if (left.includes(fold)) return;
    for (const [lemma, c] of counts) {
      const s = sum.get(lemma) ?? { cue: 0, all: 0 };
      s.cue += c.cue;
      s.all += c.all;
      sum.set(lemma, s);
    }
  });
  return sum;
}

/** The cue rates from the articles of every fold but `left` out. */
export function ratesWithout(data: UnattributedData, left: readonly number[]): Map<string, number> {
  return cueRatesFrom(countsWithout(data, left));
}

const VERB_RATE_SOMEONE = UNSOURCED_FEATURES.indexOf('the verb most often a cue, its subject someone');
const VERB_RATE_SOMETHING = UNSOURCED_FEATURES.indexOf('the verb most often a cue, its subject something');
const NOUN_RATE = UNSOURCED_FEATURES.indexOf('the noun or adjective most often a cue');

/** A candidate's features with the cue rates read from `rates`. */
function rated(c: Candidate, rates: ReadonlyMap<string, number>): Float64Array {
  const x = Float64Array.from(c.x);
  const verbRate = strongestCueRate(c.keys.filter(isVerbKey), rates);
  x[c.agentSubject ? VERB_RATE_SOMEONE : VERB_RATE_SOMETHING] = verbRate;
  x[NOUN_RATE] = strongestCueRate(
    c.keys.filter((k) => !isVerbKey(k)),
    rates,
  );
  return x;
}

/**
 * Rows to fit on: each candidate's cue rate from the articles outside its own fold (and outside
 * `heldOut`), so that no row reads rates counted on its own article.
 */
function fitModel(data: UnattributedData, rows: readonly Candidate[], heldOut: number[], threshold: number, cueRates: ReadonlyMap<string, number>): UnsourcedModel {
  const byFold = new Map<number, Map<string, number>>();
  const x = rows.map((r) => {
    if (!byFold.has(r.fold)) byFold.set(r.fold, ratesWithout(data, [...heldOut, r.fold]));
    return rated(r, byFold.get(r.fold)!);
  });
  const model = roundModel(fitLogistic({ x, y: rows.map((r) => r.y) }, { l2: L2 }));
  return { features: UNSOURCED_FEATURES, ...model, threshold, cueRates };
}

/** Each candidate's probability from the model fitted on the other folds, its cue rate from them too. */
export function heldOutProbabilities(data: UnattributedData): number[] {
  const p = new Array<number>(data.candidates.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const rates = ratesWithout(data, [fold]);
    const model = fitModel(
      data,
      data.candidates.filter((c) => c.fold !== fold),
      [fold],
      0,
      rates,
    );
    data.candidates.forEach((c, i) => {
      if (c.fold === fold) p[i] = unsourcedProbability(model, rated(c, rates));
    });
  }
  return p;
}

export interface ThresholdFigures {
  threshold: number;
  /** Flags kept, and the share of them right. */
  kept: number;
  precision: number;
  /** The share of the right flags kept. */
  recall: number;
}

export function figuresAt(data: UnattributedData, p: readonly number[], threshold: number): ThresholdFigures {
  let kept = 0;
  let right = 0;
  let positives = 0;
  data.candidates.forEach((c, i) => {
    positives += c.y;
    if (p[i]! >= threshold) {
      kept++;
      right += c.y;
    }
  });
  return { threshold, kept, precision: kept ? right / kept : 1, recall: positives ? right / positives : 1 };
}

/**
 * The highest threshold (in hundredths) that keeps at least MIN_RIGHT_KEPT of the right flags
 * held out; undefined when it drops no wrong flag there (the model would change nothing).
 */
export function pickThreshold(data: UnattributedData, p: readonly number[]): ThresholdFigures | undefined {
  const rules = figuresAt(data, p, 0);
  for (let t = 100; t > 0; t--) {
    const figures = figuresAt(data, p, t / 100);
    if (figures.recall >= MIN_RIGHT_KEPT) return figures.precision > rules.precision ? figures : undefined;
  }
  return undefined;
}

export function fitFinal(data: UnattributedData, threshold: number): UnsourcedModel {
  return fitModel(data, data.candidates, [], threshold, ratesWithout(data, []));
}
