/**
 * `npm run bench`: what Corroborate costs, measured the way users meet it.
 *
 * - one article: each pass and all of them, against retext-english parsing alone (the floor
 *   of our parser) and harper.js linting (a prose linter people run in the same editor);
 * - a workspace of N generated articles through the built language server over stdio: cold
 *   index time and peak memory, hover and references latency, diagnostics after an edit;
 * - a soak of edits, for memory that must stay flat.
 *
 * Options: --sizes 100,1000,10000 (articles per workspace), --quick (CI: the smallest size,
 * few repeats), --json FILE (write the figures), --plot FILE.svg (and .png via Chromium),
 * --soak N (edits in the soak; default 1000), --no-soak (skip it), --starts N (cold and warm
 * starts per workspace, figures are their medians; default 3, and 1 for workspaces over 10,000
 * articles, whose cold start takes minutes), --replot FIGURES.json (only draw the plot again from saved figures),
 * --adversarial (only the long hostile lines of adversarial.ts, up to 32,000 characters with
 * --quick; exits 1 when a line's analysis or cleaning grows faster than linearly).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { analyze, boilerplateLines } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { attributeSentences, attributionPass } from '../../server/src/core/attribution/index.js';
import { boilerplatePass } from '../../server/src/core/boilerplate/index.js';
import { claimRecords } from '../../server/src/core/corroboration/claims.js';
import { LspTestClient } from '../../test/support/lspClient.js';
import { runAdversarial } from './adversarial.js';
import { generateCorpus, writeCorpus } from './generate.js';
import { writePlot, type Series } from './plot.js';
import { ms, summarise, type Summary } from './stats.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const quick = args.includes('--quick');
const sizes = (option('--sizes') ?? (quick ? '100' : '100,1000,10000')).split(',').map(Number);
const repeats = quick ? 1 : 5;
const startsOption = option('--starts');
/** Cold and warm starts per workspace: the figures are their medians, their spread is printed. */
const startsFor = (size: number) => (startsOption ? Math.max(1, Number(startsOption)) : quick || size > 10_000 ? 1 : 3);
const SEED = 20261123;

interface PassFigure {
  pass: string;
  perArticle: Summary;
  mbPerSecond: number;
}

function time(body: () => void): number {
  const started = performance.now();
  body();
  return performance.now() - started;
}

async function singleArticle(): Promise<PassFigure[]> {
  const corpus = generateCorpus(quick ? 40 : 200, SEED).map((a) => a.text);
  const bytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const retext = unified().use(retextEnglish);
  const passes: [string, (text: string) => void][] = [
    ['retext-english parse alone', (text) => retext.parse(text)],
    ['article model (retext + offsets)', (text) => parseArticle(text)],
    ['boilerplate pass (with the article model)', (text) => boilerplatePass(parseArticle(text))],
    [
      'attribution pass (with model, boilerplate and part-of-speech tagging)',
      (text) => {
        const article = parseArticle(text);
        const skip = new Set(boilerplateLines(boilerplatePass(article)));
        const content = new Set(article.blocks.filter((b) => !skip.has(b.line)).map((b) => b.index));
        attributionPass(article, attributeSentences(article, content));
      },
    ],
    ['all passes (analyze)', (text) => analyze(text)],
  ];
  const figures: PassFigure[] = [];
  for (const [pass, body] of passes) {
    for (const text of corpus.slice(0, 10)) body(text); // warm up
    const latencies: number[] = [];
    let total = 0;
    for (let r = 0; r < repeats; r++) {
      for (const text of corpus) {
        const t = time(() => body(text));
        latencies.push(t);
        total += t;
      }
    }
    figures.push({ pass, perArticle: summarise(latencies), mbPerSecond: (bytes * repeats) / 1e6 / (total / 1000) });
  }
  // The claims records alone are cheap beside the tagging above; harper is measured as a user runs it.
  const claimsCost = summarise(
    corpus.map((text) => {
      const analysis = analyze(text);
      const article = analysis.article!;
      const skip = new Set(boilerplateLines(analysis.annotations));
      const sentences = attributeSentences(article, new Set(article.blocks.filter((b) => !skip.has(b.line)).map((b) => b.index)));
      return time(() => claimRecords(article, sentences));
    }),
  );
  figures.splice(4, 0, { pass: 'claims records (corroboration input)', perArticle: claimsCost, mbPerSecond: NaN });
  try {
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    for (const text of corpus.slice(0, 5)) await linter.lint(text);
    const latencies: number[] = [];
    let total = 0;
    for (let r = 0; r < repeats; r++) {
      for (const text of corpus) {
        const started = performance.now();
        await linter.lint(text);
        const t = performance.now() - started;
        latencies.push(t);
        total += t;
      }
    }
    figures.push({ pass: 'harper.js lint (for comparison)', perArticle: summarise(latencies), mbPerSecond: (bytes * repeats) / 1e6 / (total / 1000) });
  } catch (error) {
    console.error(`harper.js not measured: ${(error as Error).message}`);
  }
  return figures;
}

