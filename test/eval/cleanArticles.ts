/**
 * Clean news articles — the article text and nothing else — through the boilerplate pass.
 * Everything flagged there is a false alarm, so this measures what issue 13 is about: how much
 * of a reporter's text the tool would delete. Each set is analysed as one folder (lines
 * repeated across its files count, as in a user's workspace).
 *
 * The data is built outside the repository by the development data kit and read from $DEVDATA
 * (or --devdata); nothing of it is kept here. Run on its own with
 * `node out/test/eval/cleanArticles.js [--devdata PATH] [--samples N]`, or through `npm run eval:dev`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../../server/src/core/annotate.js';
import { TemplateLines } from '../../server/src/core/boilerplate/templates.js';
import { hardWrap } from './hardWrappedView.js';

export interface CleanSet {
  label: string;
  /** Article files, relative to the data folder. */
  files: string[];
  /** Read the articles hard-wrapped at this width (round 348), as `fold` or a mail client saves them. */
  wrapWidth?: number;
  /** …each line at its own width from this one up (round 405), as a PDF's text layer gives them. */
  wrapNarrowest?: number;
  /** …with no blank line between paragraphs (round 406), as a text layer often has none. */
  dropBlankLines?: boolean;
}

export interface CleanFigures {
  label: string;
  articles: number;
  lines: number;
  flaggedLines: number;
  /** Articles with more than a fifth of their non-empty lines flagged. */
  overFifth: number;
  skipped: number;
  skipReasons: Map<string, number>;
  byRule: Map<string, number>;
  byReason: Map<string, number>;
  samples: { file: string; line: string; rule: string; reason: string }[];
  /** The articles over a fifth, worst first: the ones an editor would read first. */
  worst: { file: string; flagged: number; lines: number }[];
}

function listTxt(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTxt(full);
    return entry.name.endsWith('.txt') ? [full] : [];
  });
}

export function cleanSets(devdata: string): CleanSet[] {
  const polnear = listTxt(path.join(devdata, 'attribution', 'polnear', 'articles')).sort();
  return [
    { label: 'PolNeAR articles (train+dev)', files: polnear },
    { label: 'PolNeAR articles wrapped at 72', files: polnear, wrapWidth: 72 },
    { label: 'PolNeAR articles ragged 60-85', files: polnear, wrapWidth: 85, wrapNarrowest: 60 },
    { label: 'PolNeAR ragged, no blank lines', files: polnear, wrapWidth: 85, wrapNarrowest: 60, dropBlankLines: true },
    { label: 'ECB+ articles (topics 1-35)', files: listTxt(path.join(devdata, 'corroboration', 'ecbplus', 'clusters')).sort() },
  ].filter((set) => set.files.length > 0);
}

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

export function measureCleanSet(set: CleanSet, sampleEvery = 0): CleanFigures {
  const texts = set.files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const wrapped = set.wrapWidth === undefined ? text : hardWrap(text, set.wrapWidth, set.wrapNarrowest);
    return set.dropBlankLines ? wrapped.replace(/\n(?:[ \t]*\n)+/g, '\n') : wrapped;
  });
  const templates = new TemplateLines();
  texts.forEach((text, i) => {
    templates.set(set.files[i]!, text);
  });
  const figures: CleanFigures = {
    label: set.label,
    articles: texts.length,
    lines: 0,
    flaggedLines: 0,
    overFifth: 0,
    skipped: 0,
    skipReasons: new Map(),
    byRule: new Map(),
    byReason: new Map(),
    samples: [],
    worst: [],
  };
  let seen = 0;
  texts.forEach((text, i) => {
    const file = set.files[i]!;
    const lines = text.split(/\r\n|\r|\n/);
    const nonEmpty = lines.filter((l) => l.trim()).length;
    figures.lines += nonEmpty;
    const analysis = analyze(text, { fileName: path.basename(file), repeatedElsewhere: templates.lookupFor(file) });
    if (analysis.skipped) {
      figures.skipped++;
      bump(figures.skipReasons, analysis.skipped);
      return;
    }
    const flagged = new Map<number, { rule: string; reason: string }>();
    for (const a of analysis.annotations) {
      if (a.kind !== 'boilerplate') continue;
      const reason = String((a.data as { reason?: string } | undefined)?.reason ?? '');
      for (let line = a.range.start.line; line <= a.range.end.line; line++) if (lines[line]?.trim()) flagged.set(line, { rule: a.code, reason });
    }
    figures.flaggedLines += flagged.size;
    if (nonEmpty > 0 && flagged.size / nonEmpty > 0.2) {
      figures.overFifth++;
      figures.worst.push({ file: path.basename(file), flagged: flagged.size, lines: nonEmpty });
    }
    for (const [line, { rule, reason }] of flagged) {
      bump(figures.byRule, rule);
      bump(figures.byReason, reason);
      if (sampleEvery > 0 && seen++ % sampleEvery === 0) figures.samples.push({ file: path.basename(file), line: lines[line]!, rule, reason });
    }
  });
  return figures;
}

const sorted = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || 'none';

export function formatCleanFigures(f: CleanFigures): string {
  const share = f.lines ? (100 * f.flaggedLines) / f.lines : 0;
  return [
    `${f.label}: articles ${f.articles}, lines ${f.lines}`,
    `lines flagged: ${f.flaggedLines} = ${share.toFixed(2)}%; articles with > 1/5 flagged: ${f.overFifth}; skipped: ${f.skipped}`,
    `skipped because: ${sorted(f.skipReasons)}`,
    `flagged by rule: ${sorted(f.byRule)}`,
    `flagged by reason: ${sorted(f.byReason)}`,
    `worst articles: ${
      [...f.worst]
        .sort((a, b) => b.flagged / b.lines - a.flagged / a.lines)
        .slice(0, 8)
        .map((w) => `${w.file} ${w.flagged}/${w.lines}`)
        .join(', ') || 'none'
    }`,
    ...f.samples.map((s) => `  ${s.file} [${s.rule}; ${s.reason}] ${s.line.slice(0, 160)}`),
  ].join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { devdata: { type: 'string' }, samples: { type: 'string' } } });
  const devdata = values.devdata ?? process.env.DEVDATA;
  if (!devdata) {
    console.error('cleanArticles: set DEVDATA (or --devdata) to the folder the development data kit built.');
    process.exit(2);
  }
  const sets = cleanSets(devdata);
  if (sets.length === 0) {
    console.error(`cleanArticles: no clean article sets under ${devdata}`);
    process.exit(2);
  }
  for (const set of sets) {
    const figures = measureCleanSet(set, Number(values.samples ?? 0));
    console.log(formatCleanFigures(figures));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
