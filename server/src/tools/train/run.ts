/**
 * `npm run train [-- <trainer>…] [--devdata PATH] [--out FILE] [--samples N] [--date YYYY-MM-DD]`:
 * fits the project's learned weights on the development data and writes them as data files in
 * the source tree, with their provenance. Trainers: `boilerplate` (the line model,
 * server/src/core/boilerplate/lineModel.json), `cueverbs` (the learned cue verbs,
 * server/src/core/attribution/cueVerbs.json), `checkworthy` (the check-worthiness model,
 * server/src/core/attribution/checkWorthyModel.json) and `unattributed` (the unattributed-claim
 * model, server/src/core/attribution/unsourcedModel.json), which reads the articles with the cue
 * verbs and the check-worthiness model: train it after them, and `samefact` (the same-fact link
 * model, server/src/core/corroboration/sameFactModel.json). Without a trainer named, every
 * trainer runs, in that order.
 *
 * The data is built outside the repository by the development data kit (../shared/devdata);
 * without it this stops and says how to build it. The same data and code write the same bytes:
 * the date written is kept from the file already there when it was trained on the same data.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { installLineModel, parseLineModel } from '../../core/boilerplate/lineModel.js';
import { parseUnsourcedModel } from '../../core/attribution/unsourcedModel.js';
import { parseSameFactModel, SAME_FACT_FEATURE_NAMES } from '../../core/corroboration/sameFact.js';
import { besideCheckout } from '../besideCheckout.js';
import { SOURCES } from '../devdataSources.js';
import {
  CLEAN_WEIGHT,
  FOLDS,
  L2,
  MIN_CHANGE_PRECISION,
  PAGE_ROWS,
  changedLines,
  crossValidate,
  devdataReady,
  figuresJson,
  figuresOf,
  fitFinal,
  formatFigures,
  loadTrainingData,
  pickThresholds,
} from './boilerplate.js';
import {
  figuresAt,
  fitFinal as fitUnsourced,
  FOLDS as UNSOURCED_FOLDS,
  heldOutProbabilities,
  L2 as UNSOURCED_L2,
  loadUnattributedData,
  pickThreshold,
  polnearReady,
  MIN_RIGHT_KEPT,
} from './unattributed.js';
import { trainCueVerbs, type ThresholdScore } from './cueVerbs.js';
import {
  claimBusterReady,
  figuresAt as claimFiguresAt,
  fitCheckWorthy,
  FOLDS as CLAIM_FOLDS,
  heldOutProbabilities as claimHeldOut,
  ITERATIONS as CLAIM_ITERATIONS,
  L2_TRIED,
  loadClaimData,
  MIN_RECALL,
  pickThreshold as pickClaimThreshold,
  sparseWeights,
} from './checkWorthy.js';
import { CHECK_WORTHY_BUCKETS, parseCheckWorthyModel } from '../../core/attribution/checkWorthiness.js';
import { FLAG_FEATURES, flagProbability, parseFlagModel } from '../../core/attribution/flagModel.js';
import type { UnsourcedModel } from '../../core/attribution/unsourcedModel.js';
import {
  figuresAt as flagFiguresAt,
  fitFlags,
  labelledArticlesReady,
  FOLDS as FLAG_FOLDS,
  heldOutProbabilities as flagHeldOut,
  L2 as FLAG_L2,
  LABELS_FILE,
  loadFlagData,
  FIT_BATCH as FLAG_FIT_BATCH,
  splitLabels as splitFlagLabels,
  loadPolnearCandidates,
  KEEP_TOLERANCE as FLAG_KEEP_TOLERANCE,
  MAX_ON_ATTRIBUTED as FLAG_MAX_ON_ATTRIBUTED,
  MIN_PRECISION as FLAG_MIN_PRECISION,
  onAttributedAt,
  pickThreshold as pickFlagThreshold,
  readLabels,
} from './flags.js';
import { CUE_PRIOR, MIN_CUE_COUNT } from '../../core/attribution/unsourcedModel.js';
import type { CheckWorthyModel } from '../../core/attribution/checkWorthiness.js';

import {
  BATCH as SAME_FACT_BATCH,
  figuresAt as sameFactFiguresAt,
  fitFinal as fitSameFact,
  FOLDS as SAME_FACT_FOLDS,
  heldOutProbabilities as sameFactHeldOut,
  KEEP_TOLERANCE as SAME_FACT_KEEP_TOLERANCE,
  L2 as SAME_FACT_L2,
  loadSameFactData,
  MIN_NEWS_PRECISION as SAME_FACT_MIN_NEWS_PRECISION,
  MIN_PRECISION as SAME_FACT_MIN_PRECISION,
  MRPC_FILE,
  mrpcReady,
  NEWS_WEIGHT as SAME_FACT_NEWS_WEIGHT,
  newsFiguresAt as sameFactNewsFiguresAt,
  MIN_RESCUED_PRECISION as SAME_FACT_MIN_RESCUED_PRECISION,
  pickRuleFloor as pickSameFactRuleFloor,
  pickThreshold as pickSameFactThreshold,
} from './sameFact.js';
import { NEWS_LINKS_FILE, newsLinksReady, readNewsLinks } from './newsLinks.js';
import { VAGUE_FEATURES, parseVagueModel, vagueProbability } from '../../core/attribution/vagueModel.js';
import {
  VAGUE_FOLDS,
  VAGUE_L2,
  VAGUE_LABELS_FILE,
  VAGUE_KEEP_TOLERANCE,
  VAGUE_MIN_KEPT,
  fitVague,
  loadVagueData,
  pickVagueThreshold,
  readVagueLabels,
  vagueDataReady,
  vagueFiguresAt,
  vagueHeldOut,
} from './vague.js';

/** out/server/src/tools/train → the checkout. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..');
const usage = 'usage: npm run train -- [boilerplate] [cueverbs] [checkworthy] [unattributed] [flags] [vague] [samefact] [--devdata PATH] [--out FILE] [--samples N] [--date YYYY-MM-DD]';

/** A small seeded generator, so that the lines printed for reading are the same each run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 0x100000000;
  };
}

function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

/**
 * The date of the file already written from the same data, so that training again on the same
 * data writes the same bytes; a new fingerprint is a new date.
 */