interface WorkspaceFigure {
  size: number;
  megabytes: number;
  /** Diagnostics after an edit while the cold scan runs. */
  editsDuringScan: Summary;
  /** From initialize until hovers and references see the whole corpus. */
  coldReadyMs: number;
  /** …and until the conflicts of unopened files are published as well. */
  coldIndexMs: number;
  peakRssMb: number;
  /** The same, started again with the persistent cache the cold start wrote. */
  warmReadyMs: number;
  warmIndexMs: number;
  warmPeakRssMb: number;
  hover: Summary;
  references: Summary;
  diagnosticsAfterEdit: Summary;
  /** How many cold and warm starts the times above are the medians of (peak RSS: the highest), and their spread. */
  starts: number;
  coldReadyRangeMs: [number, number];
  warmReadyRangeMs: [number, number];
}

const median = (values: readonly number[]) => summarise([...values]).median;
const range = (values: readonly number[]): [number, number] => [Math.min(...values), Math.max(...values)];

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
}

/** The corpus on disk, generated once per size and seed and reused by later runs. */
function corpusFolder(size: number): { folder: string; megabytes: number; first: string } {
  const folder = path.join(tmpdir(), 'corroborate-bench', `n${size}-s${SEED}`);
  const marker = path.join(folder, '.complete.json');
  if (!existsSync(marker)) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const corpus = generateCorpus(size, SEED);
    const bytes = writeCorpus(folder, corpus);
    writeFileSync(marker, JSON.stringify({ bytes, first: path.join('part-000', corpus[0]!.name) }));
  }
  const { bytes, first } = JSON.parse(readFileSync(marker, 'utf8')) as { bytes: number; first: string };
  return { folder, megabytes: bytes / 1e6, first: path.join(folder, first) };
}

/**
 * Starts the server on a folder and times its scan: until the index is ready, and until it is
 * done. With `typing`, an article is open and edited while the scan runs, every 100 ms, and
 * each edit's diagnostics are timed: what a user typing during a scan waits for.
 */
async function startOn(
  folder: string,
  cacheDirectory: string | false,
  typing?: { uri: string; text: string },
): Promise<{ client: LspTestClient; readyMs: number; doneMs: number; peakMb: number; editsDuringScan: number[] }> {
  const client = new LspTestClient();
  client.settings = { debounceMs: 0 };
  const logged = (pattern: RegExp) => client.waitForNotification('window/logMessage', (p) => pattern.test((p as { message: string }).message), 3_600_000);
  const ready = logged(/index ready/);
  const indexed = logged(/indexed \d+ files/);
  const started = performance.now();
  await client.initialize(pathToFileURL(folder).href, undefined, { cacheDirectory });
  let scanning = true;
  const editsDuringScan: number[] = [];
  const typed = typing ? typeDuringScan(client, typing, () => scanning, editsDuringScan) : Promise.resolve();
  await ready;
  const readyMs = performance.now() - started;
  await indexed;
  const doneMs = performance.now() - started;
  scanning = false;
  await typed;
  return { client, readyMs, doneMs, peakMb: peakRssMb(client.process.pid!), editsDuringScan };
}

