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
import { SAME_FACT_FEATURE_NAMES, sameFactFeatures, sameFactProbability, type SameFactModel } from '../../core/corroboration/sameFact.js';
import { readJsonl } from './jsonl.js';
import { fitLogistic, roundModel } from './logistic.js';

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
  /** A pair MRPC labels, or two sentences of different pairs that the rules link (a different fact). */
  kind: 'pair' | 'across';
  fold: number;
  x: Float64Array;
  /** 1: the two sentences are paraphrases. */
  y: number;
  /** The index's rules link the two (before the model). */
  linked: boolean;
  a: string;
  b: string;
}

export interface SameFactData {
  rows: PairRow[];
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

export function loadSameFactData(devdata: string): SameFactData {
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
  return { rows, pairs: pairs.length, paraphrases: pairs.filter((p) => p.label === 1).length, notClaims, fingerprint };
}

function fitModel(rows: readonly PairRow[], threshold: number): SameFactModel {
  const model = roundModel(fitLogistic({ x: rows.map((r) => r.x), y: rows.map((r) => r.y) }, { l2: L2 }));
  return { features: SAME_FACT_FEATURE_NAMES, ...model, threshold };
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

/** The lowest threshold (in hundredths) at which held-out links, across pairs too, reach MIN_PRECISION; undefined when none does. */
export function pickThreshold(data: SameFactData, p: readonly number[]): LinkFigures | undefined {
  for (let t = 1; t < 100; t++) {
    const figures = figuresAt(data, p, t / 100);
    if (figures.precisionWithAcross >= MIN_PRECISION && figures.linked > 0) return figures;
  }
  return undefined;
}

export function fitFinal(data: SameFactData, threshold: number): SameFactModel {
  return fitModel(data.rows, threshold);
}
