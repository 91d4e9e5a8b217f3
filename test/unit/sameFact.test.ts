/**
 * The same-fact model (issue 15, item 2): the weights file's
 * loader, and what the committed weights decide of a link made of a theme's words and of one
 * fact told twice. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/core/corpus.js';
import type { CorpusIndex } from '../../server/src/core/corroboration/corpusIndex.js';
import { parseSameFactModel, SAME_FACT_FEATURE_NAMES, sameFactModel, statesSameFact } from '../../server/src/core/corroboration/sameFact.js';
import { repoRoot } from '../support/paths.js';

const committedFile = path.join(repoRoot, 'server', 'src', 'core', 'corroboration', 'sameFactModel.json');

// Two reports of one campaign stop: the senator's promise at the rally, and in the other her
// words on rents. They share the senator, the town and "minimum wage": one theme, two facts.
const CAMPAIGN = [
  {
    id: 'a',
    fileName: 'a.txt',
    text: 'Campaign trail in Brennick\nSenator Ana Ruiz promised to raise the minimum wage to $15 at a rally in Brennick on Monday.\nThe rally drew about 2,000 people to the Brennick waterfront.\n',
  },
  {
    id: 'b',
    fileName: 'b.txt',
    text: 'Ruiz courts Brennick voters\nSenator Ana Ruiz said the minimum wage in Brennick had not kept pace with rents for a decade.\nAbout 2,000 people came to the rally on the Brennick waterfront.\n',
  },
];

describe('same-fact model: the weights file', function () {
  it('loads the committed model, written for the features this code computes, with its provenance', function () {
    const model = sameFactModel();
    assert.ok(model, 'sameFactModel.json holds a model');
    assert.deepEqual(model.features, SAME_FACT_FEATURE_NAMES);
    assert.ok(model.threshold > 0 && model.threshold < 1);
    const file = JSON.parse(readFileSync(committedFile, 'utf8')) as { provenance: Record<string, unknown> };
    assert.equal(file.provenance['trainedBy'], 'npm run train -- samefact');
    assert.match(JSON.stringify(file.provenance['data']), /mieseung\/Cutoff_with_Attribution/);
    assert.match(JSON.stringify(file.provenance['data']), /newsLinkLabels\.json/);
    assert.match(String(file.provenance['dataFingerprint']), /sha256 of corroboration\/mrpc\/pairs\.jsonl: [0-9a-f]{64}; of the news links read: [0-9a-f]{64}$/);
    assert.ok(model.ruleFloor >= 0 && model.ruleFloor <= model.threshold, `rule floor ${model.ruleFloor}`);
    assert.ok(file.provenance['crossValidation'], 'held-out figures are written beside the weights');
  });

  it('refuses a model for other features or with a threshold out of range, and takes null for none', function () {
    const good = JSON.parse(readFileSync(committedFile, 'utf8')).model as Record<string, unknown>;
    assert.doesNotThrow(() => parseSameFactModel(good));
    assert.equal(parseSameFactModel(null), null);
    assert.throws(() => parseSameFactModel({ ...good, features: [...SAME_FACT_FEATURE_NAMES].reverse() }), /features/);
    assert.throws(() => parseSameFactModel({ ...good, weights: [1] }), /weights/);
    assert.throws(() => parseSameFactModel({ ...good, threshold: 1.5 }), /threshold/);
    assert.throws(() => parseSameFactModel({ ...good, ruleFloor: undefined }), /ruleFloor/);
    assert.throws(() => parseSameFactModel({ ...good, ruleFloor: (good['threshold'] as number) + 0.01 }), /ruleFloor/);
  });
});

describe('same-fact model: what the committed weights decide', function () {
  /** The model's verdict on the claims of the first lines after the headlines of two files. */
  function verdict(files: typeof CAMPAIGN, line: number): boolean {
    const corpus = new Corpus();
    corpus.addAll(files);
    const index = corpus.index as CorpusIndex;
    const a = index.claims('a').find((c) => c.range.start.line === line)!;
    const b = index.claims('b').find((c) => c.range.start.line === line)!;
    return statesSameFact(a, b, index.similarity(a, b), index.rarity, sameFactModel());
  }

  it('tells two facts of one campaign stop that share its theme from one fact told twice', function () {
    assert.equal(verdict(CAMPAIGN, 1), false, 'the promise at the rally and the words on rents are two facts');
    assert.equal(verdict(CAMPAIGN, 2), true, 'the crowd at the rally is one');
  });

  it("lets the lexicon's predicate rescue a pair the model doubts only above the model's floor", function () {
    const corpus = new Corpus();
    corpus.addAll([
      { id: 'a', fileName: 'a.txt', text: 'Port strike\nAbout 4,000 dockworkers at the Port of Lindqvist walked off the job on Monday, the union said.\n' },
      { id: 'b', fileName: 'b.txt', text: 'Lindqvist stoppage\nMore than 3,500 workers at the Port of Lindqvist stopped work on Monday in a row over pay.\n' },
    ]);
    const index = corpus.index as CorpusIndex;
    const [a, b] = [index.claims('a').find((c) => !c.headline)!, index.claims('b').find((c) => !c.headline)!];
    const model = sameFactModel()!;
    // A threshold no pair reaches: only the rule can link them.
    const decide = (ruleFloor: number) => statesSameFact(a, b, index.similarity(a, b), index.rarity, { ...model, threshold: 0.999, ruleFloor });
    assert.equal(decide(0), true, 'the walkout in other words, one count that agrees');
    assert.equal(decide(0.998), false, 'below the floor, the rule does not decide');
  });
});
