/**
 * The learned line model: the rules' evidence on a line, as numbers, weighed by a logistic
 * regression whose weights are data (lineModel.json, written by `npm run train -- boilerplate`
 * from labelled pages and clean articles). The features are code, here; what they weigh is
 * learned. Where the model may decide, and where the rules keep the last word, is classify.ts.
 */
import modelData from './lineModel.json' with { type: 'json' };
import { logisticProbability, standardisedWeightsOf, type StandardisedWeights, weightsObjectOf } from '../logisticWeights.js';
import { isLoneBlurb, REGION_REASON, type RuleDecisions } from './classify.js';
import { isListItem, isProse, isQuoteLine, isRow, isRunningText, isSentenceLike, isSentenceShaped, isShortSentence, rowRuns, type BlockFeatures, type RowRuns } from './features.js';
import { distanceToSpan } from './mainSpan.js';
import { offTopicOverlap, onTopicOverlap, type TopicOverlap } from './topic.js';

/** The reasons the rules give, in a fixed order: each is a feature of its own. */
export const RULE_REASONS = [
  'a web address on its own',
  'a gallery counter',
  'a date or time on its own',
  'a credit line ending in a dash',
  'a breadcrumb or menu row',
  'a teaser with its read-more link',
  'a sponsored teaser credited to a site',
  'a section marker',
  'a labelled line',
  'the heading of a profile',
  'a byline',
  'a name with a job title',
  'a rights notice',
  'a boilerplate sentence',
  'a boilerplate phrase outside article prose',
  'a line of widget words',
  'prices or percentages with promotional words',
  'contact details',
  'repeated in other files',
  'above the headline',
  'a name under the headline',
  'between headline and article',
  'under a section marker',
  'after the end of the article',
  'a name beside a byline',
  'a non-prose line off the article topic',
] as const;

/** The kinds of region a marker opens (classify.ts, REGION_CATEGORIES), each a feature. */
const REGION_KINDS = ['related', 'comments', 'author-bio', 'caption'] as const;

const WINDOW = 3;
/** A page's regions (a menu, a teaser list, a comment thread) run for tens of lines. */
const WIDE_WINDOW = 10;
const flag = (b: boolean) => (b ? 1 : 0);
const log1p = Math.log1p;

/** A row of a table of results or a line-up: numbers or names, without furniture words or links. */
function isNamesAndNumbersRow(f: BlockFeatures): boolean {
  return f.wordCount > 0 && f.capitalisedRatio >= 0.5 && !f.hasUrl && !f.marker && !f.prefix && f.phrases.length === 0 && f.wordShare.size === 0 && f.siteVoice === 0;
}

type Feature = [name: string, value: (d: RuleDecisions, i: number, c: DocContext) => number];

interface DocContext {
  n: number;
  contentStart: number;
  runs: RowRuns;
  articleShare: number;
  /** Distance from each block to the nearest block of article prose (n when there is none). */
  distance: number[];
  ruleFlagged: boolean[];
  /** Each block's overlap with the topic. */
  overlap: Readonly<TopicOverlap>[];
  /** For each row, the share of its run's rows that share a word with the topic, and that are names and numbers. */
  runTopic: number[];
  runNames: number[];
  /** For a line in a marker's region, the marker's block; -1 elsewhere. */
  regionMarker: number[];
  /** Blocks from each block to the stretch where the article's prose is densest (mainSpan.ts). */
  spanDistance: number[];
  /** How many other blocks of the page hold the same line ("Undo", "Get Started", "Reply"). */
  samePage: number[];
}

