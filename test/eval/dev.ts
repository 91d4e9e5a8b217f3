/**
 * `npm run eval:dev`: the project scored on public, labelled development data — the sets that
 * the data kit (`../shared/devdata`, see its README.md) builds from public repositories into a
 * folder outside the repository. Runs every scorer of the kit against the built CLI, prints
 * what each prints, then a table of the headline figures (QUALITY.md says what they mean).
 *
 * Options: --devdata PATH (the folder build.sh wrote; else $DEVDATA, else ../devdata-build
 * beside the checkout), --json FILE (write the figures, to compare rounds), --errors N (passed
 * to every scorer: show N misses and N false alarms of each).
 * The kit is found at $DEVDATA_KIT, else ../shared/devdata beside the checkout.
 * One set is this project's addition, not the kit's: newspaper's test pages, whole web pages of
 * some 65 sites (newspaperPages.ts builds it into the same data folder); it is scored when built.
 *
 * Neither `npm test` nor CI runs this: the data is mostly copyrighted news text that must
 * never be committed, so without it this stops with a message saying how to build it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { besideCheckout, git } from '../../server/src/tools/besideCheckout.js';
import { DEFAULT_CONFLICT_THRESHOLD, DEFAULT_SIMILARITY_THRESHOLD } from '../../server/src/core/corroboration/index.js';
import { repoRoot } from '../support/paths.js';
import { cleanSets, formatCleanFigures, measureCleanSet } from './cleanArticles.js';
import { measureHeldOutFlags } from './heldOutFlags.js';
import { measureVagueWarnings } from './vagueWarnings.js';
import type { ClassScore } from './boilerplateScore.js';
import { measurePostlightSample, POSTLIGHT_SAMPLES, readerSample } from './postlightSample.js';
import { measureReaderChecked } from './readerChecked.js';
import { hardWrappedView } from './hardWrappedView.js';

const usage = 'usage: npm run eval:dev -- [--devdata PATH] [--json FILE] [--errors N]';
let options: { devdata?: string; json?: string; errors?: string };
try {
  options = parseArgs({ options: { devdata: { type: 'string' }, json: { type: 'string' }, errors: { type: 'string' } } }).values;
} catch (error) {
  console.error(`eval:dev: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const beside = (relative: string) => besideCheckout(repoRoot, relative);

const kit = path.resolve(process.env.DEVDATA_KIT ?? beside(path.join('shared', 'devdata')));
const devdata = path.resolve(options.devdata ?? process.env.DEVDATA ?? beside('devdata-build'));

if (!existsSync(path.join(kit, 'score', 'lib.mjs'))) {
  console.error(`eval:dev: no development data kit at ${kit} (it holds build.sh and score/); set DEVDATA_KIT to its folder.`);
  process.exit(2);
}

/** What a headline figure is read from: a scorer's summary line, by a pattern with named groups. */
interface Figure {
  key: string;
  label: string;
  pattern: RegExp;
  /** Printed only when the scorer prints it (an older kit may not). */
  optional?: boolean;
}

interface Scorer {
  id: string;
  label: string;
  script: string;
  args: string[];
  /** The built set it reads, relative to the data folder. */
  set: string;
  /**
   * A set the kit does not build, scored by the kit's readability scorer: it is shown to the
   * scorer as the readability set of a data folder of its own (a link under a temporary folder).
   */
  asReadability?: boolean;
  /** Built by a script of this project, not by the kit: when missing, skipped with a hint. */
  extra?: { build: string };
  /** The set's articles hard-wrapped at this width, in a view of the data folder (hardWrappedView.ts). */
  hardWrapped?: number;
  /** …each line at its own width from this one up to `hardWrapped`. */
  wrappedFrom?: number;
  figures: Figure[];
}

const prf = (prefix: string) => new RegExp(`^${prefix}\\s*P (?<p>[\\d.]+) R (?<r>[\\d.]+) F1 (?<f1>[\\d.]+)`, 'm');
/** Every boilerplate scorer's two lines: each class as the positive one. */
const boilerplateFigures: Figure[] = [
  { key: 'boilerplate', label: 'boilerplate lines', pattern: prf('boilerplate lines:') },
  { key: 'content', label: 'content lines', pattern: prf('content lines:') },
];

