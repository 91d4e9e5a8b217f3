/**
 * The newspaper whole pages scored against a gold that readers checked. The pages' gold is one
 * extractor's output (newspaperPages.ts); on the lines where it and this project disagreed, blind
 * readers sided with the gold about three times in four, not always (QUALITY.md round 103). Here
 * each line a reader judged (newspaperReaderLabels.json) takes the reader's label, and every other
 * line keeps the gold's, scored as the kit's scorer scores whole pages: the same lines (no
 * headline or caption lines, no low-confidence labels), the pages analysed as one folder.
 *
 * Lines the readers never saw keep the extractor's label: a rule that newly disagrees with it on
 * such a line is scored against the extractor, as before. Rebuilt pages whose judged line no
 * longer holds the same text leave that judgement out (`stale`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import { TemplateLines } from '../../server/src/core/boilerplate/templates.js';
import { repoRoot } from '../support/paths.js';
import { classScore, type ClassScore } from './boilerplateScore.js';

export interface ReaderLabel {
  page: string;
  line: number;
  sha: string;
  reader: 'article' | 'furniture';
  control?: boolean;
}

export interface ReaderCheckedFigures {
  pages: number;
  lines: number;
  boilerplate: ClassScore;
  content: ClassScore;
  /** Reader labels that replaced the gold's, and those left out because the line's text changed. */
  applied: number;
  stale: number;
}

const LABELS = path.join(repoRoot, 'test', 'eval', 'newspaperReaderLabels.json');

export function readerLabels(file = LABELS): ReaderLabel[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { labels: ReaderLabel[] }).labels;
}

const lineSha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The gold of one page as the kit reads it: line (1-based) → label, scored lines only. */
function pageGold(tsv: string): Map<number, string> {
  const [head, ...rows] = tsv.split('\n').filter(Boolean);
  const cols = head!.split('\t');
  const at = (name: string) => cols.indexOf(name);
  const gold = new Map<number, string>();
  for (const row of rows) {
    const cells = row.split('\t');
    const note = cells[at('note')];
    if (note === 'h1' || note === 'caption' || cells[at('confidence')] === 'low') continue;
    gold.set(Number(cells[at('line')]), cells[at('label')]!);
  }
  return gold;
}

/** Undefined when the newspaper pages are not built in `devdata`. */
export function measureReaderChecked(devdata: string, labels: readonly ReaderLabel[] = readerLabels()): ReaderCheckedFigures | undefined {
  const dir = path.join(devdata, 'boilerplate', 'newspaper');
  if (!existsSync(path.join(dir, 'index.jsonl'))) return undefined;
  const ids = readFileSync(path.join(dir, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);
  const pages = ids.flatMap((id) => {
    const gold = pageGold(readFileSync(path.join(dir, 'labels', `${id}.tsv`), 'utf8'));
    if (![...gold.values()].includes('content')) return [];
    return [{ id, name: `${id}.txt`, text: readFileSync(path.join(dir, 'pages', `${id}.txt`), 'utf8'), gold }];
  });
  const byPage = new Map<string, ReaderLabel[]>();
  for (const label of labels) byPage.set(label.page, [...(byPage.get(label.page) ?? []), label]);
  const templates = new TemplateLines();
  for (const page of pages) templates.set(page.name, page.text);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let applied = 0;
  let stale = 0;
  for (const page of pages) {
    const lines = page.text.split('\n');
    for (const label of byPage.get(page.id) ?? []) {
      if (!page.gold.has(label.line)) continue;
      if (lineSha(lines[label.line - 1] ?? '') !== label.sha) {
        stale++;
        continue;
      }
      page.gold.set(label.line, label.reader === 'article' ? 'content' : 'boilerplate');
      applied++;
    }
    const flagged = new Set<number>();
    const analysis = analyze(page.text, { fileName: page.name, repeatedElsewhere: templates.lookupFor(page.name) });
    for (const a of analysis.annotations) {
      if (a.kind !== 'boilerplate') continue;
      // A range that ends at the start of a line does not cover that line.
      const last = a.range.end.character === 0 && a.range.end.line > a.range.start.line ? a.range.end.line - 1 : a.range.end.line;
      for (let line = a.range.start.line; line <= last; line++) flagged.add(line + 1);
    }
    for (const [line, label] of page.gold) {
      const isFlagged = flagged.has(line);
      if (label === 'boilerplate') isFlagged ? tp++ : fn++;
      else isFlagged ? fp++ : tn++;
    }
  }
  return { pages: pages.length, lines: tp + fp + fn + tn, boilerplate: classScore(tp, fp, fn), content: classScore(tn, fn, fp), applied, stale };
}
