/**
 * corroborate check|clean — the command-line surface over the same core as the language
 * server. Output follows other linters: `path:line:col severity message [rule]`, or JSON
 * with the Annotations exactly as core produces them.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, type Analysis } from '../core/annotate.js';
import { cleanVerdict, describeGutting } from '../core/cleanVerdict.js';
import type { Annotation } from '../core/annotation.js';
import { Corpus } from '../core/corpus.js';
import { annotationSeverity, severityAtLeast, type Severity } from '../core/rules.js';
import { cleanFileBytes } from '../io/cleanBytes.js';
import { DEFAULT_MAX_FILE_SIZE, readArticleFile } from '../io/readArticleFile.js';
import { writeFileSafely } from '../io/safeWrite.js';
import { fileNote, printable } from '../text/printable.js';
import { findTextFiles, type WalkProblem } from '../io/walk.js';
import { buildReport } from '../core/report.js';
import { exportAnnotations, reportHtml, reportMarkdown } from '../report/render.js';
import { VERSION } from '../version.js';

const USAGE = `Usage:
  corroborate check <files|folders...> [--format text|json|csv|md] [--fail-on hint|info|warning|error]
                                       [--max-file-size BYTES]
  corroborate report <files|folders...> [--format html|md|json] [-o <out>]
  corroborate clean <file> [-o <out>] [--force]
  corroborate --help | --version

check   annotates articles: boilerplate lines with their category, sources of claims,
        unattributed and vague claims, and claims that other files corroborate or
        contradict (all files given form one corpus). Folders are searched for *.txt
        files. Exit status: 0 clean, 1 findings at or above --fail-on (default: error),
        2 usage error.
report  the corroboration report: claims reported by more than one outlet down the
        side, outlets across the top, each cell agrees, conflicts or not reported.
clean   prints the article without its boilerplate, or writes it to <out>. It refuses, and
        writes nothing, when that would remove more than half of the article's prose
        lines (the boilerplate findings are then probably wrong); --force cleans anyway.
        Exit status: 0 cleaned, 1 refused or unreadable, 2 usage error or cannot write.`;

class UsageError extends Error {}

export interface Io {
  out: (text: string) => void;
  /** Bytes as they are, for a clean copy printed in the file's own encoding. */
  outBytes: (bytes: Uint8Array) => void;
  err: (text: string) => void;
}

const SEVERITY_NAMES: Record<string, Severity> = { hint: 'hint', info: 'information', information: 'information', warning: 'warning', error: 'error' };

interface FileResult {
  path: string;
  analysis: Analysis;
  /** The file's annotations, corroboration across the corpus included. */
  annotations: Annotation[];
  outlet: string;
}

async function collectPaths(inputs: string[], problems: WalkProblem[]): Promise<string[]> {
  const paths: string[] = [];
  for (const input of inputs) {
    let stat: Awaited<ReturnType<typeof fs.stat>>;
    try {
      stat = await fs.stat(input);
    } catch {
      problems.push({ path: input, reason: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) paths.push(...(await findTextFiles(input, problems)));
    else paths.push(input);
  }
  return [...new Set(paths)];
}

async function analyseFiles(paths: string[], maxFileSize: number, io: Io): Promise<FileResult[]> {
  const texts: { path: string; text: string }[] = [];
  for (const file of paths) {
    const read = await readArticleFile(file, maxFileSize);
    if (!read.ok) {
      io.err(fileNote(file, `skipped: ${read.reason}`));
      continue;
    }
    if (read.note) io.err(fileNote(file, read.note));
    texts.push({ path: file, text: read.text });
  }
  // The files given form one corpus: repeated lines are template, shared claims corroborate.
  const corpus = new Corpus();
  corpus.addAll(texts.map(({ path: file, text }) => ({ id: file, text, fileName: path.basename(file) })));
  const results = corpus.annotateAll().map(({ id, analysis, annotations, outlet }): FileResult => ({ path: id, analysis, annotations, outlet }));
  for (const { path: file, analysis } of results) {
    if (analysis.skipped) io.err(fileNote(file, `skipped: ${analysis.skipped}`));
    for (const failure of analysis.failures) io.err(fileNote(file, `the ${failure.pass} pass failed (${failure.message}); its findings are missing`));
  }
  return results;
}

function severityOf(annotation: Annotation): Severity | undefined {
  const severity = annotationSeverity(annotation);
  return severity === 'off' ? undefined : severity;
}

function formatText(results: FileResult[]): string[] {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { path: file, annotations } of results) {
    for (const annotation of annotations) {
      const severity = severityOf(annotation);
      if (!severity) continue;
      counts[severity]++;
      const { line, character } = annotation.range.start;
      lines.push(`${printable(file)}:${line + 1}:${character + 1} ${severity} ${printable(annotation.message)} [${annotation.code}]`);
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const analysed = results.filter((r) => !r.analysis.skipped).length;
  const skipped = results.length - analysed;
  lines.push(
    `${total} finding${total === 1 ? '' : 's'} in ${analysed} file${analysed === 1 ? '' : 's'}` +
      ` (${counts.error} errors, ${counts.warning} warnings, ${counts.information} information, ${counts.hint} hints)` +
      (skipped ? `; ${skipped} not analysed (see above)` : ''),
  );
  return lines;
}

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'error' },
      'max-file-size': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('check needs at least one file or folder');
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'csv' && format !== 'md') throw new UsageError(`unknown format "${format}" (text, json, csv or md)`);
  const failOn = SEVERITY_NAMES[values['fail-on'] ?? 'error'];
  if (!failOn) throw new UsageError(`unknown --fail-on level "${values['fail-on']}" (hint, info, warning or error)`);
  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : Number(values['max-file-size']);
  if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) throw new UsageError('--max-file-size takes a positive number of bytes');

  const problems: WalkProblem[] = [];
  const paths = await collectPaths(positionals, problems);
  for (const problem of problems) io.err(fileNote(problem.path, `skipped: ${problem.reason}`));
  const results = await analyseFiles(paths, maxFileSize, io);

  if (format === 'csv' || format === 'md') {
    io.out(
      exportAnnotations(
        results.map(({ path: file, annotations, outlet, analysis }) => ({ path: file, outlet, text: analysis.text, annotations: annotations.filter((a) => severityOf(a) !== undefined) })),
        format,
      ).replace(/\r?\n$/, ''),
    );
  } else if (format === 'json') {
    const files = results.map(({ path: file, analysis, annotations, outlet }) => ({
      path: file,
      outlet,
      ...(analysis.skipped ? { skipped: analysis.skipped } : {}),
      // Every annotation: JSON is data for other tools, including what is not a finding (attribution).
      annotations,
    }));
    io.out(JSON.stringify({ files }, null, 2));
  } else {
    for (const line of formatText(results)) io.out(line);
  }
  const failing = results.some(({ annotations }) =>
    annotations.some((a) => {
      const severity = severityOf(a);
      return severity !== undefined && severityAtLeast(severity, failOn);
    }),
  );
  return failing ? 1 : 0;
}

