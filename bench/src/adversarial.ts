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
 * measurement because the gate refused the text.
 */
import { analyze } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { attributeSentences, attributionPass } from '../../server/src/core/attribution/index.js';
import { boilerplatePass } from '../../server/src/core/boilerplate/index.js';
import { claimRecords } from '../../server/src/core/corroboration/claims.js';

/** Doubling a line may cost at most this many times the time (noise allowance over 2×). */
const GROWTH_LIMIT = 3;
/** Below this the longest line's time is mostly noise (a collection, another process), and growth is not judged. */
const NOISE_FLOOR_MS = 50;
/** A shape that takes longer than this at some length is not measured at greater ones. */
const GIVE_UP_MS = 20_000;

const ARTICLE =
  'The council voted on Monday to close the old bridge to lorries.\n\n' +
  'The mayor said the repairs would cost about 2 million euros, according to the city treasurer.\n\n' +
  '“We have no other choice,” she told reporters after the meeting.\n\n';

/** A line of `length` characters built by repeating `unit`, cut to length (a whole line is one paragraph). */
const repeatTo = (unit: string, length: number, prefix = '') => (prefix + unit.repeat(Math.ceil(length / unit.length))).slice(0, length);

/** The hostile shapes: no sentence punctuation, runs of one character, quotes, separators, addresses. */
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
  ['sentences (for comparison)', (n) => repeatTo('The council voted to close the bridge on Monday, the mayor said. ', n)],
];

/** Lengths from 1,000 to 64,000 characters, and 100,000 (the longest line the gate lets through). */
const LENGTHS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 100_000];

function timeOnce(line: string): number {
  const started = performance.now();
  analyze(ARTICLE + line + '\n');
  // Ended with a full stop, so that the attribution pass takes it as running text and tags it.
  const article = parseArticle(`${line}.`);
  boilerplatePass(article);
  const sentences = attributeSentences(article, new Set(article.blocks.map((b) => b.index)));
  attributionPass(article, sentences);
  claimRecords(article, sentences);
  return performance.now() - started;
}

/** The fastest of a few runs: the least disturbed by the other work on the machine. */
function measure(line: string): number {
  let best = timeOnce(line);
  for (let i = 0; i < (best < 100 ? 4 : best < 1000 ? 2 : 0); i++) best = Math.min(best, timeOnce(line));
  return best;
}

/**
 * How many times the time grows per doubling of the line, over the last two doublings
 * measured (from a quarter of the longest length): the range where a cost above linear shows
 * most, and wide enough that one disturbed measurement on a shared machine does not decide.
 * Undefined when the times are too small to judge.
 */
function growthPerDoubling(lengths: readonly number[], times: readonly number[]): number | undefined {
  const last = times.length - 1;
  if (last < 1 || times[last]! < NOISE_FLOOR_MS) return undefined;
  let from = 0;
  while (from < last - 1 && lengths[from]! * 4 < lengths[last]!) from++;
  const doublings = Math.log2(lengths[last]! / lengths[from]!);
  return Math.pow(times[last]! / Math.max(times[from]!, 1), 1 / doublings);
}

export function runAdversarial(quick: boolean): boolean {
  const lengths = quick ? LENGTHS.filter((n) => n <= 32_000) : LENGTHS;
  console.log(`Adversarial lines: analysis time as the line doubles (fails above ${GROWTH_LIMIT}× per doubling)`);
  console.log(`| shape | ${lengths.map((n) => `${(n / 1000).toLocaleString('en')}k ms`).join(' | ')} | µs per character (longest) | growth per doubling (last two) |`);
  console.log(`| --- | ${lengths.map(() => '---:').join(' | ')} | ---: | ---: |`);
  measure(ARTICLE + 'Warm up the tagger and the lexicons.'); // loads wink's model outside the figures
  let failed = false;
  for (const [name, build] of SHAPES) {
    const times: number[] = [];
    for (const length of lengths) {
      const t = measure(build(length));
      times.push(t);
      if (t > GIVE_UP_MS) break;
    }
    const growth = growthPerDoubling(lengths, times);
    const bad = growth !== undefined && growth > GROWTH_LIMIT;
    failed ||= bad;
    const cells = lengths.map((_, i) => (times[i] === undefined ? '—' : times[i]!.toFixed(1)));
    const longest = lengths[times.length - 1]!;
    const perChar = ((times[times.length - 1]! * 1000) / longest).toFixed(2);
    console.log(`| ${name} | ${cells.join(' | ')} | ${perChar} | ${growth === undefined ? '—' : growth.toFixed(2)}${bad ? ' FAIL' : ''} |`);
  }
  console.log(failed ? '\nAdversarial run FAILED: some line costs more than linear time.' : '\nAdversarial run passed: every shape grows about linearly.');
  return !failed;
}