function docContext(d: RuleDecisions): DocContext {
  const n = d.features.length;
  const distance = new Array<number>(n).fill(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (d.articleLike[i]) last = i;
    if (last !== -1) distance[i] = i - last;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (d.articleLike[i]) last = i;
    if (last !== -1) distance[i] = Math.min(distance[i]!, last - i);
  }
  const articles = d.articleLike.filter(Boolean).length;
  const overlap = d.features.map((f) => d.topic.overlap(f));
  const runs = rowRuns(d.features);
  const runTopic = new Array<number>(n).fill(0);
  const runNames = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i = runs.runEnd[i]! + 1) {
    const end = runs.runEnd[i]!;
    if (!isRow(d.features[i]!)) continue;
    let topical = 0;
    let names = 0;
    for (let k = i; k <= end; k++) {
      if (overlap[k]!.shared > 0) topical++;
      if (isNamesAndNumbersRow(d.features[k]!)) names++;
    }
    for (let k = i; k <= end; k++) {
      runTopic[k] = topical / (end - i + 1);
      runNames[k] = names / (end - i + 1);
    }
  }
  const regionMarker = new Array<number>(n).fill(-1);
  let marker = -1;
  for (let i = 0; i < n; i++) {
    const verdict = d.verdicts[i];
    if (verdict?.opensRegion) marker = i;
    else if (verdict?.reason === REGION_REASON) regionMarker[i] = marker;
  }
  const counts = new Map<string, number>();
  for (const f of d.features) if (f.wordCount > 0) counts.set(f.normalised, (counts.get(f.normalised) ?? 0) + 1);
  const samePage = d.features.map((f) => (f.wordCount > 0 ? counts.get(f.normalised)! - 1 : 0));
  return {
    spanDistance: distanceToSpan(d.mainSpan, n),
    samePage,
    regionMarker,
    overlap,
    runTopic,
    runNames,
    n,
    contentStart: d.headline === -1 ? d.bodyStart : d.headline,
    runs,
    articleShare: n ? articles / n : 0,
    distance,
    ruleFlagged: d.verdicts.map((v) => v !== undefined),
  };
}

function windowShare(values: readonly boolean[], i: number, window = WINDOW): number {
  let count = 0;
  let total = 0;
  for (let j = i - window; j <= i + window; j++) {
    if (j === i || j < 0 || j >= values.length) continue;
    total++;
    if (values[j]) count++;
  }
  return total ? count / total : 0;
}

function maxShare(f: BlockFeatures): number {
  let best = 0;
  for (const share of f.wordShare.values()) if (share > best) best = share;
  return best;
}

function sumShare(f: BlockFeatures): number {
  let sum = 0;
  for (const share of f.wordShare.values()) sum += share;
  return Math.min(1, sum);
}

/** The run is introduced by the article: the line above it is article prose or ends with a colon. */
function runFollowsArticle(d: RuleDecisions, c: DocContext, i: number): boolean {
  const above = c.runs.runStart[i]! - 1;
  if (above < 0) return false;
  return d.articleLike[above]! || /:\s*$/.test(d.features[above]!.text);
}

function runFollowedByArticle(d: RuleDecisions, c: DocContext, i: number): boolean {
  const below = c.runs.runEnd[i]! + 1;
  return below < c.n && d.articleLike[below]!;
}