async function report(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'html' }, output: { type: 'string', short: 'o' } },
  });
  if (positionals.length === 0) throw new UsageError('report needs at least one file or folder');
  const format = values.format;
  if (format !== 'html' && format !== 'md' && format !== 'json') throw new UsageError(`unknown format "${format}" (html, md or json)`);
  const problems: WalkProblem[] = [];
  const paths = await collectPaths(positionals, problems);
  for (const problem of problems) io.err(fileNote(problem.path, `skipped: ${problem.reason}`));
  const results = await analyseFiles(paths, DEFAULT_MAX_FILE_SIZE, io);
  const model = buildReport(results.map((r) => ({ id: r.path, outlet: r.outlet, analysis: r.analysis, annotations: r.annotations })));
  const text = format === 'html' ? reportHtml(model) : format === 'md' ? reportMarkdown(model) : JSON.stringify(model, null, 2) + '\n';
  if (values.output === undefined) io.out(text.replace(/\n$/, ''));
  else {
    const written = await writeFileSafely(values.output, text);
    if (!written.ok) {
      io.err(`corroborate: ${fileNote(`cannot write ${values.output}`, written.reason)}`);
      return 2;
    }
    io.err(`wrote ${printable(values.output)}`);
  }
  return 0;
}

async function clean(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('clean takes exactly one file');
  const file = positionals[0]!;
  const read = await readArticleFile(file);
  if (!read.ok) {
    io.err(fileNote(file, `cannot clean: ${read.reason}`));
    return 1;
  }
  if (read.note) io.err(fileNote(file, `${read.note}; those bytes are kept as they are`));
  const analysis = analyze(read.text, { fileName: path.basename(file) });
  if (analysis.skipped) io.err(fileNote(file, `not analysed: ${analysis.skipped}; copied unchanged`));
  // Findings that take most of the prose are more likely wrong than the page mostly furniture.
  const verdict = cleanVerdict(analysis);
  if (verdict.gutsArticle && !values.force) {
    io.err(fileNote(file, `not cleaned: it would remove ${describeGutting(verdict)}, more than half of the article; nothing was written (--force cleans anyway)`));
    return 1;
  }
  // Cut from the file's own bytes: its encoding, BOM and line ends are kept, never transcoded.
  const cleaned = cleanFileBytes(read, analysis);
  if (values.output === undefined) {
    io.outBytes(cleaned);
    return 0;
  }
  // Refused under any name for the article: the same path, a symbolic or a hard link to it.
  const written = await writeFileSafely(values.output, cleaned, { input: file });
  if (!written.ok) {
    io.err(`corroborate: ${fileNote(`cannot write ${values.output}`, written.reason)}`);
    return 2;
  }
  io.err(`wrote ${printable(values.output)}`);
  return 0;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'clean':
        return await clean(rest, io);
      case 'report':
        return await report(rest, io);
      case '--version':
      case '-v':
        io.out(VERSION);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`corroborate: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
