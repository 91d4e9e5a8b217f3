/**
 * Trains the boilerplate line model (core/boilerplate/lineModel.json) on the development data:
 * the readability pages' labelled lines (boilerplate or content), each page whole and cropped
 * around its article as the scorer crops it, and the lines of PolNeAR's `train` articles as
 * content (clean articles: article text and nothing else). PolNeAR `dev` and ECB+ stay out, for
 * the clean-article figure of `npm run eval:dev`.
 *
 * The model weighs only the lines where the rules leave it room (classify.ts: modelMayKeep,
 * modelMayFlag), and it is trained on those lines only. Quality is 5-fold cross-validation by
 * page (and by article for PolNeAR): every figure reported is on pages the fold's model never
 * saw, computed as the kit's scorer computes it. The thresholds are picked on those held-out
 * probabilities, for precision on article text first: of the settings that keep at least the
 * rules' share of content lines, in both modes, flag no larger share of the held-out clean
 * articles, and overrule the rules rightly at least 97% of the time in each direction (keeping
 * content, flagging boilerplate), the one with the highest sum of the four line F1s. Lines with a
 * low-confidence label are neither trained on nor scored (they are noisy: the rules' own flags
 * there are 72% boilerplate); what the model changes on them is counted and printed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle, type Article } from '../../core/article.js';
import { modelMayFlag, modelMayKeep, ruleDecisions, withLineModel, type BoilerplateVerdict, type RuleDecisions } from '../../core/boilerplate/classify.js';
import { LINE_FEATURES, lineFeatureVectors, lineProbabilities, type LineModel, type LineModelThresholds } from '../../core/boilerplate/lineModel.js';
import { TemplateLines } from '../../core/boilerplate/templates.js';
import { wholeLineVerdicts } from '../../core/boilerplate/wholeLines.js';
import { checkArticle } from '../../core/gate/articleGate.js';
import { readJsonl } from './jsonl.js';
import { fitLogistic, roundModel, type LogisticModel } from './logistic.js';

export const FOLDS = 5;
/** Lines kept each side of a page's article when cropped, as the kit's scorer crops by default. */
const CROP_CONTEXT = 10;
export const L2 = 1e-3;
/** The clean articles together weigh this share of the readability content lines. */
export const CLEAN_WEIGHT = 1;
/** The most rows one page or article counts for. */
export const PAGE_ROWS = 100;

const KEEP_GRID = [0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
const FLAG_GRID = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.875, 0.9, 0.925, 0.95, 0.975, 0.99, 1.01];
/** Where the model overrules the rules, on held-out pages, it must be right this often in each direction. */
export const MIN_CHANGE_PRECISION = 0.97;

type Variant = 'full' | 'cropped' | 'clean';

/** One document as the trainer sees it: the rules' decisions, features and labels of its blocks. */
interface Doc {
  id: string;
  variant: Variant;
  fold: number;
  article: Article;
  skipped: boolean;
  decisions?: RuleDecisions;
  vectors: (Float64Array | undefined)[];
  /** Each block's label: 1 boilerplate, 0 content, undefined unscored. */
  blockLabel: (number | undefined)[];
  /** Scored lines (0-based line of the document) and their labels. */
  lineLabel: Map<number, number>;
  /** Lines with a low-confidence label (not scored by the kit, but evidence): 1 boilerplate, 0 content. */
  lowLabel: Map<number, number>;
  blockLow: (number | undefined)[];
  /** Blocks the model may decide. */
  eligible: boolean[];
  /** Held-out probabilities, filled by cross-validation. */
  heldOut?: number[];
}

export interface TrainingData {
  docs: Doc[];
  fingerprint: string;
  counts: Record<Variant, { docs: number; skipped: number; lines: number; boilerplate: number; content: number }>;
}

function readTsv(file: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const cols = head!.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v])));
}