const FEATURES: readonly Feature[] = [
  // The line's form.
  ['words (log)', (d, i) => log1p(d.features[i]!.wordCount)],
  ['words <= 2', (d, i) => flag(d.features[i]!.wordCount <= 2)],
  ['words 3-5', (d, i) => flag(d.features[i]!.wordCount >= 3 && d.features[i]!.wordCount <= 5)],
  ['words 6-10', (d, i) => flag(d.features[i]!.wordCount >= 6 && d.features[i]!.wordCount <= 10)],
  ['words 11-20', (d, i) => flag(d.features[i]!.wordCount >= 11 && d.features[i]!.wordCount <= 20)],
  ['characters (log)', (d, i) => log1p(d.features[i]!.text.length)],
  ['stopword share', (d, i) => d.features[i]!.stopwordRatio],
  ['capitalised share', (d, i) => d.features[i]!.capitalisedRatio],
  ['digit share', (d, i) => d.features[i]!.digitRatio],
  ['ends like a sentence', (d, i) => flag(d.features[i]!.terminal)],
  ['question', (d, i) => flag(d.features[i]!.isQuestion)],
  ['starts like a sentence', (d, i) => flag(d.features[i]!.startsLikeSentence)],
  ['ends with a colon', (d, i) => flag(/:\s*$/.test(d.features[i]!.text))],
  ['all capitals', (d, i) => flag(/\p{L}/u.test(d.features[i]!.text) && d.features[i]!.text === d.features[i]!.text.toUpperCase())],
  ['starts with a bullet', (d, i) => flag(/^[•·*▪►–-]\s/u.test(d.features[i]!.text))],
  ['site voice', (d, i) => Math.min(d.features[i]!.siteVoice, 3) / 3],
  ['has a web address', (d, i) => flag(d.features[i]!.hasUrl)],
  ['only a web address', (d, i) => flag(d.features[i]!.urlOnly)],
  ['contact details', (d, i) => flag(d.features[i]!.hasContact)],
  ['money or percentages', (d, i) => flag(d.features[i]!.hasMoney)],
  ['only a date or time', (d, i) => flag(d.features[i]!.timestampOnly)],
  ['credit ending in a dash', (d, i) => flag(d.features[i]!.dashCredit)],
  ['menu row', (d, i) => flag(d.features[i]!.breadcrumb)],
  ['gallery counter', (d, i) => flag(d.features[i]!.galleryCounter)],
  ['byline shape', (d, i) => flag(d.features[i]!.byline)],
  ['a name', (d, i) => flag(d.features[i]!.nameLike)],
  ['a job title', (d, i) => flag(d.features[i]!.hasTitle)],
  ['prose', (d, i) => flag(isProse(d.features[i]!))],
  ['sentence-like', (d, i) => flag(isSentenceLike(d.features[i]!))],
  ['sentence-shaped', (d, i) => flag(isSentenceShaped(d.features[i]!))],
  ['short sentence', (d, i) => flag(isShortSentence(d.features[i]!))],
  ['running text', (d, i) => flag(isRunningText(d.features[i]!))],
  ['quote line', (d, i) => flag(isQuoteLine(d.features[i]!))],
  ['numbered item', (d, i) => flag(isListItem(d.features[i]!))],
  // Lexicon hits.
  ['marker', (d, i) => flag(d.features[i]!.marker !== undefined)],
  ['labelled prefix', (d, i) => flag(d.features[i]!.prefix !== undefined)],
  ['boilerplate sentence phrase', (d, i) => flag(d.features[i]!.sentence !== undefined)],
  ['boilerplate phrase', (d, i) => flag(d.features[i]!.phrases.length > 0)],
  ['widget words, top share', (d, i) => maxShare(d.features[i]!)],
  ['widget words, all shares', (d, i) => sumShare(d.features[i]!)],
  // Position.
  ['relative position', (_d, i, c) => (c.n > 1 ? i / (c.n - 1) : 0)],
  ['above the headline', (_d, i, c) => flag(i < c.contentStart)],
  ['between headline and body', (d, i, c) => flag(i > c.contentStart && i < d.bodyStart)],
  ['inside the body', (d, i) => flag(i >= d.bodyStart && i <= d.lastArticle)],
  ['below the last article paragraph', (d, i) => flag(d.lastArticle >= 0 && i > d.lastArticle)],
  ['below the last running text', (d, i) => flag(i > d.lastContent)],
  ['at or below the tail evidence', (d, i) => flag(i >= d.tailStart)],
  ['distance to article prose (log)', (_d, i, c) => log1p(c.distance[i]!)],
  ['lines above the body (log)', (d, i) => log1p(Math.max(0, d.bodyStart - i))],
  ['lines below the body (log)', (d, i) => log1p(d.lastArticle >= 0 ? Math.max(0, i - d.lastArticle) : 0)],
  // Neighbours.
  ['previous line flagged by rules', (_d, i, c) => flag(i > 0 && c.ruleFlagged[i - 1]!)],
  ['next line flagged by rules', (_d, i, c) => flag(i + 1 < c.n && c.ruleFlagged[i + 1]!)],
  ['previous line article prose', (d, i) => flag(i > 0 && d.articleLike[i - 1]!)],
  ['next line article prose', (d, i, c) => flag(i + 1 < c.n && d.articleLike[i + 1]!)],
  ['previous line a date or time', (d, i) => flag(i > 0 && d.features[i - 1]!.timestampOnly)],
  ['next line a date or time', (d, i, c) => flag(i + 1 < c.n && d.features[i + 1]!.timestampOnly)],
  ['previous line short', (d, i) => flag(i > 0 && d.features[i - 1]!.wordCount <= 5)],
  ['next line short', (d, i, c) => flag(i + 1 < c.n && d.features[i + 1]!.wordCount <= 5)],
  ['lines around flagged by rules', (_d, i, c) => windowShare(c.ruleFlagged, i)],
  ['lines around article prose', (d, i) => windowShare(d.articleLike, i)],
  ['lines far around flagged by rules', (_d, i, c) => windowShare(c.ruleFlagged, i, WIDE_WINDOW)],
  ['lines far around article prose', (d, i) => windowShare(d.articleLike, i, WIDE_WINDOW)],
  // Where the article's prose is densest: a menu's blurb or a teaser's summary stands apart from it.
  ['outside the densest prose', (_d, i, c) => flag(c.spanDistance[i]! > 0)],
  ['blocks from the densest prose (log)', (_d, i, c) => log1p(c.spanDistance[i]!)],
  // A short paragraph alone among short lines, far from the article's stretch: a menu's blurb, a teaser's summary.
  ['a lone blurb away from the densest prose', (d, i) => flag(isLoneBlurb(d, i))],
  // Furniture repeats on its own page: "Undo" under every sponsored teaser, "Reply" under every comment.
  ['same line elsewhere on the page (log)', (_d, i, c) => log1p(c.samePage[i]!)],
  // Lists that continue the article: line-ups, results, numbered points.
  ['row run length (log)', (d, i, c) => (isRow(d.features[i]!) ? log1p(c.runs.runEnd[i]! - c.runs.runStart[i]! + 1) : 0)],
  ['row run on the topic', (_d, i, c) => c.runTopic[i]!],
  ['row run of names and numbers', (_d, i, c) => c.runNames[i]!],
  ['row run introduced by the article', (d, i, c) => flag(isRow(d.features[i]!) && runFollowsArticle(d, c, i))],
  ['row run followed by the article', (d, i, c) => flag(isRow(d.features[i]!) && runFollowedByArticle(d, c, i))],
  ['row the article vouches for (a list under a colon, a subheading)', (d, i) => flag(d.announced[i]!)],
  ['row run framed by the article', (d, i, c) => flag(isRow(d.features[i]!) && runFollowsArticle(d, c, i) && runFollowedByArticle(d, c, i))],
  ['row run inside the body', (d, i, c) => flag(isRow(d.features[i]!) && c.runs.runStart[i]! > d.bodyStart && c.runs.runEnd[i]! < d.lastArticle)],
  ['names and numbers', (d, i) => flag(isNamesAndNumbersRow(d.features[i]!))],
  // The region a marker opened.
  ['region: lines from its marker (log)', (_d, i, c) => (c.regionMarker[i]! >= 0 ? log1p(i - c.regionMarker[i]!) : 0)],
  ['region: marker below the body', (d, i, c) => flag(c.regionMarker[i]! >= 0 && c.regionMarker[i]! > d.lastArticle)],
  ['region: marker inside the body', (d, i, c) => flag(c.regionMarker[i]! >= 0 && c.regionMarker[i]! <= d.lastArticle)],
  ...REGION_KINDS.map((kind): Feature => [`region: ${kind}`, (d, i, c) => flag(c.regionMarker[i]! >= 0 && d.verdicts[c.regionMarker[i]!]?.category === kind)]),
  // Repetition across files.
  ['files repeating the line (log)', (d, i) => log1p(d.repeated[i]!)],
  ['repeated in two files or more', (d, i) => flag(d.repeated[i]! >= 2)],
  // The article's topic.
  ['topic overlap share', (_d, i, c) => c.overlap[i]!.ratio],
  ['topic words shared (log)', (_d, i, c) => log1p(c.overlap[i]!.shared)],
  ['on the topic', (_d, i, c) => flag(onTopicOverlap(c.overlap[i]!))],
  ['off the topic', (_d, i, c) => flag(offTopicOverlap(c.overlap[i]!))],
  // The document.
  ['document share of article prose', (_d, _i, c) => c.articleShare],
  ['article prose', (d, i) => flag(d.articleLike[i]!)],
  // The rules' verdict.
  ['flagged by rules', (_d, i, c) => flag(c.ruleFlagged[i]!)],
  ['rules decided by words only', (d, i) => flag(d.verdicts[i]?.weak === true)],
  ...RULE_REASONS.map((reason): Feature => [`reason: ${reason}`, (d, i) => flag(d.verdicts[i]?.reason === reason)]),
];

