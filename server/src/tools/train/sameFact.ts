/**
 * Training data and cross-validation for the same-fact model (core/corroboration/sameFact.ts).
 * Every MRPC training pair (two news sentences, labelled "say the same thing" or not: a
 * fact-level label, unlike ECB+'s event clusters) is read as `npm run eval:dev` reads it: each
 * sentence a one-line article, 100 pairs to a corpus, analysed by the whole pipeline. A pair
 * whose two sentences are both claims is a row, with the features of its two claim records in
 * that corpus; whether the index's rules would link it (the candidates the model is asked about)
 * is kept beside; and every link the rules make between sentences of different pairs is a row
 * too, a different fact. Folds are by corpus (100 pairs), so that no row is scored by a model
 * fitted on its own corpus's sentences.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../core/corpus.js';
import type { ClaimRecord } from '../../core/corroboration/claims.js';
import { CorpusIndex } from '../../core/corroboration/corpusIndex.js';
import { DEFAULT_SIMILARITY_THRESHOLD } from '../../core/corroboration/index.js';
import { PREDICATE_RULE_FEATURE, SAME_FACT_FEATURE_NAMES, sameFactFeatures, sameFactProbability, type SameFactModel } from '../../core/corroboration/sameFact.js';
import { readJsonl } from './jsonl.js';
import { fitLogistic, roundModel } from './logistic.js';
import { newsLinkRows, type NewsLinks } from './newsLinks.js';

export const FOLDS = 5;
export const L2 = 1e-2;
/** Pairs to a corpus, as the paraphrase scorer batches them: the IDF weights depend on it. */
export const BATCH = 100;
/**
 * The held-out precision the threshold must reach over every link the rules make in the MRPC
 * corpora (the pairs' own and those across pairs). A link is shown as "also reported by": a wrong
 * one misleads the reader, a missing one is only less said. (0.85 there, or on the pairs alone,
 * left a tenth of the links on real folders and cut news-cluster recall to 0.02.)
 */
export const MIN_PRECISION = 0.8;

export interface PairRow {
  id: string;
  /**
   * A pair MRPC labels, two sentences of different pairs that the rules link (a different fact),
   * or a candidate link between two news articles that readers labelled (newsLinkLabels.json).
   */
  kind: 'pair' | 'across' | 'news';
  fold: number;
  x: Float64Array;
  /** 1: the two sentences are paraphrases. */
  y: number;
  /** The index's rules link the two (before the model). */
  linked: boolean;
  /** How much the row counts in the fit (1 when absent). */
  weight?: number;
  /** A news row: its set, and how many candidate links of its folder it stands for (its stratum's size over the rows drawn from it). */
  news?: { set: string; stands: number };
  a: string;
  b: string;
}

export interface SameFactData {
  rows: PairRow[];
  /** Labelled news links whose two claims are no longer where the labels say (the analysis changed since). */
  newsChanged: number;
  /** SHA-256 of the labelled links read (empty without them). */
  newsFingerprint: string;
  pairs: number;
  paraphrases: number;
  /** Pairs with a side that is not a claim: never linked, model or not. */
  notClaims: number;
  fingerprint: string;
}

export const MRPC_FILE = path.join('corroboration', 'mrpc', 'pairs.jsonl');

export function mrpcReady(devdata: string): string[] {
  return [MRPC_FILE].filter((f) => !existsSync(path.join(devdata, f)));
}

interface Pair {
  id: string;
  sentence1: string;
  sentence2: string;
  label: number;
}

/** The two claims of the pair most alike, when each side has one. */
function bestClaims(index: CorpusIndex, a: readonly ClaimRecord[], b: readonly ClaimRecord[]): { a: ClaimRecord; b: ClaimRecord; score: number } | undefined {
  let best: { a: ClaimRecord; b: ClaimRecord; score: number } | undefined;
  for (const ca of a) {
    for (const cb of b) {
      const score = index.similarity(ca, cb);
      if (!best || score > best.score) best = { a: ca, b: cb, score };
    }
  }
  return best;
}

/** Whether the index's rules, before the model, put one side among the other's candidates at the link threshold. */
function rulesLink(index: CorpusIndex, idA: string, idB: string): boolean {
  const from = (id: string, other: string) => index.claims(id).some((claim) => index.candidates(id, claim, DEFAULT_SIMILARITY_THRESHOLD).some((c) => c.other.id === other));
  return from(idA, idB) || from(idB, idA);
}

/**
 * The links the rules make between sentences of different pairs of one corpus: MRPC's pairs are
 * separate stories or separate facts of one story, so each is a link a reader would reject — the
 * kind that topic words make in a real folder ("…live in poverty" / "…dwelt in poverty"). Once
 * per two sentences, from the first one's side.
 */