function previousDate(out: string, fingerprint: string): string | undefined {
  try {
    const previous = JSON.parse(readFileSync(out, 'utf8')) as { provenance?: { date?: unknown; dataFingerprint?: unknown } };
    return previous.provenance?.dataFingerprint === fingerprint && typeof previous.provenance.date === 'string' ? previous.provenance.date : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The threshold of the model written before, when it was picked for the same labels and features
 * (`key`): the trainers keep such a threshold while it still meets their rule within a margin.
 */
function previousThreshold(out: string, key: string): number | undefined {
  try {
    const previous = JSON.parse(readFileSync(out, 'utf8')) as { provenance?: { thresholdKey?: unknown }; model?: { threshold?: unknown } | null };
    const threshold = previous.model?.threshold;
    return previous.provenance?.thresholdKey === key && typeof threshold === 'number' ? threshold : undefined;
  } catch {
    return undefined;
  }
}

/** What a threshold was picked for: the labels and the features, by their sha256. */
const thresholdKey = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);

/** Says what is missing and how to build it, and stops: no trainer runs without its data. */
function stopWithoutData(devdata: string, missing: readonly string[], trainer: string): never {
  console.error(
    [
      `train: the development data is not built at ${devdata} (missing: ${missing.join(', ')}).`,
      'Build it outside the repository and never commit it (../shared/devdata/README.md, "Building"):',
      "  1. snapshots of mozilla/readability and networkdynamics/PolNeAR (and the kit's other sources), each a git directory at <mirror>/<owner>+<name>/repo",
      '  2. mkdir -p <tools> && cd <tools> && npm init -y && npm install htmlparser2@9 iconv-lite',
      '  3. MIRROR=<mirror> DEVDATA_TOOLS=<tools> bash ../shared/devdata/build.sh <out-folder>',
      `then: npm run train -- ${trainer} --devdata <out-folder> (or DEVDATA=<out-folder>).`,
    ].join('\n'),
  );
  process.exit(2);
}

function trainBoilerplate(devdata: string, out: string, samples: number, dateOption: string | undefined): void {
  const missing = devdataReady(devdata);
  if (missing.length > 0) stopWithoutData(devdata, missing, 'boilerplate');
  const started = performance.now();
  console.log(`train boilerplate: data ${devdata}`);
  const data = loadTrainingData(devdata);
  for (const [variant, c] of Object.entries(data.counts)) {
    console.log(`  ${variant}: ${c.docs} documents (${c.skipped} refused by the prose gate), ${c.lines} scored lines (${c.boilerplate} boilerplate, ${c.content} content)`);
  }
  console.log(`  ${data.docs.reduce((sum, d) => sum + d.eligible.filter(Boolean).length, 0)} blocks the model may decide; ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`cross-validation, ${FOLDS} folds by page (readability) and by article (PolNeAR train):`);
  crossValidate(data, (line) => console.log(line));
  const rules = figuresOf(data.docs);
  for (const line of formatFigures('rules alone', rules)) console.log(line);
  const picked = pickThresholds(data.docs);
  const fingerprint = `sha256 of the pages, labels and articles read: ${data.fingerprint}`;
  const provenance: Record<string, unknown> = {
    trainedBy: 'npm run train -- boilerplate',
    date: dateOption ?? previousDate(out, fingerprint) ?? new Date().toISOString().slice(0, 10),
    // (The readability pages and PolNeAR's articles: the line model reads no paraphrase pairs.)
    data: SOURCES.slice(0, 2),
    dataFingerprint: fingerprint,
    counts: data.counts,
    method: `logistic regression, L2 ${L2}, Newton's method on standardised features; trained on the lines the model may decide only; a page's or article's lines weigh together at most ${PAGE_ROWS} lines, PolNeAR train lines together ${CLEAN_WEIGHT} x the readability content lines`,
    thresholdChoice: `on the held-out probabilities of the cross-validation: of the settings that keep no smaller share of content lines (whole and cropped), flag no more held-out PolNeAR train lines and articles over a fifth than the rules alone, and are right at least ${MIN_CHANGE_PRECISION} of the time where they overrule the rules (kept lines that are content, flagged lines that are boilerplate), the highest sum of the four line F1s`,
    crossValidation: { folds: FOLDS, rulesAlone: figuresJson(rules) },
  };
  let model: unknown = null;
  if (!picked) {
    console.log('no threshold improves the held-out figures while keeping the content and the clean articles: the model is not wired in ("model": null)');
    provenance['verdict'] = 'not wired in: no threshold improves the held-out figures while keeping the guarantees';
  } else {
    for (const line of formatFigures('with the model', picked.figures)) console.log(line);
    const c = picked.figures.changes;
    console.log(`  thresholds: keep a context verdict below ${picked.thresholds.keepBelow}, flag above ${picked.thresholds.flagAbove}`);
    console.log(
      `  on held-out scored readability lines the model kept ${c.keptContent + c.keptBoilerplate} (${c.keptContent} content) and flagged ${c.flaggedBoilerplate + c.flaggedContent} (${c.flaggedBoilerplate} boilerplate)`,
    );
    const low = picked.figures.lowChanges;
    console.log(
      `  on lines with a low-confidence label it kept ${low.keptContent + low.keptBoilerplate} (${low.keptContent} content) and flagged ${low.flaggedBoilerplate + low.flaggedContent} (${low.flaggedBoilerplate} boilerplate)`,
    );
    (provenance['crossValidation'] as Record<string, unknown>)['withModel'] = figuresJson(picked.figures);
    (provenance['crossValidation'] as Record<string, unknown>)['changes'] = { scoredLines: picked.figures.changes, lowConfidenceLines: picked.figures.lowChanges };
    const final = fitFinal(data, picked.thresholds);
    model = { features: final.features, mean: final.mean, scale: final.scale, weights: final.weights, bias: final.bias, thresholds: final.thresholds };
    parseLineModel(model, out); // what is written must load
    if (samples > 0) {
      const changed = changedLines(
        data.docs.filter((d) => d.variant !== 'clean'),
        picked.thresholds,
      );
      const random = seeded(13);
      for (const change of ['flagged', 'kept'] as const) {
        const of = changed.filter((c) => c.change === change);
        console.log(`-- held-out readability lines newly ${change} (${Math.min(samples, of.length)} of ${of.length}, random):`);
        for (const c of sample(of, samples, random)) {
          const gold = c.label === undefined ? 'unscored' : c.label === 1 ? 'boilerplate' : 'content';
          console.log(`  ${c.id} ${c.variant}:${c.line + 1} [${gold}] ${c.text.slice(0, 140)}`);
        }
      }
    }
  }
  const file = {
    about: 'Weights of the boilerplate line model (lineModel.ts), written by npm run train -- boilerplate. Data, not code: do not edit by hand.',
    provenance,
    model,
  };
  writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
  // The trainers after this one read the articles' boilerplate: with the model just written.
  installLineModel(model === null ? null : parseLineModel(JSON.parse(JSON.stringify(model)), out));
  console.log(`wrote ${path.relative(process.cwd(), out) || out}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The check-worthiness model trained in this run, for the unattributed model trained after it to find its candidates with. */
let freshCheckWorthy: CheckWorthyModel | null | undefined;

function trainCheckWorthyFile(devdata: string, out: string, samples: number, dateOption: string | undefined): void {
  const missing = claimBusterReady(devdata);
  if (missing.length > 0) stopWithoutData(devdata, missing, 'checkworthy');
  const started = performance.now();
  console.log(`train checkworthy: data ${devdata}`);
  const data = loadClaimData(devdata);
  const positives = data.rows.filter((r) => r.y === 1).length;
  console.log(`  ClaimBuster: ${data.rows.length} sentences, ${positives} check-worthy; ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`cross-validation, ${CLAIM_FOLDS} folds of consecutive sentences; held out, at the highest threshold keeping ${MIN_RECALL} of the check-worthy:`);
  let best: { l2: number; p: number[]; figures: ReturnType<typeof claimFiguresAt> } | undefined;
  for (const l2 of L2_TRIED) {
    const p = claimHeldOut(data, l2);
    const figures = pickClaimThreshold(data, p);
    console.log(`  L2 ${l2}: threshold ${figures.threshold}, P ${figures.precision.toFixed(3)} R ${figures.recall.toFixed(3)} F1 ${figures.f1.toFixed(3)}`);
    if (!best || figures.precision > best.figures.precision) best = { l2, p, figures };
  }
  const picked = best!;
  const curve = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6].map((t) => claimFiguresAt(data, picked.p, t));
  for (const f of curve) console.log(`  L2 ${picked.l2}, >= ${f.threshold.toFixed(2)}: P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}`);
  console.log(`  picked L2 ${picked.l2}, threshold ${picked.figures.threshold}`);
  const fitted = fitCheckWorthy(data.rows, picked.l2);
  const model = { buckets: CHECK_WORTHY_BUCKETS, bias: Math.round(fitted.bias * 10000) / 10000, threshold: picked.figures.threshold, weights: sparseWeights(fitted.weights) };
  freshCheckWorthy = parseCheckWorthyModel(model, out); // what is written must load
  if (samples > 0) {
    const random = seeded(19);
    for (const [label, y, flagged] of [
      ['check-worthy, missed', 1, false],
      ['not check-worthy, flagged', 0, true],
    ] as const) {
      const of = data.rows.filter((r, i) => r.y === y && picked.p[i]! >= picked.figures.threshold === flagged);
      console.log(`-- held out, ${label} (${Math.min(samples, of.length)} of ${of.length}, random):`);
      for (const r of sample(of, samples, random)) console.log(`  ${r.text.slice(0, 150)}`);
    }
  }
  const fingerprint = `sha256 of the sentences and labels read: ${data.fingerprint}`;
  const file = {
    about: 'Weights of the check-worthiness model (core/attribution/checkWorthiness.ts), written by npm run train -- checkworthy. Data, not code: do not edit by hand.',
    provenance: {
      trainedBy: 'npm run train -- checkworthy',
      date: dateOption ?? previousDate(out, fingerprint) ?? new Date().toISOString().slice(0, 10),
      data: [
        {
          set: 'claims/claimbuster',
          repository: 'utaresearch/claimbuster-spotter',
          used: 'the two-class training file (every sentence): check-worthy factual sentences against the rest',
        },
      ],
      dataFingerprint: fingerprint,
      counts: { sentences: data.rows.length, checkWorthy: positives },
      method: `logistic regression on ${CHECK_WORTHY_BUCKETS} hashed binary features (FNV-1a), full-batch AdaGrad, ${CLAIM_ITERATIONS} steps; L2 picked among ${L2_TRIED.join(', ')} by held-out precision at the threshold`,
      thresholdChoice: `the highest threshold (in hundredths) that keeps at least ${MIN_RECALL} of the check-worthy sentences held out`,
      crossValidation: { folds: CLAIM_FOLDS, l2: picked.l2, atThreshold: picked.figures, curve },
    },
    model,
  };
  writeFileSync(out, `${JSON.stringify(file, null, 1).replace(/\[\n\s+(\d+),\n\s+(-?[\d.e-]+)\n\s+\]/g, '[$1, $2]')}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out) || out}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The cue verbs trained in this run, for the unattributed model trained after them to read the articles with. */
let freshCueVerbs: Set<string> | undefined;

function trainCueVerbsFile(devdata: string, out: string, dateOption: string | undefined): void {
  const missing = polnearReady(devdata);
  if (missing.length > 0) stopWithoutData(devdata, missing, 'cueverbs');
  const started = performance.now();
  console.log(`train cueverbs: data ${devdata}`);
  // The verbs' counts per fold, read as the unattributed model reads them (cueKeys of the content's sentences).
  const data = loadUnattributedData(devdata, new Set());
  const trained = trainCueVerbs(devdata, data);
  const line = (label: string, s: ThresholdScore) => `  ${label}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} F0.5 ${s.fHalf.toFixed(3)}`;
  console.log(`cross-validation, ${UNSOURCED_FOLDS} folds by article, ${trained.articles} PolNeAR train articles; attributed sentences held out:`);
  console.log(line('no learned verbs', trained.without));
  for (const s of trained.scores) console.log(line(`rate >= ${s.threshold.toFixed(2)}`, s));
  console.log(`  picked >= ${trained.picked.threshold.toFixed(2)} (best held-out F0.5): ${trained.verbs.length} verbs`);
  const fingerprint = `sha256 of the articles and attributed spans read: ${data.fingerprint}`;
  const { fHalf: _f, ...without } = trained.without;
  const file = {
    about: 'Learned cue verbs (core/attribution/lexicon.ts learnedCues), written by npm run train -- cueverbs. Data, not code: do not edit by hand.',
    provenance: {
      trainedBy: 'npm run train -- cueverbs',
      date: dateOption ?? previousDate(out, fingerprint) ?? new Date().toISOString().slice(0, 10),
      data: [{ ...SOURCES[1], used: 'compartment train only: how often each verb stands inside an attribution cue, and which sentences carry an attribution (dev and test stay out)' }],
      dataFingerprint: fingerprint,
      method: `a verb's rate: its occurrences inside a cue over all its occurrences (plus ${CUE_PRIOR}), verbs seen at least ${MIN_CUE_COUNT} times; learned when its rate reaches the threshold and the one-sided 90% Wilson lower bound of its share is at least one half`,
      thresholdChoice: 'the rate threshold with the best F0.5 for attributed sentences on held-out folds (rates from the other folds)',
      crossValidation: { folds: UNSOURCED_FOLDS, withoutLearnedVerbs: { ...without, threshold: null }, picked: trained.picked, tried: trained.scores },
    },
    threshold: trained.picked.threshold,
    verbs: Object.fromEntries(trained.verbs),
  };
  freshCueVerbs = new Set(trained.verbs.map(([v]) => v));
  writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out) || out}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The unattributed model trained in this run, for the flag model trained after it to read the candidates with. */