/** The names of the features, in the order of the vectors and of a model's weights. */
export const LINE_FEATURES: readonly string[] = FEATURES.map(([name]) => name);

/**
 * Each block's feature vector, from the rules' decisions on its document; only for the blocks
 * wanted when a list is given (the model weighs the lines it may decide, every line pays the rules).
 */
export function lineFeatureVectors(d: RuleDecisions, wanted?: readonly boolean[]): (Float64Array | undefined)[] {
  const c = docContext(d);
  return d.features.map((_, i) => {
    if (wanted && !wanted[i]) return undefined;
    const x = new Float64Array(FEATURES.length);
    for (let j = 0; j < FEATURES.length; j++) x[j] = FEATURES[j]![1](d, i, c);
    return x;
  });
}

export interface LineModelThresholds {
  /** A line the rules flagged by its context alone is kept when the model's probability is below this. */
  keepBelow: number;
  /** A line the rules keep, and may leave to the model, is flagged when the probability is above this. */
  flagAbove: number;
}

export interface LineModel extends StandardisedWeights {
  features: readonly string[];
  thresholds: LineModelThresholds;
}

/** The model's probability that each block is boilerplate (NaN for a block without a vector). */
export function lineProbabilities(model: LineModel, vectors: readonly (Float64Array | undefined)[]): number[] {
  return vectors.map((x) => (x ? logisticProbability(model, x) : Number.NaN));
}