function makeDoc(id: string, variant: Variant, fold: number, text: string, lineLabel: Map<number, number>, templates: TemplateLines, lowLabel = new Map<number, number>()): Doc {
  const article = parseArticle(text);
  const gate = checkArticle(text, `${id}.txt`);
  const doc: Doc = { id, variant, fold, article, skipped: !gate.article, vectors: [], blockLabel: [], lineLabel, lowLabel, blockLow: [], eligible: [] };
  if (!gate.article) return doc;
  const decisions = ruleDecisions(article, { repeatedElsewhere: templates.lookupFor(id), lineModel: null });
  if (!decisions) return doc;
  doc.decisions = decisions;
  doc.blockLabel = article.blocks.map((b) => lineLabel.get(b.line));
  doc.blockLow = article.blocks.map((b) => lowLabel.get(b.line));
  doc.eligible = article.blocks.map((_, i) => modelMayKeep(decisions, i) || modelMayFlag(decisions, i));
  doc.vectors = lineFeatureVectors(decisions, doc.eligible);
  return doc;
}

/** Reads the sets, runs the rules on every document, and computes the features. */
export function loadTrainingData(devdata: string): TrainingData {
  const dir = path.join(devdata, 'boilerplate', 'readability');
  const hash = createHash('sha256');
  const pages: { id: string; lines: string[]; gold: Map<number, number>; low: Map<number, number>; a: number; b: number }[] = [];
  const index = readJsonl(path.join(dir, 'index.jsonl'))
    .map((m) => String(m['id']))
    .sort();
  for (const id of index) {
    const labelsText = readFileSync(path.join(dir, 'labels', `${id}.tsv`), 'utf8');
    const pageText = readFileSync(path.join(dir, 'pages', `${id}.txt`), 'utf8');
    hash.update(`readability/${id}\n`).update(labelsText).update(pageText);
    const gold = new Map<number, number>();
    const low = new Map<number, number>();
    for (const r of readTsv(path.join(dir, 'labels', `${id}.tsv`))) {
      // Scored as the kit scores: confident labels, headline and caption lines set aside. Low
      // confidence labels (short lines the aligner could not place surely: table cells, list
      // items, menu entries) are kept apart, to count what the model does to them.
      if (r['note'] === 'h1' || r['note'] === 'caption') continue;
      (r['confidence'] === 'low' ? low : gold).set(Number(r['line']), r['label'] === 'boilerplate' ? 1 : 0);
    }
    const contentLines = [...gold].filter(([, v]) => v === 0).map(([k]) => k);
    if (contentLines.length === 0) continue;
    const lines = pageText.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const a = Math.max(1, Math.min(...contentLines) - CROP_CONTEXT);
    const b = Math.min(lines.length, Math.max(...contentLines) + CROP_CONTEXT);
    pages.push({ id, lines, gold, low, a, b });
  }
  const docs: Doc[] = [];
  for (const variant of ['full', 'cropped'] as const) {
    const texts = pages.map((p) => (variant === 'full' ? p.lines : p.lines.slice(p.a - 1, p.b)).join('\n') + '\n');
    const templates = new TemplateLines();
    pages.forEach((p, i) => {
      templates.set(p.id, texts[i]!);
    });
    pages.forEach((p, i) => {
      const offset = variant === 'full' ? 0 : p.a - 1;
      const within = (labels: Map<number, number>) => {
        const out = new Map<number, number>();
        for (const [line, label] of labels) if (variant === 'full' || (line >= p.a && line <= p.b)) out.set(line - 1 - offset, label);
        return out;
      };
      docs.push(makeDoc(p.id, variant, i % FOLDS, texts[i]!, within(p.gold), templates, within(p.low)));
    });
  }

  const polnear = path.join(devdata, 'attribution', 'polnear');
  const train = readJsonl(path.join(polnear, 'articles.jsonl'))
    .filter((m) => m['compartment'] === 'train')
    .map((m) => String(m['doc']))
    .sort();
  const cleanTexts = train.map((doc) => readFileSync(path.join(polnear, 'articles', `${doc}.txt`), 'utf8'));
  const templates = new TemplateLines();
  train.forEach((doc, i) => {
    hash.update(`polnear/${doc}\n`).update(cleanTexts[i]!);
    templates.set(doc, cleanTexts[i]!);
  });
  train.forEach((doc, i) => {
    const text = cleanTexts[i]!;
    const lineLabel = new Map<number, number>();
    text.split(/\r\n|\r|\n/).forEach((line, j) => {
      if (line.trim()) lineLabel.set(j, 0);
    });
    docs.push(makeDoc(doc, 'clean', i % FOLDS, text, lineLabel, templates));
  });

  const counts = {} as TrainingData['counts'];
  for (const variant of ['full', 'cropped', 'clean'] as const) {
    const of = docs.filter((d) => d.variant === variant);
    const labels = of.flatMap((d) => [...d.lineLabel.values()]);
    counts[variant] = {
      docs: of.length,
      skipped: of.filter((d) => d.skipped).length,
      lines: labels.length,
      boilerplate: labels.filter((l) => l === 1).length,
      content: labels.filter((l) => l === 0).length,
    };
  }
  return { docs, fingerprint: hash.digest('hex'), counts };
}