/** The attribution scorer's lines, on the set as built and on its hard-wrapped view. */
const attributionFigures: Figure[] = [
  { key: 'attributed', label: 'attributed sentences', pattern: prf('attributed-sentence detection:') },
  { key: 'sourceNamed', label: 'source named (share)', pattern: /^source named \(>= half its words\): \d+\/\d+ = (?<value>[\d.]+)/m },
  {
    key: 'unattributedOnAttributed',
    label: '"unattributed" on attributed (rate)',
    optional: true,
    pattern: /^"unattributed" flags on gold-attributed sentences: \d+\/\d+ = (?<value>[\d.]+)/m,
  },
];

// The kit's scorers in the order of its README.
const scorers: Scorer[] = [
  {
    id: 'boilerplate',
    label: 'boilerplate, readability cropped (k=10)',
    script: 'boilerplate.mjs',
    args: [],
    set: 'boilerplate/readability',
    figures: boilerplateFigures,
  },
  {
    id: 'boilerplateFull',
    label: 'boilerplate, readability full pages',
    script: 'boilerplate.mjs',
    args: ['--full'],
    set: 'boilerplate/readability',
    figures: boilerplateFigures,
  },
  ...(['cropped', 'full'] as const).map(
    (mode): Scorer => ({
      id: mode === 'full' ? 'newspaperFull' : 'newspaper',
      label: `boilerplate, newspaper ${mode === 'full' ? 'full pages' : 'cropped (k=10)'}`,
      script: 'boilerplate.mjs',
      args: mode === 'full' ? ['--full'] : [],
      set: 'boilerplate/newspaper',
      asReadability: true,
      extra: { build: 'DEVDATA_TOOLS=<tools> npm run devdata:newspaper -- --source <codelucas/newspaper snapshot>/tests/data --devdata <data folder>' },
      figures: boilerplateFigures,
    }),
  ),
  {
    id: 'attribution',
    label: 'attribution, PolNeAR dev',
    script: 'attribution.mjs',
    args: ['--split', 'dev'],
    set: 'attribution/polnear',
    figures: attributionFigures,
  },
  {
    // The same articles saved hard-wrapped, as a mail client or `fold` leaves them: the figures
    // should be the ones above (round 348; before it, most sentences were cut at line ends).
    id: 'attributionWrapped',
    label: 'attribution, PolNeAR dev wrapped at 72',
    script: 'attribution.mjs',
    args: ['--split', 'dev'],
    set: 'attribution/polnear',
    hardWrapped: 72,
    figures: attributionFigures,
  },
  {
    // As a PDF's text layer gives them: each line full at its own width in characters (round 405;
    // before it, 13 of 60 such articles were skipped and the rest read line by line).
    id: 'attributionRagged',
    label: 'attribution, PolNeAR dev ragged 60-85',
    script: 'attribution.mjs',
    args: ['--split', 'dev'],
    set: 'attribution/polnear',
    hardWrapped: 85,
    wrappedFrom: 60,
    figures: attributionFigures,
  },
  {
    id: 'corroboration',
    label: 'corroboration, ECB+ topics 1-35',
    script: 'corroboration.mjs',
    args: [],
    set: 'corroboration/ecbplus',
    figures: [{ key: 'sameEvent', label: 'same-event links', pattern: prf('same-event links:') }],
  },
  {
    id: 'paraphrase',
    label: 'paraphrase, MRPC train',
    script: 'paraphrase.mjs',
    args: [],
    set: 'corroboration/mrpc',
    figures: [{ key: 'linked', label: 'paraphrase pairs linked', pattern: prf('paraphrase pairs linked:') }],
  },
  {
    id: 'claims',
    label: 'claims, ClaimBuster train',
    script: 'claims.mjs',
    args: [],
    set: 'claims/claimbuster',
    figures: [{ key: 'anyClaim', label: 'check-worthy = any claim', pattern: prf('check-worthy = any claim annotation:') }],
  },
];

