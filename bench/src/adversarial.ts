/**
 * `npm run bench -- --adversarial`: long hostile lines, for analysis time that must grow in
 * proportion to the line. A regular expression that backtracks over a whole line at every
 * position turns one scraped "Tags: …" line into minutes of work (issue 16), and such a cost
 * only shows when the line is long, so each shape is measured at doubling lengths and the
 * growth of the time is what is judged: doubling the line may cost about twice the time, and
 * the run fails when it costs more than GROWTH_LIMIT times.
 *
 * Each line is analysed twice: inside a short article (the gate, then every pass if the gate
 * lets it through) and on its own with every pass forced over it, so that no pass escapes the
 * measurement because the gate refused the text; both times the outlet is read from the
 * boilerplate, as the corpus does for each file. The article is then cleaned, as the editor's
 * command and `corroborate clean` do (core's cleanText and io's cleanFileBytes), and that time
 * is judged on its own.
 *
 * On a busy machine one disturbed figure used to flip the verdict, so each size is the best of
 * several runs, growth is a slope fitted through three doublings rather than the ratio of two
 * figures, and a shape that fails is measured a second time before the verdict stands.
 */
import { analyze, cleanText, type Analysis } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { attributeSentences, attributionPass } from '../../server/src/core/attribution/index.js';
import { boilerplatePass } from '../../server/src/core/boilerplate/index.js';
import { claimRecords } from '../../server/src/core/corroboration/claims.js';
import { outletOf } from '../../server/src/core/corroboration/outlet.js';
import { cleanFileBytes } from '../../server/src/io/cleanBytes.js';
import { decodeText, type TextFile } from '../../server/src/io/readArticleFile.js';

/** Doubling a line may cost at most this many times the time (noise allowance over 2×). */
const GROWTH_LIMIT = 3;
/** Below this the longest line's time is mostly noise (a collection, another process), and growth is not judged. */
const NOISE_FLOOR_MS = 50;
/** A shape that takes longer than this at some length is not measured at greater ones. */
const GIVE_UP_MS = 20_000;
/** Growth is fitted through this many consecutive sizes at a time: three doublings. */
const FIT_SIZES = 4;

const ARTICLE =
  'The council voted on Monday to close the old bridge to lorries.\n\n' +
  'The mayor said the repairs would cost about 2 million euros, according to the city treasurer.\n\n' +
  '“We have no other choice,” she told reporters after the meeting.\n\n';

/** Page furniture after the hostile line, so that cleaning the article has a line to cut. */
const RIGHTS = '© 2026 The Valmora Post. All rights reserved.\n';

/** A line of `length` characters built by repeating `unit`, cut to length (a whole line is one paragraph). */
const repeatTo = (unit: string, length: number, prefix = '') => (prefix + unit.repeat(Math.ceil(length / unit.length))).slice(0, length);

/** The hostile shapes: no sentence punctuation, runs of one character, quotes, separators, addresses, runs of white space. */
const SHAPES: [string, (length: number) => string][] = [
  ['tag line (comma-separated words, no full stop)', (n) => repeatTo('river flooding, ', n, 'Tags: ')],
  ['words without sentence punctuation', (n) => repeatTo('the council voted to close ', n)],
  ['one letter repeated', (n) => repeatTo('a', n)],
  ['letters and spaces', (n) => repeatTo('a ', n)],
  ['spaces inside a line', (n) => `a${' '.repeat(n)}| b`],
  ['full stops', (n) => repeatTo('.', n)],
  ['hyphenated run', (n) => repeatTo('a-', n)],
  ['dotted run (no top-level domain)', (n) => repeatTo('a.', n)],
  ['straight quotes', (n) => repeatTo('"', n)],
  ['curly quotes around words', (n) => repeatTo('“word” ', n)],
  ['quote marks after a full stop', (n) => `word.${repeatTo('”', n)}x`],
  ['separators', (n) => repeatTo('Home | ', n)],
  ['chevrons', (n) => repeatTo('News » ', n)],
  ['commas', (n) => repeatTo(', ', n)],
  ['digits', (n) => repeatTo('1', n)],
  ['digit then zeros', (n) => `1${'0'.repeat(n)}1 troops`],
  ['numbers and spaces', (n) => repeatTo('12 ', n)],
  ['at signs', (n) => repeatTo('a@', n)],
  ['address without domain', (n) => `${repeatTo('a', n)}@ x`],
  ['emoji', (n) => repeatTo('🔴 ', n)],
  ['quoted sentences', (n) => repeatTo('“Yes.” ', n)],
  ['spaced straight quotes', (n) => repeatTo('" a ', n)],
  ['cue words without full stops', (n) => repeatTo('officials said that ', n)],
  ['nouns joined by commas', (n) => repeatTo('Lisbon, Madrid and Paris, ', n, 'Officials said ')],
  ['spaces between words (scraped menu)', (n) => `Home${' '.repeat(n)}News | World`],
  ['blank lines inside the article', (n) => `${'\n'.repeat(n)}The bridge will reopen in May, the council said.`],
  ['inner-word hyphens ("a-b ")', (n) => repeatTo('a-b ', n)],
  ['inner-word full stops ("a.b ")', (n) => repeatTo('a.b ', n)],
  ['rights line with spaces before "All rights reserved"', (n) => `© 2026 The Valmora Post${' '.repeat(n)}All rights reserved.`],
  // In lower case the outlet's "All rights…" is not cut off, and the spaces are tried one by one.
  ['rights line with spaces before "all rights reserved"', (n) => `© 2026 The Valmora Post${' '.repeat(n)}all rights reserved.`],
  ['sentences (for comparison)', (n) => repeatTo('The council voted to close the bridge on Monday, the mayor said. ', n)],
];