async function typeDuringScan(client: LspTestClient, { uri, text }: { uri: string; text: string }, scanning: () => boolean, latencies: number[]): Promise<void> {
  await client.openAndWait(uri, text, 1);
  for (let version = 2; scanning(); version++) {
    const published = client.waitForDiagnostics(uri, (p) => p.version === version, 60000);
    const t = performance.now();
    await client.change(uri, version, `${text}${' '.repeat(version % 7)}`);
    await published;
    latencies.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function workspace(size: number): Promise<WorkspaceFigure> {
  const { folder, megabytes, first } = corpusFolder(size);
  const cacheDirectory = path.join(tmpdir(), 'corroborate-bench', `cache-n${size}`);
  const colds: Awaited<ReturnType<typeof startOn>>[] = [];
  const warms: Awaited<ReturnType<typeof startOn>>[] = [];
  const starts = startsFor(size);
  for (let round = 0; round < starts; round++) {
    rmSync(cacheDirectory, { recursive: true, force: true });
    const cold = await startOn(folder, cacheDirectory);
    await cold.client.stop();
    colds.push(cold);
    // Started again on the same folder, from the cache the cold start wrote: the warm start.
    const warm = await startOn(folder, cacheDirectory);
    warms.push(warm);
    if (round < starts - 1) await warm.client.stop();
  }
  const client = warms[warms.length - 1]!.client;
  try {
    // Requests are measured on the warm server: the same corpus, indexed the same.
    const uri = pathToFileURL(first).href;
    const text = readFileSync(first, 'utf8');
    const diagnostics = await client.openAndWait(uri, text, 1);
    const claim = diagnostics.find((d) => d.code === 'claim/unattributed' || d.code === 'claim/vague-source') ?? diagnostics[0]!;
    const position = claim.range.start;
    // The lead sentence is corroborated by the other outlets of its cluster.
    const lead = { line: text.split('\n').findIndex((l) => /officials said/.test(l)), character: 5 };
    const hover: number[] = [];
    const references: number[] = [];
    for (let i = 0; i < (quick ? 10 : 100); i++) {
      let t = performance.now();
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: i % 2 ? position : lead });
      hover.push(performance.now() - t);
      t = performance.now();
      await client.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: lead, context: { includeDeclaration: false } });
      references.push(performance.now() - t);
    }
    const edits: number[] = [];
    let current = text;
    for (let version = 2; version < (quick ? 5 : 22); version++) {
      current = current.replace(/\n$/, `${version % 2 ? ' ' : ''}\n`);
      const published = client.waitForDiagnostics(uri, (p) => p.version === version, 60000);
      const t = performance.now();
      await client.change(uri, version, current);
      await published;
      edits.push(performance.now() - t);
    }
    await client.stop();
    // Typing during a cold scan, on a server of its own: an article edited while the scan runs
    // would make the corpus the cache saw another one than the warm start's.
    const typing = await startOn(folder, false, { uri, text });
    await typing.client.stop();
    return {
      size,
      megabytes,
      coldReadyMs: median(colds.map((c) => c.readyMs)),
      editsDuringScan: summarise(typing.editsDuringScan),
      coldIndexMs: median(colds.map((c) => c.doneMs)),
      // Memory has a ceiling to stay under: the highest of the starts.
      peakRssMb: Math.max(...colds.map((c) => c.peakMb)),
      warmReadyMs: median(warms.map((w) => w.readyMs)),
      warmIndexMs: median(warms.map((w) => w.doneMs)),
      warmPeakRssMb: Math.max(...warms.map((w) => w.peakMb)),
      starts,
      coldReadyRangeMs: range(colds.map((c) => c.readyMs)),
      warmReadyRangeMs: range(warms.map((w) => w.readyMs)),
      hover: summarise(hover),
      references: summarise(references),
      diagnosticsAfterEdit: summarise(edits),
    };
  } finally {
    await client.stop();
    rmSync(cacheDirectory, { recursive: true, force: true });
  }
}

/** Memory over a bounded soak of edits: the server's resident size every 100 edits. */
async function soak(edits: number): Promise<{ edits: number; every: number; rssMb: number[] }> {
  // Ten samples or one every 100 edits, whichever is fewer.
  const every = Math.max(100, Math.round(edits / 10));
  const { folder, first } = corpusFolder(sizes[0]!);
  const { client } = await startOn(folder, false);
  try {
    const uri = pathToFileURL(first).href;
    const text = readFileSync(first, 'utf8');
    await client.openAndWait(uri, text, 1);
    const samples = [rssMb(client.process.pid!)];
    for (let version = 2; version <= edits + 1; version++) {
      const published = client.waitForDiagnostics(uri, (p) => p.version === version, 60000);
      await client.change(uri, version, `${text}\nA line typed by the user, number ${version}.\n`);
      await published;
      if ((version - 1) % every === 0) samples.push(rssMb(client.process.pid!));
    }
    return { edits, every, rssMb: samples };
  } finally {
    await client.stop();
  }
}

/** How each workspace figure grows with the corpus, as an SVG (and a PNG where Chromium is). */
function plotWorkspaces(workspaces: readonly WorkspaceFigure[], plot: string): void {
  const series: Series[] = [
    { label: 'cold index', unit: 'ms', points: workspaces.map((w) => ({ size: w.size, value: w.coldIndexMs })) },
    { label: 'warm start (index ready)', unit: 'ms', points: workspaces.map((w) => ({ size: w.size, value: w.warmReadyMs })) },
    { label: 'peak RSS', unit: 'MB', points: workspaces.map((w) => ({ size: w.size, value: w.peakRssMb })) },
    { label: 'hover p95', unit: 'ms', points: workspaces.map((w) => ({ size: w.size, value: w.hover.p95 })) },
    { label: 'references p95', unit: 'ms', points: workspaces.map((w) => ({ size: w.size, value: w.references.p95 })) },
    { label: 'diagnostics after edit p95', unit: 'ms', points: workspaces.map((w) => ({ size: w.size, value: w.diagnosticsAfterEdit.p95 })) },
  ];
  const png = writePlot(series, plot);
  console.log(`\nPlot: ${plot}${png ? ` and ${png}` : ' (no Chromium for the PNG)'}`);
}

