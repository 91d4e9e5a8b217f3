/**
 * The boilerplate pass on whole pages no rule was written against, estimated from a blind reading
 * of sampled lines (postlightReaderSample.json; the pages: postlightPages.ts). The sample was drawn
 * uniformly from two strata of one build's output — the lines it flagged and the lines it kept — so
 * each label stands for (stratum size / labels in the stratum) lines of the set. Scored against the
 * build at hand, every labelled line counts where that build puts it: a line the reader called
 * furniture and this build flags is a hit, kept a miss, and so on; the weighted counts give
 * precision, recall and F1 for both classes (a stratified estimate; with 120 labels a stratum, a
 * figure moves by a few hundredths between samples). Lines whose text changed since the sample,
 * labels the reader left unsure, and pages the prose gate refuses are left out and counted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import { TemplateLines } from '../../server/src/core/boilerplate/templates.js';
import { repoRoot } from '../support/paths.js';
import { classScore, type ClassScore } from './boilerplateScore.js';

export type Stratum = 'flagged' | 'kept';

export interface SampledLabel {
  page: string;
  /** 1-based. */
  line: number;
  sha: string;
  stratum: Stratum;
  reader: 'article' | 'furniture' | 'unsure';
}

export interface ReaderSample {
  strata: Record<Stratum, number>;
  items: SampledLabel[];
}

export interface SampleEstimate {
  boilerplate: ClassScore;
  content: ClassScore;
  /** Labels used; left out as unsure, as stale (the line's text changed) or on a page the gate refuses. */
  used: number;
  unsure: number;
  stale: number;
  refused: number;
  /** Labelled lines this build judges otherwise than the build the sample was drawn from. */
  moved: number;
}

const SAMPLE = path.join(repoRoot, 'test', 'eval', 'postlightReaderSample.json');

/**
 * The blind samples, each drawn from the build of its round: the first led rules to two of its
 * lines (round 127); the second was drawn after round 128's rules, and rounds 129 and 130 read
 * pages that hold some of its lines; the third was drawn after round 130's rules, and round 343
 * read the lines it kept that its readers called furniture (four of them led to rules); the fourth
 * was drawn after round 343's rules, and rounds 424–434 read the pages and kept lines of all four;
 * the fifth was drawn after round 435's rules and no rule has seen it.
 */
export const POSTLIGHT_SAMPLES: readonly { round: number; file: string }[] = [
  { round: 127, file: SAMPLE },
  { round: 128, file: path.join(repoRoot, 'test', 'eval', 'postlightReaderSample2.json') },
  { round: 130, file: path.join(repoRoot, 'test', 'eval', 'postlightReaderSample3.json') },
  { round: 343, file: path.join(repoRoot, 'test', 'eval', 'postlightReaderSample4.json') },
  { round: 435, file: path.join(repoRoot, 'test', 'eval', 'postlightReaderSample5.json') },
];

export function readerSample(file = SAMPLE): ReaderSample {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { provenance: { strata: Record<Stratum, number> }; items: SampledLabel[] };
  return { strata: data.provenance.strata, items: data.items };
}

export const lineSha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * The stratified estimate from labels already matched to this build's verdicts: each label weighs
 * its stratum's size over the labels the stratum kept.
 */
export function stratifiedEstimate(
  strata: Record<Stratum, number>,
  judged: readonly { stratum: Stratum; reader: 'article' | 'furniture'; flagged: boolean }[],
): { boilerplate: ClassScore; content: ClassScore } {
  const labelsIn = (s: Stratum) => judged.filter((j) => j.stratum === s).length;
  const weight = { flagged: strata.flagged / Math.max(1, labelsIn('flagged')), kept: strata.kept / Math.max(1, labelsIn('kept')) };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const j of judged) {
    const w = weight[j.stratum];
    const furniture = j.reader === 'furniture';
    if (furniture && j.flagged) tp += w;
    else if (furniture) fn += w;
    else if (j.flagged) fp += w;
    else tn += w;
  }
  return { boilerplate: classScore(tp, fp, fn), content: classScore(tn, fn, fp) };
}

/** Undefined when the postlight pages are not built in `devdata`. */
export function measurePostlightSample(devdata: string, sample: ReaderSample = readerSample()): SampleEstimate | undefined {
  const dir = path.join(devdata, 'boilerplate', 'postlight', 'pages');
  if (!existsSync(dir)) return undefined;
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = new Map(names.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
  // The pages form one folder, as in a workspace: lines other pages repeat are evidence.
  const templates = new TemplateLines();
  for (const [name, text] of texts) templates.set(name, text);
  const byPage = new Map<string, SampledLabel[]>();
  for (const item of sample.items) byPage.set(`${item.page}.txt`, [...(byPage.get(`${item.page}.txt`) ?? []), item]);
  const judged: { stratum: Stratum; reader: 'article' | 'furniture'; flagged: boolean }[] = [];
  let unsure = 0;
  let stale = 0;
  let refused = 0;
  let moved = 0;
  for (const [name, items] of byPage) {
    const text = texts.get(name);
    const lines = text?.split('\n') ?? [];
    const analysis = text === undefined ? undefined : analyze(text, { fileName: name, repeatedElsewhere: templates.lookupFor(name) });
    const flagged = new Set<number>();
    for (const a of analysis?.annotations ?? []) {
      if (a.kind !== 'boilerplate') continue;
      // A range that ends at the start of a line does not cover that line.
      const last = a.range.end.character === 0 && a.range.end.line > a.range.start.line ? a.range.end.line - 1 : a.range.end.line;
      for (let line = a.range.start.line; line <= last; line++) flagged.add(line + 1);
    }
    for (const item of items) {
      if (item.reader === 'unsure') unsure++;
      else if (text === undefined || lineSha(lines[item.line - 1] ?? '') !== item.sha) stale++;
      else if (analysis?.skipped) refused++;
      else {
        const isFlagged = flagged.has(item.line);
        if (isFlagged !== (item.stratum === 'flagged')) moved++;
        judged.push({ stratum: item.stratum, reader: item.reader, flagged: isFlagged });
      }
    }
  }
  return { ...stratifiedEstimate(sample.strata, judged), used: judged.length, unsure, stale, refused, moved };
}