const missing = [...new Set(scorers.filter((s) => !s.extra).map((s) => s.set))].filter((set) => !existsSync(path.join(devdata, set)));
if (missing.length > 0) {
  const readme = path.join(kit, 'README.md');
  console.error(
    [
      `eval:dev: the development data is not built at ${devdata} (missing: ${missing.join(', ')}).`,
      `Build it outside the repository and never commit it (${readme}, "Building"):`,
      `  1. snapshots of mozilla/readability, networkdynamics/PolNeAR, tommasoc80/EventStoryLine,`,
      `     mieseung/Cutoff_with_Attribution and utaresearch/claimbuster-spotter, each a git directory at <mirror>/<owner>+<name>/repo`,
      `  2. mkdir -p <tools> && cd <tools> && npm init -y && npm install htmlparser2@9 iconv-lite`,
      `  3. MIRROR=<mirror> DEVDATA_TOOLS=<tools> bash ${path.join(kit, 'build.sh')} ${devdata}`,
      `or point at a built copy: npm run eval:dev -- --devdata PATH (or DEVDATA=PATH).`,
    ].join('\n'),
  );
  process.exit(2);
}

type Value = number | { p: number; r: number; f1: number };
const figures: Record<string, Record<string, Value>> = {};
const seconds: Record<string, number> = {};
const failures: string[] = [];
const head = git(repoRoot, ['rev-parse', '--short', 'HEAD']);
// Uncommitted changes to tracked files make the figures those of no commit: say so in the JSON.
const dirty = (git(repoRoot, ['status', '--porcelain', '--untracked-files=no']) ?? '') !== '';
console.log(`eval:dev: ${head ?? 'unknown commit'}${dirty ? ' with uncommitted changes' : ''}; data ${devdata}; kit ${kit}`);

const views = mkdtempSync(path.join(tmpdir(), 'corroborate-devdata-'));
for (const scorer of scorers) {
  const args = [path.join(kit, 'score', scorer.script), ...scorer.args, ...(options.errors ? ['--errors', options.errors] : [])];
  console.log(`\n== ${scorer.label}: node ${path.relative(repoRoot, args[0]!)} ${args.slice(1).join(' ')}`.trimEnd());
  if (scorer.extra && !existsSync(path.join(devdata, scorer.set, 'index.jsonl'))) {
    console.log(`not built (${path.join(devdata, scorer.set)}); to add it: ${scorer.extra.build}`);
    continue;
  }
  let data = devdata;
  if (scorer.hardWrapped !== undefined) data = hardWrappedView(devdata, scorer.set, scorer.hardWrapped, path.join(views, scorer.id), scorer.wrappedFrom);
  if (scorer.asReadability) {
    data = path.join(views, scorer.set.replace(/\W+/g, '-'));
    mkdirSync(path.join(data, 'boilerplate'), { recursive: true });
    if (!existsSync(path.join(data, 'boilerplate', 'readability'))) symlinkSync(path.join(devdata, scorer.set), path.join(data, 'boilerplate', 'readability'));
  }
  const start = performance.now();
  // The scorers find the CLI through package.json in PROJECT and the data through DEVDATA.
  const run = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, DEVDATA: data, PROJECT: repoRoot },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 28,
  });
  seconds[scorer.id] = Math.round((performance.now() - start) / 100) / 10;
  process.stdout.write(run.stdout ?? '');
  if (run.status !== 0) {
    failures.push(`${scorer.label}: the scorer exited with ${run.status ?? run.signal}`);
    continue;
  }
  const found: Record<string, Value> = {};
  for (const figure of scorer.figures) {
    const groups = figure.pattern.exec(run.stdout)?.groups;
    if (!groups) {
      // A kit whose summary lines changed must not give a table with holes nobody notices.
      if (!figure.optional) failures.push(`${scorer.label}: no "${figure.label}" line in its output`);
      continue;
    }
    found[figure.key] = groups.value !== undefined ? Number(groups.value) : { p: Number(groups.p), r: Number(groups.r), f1: Number(groups.f1) };
  }
  figures[scorer.id] = found;
}
rmSync(views, { recursive: true, force: true });