function probability(value: unknown, what: string, source: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1.01) {
    throw new Error(`${source}: "${what}" must be a number from 0 to 1 (above 1 turns it off)`);
  }
  return value;
}

/**
 * A model from its JSON, checked against the features this code computes: a file written for
 * other features (older code, another order) is refused with what differs, never misread.
 */
export function parseLineModel(json: unknown, source = 'line model'): LineModel {
  const data = weightsObjectOf(json, source);
  const features = data['features'];
  if (!Array.isArray(features) || !features.every((f) => typeof f === 'string')) throw new Error(`${source}: "features" must be a list of feature names`);
  const missing = LINE_FEATURES.filter((f) => !features.includes(f));
  const unknown = (features as string[]).filter((f) => !LINE_FEATURES.includes(f));
  if (missing.length > 0 || unknown.length > 0 || features.length !== LINE_FEATURES.length) {
    throw new Error(
      `${source}: its features are not the ones this code computes (missing: ${missing.join('; ') || 'none'}; unknown: ${unknown.join('; ') || 'none'}); retrain it with npm run train -- boilerplate`,
    );
  }
  if (features.some((f, j) => f !== LINE_FEATURES[j])) throw new Error(`${source}: its features are in another order than this code's; retrain it with npm run train -- boilerplate`);
  const weights = standardisedWeightsOf(data, LINE_FEATURES.length, source);
  if (weights.scale.some((s) => s <= 0)) throw new Error(`${source}: "scale" must be positive`);
  const thresholds = data['thresholds'];
  if (typeof thresholds !== 'object' || thresholds === null) throw new Error(`${source}: "thresholds" must hold keepBelow and flagAbove`);
  const t = thresholds as Record<string, unknown>;
  return {
    features: LINE_FEATURES,
    ...weights,
    thresholds: { keepBelow: probability(t['keepBelow'], 'thresholds.keepBelow', source), flagAbove: probability(t['flagAbove'], 'thresholds.flagAbove', source) },
  };
}

let committed: LineModel | null | undefined;

/**
 * Makes `model` this process's default line model. `npm run train` fits the line model first
 * and installs what it wrote, so that the trainers after it (cue verbs, unattributed, flags,
 * same fact) read the articles' boilerplate with the model just fitted rather than the one the
 * process loaded: one run then writes what a second run would.
 */
export function installLineModel(model: LineModel | null): void {
  committed = model;
}

/** The committed model (lineModel.json); null when the file holds no model (`"model": null`). */
export function defaultLineModel(): LineModel | null {
  if (committed === undefined) {
    const data = modelData as unknown as Record<string, unknown>;
    committed = data['model'] === null ? null : parseLineModel(data['model'], 'boilerplate/lineModel.json');
  }
  return committed;
}