/** The rows a model is fitted on: eligible, labelled blocks of the given documents, weighted by set. */
function rowsOf(docs: readonly Doc[]): { x: Float64Array[]; y: number[]; weight: number[] } {
  const x: Float64Array[] = [];
  const y: number[] = [];
  const set: Variant[] = [];
  const pageWeight: number[] = [];
  for (const doc of docs) {
    const rows = doc.vectors.filter((vector, i) => vector && doc.blockLabel[i] !== undefined).length;
    // One long page (an encyclopedia article with a thousand references) must not teach the
    // model what every page looks like: a page's rows together weigh at most PAGE_ROWS rows.
    const weight = rows > PAGE_ROWS ? PAGE_ROWS / rows : 1;
    doc.vectors.forEach((vector, i) => {
      const label = doc.blockLabel[i];
      if (label === undefined || !vector) return;
      x.push(vector);
      y.push(label);
      set.push(doc.variant);
      pageWeight.push(weight);
    });
  }
  // The clean articles together weigh CLEAN_WEIGHT times the readability content rows, so
  // that a large set of articles does not drown the pages.
  let readabilityContent = 0;
  let clean = 0;
  set.forEach((s, i) => {
    if (s === 'clean') clean += pageWeight[i]!;
    else if (y[i] === 0) readabilityContent += pageWeight[i]!;
  });
  const cleanWeight = clean ? (CLEAN_WEIGHT * readabilityContent) / clean : 0;
  return { x, y, weight: set.map((s, i) => pageWeight[i]! * (s === 'clean' ? cleanWeight : 1)) };
}

function asLineModel(fit: LogisticModel, thresholds: LineModelThresholds): LineModel {
  return { features: LINE_FEATURES, mean: fit.mean, scale: fit.scale, weights: fit.weights, bias: fit.bias, thresholds };
}

/** Fits one model per fold on the other folds, and fills each document's held-out probabilities. */
export function crossValidate(data: TrainingData, log: (line: string) => void = () => undefined): void {
  for (let fold = 0; fold < FOLDS; fold++) {
    const fit = roundModel(fitLogistic(rowsOf(data.docs.filter((d) => d.fold !== fold && d.decisions)), { l2: L2 }));
    const model = asLineModel(fit, { keepBelow: 0, flagAbove: 1.01 });
    for (const doc of data.docs) if (doc.fold === fold && doc.decisions) doc.heldOut = lineProbabilities(model, doc.vectors);
    log(`  fold ${fold + 1}/${FOLDS} fitted`);
  }
}