// Clean articles (article text only, no furniture): every line flagged there is a false alarm,
// the figure issue 13 is about. Measured in process, on the core, from the same data folder.
const clean: Record<string, { lineShare: number; overFifth: number; skipped: number; articles: number }> = {};
console.log('\n== clean articles (everything flagged is a false alarm): test/eval/cleanArticles.ts');
{
  const start = performance.now();
  for (const set of cleanSets(devdata)) {
    const result = measureCleanSet(set);
    console.log(formatCleanFigures(result));
    clean[set.label] = { lineShare: result.flaggedLines / Math.max(1, result.lines), overFifth: result.overFifth, skipped: result.skipped, articles: result.articles };
  }
  seconds['cleanArticles'] = Math.round((performance.now() - start) / 100) / 10;
  if (Object.keys(clean).length === 0) failures.push('clean articles: no PolNeAR or ECB+ articles in the data folder');
}

// The newspaper whole pages against a gold that blind readers checked where it and the project
// disagreed: the extractor's gold misjudges some lines both ways (QUALITY.md round 103).
console.log('\n== newspaper full pages, gold checked by readers: test/eval/readerChecked.ts');
const readerChecked = measureReaderChecked(devdata);
if (readerChecked) {
  const { boilerplate: b, content: c } = readerChecked;
  console.log(`pages ${readerChecked.pages}, lines ${readerChecked.lines}; reader labels applied ${readerChecked.applied}, left out as stale ${readerChecked.stale}`);
  console.log(`boilerplate lines: P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}`);
  console.log(`content lines:     P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)} F1 ${c.f1.toFixed(3)}`);
} else console.log('not built (the newspaper pages); see the newspaper rows above');

// Whole pages no rule was written against, estimated from blind labels of sampled lines.
console.log('\n== postlight whole pages, sampled lines read blind: test/eval/postlightSample.ts');
const postlightSamples = POSTLIGHT_SAMPLES.map(({ round, file }) => ({ round, estimate: existsSync(file) ? measurePostlightSample(devdata, readerSample(file)) : undefined }));
const postlight = postlightSamples[0]!.estimate;
if (postlight) {
  for (const { round, estimate } of postlightSamples) {
    if (!estimate) continue;
    const { boilerplate: b, content: c } = estimate;
    console.log(`sample drawn in round ${round}:`);
    console.log(
      `labels used ${estimate.used}; left out: unsure ${estimate.unsure}, stale ${estimate.stale}, on refused pages ${estimate.refused}; judged otherwise than the sampled build: ${estimate.moved}`,
    );
    console.log(`boilerplate lines: P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)} (estimate)`);
    console.log(`content lines:     P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)} F1 ${c.f1.toFixed(3)} (estimate)`);
  }
} else console.log('not built: DEVDATA_TOOLS=<tools> npm run devdata:postlight -- --source <postlight/parser snapshot>/fixtures --devdata <data folder>');

// The "unattributed" flags on blind readers' labels that no fit has seen (issue 14's reader bar).
console.log('\n== unattributed flags on blind reader labels never fitted on: test/eval/heldOutFlags.ts');
const heldOutFlags = measureHeldOutFlags(devdata, repoRoot);
for (const f of heldOutFlags)
  console.log(
    `batch ${f.batch}: ${f.labelled} sentences, ${f.flaggedByReaders} flagged by readers; the committed model flags ${f.flagged}, P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)}` +
      ` (first readings, ledes read without the paragraphs after them: ${f.firstReadings.flaggedByReaders} flagged by readers, P ${f.firstReadings.precision.toFixed(3)} R ${f.firstReadings.recall.toFixed(3)})`,
  );
if (heldOutFlags.length === 0) failures.push('unattributed flags: no test batch of blind labels could be read in the data folder');

// The vague-source warnings the committed model keeps, on the blind readers' labels it was fitted on.
console.log('\n== vague-source warnings on blind reader labels: test/eval/vagueWarnings.ts');
const vagueWarnings = measureVagueWarnings(devdata, repoRoot);
if (vagueWarnings) {
  const v = vagueWarnings;
  console.log(`${v.labelled} labelled warnings, ${v.weighed} the rules still raise; a reader would query ${v.all.precision.toFixed(3)} of them`);
  console.log(`the committed model keeps ${v.kept.kept}: queried ${v.kept.precision.toFixed(3)}, ${v.kept.recall.toFixed(3)} of the queried kept (fitted on these labels)`);
  if (v.heldOut) console.log(`cross-validated at its threshold: kept ${v.heldOut.kept}, queried ${v.heldOut.precision.toFixed(3)}, ${v.heldOut.recall.toFixed(3)} of the queried kept`);
} else console.log('not measured: no committed model, or the labelled articles are not in the data folder');