let freshUnsourced: UnsourcedModel | null | undefined;

function trainUnattributed(devdata: string, out: string, samples: number, dateOption: string | undefined): void {
  const missing = polnearReady(devdata);
  if (missing.length > 0) stopWithoutData(devdata, missing, 'unattributed');
  const started = performance.now();
  console.log(`train unattributed: data ${devdata}`);
  const data = loadUnattributedData(devdata, freshCueVerbs, freshCheckWorthy);
  const positives = data.candidates.filter((c) => c.y === 1).length;
  console.log(
    `  PolNeAR train: ${data.docs} articles (${data.skipped} refused by the prose gate); the rules flag ${data.candidates.length} sentences, ${positives} of them right (${(positives / Math.max(1, data.candidates.length)).toFixed(3)}); ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const p = heldOutProbabilities(data);
  console.log(`cross-validation, ${UNSOURCED_FOLDS} folds by article; held-out flags kept at each threshold:`);
  for (const t of [0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    const f = figuresAt(data, p, t);
    console.log(`  >= ${t.toFixed(2)}: ${f.kept} kept, ${f.precision.toFixed(3)} right, ${f.recall.toFixed(3)} of the right flags kept`);
  }
  const picked = pickThreshold(data, p);
  const fingerprint = `sha256 of the articles and attributed spans read: ${data.fingerprint}`;
  const provenance: Record<string, unknown> = {
    trainedBy: 'npm run train -- unattributed',
    date: dateOption ?? previousDate(out, fingerprint) ?? new Date().toISOString().slice(0, 10),
    data: [{ ...SOURCES[1], used: 'compartment train only: the sentences the rules call unattributed, right when no overlapping sentence carries an attribution (dev and test stay out)' }],
    dataFingerprint: fingerprint,
    counts: { articles: data.docs, refused: data.skipped, candidates: data.candidates.length, right: positives },
    method: `logistic regression, L2 ${UNSOURCED_L2}, Newton's method on standardised features`,
    thresholdChoice: `the highest threshold (in hundredths) that keeps at least ${MIN_RIGHT_KEPT} of the right flags on held-out folds`,
  };
  let model: unknown = null;
  if (!picked) {
    console.log(`no threshold that keeps ${MIN_RIGHT_KEPT} of the right flags drops a wrong one: the model is not wired in ("model": null)`);
    provenance['verdict'] = 'not wired in: it would drop right flags without dropping wrong ones';
    freshUnsourced = null;
  } else {
    const rules = figuresAt(data, p, 0);
    console.log(
      `  picked >= ${picked.threshold}: held out, ${picked.kept} of ${rules.kept} flags kept, ${picked.precision.toFixed(3)} right (rules alone ${rules.precision.toFixed(3)}), ${picked.recall.toFixed(3)} of the right flags kept`,
    );
    provenance['crossValidation'] = { folds: UNSOURCED_FOLDS, rulesAlone: rules, withModel: picked };
    const final = fitUnsourced(data, picked.threshold);
    model = { features: final.features, mean: final.mean, scale: final.scale, weights: final.weights, bias: final.bias, threshold: final.threshold, cueRates: Object.fromEntries(final.cueRates) };
    freshUnsourced = parseUnsourcedModel(model, out); // what is written must load
    if (samples > 0) {
      const random = seeded(17);
      for (const [label, keep] of [
        ['dropped', false],
        ['kept', true],
      ] as const) {
        const of = data.candidates.filter((_, i) => p[i]! >= picked.threshold === keep);
        console.log(`-- held-out flags ${label} (${Math.min(samples, of.length)} of ${of.length}, random):`);
        for (const c of sample(of, samples, random)) console.log(`  ${c.doc} [${c.y === 1 ? 'not attributed' : 'attributed'}] ${c.text.replace(/\s+/g, ' ').slice(0, 150)}`);
      }
    }
  }
  const file = {
    about: 'Weights of the unattributed-claim model (core/attribution/unsourcedModel.ts), written by npm run train -- unattributed. Data, not code: do not edit by hand.',
    provenance,
    model,
  };
  writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out) || out}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function trainFlags(devdata: string, out: string, samples: number, dateOption: string | undefined): void {
  const labels = readLabels(repoRoot);
  const missing = [...labelledArticlesReady(devdata, labels), ...polnearReady(devdata)];
  if (missing.length > 0) stopWithoutData(devdata, missing, 'flags');
  const started = performance.now();
  console.log(`train flags: data ${devdata}, labels ${LABELS_FILE}`);
  const models = {
    ...(freshCheckWorthy !== undefined ? { checkWorthy: freshCheckWorthy } : {}),
    ...(freshUnsourced !== undefined ? { unsourced: freshUnsourced } : {}),
  };
  const { fit, test, testBatches } = splitFlagLabels(labels);
  const data = loadFlagData(devdata, fit, models);
  const testData = [...testBatches].map(([batch, labelsOfBatch]) => ({ batch, labelled: labelsOfBatch.length, data: loadFlagData(devdata, labelsOfBatch, models) }));
  const changed = testData.reduce((sum, t) => sum + t.data.changed, data.changed);
  if (changed > 0) console.log(`  ${changed} labelled sentences are not the text they were labelled on (rebuilt data?): left out`);
  console.log(
    `  fitted on ${fit.length} labelled sentences in ${data.docs} articles, ${data.positives.toFixed(1)} flagged (readings averaged); the rules weigh ${data.rows.length}, never ${data.unweighed} (${data.unweighedPositives.toFixed(1)} of them flagged); ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const polnear = loadPolnearCandidates(devdata, models);
  const p = flagHeldOut(data);
  // The model written is fitted on every labelled row; PolNeAR's condition reads its probabilities.
  const fitted = fitFlags(data.rows);
  const polnearP = polnear.x.map((x) => flagProbability({ ...fitted, features: FLAG_FEATURES, threshold: 0.5 }, x));
  console.log(`  PolNeAR train: ${polnear.x.length} candidates the model weighs; ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`cross-validation, ${FLAG_FOLDS} folds by article; held out, recall over every flagged label; PolNeAR train's flags on attributed sentences:`);
  const curve = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7].map((t) => ({ ...flagFiguresAt(data, p, t), polnear: onAttributedAt(polnear, polnearP, t) }));
  for (const f of curve)
    console.log(
      `  >= ${f.threshold.toFixed(2)}: ${f.flagged} flagged, P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)}; PolNeAR ${f.polnear.flagged} flagged, ${f.polnear.onAttributed.toFixed(3)} on attributed`,
    );
  // The fit reads the first readings only: a lede's readings with what follows it ("below") are
  // the held-out figures' and leave the threshold's key as it was.
  const keyOfThreshold = thresholdKey(
    FLAG_FEATURES,
    fit.map(({ below: _below, ...label }) => label),
  );
  const picked = pickFlagThreshold(data, p, { candidates: polnear, p: polnearP }, previousThreshold(out, keyOfThreshold));
  const fingerprint = `sha256 of the labels and the articles read: ${createHash('sha256').update(data.fingerprint).update(polnear.fingerprint).digest('hex')}`;
  const provenance: Record<string, unknown> = {
    trainedBy: 'npm run train -- flags',
    date: dateOption ?? previousDate(out, fingerprint) ?? new Date().toISOString().slice(0, 10),
    data: [
      {
        set: 'news flag labels',
        file: LABELS_FILE.split(path.sep).join('/'),
        used: `every labelled sentence of batch ${FLAG_FIT_BATCH} the rules weigh, one row per reading; the other batches only to test`,
      },
      { set: 'corroboration/ecbplus', repository: 'tommasoc80/EventStoryLine', commit: '46edefee5e82e0917b823abe0a18bf8c7770f15c', used: 'the articles of the labelled sentences (topics 1-35 only)' },
      { ...SOURCES[1], used: "the articles of the labelled sentences, and every article of compartment train with its sentences' attribution labels for the threshold (train only)" },
    ],
    dataFingerprint: fingerprint,
    counts: {
      labelled: fit.length,
      tested: test.length,
      weighed: data.rows.length,
      never: data.unweighed,
      flaggedReadings: Math.round(data.positives * 10) / 10,
      polnearCandidates: polnear.x.length,
    },
    method: `logistic regression, L2 ${FLAG_L2}, Newton's method on standardised features; inputs: the two sentence models' log-odds and the article's shape`,
    thresholdChoice: `the lowest threshold (in hundredths) whose flags on held-out folds are right at least ${FLAG_MIN_PRECISION} of the time and whose flags on PolNeAR train fall on attributed sentences at most ${FLAG_MAX_ON_ATTRIBUTED} of the time; the threshold written before for the same labels and features (thresholdKey) is kept while it meets both within ${FLAG_KEEP_TOLERANCE}`,
    thresholdKey: keyOfThreshold,
  };
  let model: unknown = null;
  if (!picked) {
    console.log(`no threshold makes the held-out flags right ${FLAG_MIN_PRECISION} of the time: the model is not wired in ("model": null)`);
    provenance['verdict'] = 'not wired in: no threshold makes the flags right often enough';
  } else {
    const onPolnear = onAttributedAt(polnear, polnearP, picked.threshold);
    console.log(
      `  picked >= ${picked.threshold}: held out, ${picked.flagged} flagged, P ${picked.precision.toFixed(3)} R ${picked.recall.toFixed(3)}; PolNeAR ${onPolnear.flagged} flagged, ${onPolnear.onAttributed.toFixed(3)} on attributed`,
    );
    provenance['crossValidation'] = { folds: FLAG_FOLDS, atThreshold: { ...picked, polnear: onPolnear }, curve };
    // The test batches: never fitted on, and the threshold was picked without them.
    const tests: Record<string, unknown>[] = [];
    for (const { batch, labelled, data: batchData } of testData) {
      const pTest = batchData.rows.map((r) => flagProbability({ ...fitted, features: FLAG_FEATURES, threshold: picked.threshold }, r.x));
      const atTest = flagFiguresAt(batchData, pTest, picked.threshold);
      console.log(
        `  test, batch ${batch} (${labelled} sentences, ${batchData.positives.toFixed(1)} flagged by readers; never fitted on): ${atTest.flagged} flagged, P ${atTest.precision.toFixed(3)} R ${atTest.recall.toFixed(3)}`,
      );
      tests.push({ batch, labelled, flaggedByReaders: Math.round(batchData.positives * 10) / 10, weighed: batchData.rows.length, atThreshold: atTest });
    }
    if (tests.length > 0) provenance['test'] = tests;
    model = { features: FLAG_FEATURES, mean: fitted.mean, scale: fitted.scale, weights: fitted.weights, bias: fitted.bias, threshold: picked.threshold };
    parseFlagModel(model, out); // what is written must load
    if (samples > 0) {
      const random = seeded(23);
      for (const [label, keep] of [
        ['not flagged', false],
        ['flagged', true],
      ] as const) {
        const of = data.rows.filter((_, i) => p[i]! >= picked.threshold === keep);
        console.log(`-- held out, ${label} (${Math.min(samples, of.length)} of ${of.length}, random):`);
        for (const r of sample(of, samples, random)) console.log(`  [${r.labels.join(',')}] ${r.text.replace(/\s+/g, ' ').slice(0, 150)}`);
      }
    }
  }
  const file = {
    about: 'Weights of the unattributed-flag model (core/attribution/flagModel.ts), written by npm run train -- flags. Data, not code: do not edit by hand.',
    provenance,
    model,
  };
  writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out) || out}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function trainVague(devdata: string, out: string, samples: number, dateOption: string | undefined): void {
  const labels = readVagueLabels(repoRoot);
  const missing = vagueDataReady(devdata, labels);
  if (missing.length > 0) stopWithoutData(devdata, missing, 'vague');
  const started = performance.now();
  console.log(`train vague: data ${devdata}, labels ${VAGUE_LABELS_FILE}`);
  const data = loadVagueData(devdata, labels);
  const readings = data.rows.reduce((sum, r) => sum + r.labels.length, 0);
  const queried = data.rows.reduce((sum, r) => sum + r.labels.reduce((a, b) => a + b, 0) / r.labels.length, 0);
  console.log(
    `  ${labels.length} labelled warnings in ${data.docs} articles: ${data.rows.length} weighed (${readings} readings; ${queried.toFixed(1)} queried, readings averaged), ${data.unweighed} no longer warned or unread, ${data.changed} whose text changed; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const p = vagueHeldOut(data);
  console.log(`cross-validation, ${VAGUE_FOLDS} folds by article; held out, warnings kept and how often a reader would query them:`);
  const curve = [0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7].map((t) => vagueFiguresAt(data, p, t));
  for (const f of curve) console.log(`  >= ${f.threshold.toFixed(2)}: ${f.kept} kept, P ${f.precision.toFixed(3)}, ${f.recall.toFixed(3)} of the queried kept`);
  const keyOfThreshold = thresholdKey(VAGUE_FEATURES, labels);
  const picked = pickVagueThreshold(data, p, previousThreshold(out, keyOfThreshold));
  const fitted = fitVague(data.rows);
  const fingerprint = `sha256 of the labels and the articles read: ${data.fingerprint}`;
  const provenance: Record<string, unknown> = {
    trainedBy: 'npm run train -- vague',
    date: dateOption ?? previousDate(out, fingerprint) ?? new Date().toISOString().slice(0, 10),
    data: [
      { set: 'news vague-source labels', file: VAGUE_LABELS_FILE.split(path.sep).join('/'), used: 'every labelled warning the rules still raise, one row per reading (unsure readings left out)' },
      { set: 'corroboration/ecbplus', repository: 'tommasoc80/EventStoryLine', commit: '46edefee5e82e0917b823abe0a18bf8c7770f15c', used: 'the articles of the labelled warnings (topics 1-35 only)' },
      { ...SOURCES[1], used: 'the articles of the labelled warnings (compartments train and dev)' },
    ],
    dataFingerprint: fingerprint,
    counts: { labelled: labels.length, weighed: data.rows.length, readings, queried: Math.round(queried * 10) / 10 },
    method: `logistic regression, L2 ${VAGUE_L2}, Newton's method on standardised features; inputs: the source's kind and form, the sentence, its neighbour, its place and the article's shape`,
    thresholdChoice: `the highest threshold (in hundredths) whose kept warnings hold at least ${VAGUE_MIN_KEPT} of those readers would query, on held-out folds, if they are then more often right than all of them; the threshold written before for the same labels and features (thresholdKey) is kept while it meets that within ${VAGUE_KEEP_TOLERANCE}`,
    thresholdKey: keyOfThreshold,
  };
  let model: unknown = null;
  if (!picked) {
    console.log(`no threshold keeping ${VAGUE_MIN_KEPT} of the queried warnings makes them more precise: the model is not wired in ("model": null)`);
    provenance['verdict'] = 'not wired in: no threshold that keeps the useful warnings drops enough of the others';
  } else {
    console.log(
      `  picked >= ${picked.threshold}: held out, ${picked.kept} of ${data.rows.length} kept, P ${picked.precision.toFixed(3)} (all: ${curve[0]!.precision.toFixed(3)}), ${picked.recall.toFixed(3)} of the queried kept`,
    );
    provenance['crossValidation'] = { folds: VAGUE_FOLDS, all: curve[0], atThreshold: picked, curve: curve.slice(1) };
    model = { features: VAGUE_FEATURES, mean: fitted.mean, scale: fitted.scale, weights: fitted.weights, bias: fitted.bias, threshold: picked.threshold };
    const parsedModel = parseVagueModel(model, out); // what is written must load
    for (const [j, name] of VAGUE_FEATURES.entries()) console.log(`  weight ${fitted.weights[j]!.toFixed(3)}  ${name}`);
    if (samples > 0) {
      const random = seeded(29);
      for (const [label, keep] of [
        ['dropped', false],
        ['kept', true],
      ] as const) {
        const of = data.rows.filter((r) => vagueProbability(parsedModel, r.x) >= picked.threshold === keep);
        console.log(`-- ${label} (${Math.min(samples, of.length)} of ${of.length}, random):`);
        for (const r of sample(of, samples, random)) console.log(`  [${r.labels.join(',')}] ${r.text.replace(/\s+/g, ' ').slice(0, 150)}`);
      }
    }
  }
  writeFileSync(
    out,
    JSON.stringify(
      { about: 'Weights of the vague-source warning model (core/attribution/vagueModel.ts), written by npm run train -- vague. Data, not code: do not edit by hand.', provenance, model },
      null,
      1,
    ) + '\n',
  );
  console.log(`wrote ${path.relative(process.cwd(), out) || out}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function trainSameFact(devdata: string, out: string, samples: number, dateOption: string | undefined): void {
  const news = readNewsLinks(repoRoot);
  const missing = [...mrpcReady(devdata), ...newsLinksReady(devdata, news)];
  if (missing.length > 0) stopWithoutData(devdata, missing, 'samefact');
  const started = performance.now();
  console.log(`train samefact: data ${devdata}, labels ${NEWS_LINKS_FILE}`);
  const data = loadSameFactData(devdata, news);
  const newsRows = data.rows.filter((r) => r.kind === 'news');
  const linked = data.rows.filter((r) => r.linked && r.kind !== 'news');
  console.log(
    `  MRPC train: ${data.pairs} pairs (${data.paraphrases} paraphrases), ${data.notClaims} with a side that is not a claim; ${data.rows.length - newsRows.length} rows, the rules link ${linked.length} (${linked.filter((r) => r.y === 1).length} paraphrases)`,
  );
  console.log(
    `  news links: ${news.items.length} labelled, ${newsRows.length} read (${newsRows.filter((r) => r.y === 1).length} the same fact), ${data.newsChanged} no longer where labelled; each weighs ${SAME_FACT_NEWS_WEIGHT} rows; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const p = sameFactHeldOut(data);
  console.log(
    `cross-validation, ${SAME_FACT_FOLDS} folds (MRPC by corpus of ${SAME_FACT_BATCH} pairs, news links by label); held-out links over all ${data.pairs} MRPC pairs (linked = the rules link it and the model agrees), and over the candidate links of the labelled news folders (estimated from the strata):`,
  );
  for (const t of [0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    const f = sameFactFiguresAt(data, p, t);
    const n = sameFactNewsFiguresAt(data, p, t);
    const bySet = n ? Object.entries(n.bySet).map(([set, x]) => `${set} P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)}`) : [];
    console.log(
      `  >= ${t.toFixed(2)}: MRPC ${f.linked} linked, P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}; across pairs ${f.acrossKept} of ${f.across} kept, P with them ${f.precisionWithAcross.toFixed(3)}${n ? `; news P ${n.precision.toFixed(3)} R ${n.recall.toFixed(3)} (${bySet.join(', ')})` : ''}`,
    );
  }
  const fingerprint = `sha256 of ${MRPC_FILE.split(path.sep).join('/')}: ${data.fingerprint}; of the news links read: ${data.newsFingerprint}`;
  const keyOfThreshold = thresholdKey(SAME_FACT_FEATURE_NAMES, data.fingerprint, news);
  const picked = pickSameFactThreshold(data, p, previousThreshold(out, keyOfThreshold));
  const provenance: Record<string, unknown> = {
    trainedBy: 'npm run train -- samefact',
    date: dateOption ?? previousDate(out, fingerprint) ?? new Date().toISOString().slice(0, 10),
    data: [
      SOURCES[2],
      { set: 'news link labels', file: NEWS_LINKS_FILE.split(path.sep).join('/'), used: 'every labelled candidate link whose two claims are where the labels say, read in its folder' },
      { ...SOURCES[1], used: 'the folder of the labelled links: compartments train and dev as one folder (test stays out)' },
      {
        set: 'corroboration/ecbplus',
        repository: 'tommasoc80/EventStoryLine',
        commit: '46edefee5e82e0917b823abe0a18bf8c7770f15c',
        used: 'the folders of the labelled links: each topic 1-35 as one folder',
      },
    ],
    dataFingerprint: fingerprint,
    counts: {
      pairs: data.pairs,
      paraphrases: data.paraphrases,
      notClaims: data.notClaims,
      rows: data.rows.length - newsRows.length,
      linkedByRules: linked.length,
      newsLinks: newsRows.length,
      newsSameFact: newsRows.filter((r) => r.y === 1).length,
    },
    method: `logistic regression, L2 ${SAME_FACT_L2}, Newton's method on standardised features; each MRPC sentence a one-line article, ${SAME_FACT_BATCH} pairs to a corpus (as npm run eval:dev reads them); fitted on every MRPC pair whose sides are both claims, on every link the rules make between sentences of different pairs (a different fact), and on the labelled news links (each ${SAME_FACT_NEWS_WEIGHT} times)`,
    thresholdChoice: `the lowest threshold (in hundredths) at which held-out MRPC links (the rules link two sentences and the model agrees), those across pairs counted wrong, are paraphrases at least ${SAME_FACT_MIN_PRECISION} of the time, and held-out news links are the same fact at least ${SAME_FACT_MIN_NEWS_PRECISION} of the time over their folders; the threshold written before for the same labels and features (thresholdKey) is kept while it meets both within ${SAME_FACT_KEEP_TOLERANCE}`,
    thresholdKey: keyOfThreshold,
  };
  let model: unknown = null;
  if (!picked) {
    console.log(`no threshold reaches held-out precision ${SAME_FACT_MIN_PRECISION}: the model is not wired in ("model": null)`);
    provenance['verdict'] = `not wired in: no threshold reaches held-out precision ${SAME_FACT_MIN_PRECISION}`;
  } else {
    const rules = sameFactFiguresAt(data, p, 0);
    console.log(
      `  picked >= ${picked.threshold}: held out, ${picked.linked} of ${rules.linked} links kept, P ${picked.precision} R ${picked.recall} F1 ${picked.f1} (rules alone P ${rules.precision} R ${rules.recall} F1 ${rules.f1}); across pairs ${picked.acrossKept} of ${picked.across} kept, P with them ${picked.precisionWithAcross} (rules alone ${rules.precisionWithAcross})`,
    );
    const pickedNews = sameFactNewsFiguresAt(data, p, picked.threshold);
    if (pickedNews)
      console.log(`  news links held out at ${picked.threshold}: P ${pickedNews.precision} R ${pickedNews.recall}, about ${pickedNews.links} links kept (${JSON.stringify(pickedNews.bySet)})`);
    provenance['crossValidation'] = {
      folds: SAME_FACT_FOLDS,
      by: `MRPC: corpus of ${SAME_FACT_BATCH} pairs; news links: label`,
      rulesAlone: rules,
      withModel: picked,
      ...(pickedNews ? { newsLinks: pickedNews } : {}),
    };
    const rescued = pickSameFactRuleFloor(data, p, picked.threshold);
    console.log(`  rule floor ${rescued.ruleFloor}: below the threshold the predicate rule adds ${rescued.rows} held-out news links, right ${rescued.precision} of the time (estimated)`);
    provenance['ruleFloorChoice'] =
      `the lowest model probability (in hundredths) at which the news links the predicate rule adds below the threshold are right at least ${SAME_FACT_MIN_RESCUED_PRECISION} of the time, held out`;
    provenance['ruleFloor'] = rescued;
    const final = fitSameFact(data, picked.threshold, rescued.ruleFloor);
    model = { features: final.features, mean: final.mean, scale: final.scale, weights: final.weights, bias: final.bias, threshold: final.threshold, ruleFloor: final.ruleFloor };
    parseSameFactModel(model, out); // what is written must load
    if (samples > 0) {
      const random = seeded(19);
      for (const [label, keep] of [
        ['dropped', false],
        ['kept', true],
      ] as const) {
        const of = data.rows.filter((r, i) => r.linked && r.kind !== 'news' && p[i]! >= picked.threshold === keep);
        console.log(`-- held-out links ${label} (${Math.min(samples, of.length)} of ${of.length}, random):`);
        for (const r of sample(of, samples, random)) console.log(`  ${r.id} [${r.y === 1 ? 'paraphrase' : 'not'}]\n    A: ${r.a}\n    B: ${r.b}`);
      }
    }
  }
  const file = {
    about: 'Weights of the same-fact model (core/corroboration/sameFact.ts), written by npm run train -- samefact. Data, not code: do not edit by hand.',
    provenance,
    model,
  };
  writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out) || out}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function main(): void {
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: { devdata: { type: 'string' }; out: { type: 'string' }; samples: { type: 'string' }; date: { type: 'string' } } }>>;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { devdata: { type: 'string' }, out: { type: 'string' }, samples: { type: 'string' }, date: { type: 'string' } } });
  } catch (error) {
    console.error(`train: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  const trainers: Record<string, () => void> = {};
  const devdata = path.resolve(parsed.values.devdata ?? process.env['DEVDATA'] ?? besideCheckout(repoRoot, 'devdata-build'));
  const samples = Number(parsed.values.samples ?? 0);
  trainers['boilerplate'] = () => {
    const out = path.resolve(parsed.values.out ?? path.join(repoRoot, 'server', 'src', 'core', 'boilerplate', 'lineModel.json'));
    trainBoilerplate(devdata, out, samples, parsed.values.date);
  };
  trainers['cueverbs'] = () => {
    const out = path.resolve(parsed.values.out ?? path.join(repoRoot, 'server', 'src', 'core', 'attribution', 'cueVerbs.json'));
    trainCueVerbsFile(devdata, out, parsed.values.date);
  };
  trainers['checkworthy'] = () => {
    const out = path.resolve(parsed.values.out ?? path.join(repoRoot, 'server', 'src', 'core', 'attribution', 'checkWorthyModel.json'));
    trainCheckWorthyFile(devdata, out, samples, parsed.values.date);
  };
  trainers['unattributed'] = () => {
    const out = path.resolve(parsed.values.out ?? path.join(repoRoot, 'server', 'src', 'core', 'attribution', 'unsourcedModel.json'));
    trainUnattributed(devdata, out, samples, parsed.values.date);
  };
  trainers['flags'] = () => {
    const out = path.resolve(parsed.values.out ?? path.join(repoRoot, 'server', 'src', 'core', 'attribution', 'flagModel.json'));
    trainFlags(devdata, out, samples, parsed.values.date);
  };
  trainers['vague'] = () => {
    const out = path.resolve(parsed.values.out ?? path.join(repoRoot, 'server', 'src', 'core', 'attribution', 'vagueModel.json'));
    trainVague(devdata, out, samples, parsed.values.date);
  };
  trainers['samefact'] = () => {
    const out = path.resolve(parsed.values.out ?? path.join(repoRoot, 'server', 'src', 'core', 'corroboration', 'sameFactModel.json'));
    trainSameFact(devdata, out, samples, parsed.values.date);
  };
  const names = parsed.positionals.length > 0 ? parsed.positionals : Object.keys(trainers);
  const unknown = names.filter((n) => !trainers[n]);
  if (unknown.length > 0 || (parsed.values.out && names.length > 1)) {
    console.error(`train: ${unknown.length ? `no trainer ${unknown.join(', ')} (trainers: ${Object.keys(trainers).join(', ')})` : '--out needs one trainer'}\n${usage}`);
    process.exit(2);
  }
  for (const name of names) trainers[name]!();
}

main();