function acrossPairs(index: CorpusIndex, batch: readonly Pair[], fold: number): PairRow[] {
  const pairOf = (id: string) => id.slice('mrpc/'.length, -'-a.txt'.length);
  const text = new Map<string, string>(batch.flatMap((p) => [[`mrpc/${p.id}-a.txt`, p.sentence1] as const, [`mrpc/${p.id}-b.txt`, p.sentence2] as const]));
  const rows: PairRow[] = [];
  const seen = new Set<string>();
  for (const id of text.keys()) {
    for (const claim of index.claims(id)) {
      for (const c of index.candidates(id, claim, DEFAULT_SIMILARITY_THRESHOLD)) {
        if (pairOf(c.other.id) === pairOf(id)) continue;
        const key = id < c.other.id ? `${id} ${c.other.id}` : `${c.other.id} ${id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        rows.push({
          id: `${pairOf(id)}~${pairOf(c.other.id)}`,
          kind: 'across',
          fold,
          x: sameFactFeatures(claim, c.other.claim, c.score, index.rarity),
          y: 0,
          linked: true,
          a: text.get(id)!,
          b: text.get(c.other.id)!,
        });
      }
    }
  }
  return rows;
}

/** How much a labelled news link weighs in the fit against an MRPC row: a few hundred of them against 2,600 rows of paraphrase pairs. */
export const NEWS_WEIGHT = 5;
/** The held-out precision, over the candidate links of the news folders the labels were drawn from, that the threshold must reach too. */
export const MIN_NEWS_PRECISION = 0.8;
/**
 * How often the links that the predicate rule adds below the threshold must be right, held out on
 * the news links, for the model's floor under the rule: the share of sampled links a strict
 * reader must agree with (issue 15's bar), below the model's own bar.
 */
export const MIN_RESCUED_PRECISION = 0.7;

export function loadSameFactData(devdata: string, news?: NewsLinks): SameFactData {
  const file = path.join(devdata, MRPC_FILE);
  const fingerprint = createHash('sha256').update(readFileSync(file)).digest('hex');
  const pairs = readJsonl(file) as unknown as Pair[];
  const rows: PairRow[] = [];
  let notClaims = 0;
  for (let start = 0; start < pairs.length; start += BATCH) {
    const batch = pairs.slice(start, start + BATCH);
    const index = new CorpusIndex();
    const corpus = new Corpus(index);
    corpus.addAll(
      batch.flatMap((p) => [
        { id: `mrpc/${p.id}-a.txt`, text: `${p.sentence1}\n`, fileName: `${p.id}-a.txt` },
        { id: `mrpc/${p.id}-b.txt`, text: `${p.sentence2}\n`, fileName: `${p.id}-b.txt` },
      ]),
    );
    for (const p of batch) {
      const idA = `mrpc/${p.id}-a.txt`;
      const idB = `mrpc/${p.id}-b.txt`;
      const best = bestClaims(index, index.claims(idA), index.claims(idB));
      if (!best) {
        notClaims++;
        continue;
      }
      rows.push({
        id: p.id,
        kind: 'pair',
        fold: (start / BATCH) % FOLDS,
        x: sameFactFeatures(best.a, best.b, best.score, index.rarity),
        y: p.label === 1 ? 1 : 0,
        linked: rulesLink(index, idA, idB),
        a: p.sentence1,
        b: p.sentence2,
      });
    }
    rows.push(...acrossPairs(index, batch, (start / BATCH) % FOLDS));
  }
  let newsChanged = 0;
  let newsFingerprint = '';
  if (news) {
    const labelled = newsLinkRows(devdata, news, FOLDS, NEWS_WEIGHT);
    rows.push(...labelled.rows);
    newsChanged = labelled.changed;
    newsFingerprint = labelled.fingerprint;
  }
  return { rows, newsChanged, newsFingerprint, pairs: pairs.length, paraphrases: pairs.filter((p) => p.label === 1).length, notClaims, fingerprint };
}

function fitModel(rows: readonly PairRow[], threshold: number, ruleFloor = threshold): SameFactModel {
  const model = roundModel(fitLogistic({ x: rows.map((r) => r.x), y: rows.map((r) => r.y), weight: rows.map((r) => r.weight ?? 1) }, { l2: L2 }));
  return { features: SAME_FACT_FEATURE_NAMES, ...model, threshold, ruleFloor };
}

export interface RescuedFigures {
  ruleFloor: number;
  /** Held-out news links the rule adds below the threshold at this floor, and the estimated share right. */
  rows: number;
  precision: number;
}

/**
 * The lowest floor (in hundredths) under the predicate rule at which the news links it adds below
 * `threshold` are right at least MIN_RESCUED_PRECISION of the time, held out and estimated over
 * their folders; the threshold itself (the rule adds nothing) when none is.
 */
export function pickRuleFloor(data: SameFactData, p: readonly number[], threshold: number): RescuedFigures {
  for (let f = 0; f < Math.round(threshold * 100); f++) {
    let right = 0;
    let all = 0;
    let rows = 0;
    data.rows.forEach((r, i) => {
      if (r.kind !== 'news' || !r.news || r.x[PREDICATE_RULE_FEATURE] !== 1 || p[i]! >= threshold || p[i]! < f / 100) return;
      rows++;
      all += r.news.stands;
      if (r.y === 1) right += r.news.stands;
    });
    if (all > 0 && right / all >= MIN_RESCUED_PRECISION) return { ruleFloor: f / 100, rows, precision: r3(right / all) };
  }
  return { ruleFloor: threshold, rows: 0, precision: 1 };
}

/** Each row's probability from the model fitted on the other folds. */
export function heldOutProbabilities(data: SameFactData): number[] {
  const p = new Array<number>(data.rows.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fitModel(
      data.rows.filter((r) => r.fold !== fold),
      0,
    );
    data.rows.forEach((r, i) => {
      if (r.fold === fold) p[i] = sameFactProbability(model, r.x);
    });
  }
  return p;
}

export interface LinkFigures {
  threshold: number;
  /** Over every MRPC pair, as the paraphrase scorer counts: linked = the rules link it and the model agrees. */
  linked: number;
  precision: number;
  recall: number;
  f1: number;
  /** Links between sentences of different pairs the model keeps, of those the rules make. */
  acrossKept: number;
  across: number;
  /** Precision over every link the rules make in the corpora, the pairs' and those across pairs. */
  precisionWithAcross: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function figuresAt(data: SameFactData, p: readonly number[], threshold: number): LinkFigures {
  let tp = 0;
  let fp = 0;
  let across = 0;
  let acrossKept = 0;
  data.rows.forEach((r, i) => {
    if (r.kind === 'news') return;
    if (r.kind === 'across') {
      across++;
      if (p[i]! >= threshold) acrossKept++;
      return;
    }
    if (!r.linked || p[i]! < threshold) return;
    if (r.y === 1) tp++;
    else fp++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = data.paraphrases ? tp / data.paraphrases : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const allPrecision = tp + fp + acrossKept ? tp / (tp + fp + acrossKept) : 1;
  return { threshold, linked: tp + fp, precision: r3(precision), recall: r3(recall), f1: r3(f1), acrossKept, across, precisionWithAcross: r3(allPrecision) };
}

export interface NewsFigures {
  /** Precision and recall over the candidate links of the labelled folders, each row standing for its stratum's share. */
  precision: number;
  recall: number;
  /** Candidate links of those folders kept, estimated. */
  links: number;
  /** The same, per set of the labels. */
  bySet: Record<string, { precision: number; recall: number; links: number }>;
}

/** The labelled news links at a threshold, as estimates over the folders they were drawn from. */
export function newsFiguresAt(data: SameFactData, p: readonly number[], threshold: number): NewsFigures | undefined {
  const sums = new Map<string, { tp: number; fp: number; positives: number }>();
  data.rows.forEach((r, i) => {
    if (r.kind !== 'news' || !r.news) return;
    for (const key of ['all', r.news.set]) {
      const s = sums.get(key) ?? { tp: 0, fp: 0, positives: 0 };
      if (r.y === 1) s.positives += r.news.stands;
      if (p[i]! >= threshold) {
        if (r.y === 1) s.tp += r.news.stands;
        else s.fp += r.news.stands;
      }
      sums.set(key, s);
    }
  });
  const of = (s: { tp: number; fp: number; positives: number }) => ({
    precision: r3(s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1),
    recall: r3(s.positives ? s.tp / s.positives : 0),
    links: Math.round(s.tp + s.fp),
  });
  const all = sums.get('all');
  if (!all) return undefined;
  const bySet: NewsFigures['bySet'] = {};
  for (const [key, s] of [...sums].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (key !== 'all') bySet[key] = of(s);
  return { ...of(all), bySet };
}

/**
 * How far a kept threshold's held-out precision may fall short of the two minimums. The MRPC
 * precision crosses 0.8 on a plateau (0.7996 at 0.67 in round 52), where a change to the rules
 * upstream moved the lowest threshold meeting it; a threshold picked for the same labels and
 * features stays while it meets both within this margin.
 */
export const KEEP_TOLERANCE = 0.02;

/**
 * The lowest threshold (in hundredths) at which held-out links reach MIN_PRECISION on MRPC (across
 * pairs too) and, with labelled news links, MIN_NEWS_PRECISION over the news folders; undefined
 * when none does. `kept`, the threshold picked before for the same labels and features, stays
 * while it meets both within KEEP_TOLERANCE.
 */
export function pickThreshold(data: SameFactData, p: readonly number[], kept?: number): LinkFigures | undefined {
  if (kept !== undefined) {
    const figures = figuresAt(data, p, kept);
    const news = newsFiguresAt(data, p, kept);
    if (figures.linked > 0 && figures.precisionWithAcross >= MIN_PRECISION - KEEP_TOLERANCE && (!news || news.precision >= MIN_NEWS_PRECISION - KEEP_TOLERANCE)) return figures;
  }
  for (let t = 1; t < 100; t++) {
    const figures = figuresAt(data, p, t / 100);
    const news = newsFiguresAt(data, p, t / 100);
    if (figures.precisionWithAcross >= MIN_PRECISION && figures.linked > 0 && (!news || news.precision >= MIN_NEWS_PRECISION)) return figures;
  }
  return undefined;
}

export function fitFinal(data: SameFactData, threshold: number, ruleFloor: number): SameFactModel {
  return fitModel(data.rows, threshold, ruleFloor);
}
