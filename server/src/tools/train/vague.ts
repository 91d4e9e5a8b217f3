/**
 * Training data and cross-validation for the vague-source warning model (core/attribution/
 * vagueModel.ts): warnings the tool raised on real news, which readers judged blind
 * (newsVagueLabels.json: would an editor ask the writer who exactly?), read again in their
 * articles from the development data. A labelled warning the rules no longer weigh (the
 * sentence changed, or a rule now leaves its source unqueried) is no row.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { contentBlocksOf } from '../../core/annotate.js';
import { parseArticle } from '../../core/article.js';
import { attributeSentences } from '../../core/attribution/index.js';
import { boilerplatePass } from '../../core/boilerplate/index.js';
import { articleFile, fitReadings, heldOutReadings, labelledArticlesReady, readingsAt, readLabelItems } from './flags.js';
import { labelledTextHash } from './labelledText.js';
import { roundModel } from './logistic.js';

export const VAGUE_FOLDS = 5;
export const VAGUE_L2 = 1e-2;
/**
 * The share of the warnings readers would query that the model must keep, held out. Readers agreed
 * with about half to six in ten of the warnings the rules raise; the model drops the ones it is
 * surest an editor would not ask about, and keeps nine in ten of the useful ones (as the
 * unsourced model keeps its right flags).
 */
export const VAGUE_MIN_KEPT = 0.9;

export const VAGUE_LABELS_FILE = path.join('server', 'src', 'tools', 'train', 'newsVagueLabels.json');

export interface VagueLabel {
  set: string;
  doc: string;
  start: number;
  end: number;
  sha256: string;
  /** One per reading: 1 the reader would query the source, 0 not (unsure readings are left out). */
  labels: number[];
  batch: number;
}

export interface VagueRow {
  doc: string;
  fold: number;
  x: Float64Array;
  labels: number[];
  text: string;
}

export interface VagueData {
  rows: VagueRow[];
  /** Labelled warnings the rules no longer weigh, and those whose text changed. */
  unweighed: number;
  changed: number;
  docs: number;
  fingerprint: string;
}

export const readVagueLabels = (repoRoot: string): VagueLabel[] => readLabelItems<VagueLabel>(repoRoot, VAGUE_LABELS_FILE, 'labelled warnings');

export const vagueDataReady = labelledArticlesReady;

/** The rows: each labelled warning's features, as the attribution pass computes them today. */
export function loadVagueData(devdata: string, labels: readonly VagueLabel[]): VagueData {
  const hash = createHash('sha256');
  const byDoc = new Map<string, VagueLabel[]>();
  for (const l of labels) {
    const key = `${l.set}\t${l.doc}`;
    if (!byDoc.has(key)) byDoc.set(key, []);
    byDoc.get(key)!.push(l);
  }
  const rows: VagueRow[] = [];
  let unweighed = 0;
  let changed = 0;
  const keys = [...byDoc.keys()].sort();
  keys.forEach((key, i) => {
    const [set, doc] = key.split('\t') as [string, string];
    const file = articleFile(devdata, set, doc);
    const text = readFileSync(file, 'utf8');
    hash.update(`${key}\n`).update(text);
    const article = parseArticle(text);
    const weighed = new Map<number, Float64Array>();
    attributeSentences(
      article,
      contentBlocksOf(article, boilerplatePass(article, {})),
      {},
      { vagueModel: null, onVagueCandidate: (sentence, x) => weighed.set(sentence.start, x) },
      { fileName: path.basename(file) },
    );
    for (const l of byDoc.get(key)!) {
      hash.update(`${l.start}\t${l.end}\t${l.labels.join(',')}\n`);
      const sentence = text.slice(l.start, l.end);
      if (labelledTextHash(sentence) !== l.sha256) {
        changed++;
        continue;
      }
      const x = weighed.get(l.start);
      if (!x || l.labels.length === 0) {
        unweighed++;
        continue;
      }
      rows.push({ doc, fold: i % VAGUE_FOLDS, x, labels: l.labels, text: sentence });
    }
  });
  return { rows, unweighed, changed, docs: keys.length, fingerprint: hash.digest('hex') };
}

/** The model to write: fitted on every row, rounded as the weights files keep them. */
export const fitVague = (rows: readonly VagueRow[]) => roundModel(fitReadings(rows, VAGUE_L2));

/** Each row's probability from a model fitted on the other folds. */
export const vagueHeldOut = (data: VagueData): number[] => heldOutReadings(data.rows, VAGUE_FOLDS, VAGUE_L2);

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export interface VagueFigures {
  threshold: number;
  /** Warnings kept, how many of them readers would query (readings averaged), and the share of all such warnings kept. */
  kept: number;
  precision: number;
  recall: number;
}

export function vagueFiguresAt(data: VagueData, p: readonly number[], threshold: number): VagueFigures {
  const queried = data.rows.reduce((sum, r) => sum + mean(r.labels), 0);
  const { count, precision, recall } = readingsAt(data.rows, p, threshold, queried);
  return { threshold, kept: count, precision, recall };
}

/**
 * How far a kept threshold's share of the queried warnings may fall short of VAGUE_MIN_KEPT. The
 * curve is flat near the threshold (round 289: one label fewer moved it 0.41 → 0.40 and seven
 * warnings back), so a threshold picked for the same labels and features stays while it keeps
 * that share within this margin and still gains precision; new labels or features pick afresh.
 */
export const VAGUE_KEEP_TOLERANCE = 0.02;

/**
 * The highest threshold, in hundredths, whose held-out kept warnings hold at least VAGUE_MIN_KEPT
 * of those readers would query, when it keeps them more precise than keeping all; undefined
 * otherwise. `kept`, the threshold picked before for the same labels and features, stays while
 * it meets the rule within VAGUE_KEEP_TOLERANCE.
 */
export function pickVagueThreshold(data: VagueData, p: readonly number[], kept?: number): VagueFigures | undefined {
  const all = vagueFiguresAt(data, p, 0);
  if (kept !== undefined) {
    const f = vagueFiguresAt(data, p, kept);
    if (f.recall >= VAGUE_MIN_KEPT - VAGUE_KEEP_TOLERANCE && f.precision > all.precision) return f;
  }
  for (let t = 99; t >= 1; t--) {
    const f = vagueFiguresAt(data, p, t / 100);
    if (f.recall >= VAGUE_MIN_KEPT) return f.precision > all.precision ? f : undefined;
  }
  return undefined;
}