export interface LineFigures {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Figures {
  full: LineFigures;
  cropped: LineFigures;
  /** Clean articles: lines, lines flagged, articles with more than a fifth flagged. */
  clean: { lines: number; flagged: number; overFifth: number };
  /** What the model changed on the scored readability lines (both modes): lines it kept and flagged, by their label. */
  changes: { keptContent: number; keptBoilerplate: number; flaggedBoilerplate: number; flaggedContent: number };
  /** The same on the lines with a low-confidence label, which the kit does not score. */
  lowChanges: { keptContent: number; keptBoilerplate: number; flaggedBoilerplate: number; flaggedContent: number };
}

/** Flagged lines (0-based) of a document under the rules, or with the model at the thresholds. */
function flaggedLines(doc: Doc, thresholds?: LineModelThresholds, probabilities?: readonly number[]): Set<number> {
  const d = doc.decisions;
  if (!d || doc.skipped) return new Set();
  const verdicts = thresholds && probabilities ? withLineModel(d, probabilities, thresholds) : d.verdicts;
  const list: BoilerplateVerdict[] = [];
  verdicts.forEach((v, i) => {
    if (v && i !== d.headline) list.push({ blockIndex: i, category: v.category, reason: v.reason });
  });
  return new Set(wholeLineVerdicts(doc.article, list).map((v) => doc.article.blocks[v.blockIndex]!.line));
}

export function figuresOf(docs: readonly Doc[], thresholds?: LineModelThresholds): Figures {
  const empty = (): LineFigures => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
  const figures: Figures = {
    full: empty(),
    cropped: empty(),
    clean: { lines: 0, flagged: 0, overFifth: 0 },
    changes: { keptContent: 0, keptBoilerplate: 0, flaggedBoilerplate: 0, flaggedContent: 0 },
    lowChanges: { keptContent: 0, keptBoilerplate: 0, flaggedBoilerplate: 0, flaggedContent: 0 },
  };
  for (const doc of docs) {
    const flagged = flaggedLines(doc, thresholds, doc.heldOut);
    const byRules = thresholds ? flaggedLines(doc) : flagged;
    if (doc.variant === 'clean') {
      if (doc.skipped) continue;
      let count = 0;
      for (const line of doc.lineLabel.keys()) if (flagged.has(line)) count++;
      figures.clean.lines += doc.lineLabel.size;
      figures.clean.flagged += count;
      if (doc.lineLabel.size > 0 && count / doc.lineLabel.size > 0.2) figures.clean.overFifth++;
      continue;
    }
    const f = figures[doc.variant];
    for (const [line, label] of doc.lowLabel) {
      const isFlagged = flagged.has(line);
      if (isFlagged === byRules.has(line)) continue;
      const c = figures.lowChanges;
      if (isFlagged) label === 1 ? c.flaggedBoilerplate++ : c.flaggedContent++;
      else label === 0 ? c.keptContent++ : c.keptBoilerplate++;
    }
    for (const [line, label] of doc.lineLabel) {
      const isFlagged = flagged.has(line);
      if (isFlagged !== byRules.has(line)) {
        const c = figures.changes;
        if (isFlagged) label === 1 ? c.flaggedBoilerplate++ : c.flaggedContent++;
        else label === 0 ? c.keptContent++ : c.keptBoilerplate++;
      }
      if (label === 1) isFlagged ? f.tp++ : f.fn++;
      else isFlagged ? f.fp++ : f.tn++;
    }
  }
  return figures;
}

export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const boilerplatePrf = (f: LineFigures) => prf(f.tp, f.fp, f.fn);
const contentPrf = (f: LineFigures) => prf(f.tn, f.fn, f.fp);

function f1Sum(f: Figures): number {
  return boilerplatePrf(f.full).f1 + contentPrf(f.full).f1 + boilerplatePrf(f.cropped).f1 + contentPrf(f.cropped).f1;
}

/**
 * The thresholds on the held-out probabilities: precision on article text first (no smaller
 * share of content lines kept in either mode, no larger share of clean-article lines flagged,
 * no more clean articles over a fifth), the model right at least MIN_CHANGE_PRECISION of the
 * time where it overrules the rules, in each direction; then the highest sum of the four line F1s.
 */
export function pickThresholds(docs: readonly Doc[]): { thresholds: LineModelThresholds; figures: Figures } | undefined {
  const rules = figuresOf(docs);
  let best: { thresholds: LineModelThresholds; figures: Figures; score: number } | undefined;
  for (const keepBelow of KEEP_GRID) {
    for (const flagAbove of FLAG_GRID) {
      const thresholds = { keepBelow, flagAbove };
      const f = figuresOf(docs, thresholds);
      const keepsContent = contentPrf(f.full).r >= contentPrf(rules.full).r && contentPrf(f.cropped).r >= contentPrf(rules.cropped).r;
      const cleanHolds = f.clean.flagged <= rules.clean.flagged && f.clean.overFifth <= rules.clean.overFifth;
      const c = f.changes;
      const keptRightly = c.keptContent + c.keptBoilerplate === 0 || c.keptContent / (c.keptContent + c.keptBoilerplate) >= MIN_CHANGE_PRECISION;
      const flaggedRightly = c.flaggedBoilerplate + c.flaggedContent === 0 || c.flaggedBoilerplate / (c.flaggedBoilerplate + c.flaggedContent) >= MIN_CHANGE_PRECISION;
      if (!keepsContent || !cleanHolds || !keptRightly || !flaggedRightly) continue;
      const score = f1Sum(f);
      if (!best || score > best.score + 1e-12) best = { thresholds, figures: f, score };
    }
  }
  return best && best.score > f1Sum(rules) ? { thresholds: best.thresholds, figures: best.figures } : undefined;
}

/** The final model: fitted on every document. */
export function fitFinal(data: TrainingData, thresholds: LineModelThresholds): LineModel {
  return asLineModel(roundModel(fitLogistic(rowsOf(data.docs.filter((d) => d.decisions)), { l2: L2 })), thresholds);
}

export function formatFigures(label: string, f: Figures): string[] {
  const fmt = (v: number) => v.toFixed(3);
  const line = (mode: 'full' | 'cropped') => {
    const b = boilerplatePrf(f[mode]);
    const c = contentPrf(f[mode]);
    return `  ${label}, ${mode.padEnd(7)}: boilerplate P ${fmt(b.p)} R ${fmt(b.r)} F1 ${fmt(b.f1)}; content P ${fmt(c.p)} R ${fmt(c.r)} F1 ${fmt(c.f1)}`;
  };
  const share = f.clean.lines ? (100 * f.clean.flagged) / f.clean.lines : 0;
  return [line('cropped'), line('full'), `  ${label}, clean  : ${f.clean.flagged}/${f.clean.lines} lines flagged = ${share.toFixed(2)}%, ${f.clean.overFifth} articles > 1/5`];
}

export function figuresJson(f: Figures): Record<string, unknown> {
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  const triple = (x: { p: number; r: number; f1: number }) => ({ p: r3(x.p), r: r3(x.r), f1: r3(x.f1) });
  return {
    cropped: { boilerplate: triple(boilerplatePrf(f.cropped)), content: triple(contentPrf(f.cropped)) },
    full: { boilerplate: triple(boilerplatePrf(f.full)), content: triple(contentPrf(f.full)) },
    cleanTrainFolds: { lines: f.clean.lines, flagged: f.clean.flagged, share: r3(f.clean.lines ? f.clean.flagged / f.clean.lines : 0), articlesOverFifth: f.clean.overFifth },
  };
}

/** Lines whose verdict the model changes on held-out pages, for reading. */
export function changedLines(
  docs: readonly Doc[],
  thresholds: LineModelThresholds,
): { id: string; variant: Variant; line: number; text: string; label: number | undefined; change: 'flagged' | 'kept' }[] {
  const out: ReturnType<typeof changedLines> = [];
  for (const doc of docs) {
    const before = flaggedLines(doc);
    const after = flaggedLines(doc, thresholds, doc.heldOut);
    const lines = doc.article.lines;
    for (const line of new Set([...before, ...after])) {
      if (before.has(line) === after.has(line)) continue;
      out.push({ id: doc.id, variant: doc.variant, line, text: lines[line]?.text ?? '', label: doc.lineLabel.get(line), change: after.has(line) ? 'flagged' : 'kept' });
    }
  }
  return out;
}

export function devdataReady(devdata: string): string[] {
  return [path.join('boilerplate', 'readability', 'index.jsonl'), path.join('attribution', 'polnear', 'articles.jsonl')].filter((f) => !existsSync(path.join(devdata, f)));
}