const cell = (x: number | undefined) => (x === undefined ? '' : x.toFixed(3)).padStart(6);
// Corroboration and paraphrase run the CLI at its default thresholds (it takes no setting for
// them), so the heading names those.
console.log(`\n== headline figures (P, R, F1; one value for a share or rate; links at similarity ≥ ${DEFAULT_SIMILARITY_THRESHOLD}, ` + `conflicts at ≥ ${DEFAULT_CONFLICT_THRESHOLD}; s = seconds)`);
console.log(`${'set'.padEnd(42)}${'figure'.padEnd(38)}${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'s'.padStart(6)}`);
for (const scorer of scorers) {
  scorer.figures.forEach((figure, i) => {
    const value = figures[scorer.id]?.[figure.key];
    if (value === undefined && (figure.optional || (scorer.extra && !figures[scorer.id]))) return;
    const [p, r, f1] = value === undefined ? [] : typeof value === 'number' ? [undefined, undefined, value] : [value.p, value.r, value.f1];
    const set = i === 0 ? scorer.label : '';
    const time = i === 0 ? (seconds[scorer.id]?.toFixed(1) ?? '').padStart(6) : '';
    console.log(`${set.padEnd(42)}${figure.label.padEnd(38)}${cell(p)} ${cell(r)} ${cell(f1)} ${time}`.trimEnd());
  });
}

/** A set's two class rows of the table, the set named on the first. */
function classRows(set: string, rows: readonly [string, ClassScore][]): void {
  for (const [i, [label, v]] of rows.entries()) {
    console.log(`${(i === 0 ? set : '').padEnd(42)}${label.padEnd(38)}${cell(v.precision)} ${cell(v.recall)} ${cell(v.f1)}`);
  }
}

if (readerChecked) {
  classRows('newspaper full pages, reader-checked', [
    ['boilerplate lines', readerChecked.boilerplate],
    ['content lines', readerChecked.content],
  ]);
}

for (const { round, estimate } of postlightSamples) {
  if (!estimate) continue;
  classRows(`postlight whole pages, blind (r${round})`, [
    ['boilerplate lines (estimate)', estimate.boilerplate],
    ['content lines (estimate)', estimate.content],
  ]);
}

for (const [label, c] of Object.entries(clean)) {
  console.log(
    `${('clean: ' + label).padEnd(42)}${'lines flagged (share)'.padEnd(38)}${cell(undefined)} ${cell(undefined)} ${cell(c.lineShare)}` +
      `   > 1/5 flagged: ${c.overFifth}/${c.articles}, skipped: ${c.skipped}`,
  );
}

for (const f of heldOutFlags) {
  console.log(`${('flags: blind labels, batch ' + f.batch).padEnd(42)}${'unattributed flags right'.padEnd(38)}${cell(f.precision)} ${cell(f.recall)}`);
}

if (vagueWarnings?.heldOut) {
  console.log(`${'vague warnings: blind labels (CV)'.padEnd(42)}${'warnings a reader would query'.padEnd(38)}${cell(vagueWarnings.heldOut.precision)} ${cell(vagueWarnings.heldOut.recall)}`);
}

if (options.json) {
  const file = path.resolve(options.json);
  mkdirSync(path.dirname(file), { recursive: true });
  const record = {
    commit: head ?? null,
    dirty,
    date: new Date().toISOString(),
    node: process.version,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB`,
    devdata,
    thresholds: { similarity: DEFAULT_SIMILARITY_THRESHOLD, conflict: DEFAULT_CONFLICT_THRESHOLD },
    figures,
    clean,
    readerChecked: readerChecked ?? null,
    postlightSample: postlight ?? null,
    postlightSamples: postlightSamples.map(({ round, estimate }) => ({ round, estimate: estimate ?? null })),
    heldOutFlags,
    vagueWarnings: vagueWarnings ?? null,
    seconds,
  };
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
  console.log(`wrote ${file}`);
}

if (failures.length > 0) {
  console.error(`\neval:dev: ${failures.length} scorer${failures.length === 1 ? '' : 's'} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