async function main(): Promise<void> {
  // --replot FIGURES.json --plot FILE.svg draws the plot again from figures already measured.
  const replot = option('--replot');
  if (replot) {
    const { workspaces } = JSON.parse(readFileSync(replot, 'utf8')) as { workspaces: WorkspaceFigure[] };
    plotWorkspaces(workspaces, option('--plot') ?? 'bench/results/scaling.svg');
    return;
  }
  if (args.includes('--adversarial')) {
    if (!runAdversarial(quick)) process.exitCode = 1;
    return;
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`;
  console.log(`Corroborate benchmarks — ${machine}${quick ? ' (quick)' : ''}\n`);

  const passes = await singleArticle();
  const floor = passes[0]!.mbPerSecond;
  console.log('One article (generated, about 3 KB): milliseconds per article, median and p95; throughput');
  console.log('| pass | median ms | p95 ms | MB/s | × retext parse |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const p of passes) {
    const ratio = Number.isFinite(p.mbPerSecond) ? (p.mbPerSecond / floor).toFixed(2) : '';
    console.log(`| ${p.pass} | ${ms(p.perArticle.median)} | ${ms(p.perArticle.p95)} | ${Number.isFinite(p.mbPerSecond) ? p.mbPerSecond.toFixed(2) : ''} | ${ratio} |`);
  }

  const workspaces: WorkspaceFigure[] = [];
  for (const size of sizes) workspaces.push(await workspace(size));
  console.log('\nA workspace of generated articles, through the language server over stdio');
  const seconds = (value: number) => (value / 1000).toFixed(1);
  console.log(
    '| articles | MB | cold: index ready / all published s | cold peak RSS MB | warm: index ready / all published s | warm peak RSS MB | hover median / p95 ms | references median / p95 ms | diagnostics after edit median / p95 ms | … during the cold scan (edits) |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const w of workspaces) {
    console.log(
      `| ${w.size.toLocaleString('en')} | ${w.megabytes.toFixed(1)} | ${seconds(w.coldReadyMs)} / ${seconds(w.coldIndexMs)} | ${w.peakRssMb.toFixed(0)} | ${seconds(w.warmReadyMs)} / ${seconds(w.warmIndexMs)} | ${w.warmPeakRssMb.toFixed(0)} | ${ms(w.hover.median)} / ${ms(w.hover.p95)} | ${ms(w.references.median)} / ${ms(w.references.p95)} | ${ms(w.diagnosticsAfterEdit.median)} / ${ms(w.diagnosticsAfterEdit.p95)} | ${ms(w.editsDuringScan.median)} / ${ms(w.editsDuringScan.p95)} (${w.editsDuringScan.count}) |`,
    );
  }

  console.log('\nStarts per workspace (the table gives the medians of their times and the highest peak RSS): index ready, fastest to slowest');
  for (const w of workspaces) {
    console.log(
      `- ${w.size.toLocaleString('en')}: ${w.starts} cold and ${w.starts} warm; cold ${seconds(w.coldReadyRangeMs[0])} to ${seconds(w.coldReadyRangeMs[1])} s, warm ${seconds(w.warmReadyRangeMs[0])} to ${seconds(w.warmReadyRangeMs[1])} s`,
    );
  }

  const soakEdits = args.includes('--no-soak') ? 0 : Number(option('--soak') ?? (quick ? 100 : 1000));
  const soaked = soakEdits > 0 ? await soak(soakEdits) : { edits: 0, every: 0, rssMb: [] };
  if (soaked.edits)
    console.log(`\nSoak: ${soaked.edits} edits of one article, each analysed and published; server RSS every ${soaked.every} edits (MB): ${soaked.rssMb.map((v) => v.toFixed(0)).join(', ')}`);

  const json = option('--json');
  if (json) writeFileSync(json, `${JSON.stringify({ machine, quick, passes, workspaces, soak: soaked }, null, 2)}\n`);
  const plot = option('--plot');
  if (plot && workspaces.length > 1) plotWorkspaces(workspaces, plot);
}

await main();
