/**
 * Same fact, not the same words (issue 15, item 2): the pair features, the fitted model's
 * rules, the trainer's fit, and two behaviours over small corpora of our own articles.
 */
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { claimTerms } from '../../server/src/core/corroboration/claims.js';
import { CorpusIndex } from '../../server/src/core/corroboration/corpusIndex.js';
import { DEFAULT_SIMILARITY_THRESHOLD, linkProbability } from '../../server/src/core/corroboration/index.js';
import { PAIR_FEATURES, pairWeights, sameFactProbability } from '../../server/src/core/corroboration/pairModel.js';
import { tag } from '../../server/src/core/nlp/tagger.js';
import { fitLogistic, predict, type Instance } from '../train/logistic.js';
import { analyze } from '../../server/src/core/annotate.js';

const feature = (name: (typeof PAIR_FEATURES)[number]) => PAIR_FEATURES.indexOf(name);

/** The links between the articles of a corpus, as "file:line -> file:line" (1-based lines). */
function links(files: Record<string, string>): string[] {
  const results = analyzeCorpus(Object.entries(files).map(([id, text]) => ({ id, text, fileName: `${id}.txt` })));
  return results.flatMap((r) =>
    r.annotations
      .filter((a) => a.kind === 'corroboration' && a.code === 'corroboration/match')
      .flatMap((a) => (a.data['matches'] as { uri: string; range: { start: { line: number } } }[]).map((m) => `${r.id}:${a.range.start.line + 1} -> ${m.uri}:${m.range.start.line + 1}`)),
  );
}

describe('same fact: pair features', function () {
  it('folds a nominalisation onto its verb in the terms and the event words', function () {
    const a = claimTerms(tag('Police detained the harbour master on Friday.'));
    const b = claimTerms(tag('The arrest of the harbour master came on Friday.'));
    assert.ok(a.events.includes('arrest') && b.events.includes('arrest'), `${a.events} / ${b.events}`);
    assert.ok(a.terms.includes('arrest') && b.terms.includes('arrest'));
  });

  it('scores a pair from both claims and both articles, each feature in [0, 1]', function () {
    const index = new CorpusIndex();
    const add = (id: string, text: string) => index.set(id, id, analyze(text, { fileName: `${id}.txt` }).claims);
    add('a', 'Police in Corvale detained the harbour master, Anselm Reyes, on Friday over missing port fees.\nThe harbour office of Corvale stayed open on Saturday.\n');
    add('b', 'The arrest of Anselm Reyes, the Corvale harbour master, came on Friday over missing port fees.\nFerries left Corvale as normal, the port authority said.\n');
    const [claim] = index.claims('a');
    const pairs = index.candidatePairs('a', claim!);
    const same = pairs.find((p) => p.other.id === 'b' && p.other.index === 0)!;
    assert.ok(same, 'the arrest sentence is retrieved');
    assert.equal(same.features.length, PAIR_FEATURES.length);
    for (const value of same.features) assert.ok(value >= 0 && value <= 1, `${same.features}`);
    assert.equal(same.features[feature('entityOverlap')], 1);
    assert.equal(same.features[feature('eventOverlap')], 1);
    assert.equal(same.features[feature('eventClash')], 0);
    assert.ok(same.features[feature('documentNames')]! > 0 && same.features[feature('documentCosine')]! > 0);
    assert.ok(sameFactProbability(same.features) >= pairWeights.threshold);
  });

  it('never links sentences that share too few words, nor two that name other actors or other happenings', function () {
    const features = PAIR_FEATURES.map(() => 1);
    features[feature('eventClash')] = 0;
    features[feature('entityClash')] = 0;
    features[feature('figuresConflict')] = 0;
    features[feature('datesDiffer')] = 0;
    assert.ok(sameFactProbability(features) > 0.5);
    assert.equal(sameFactProbability(features.map((v, i) => (i === feature('termCosine') ? pairWeights.minimumCosine / 2 : v))), 0);
    assert.equal(sameFactProbability(features.map((v, i) => (i === feature('eventClash') ? 1 : v))), 0);
    assert.equal(sameFactProbability(features.map((v, i) => (i === feature('entityClash') ? 1 : v))), 0);
  });

  it('maps the similarity setting onto the model: the default is the fitted threshold, 0 and 1 the ends', function () {
    assert.equal(linkProbability(DEFAULT_SIMILARITY_THRESHOLD), pairWeights.threshold);
    assert.equal(linkProbability(0), 0);
    assert.equal(linkProbability(1), 1);
    assert.ok(linkProbability(0.2) < linkProbability(0.3) && linkProbability(0.3) < linkProbability(0.5));
  });

  it('keeps its weights with their provenance and cross-validated figures', function () {
    const data = pairWeights as unknown as { provenance: { data: { commit: string }[]; crossValidated: { ecb: { p: number } } } };
    assert.deepEqual(pairWeights.features, [...PAIR_FEATURES]);
    assert.ok(data.provenance.data.every((d) => /^[0-9a-f]{40}$/.test(d.commit)));
    assert.ok(data.provenance.crossValidated.ecb.p >= 0.9);
  });
});

describe('same fact: the trainer', function () {
  // y = 1 when the first feature is high and the second low; noise in the middle.
  const toy: Instance[] = [];
  for (let i = 0; i < 200; i++) {
    const a = (i * 37) % 101 / 100;
    const b = (i * 53) % 97 / 96;
    toy.push({ x: [a, b], y: a - 0.5 * b + ((i * 13) % 7) / 35 - 0.1 > 0.3 ? 1 : 0 });
  }

  it('fits a toy set: positive weight where the positives are high, negative where low', function () {
    const model = fitLogistic(toy);
    assert.ok(model.weights[0]! > 0 && model.weights[1]! < 0, JSON.stringify(model));
    const correct = toy.filter((t) => (predict(model, t.x) >= 0.5 ? 1 : 0) === t.y).length;
    assert.ok(correct / toy.length > 0.85, `accuracy ${correct / toy.length}`);
  });

  it('is deterministic, and honours instance weights', function () {
    assert.deepEqual(fitLogistic(toy), fitLogistic(toy));
    const light = fitLogistic(toy.map((t) => ({ ...t, weight: t.y === 1 ? 0.1 : 1 })));
    assert.ok(light.bias < fitLogistic(toy).bias, 'positives that count less lower the bias');
  });
});

describe('same fact: behaviour', function () {
  it('links a paraphrase worded differently in another article ("detained" / "his arrest")', function () {
    const found = links({
      'corvale-courier': 'Anselm Reyes runs the harbour at Corvale for the Halmstad Port Authority.\nPolice detained him on Friday, his lawyer said.\n',
      'lindqvist-post': 'Anselm Reyes has been harbour master at Corvale for the Halmstad Port Authority since 2019.\nHis arrest by police came on Friday, according to his lawyer.\n',
    });
    assert.ok(found.includes('corvale-courier:2 -> lindqvist-post:2'), found.join('; '));
  });

  it('does not link two facts about one company that share only topic words', function () {
    const found = links({
      'brightwell-daily': 'Brightwell Mining expanded its operations in Australia last year, the company said on Tuesday.\nThe miner opened two new pits near Kalgoorlie and hired 400 workers.\nIts shares rose 3% in Sydney trading.\n',
      'ore-weekly': 'Brightwell Mining published its annual report in the US last year for the first time.\nThe report was filed with regulators in New York in October.\nAnalysts said the filing would draw American investors.\n',
    });
    assert.deepEqual(found, []);
  });
});