/** Lengths from 1,000 to 64,000 characters, and 100,000 (the longest line the gate lets through). */
const LENGTHS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 100_000];

interface Times {
  analyze: number;
  clean: number;
}

/**
 * The article's analysis for cleaning: analyze's own when the gate let the text through, else
 * the boilerplate pass forced over it, so that cleaning is measured whatever the gate says.
 */
function analysisToClean(analysis: Analysis): Analysis {
  if (analysis.article) return analysis;
  const article = parseArticle(analysis.text);
  return { text: analysis.text, article, annotations: boilerplatePass(article), claims: [], failures: [] };
}

function timeOnce(line: string): Times {
  // Read back as the CLI reads a file: a lone surrogate cut off by repeatTo becomes U+FFFD.
  const file = decodeText(new TextEncoder().encode(ARTICLE + line + '\n' + RIGHTS)) as TextFile;
  const text = file.text;
  const started = performance.now();
  const analysis = analyze(text);
  outletOf(analysis, 'bench.txt');
  // Ended with a full stop, so that the attribution pass takes it as running text and tags it.
  const article = parseArticle(`${line}.`);
  const boilerplate = boilerplatePass(article);
  outletOf({ text: article.text, article, annotations: boilerplate, claims: [], failures: [] }, 'bench.txt');
  const sentences = attributeSentences(article, new Set(article.blocks.map((b) => b.index)));
  attributionPass(article, sentences);
  claimRecords(article, sentences);
  const analysed = performance.now();
  const toClean = analysisToClean(analysis);
  const cleaning = performance.now();
  cleanText(toClean);
  cleanFileBytes(file, toClean);
  return { analyze: analysed - started, clean: performance.now() - cleaning };
}

/** The fastest of several runs, for each measurement: the least disturbed by the other work on the machine. */
function measure(line: string): Times {
  const best = timeOnce(line);
  const slowest = Math.max(best.analyze, best.clean);
  const runs = slowest < 100 ? 5 : slowest < 3_000 ? 3 : 1;
  for (let i = 1; i < runs; i++) {
    const t = timeOnce(line);
    best.analyze = Math.min(best.analyze, t.analyze);
    best.clean = Math.min(best.clean, t.clean);
  }
  return best;
}

/** One shape measured at each length, until a length takes longer than GIVE_UP_MS. */
function measureSeries(build: (length: number) => string, lengths: readonly number[]): Times[] {
  const series: Times[] = [];
  for (const length of lengths) {
    const t = measure(build(length));
    series.push(t);
    if (t.analyze > GIVE_UP_MS || t.clean > GIVE_UP_MS) break;
  }
  return series;
}

/** 2 to the least-squares slope of log time against log length: the growth per doubling through these sizes. */
function fittedGrowth(lengths: readonly number[], times: readonly number[]): number {
  const xs = lengths.map((n) => Math.log2(n));
  const ys = times.map((t) => Math.log2(Math.max(t, 1)));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY);
    sxx += (xs[i]! - meanX) ** 2;
  }
  return Math.pow(2, sxy / sxx);
}

