/**
 * Line-level scores of the boilerplate pass against hand labels: precision, recall and F1
 * for the boilerplate class and the content class over non-empty lines, and how often a
 * correctly flagged line got the labelled category.
 */
import { analyze } from '../../server/src/core/annotate.js';
import { TemplateLines } from '../../server/src/core/boilerplate/templates.js';
import { splitLines } from '../../server/src/core/article.js';
import type { LabelledFile } from '../support/labels.js';

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Miss {
  file: string;
  line: number;
  expected: string;
  got: string;
  text: string;
}

export interface BoilerplateScore {
  boilerplate: ClassScore;
  content: ClassScore;
  categoryAccuracy: number;
  lines: number;
  misses: Miss[];
}

/** One class's precision, recall and F1 from its counts (1 where nothing was predicted or expected). */
export function classScore(tp: number, fp: number, fn: number): ClassScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export function scoreBoilerplate(files: LabelledFile[]): BoilerplateScore {
  // The files of one folder form a corpus, as in a workspace: repeated lines are evidence.
  const templates = new TemplateLines();
  for (const file of files) templates.set(file.name, file.text);
  let bTp = 0,
    bFp = 0,
    bFn = 0,
    cTp = 0,
    cFp = 0,
    cFn = 0,
    categoryRight = 0,
    lines = 0;
  const misses: Miss[] = [];
  for (const file of files) {
    const analysis = analyze(file.text, { fileName: file.name, repeatedElsewhere: templates.lookupFor(file.name) });
    const predicted = new Map<number, string>();
    for (const a of analysis.annotations) if (a.kind === 'boilerplate') predicted.set(a.range.start.line, String(a.data['category']));
    for (const line of splitLines(file.text)) {
      if (line.text.trim() === '') continue;
      lines++;
      const expected = file.boilerplate.get(line.index);
      const got = predicted.get(line.index);
      if (expected && got) {
        bTp++;
        if (expected === got) categoryRight++;
      } else if (!expected && !got) cTp++;
      else if (got) {
        bFp++;
        cFn++;
      } else {
        bFn++;
        cFp++;
      }
      if (Boolean(expected) !== Boolean(got)) {
        misses.push({ file: file.name, line: line.index + 1, expected: expected ?? 'content', got: got ?? 'content', text: line.text.slice(0, 80) });
      }
    }
  }
  return {
    boilerplate: classScore(bTp, bFp, bFn),
    content: classScore(cTp, cFp, cFn),
    categoryAccuracy: bTp ? categoryRight / bTp : 1,
    lines,
    misses,
  };
}
