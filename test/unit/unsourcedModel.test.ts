/**
 * The learned unattributed-claim model (issue 14, item 6): the weights file's loader, the cue
 * rates it learns, how the attribution pass lets it keep or drop the rules' candidates, and what
 * the committed weights do to plain unsourced figures. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../server/src/core/article.js';
import { attributeSentences, type UnsourcedDecision } from '../../server/src/core/attribution/index.js';
import { cueRatesFrom, defaultUnsourcedModel, parseUnsourcedModel, strongestCueRate, UNSOURCED_FEATURES, type UnsourcedModel } from '../../server/src/core/attribution/unsourcedModel.js';
import { repoRoot } from '../support/paths.js';

const committedFile = path.join(repoRoot, 'server', 'src', 'core', 'attribution', 'unsourcedModel.json');

const ARTICLE = [
  'Council weighs harbour bridge plan',
  '',
  'The ferry company carried 9,000 passengers a day in 2024, twice as many as in 2010.',
  '',
  'Crime in the harbour district has risen by 30 percent since 2019.',
  '',
].join('\n');

/** The sentences the pass calls unattributed, with the decision given. */
function unattributed(text: string, decision: UnsourcedDecision): string[] {
  const article = parseArticle(text);
  return attributeSentences(article, new Set(article.blocks.map((b) => b.index)), {}, decision)
    .filter((s) => s.unattributed)
    .map((s) => s.text);
}

/** A model that weighs nothing but its bias: every candidate gets the same probability. */
function constantModel(probability: number, threshold: number): UnsourcedModel {
  const n = UNSOURCED_FEATURES.length;
  return {
    features: UNSOURCED_FEATURES,
    mean: new Array<number>(n).fill(0),
    scale: new Array<number>(n).fill(1),
    weights: new Array<number>(n).fill(0),
    bias: Math.log(probability / (1 - probability)),
    threshold,
    cueRates: new Map(),
  };
}

describe('unattributed-claim model: the weights file', function () {
  it('loads the committed model, written for the features this code computes', function () {
    const model = defaultUnsourcedModel();
    assert.ok(model, 'unsourcedModel.json holds a model');
    assert.deepEqual(model.features, UNSOURCED_FEATURES);
    assert.ok(model.threshold > 0 && model.threshold < 1);
    assert.ok(model.cueRates.size > 0);
    const file = JSON.parse(readFileSync(committedFile, 'utf8')) as { provenance: Record<string, unknown> };
    assert.equal(file.provenance['trainedBy'], 'npm run train -- unattributed');
    assert.match(JSON.stringify(file.provenance['data']), /networkdynamics\/PolNeAR/);
  });

  it('refuses a model for other features, without cue rates, or with a threshold out of range', function () {
    const good = JSON.parse(readFileSync(committedFile, 'utf8')).model as Record<string, unknown>;
    assert.doesNotThrow(() => parseUnsourcedModel(good));
    assert.throws(() => parseUnsourcedModel({ ...good, features: [...UNSOURCED_FEATURES].reverse() }), /not the ones this code computes/);
    assert.throws(() => parseUnsourcedModel({ ...good, cueRates: undefined }), /cueRates/);
    assert.throws(() => parseUnsourcedModel({ ...good, cueRates: { say: 2 } }), /cueRates/);
    assert.throws(() => parseUnsourcedModel({ ...good, threshold: 1.5 }), /threshold/);
  });
});

describe('unattributed-claim model: cue rates', function () {
  it('leaves out rare words and shrinks the rate of the others', function () {
    const rates = cueRatesFrom(
      new Map([
        ['insist', { cue: 8, all: 8 }],
        ['muse', { cue: 2, all: 2 }],
        ['rise', { cue: 0, all: 40 }],
      ]),
    );
    assert.equal(rates.get('insist'), 0.8);
    assert.equal(rates.has('muse'), false, 'seen twice: too rare to rate');
    assert.equal(rates.has('rise'), false, 'never a cue');
    assert.equal(strongestCueRate(['rise', 'insist'], rates), 0.8);
    assert.equal(strongestCueRate(['rise'], rates), 0);
  });
});

describe('unattributed-claim model: in the attribution pass', function () {
  it('keeps every candidate of the rules when there is no model', function () {
    assert.equal(unattributed(ARTICLE, { model: null }).length, 2);
  });

  it('drops a candidate below the threshold and keeps one at or above it', function () {
    assert.deepEqual(unattributed(ARTICLE, { model: constantModel(0.2, 0.5) }), []);
    assert.equal(unattributed(ARTICLE, { model: constantModel(0.5, 0.5) }).length, 2);
  });

  it('hands each candidate to the trainer with one value per feature, before the model decides', function () {
    const seen: number[] = [];
    unattributed(ARTICLE, { model: constantModel(0.2, 0.5), onCandidate: (_s, x) => seen.push(x.length) });
    assert.deepEqual(seen, [UNSOURCED_FEATURES.length, UNSOURCED_FEATURES.length]);
  });

  it('with the committed weights, keeps plain unsourced figures flagged', function () {
    assert.deepEqual(unattributed(ARTICLE, {}), [
      'The ferry company carried 9,000 passengers a day in 2024, twice as many as in 2010.',
      'Crime in the harbour district has risen by 30 percent since 2019.',
    ]);
  });

  it('with the committed weights, drops a sentence that reports a position in words the cue rules do not read', function () {
    const text = ['Council weighs harbour bridge plan', '', 'Senator Ana Ruiz has repeatedly relished the idea of cutting 300 ferry jobs in the next two years.', ''].join('\n');
    assert.equal(unattributed(text, { model: null }).length, 1, 'the rules alone flag it');
    assert.deepEqual(unattributed(text, {}), []);
  });
});