/**
 * How many times the time grows per doubling of the line: the steepest slope fitted through
 * FIT_SIZES consecutive sizes (three doublings) whose longest time is above the noise floor. A
 * slope through four points is not moved much by one disturbed figure, as the ratio of the
 * last two was; and taking the steepest window still catches a cost that is quadratic only
 * until the gate refuses the longest lines (the time then flattens at the top, and a fit over
 * the last sizes alone read 2.99 for a line that grows 4× per doubling below them). Undefined
 * when no window is slow enough to judge.
 */
function growthPerDoubling(lengths: readonly number[], times: readonly number[]): number | undefined {
  let steepest: number | undefined;
  const size = Math.min(FIT_SIZES, times.length);
  for (let from = 0; from + size <= times.length; from++) {
    if (times[from + size - 1]! < NOISE_FLOOR_MS || size < 2) continue;
    const growth = fittedGrowth(lengths.slice(from, from + size), times.slice(from, from + size));
    steepest = Math.max(steepest ?? growth, growth);
  }
  return steepest;
}

interface Verdict {
  times: number[];
  growth: number | undefined;
  bad: boolean;
}

function verdict(lengths: readonly number[], times: number[]): Verdict {
  const growth = growthPerDoubling(lengths, times);
  return { times, growth, bad: growth !== undefined && growth > GROWTH_LIMIT };
}

/** The lower of two series, size by size (the second may be shorter when it gave up earlier). */
const lowerOf = (a: readonly number[], b: readonly number[]) => a.map((t, i) => Math.min(t, b[i] ?? t));

function tableRow(name: string, lengths: readonly number[], { times, growth, bad }: Verdict): string {
  const cells = lengths.map((_, i) => (times[i] === undefined ? '—' : times[i]!.toFixed(1)));
  const longest = lengths[times.length - 1]!;
  const perChar = ((times[times.length - 1]! * 1000) / longest).toFixed(2);
  return `| ${name} | ${cells.join(' | ')} | ${perChar} | ${growth === undefined ? '—' : growth.toFixed(2)}${bad ? ' FAIL' : ''} |`;
}

function printTable(title: string, lengths: readonly number[], rows: readonly string[]): void {
  console.log(`\n${title}`);
  console.log(`| shape | ${lengths.map((n) => `${(n / 1000).toLocaleString('en')}k ms`).join(' | ')} | µs per character (longest) | growth per doubling (steepest over three doublings) |`);
  console.log(`| --- | ${lengths.map(() => '---:').join(' | ')} | ---: | ---: |`);
  for (const row of rows) console.log(row);
}

export function runAdversarial(quick: boolean): boolean {
  const lengths = quick ? LENGTHS.filter((n) => n <= 32_000) : LENGTHS;
  console.log(`Adversarial lines: time as the line doubles, best of several runs per size (fails above ${GROWTH_LIMIT}× per doubling)`);
  measure('Warm up the tagger and the lexicons.'); // loads wink's model outside the figures
  const analyzeRows: string[] = [];
  const cleanRows: string[] = [];
  const failures: string[] = [];
  for (const [name, build] of SHAPES) {
    let series = measureSeries(build, lengths);
    let analysis = verdict(
      lengths,
      series.map((t) => t.analyze),
    );
    let cleaning = verdict(
      lengths,
      series.map((t) => t.clean),
    );
    if (analysis.bad || cleaning.bad) {
      // A failure is measured again before it stands: a busy machine slows one run, not two.
      series = measureSeries(build, lengths);
      analysis = verdict(
        lengths,
        lowerOf(
          analysis.times,
          series.map((t) => t.analyze),
        ),
      );
      cleaning = verdict(
        lengths,
        lowerOf(
          cleaning.times,
          series.map((t) => t.clean),
        ),
      );
    }
    analyzeRows.push(tableRow(name, lengths, analysis));
    cleanRows.push(tableRow(name, lengths, cleaning));
    if (analysis.bad) failures.push(`analyze: ${name} (${analysis.growth!.toFixed(2)}× per doubling)`);
    if (cleaning.bad) failures.push(`clean: ${name} (${cleaning.growth!.toFixed(2)}× per doubling)`);
  }
  printTable('Analysis (analyze, and every pass forced over the line), ms', lengths, analyzeRows);
  printTable('Cleaning (cleanText and cleanFileBytes on that analysis), ms', lengths, cleanRows);
  if (failures.length === 0) {
    console.log('\nAdversarial run passed: every shape grows about linearly.');
    return true;
  }
  console.log(`\nAdversarial run FAILED: some line costs more than linear time.\n${failures.map((f) => `- ${f}`).join('\n')}`);
  return false;
}
