/**
 * The learned line model (issue 13, item 3): the trainer's regression, the weights file's
 * loader, and where the model may and may not overrule the rules.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { ruleDecisions } from '../../server/src/core/boilerplate/classify.js';
import { LINE_FEATURES, defaultLineModel, installLineModel, lineFeatureVectors, parseLineModel, type LineModel } from '../../server/src/core/boilerplate/lineModel.js';
import { fitLogistic, predictLogistic, roundModel } from '../../server/src/tools/train/logistic.js';
import { repoRoot } from '../support/paths.js';

const committedFile = path.join(repoRoot, 'server', 'src', 'core', 'boilerplate', 'lineModel.json');

function flagged(text: string, lineModel?: LineModel | null): Map<number, string> {
  const analysis = analyze(text, lineModel === undefined ? {} : { lineModel });
  assert.equal(analysis.skipped, undefined);
  return new Map(analysis.annotations.filter((a) => a.kind === 'boilerplate').map((a) => [a.range.start.line + 1, String(a.data['reason'])]));
}

/** A model that weighs nothing but its bias: every line gets the same probability. */
function constantModel(probability: number, thresholds: LineModel['thresholds']): LineModel {
  const n = LINE_FEATURES.length;
  return {
    features: LINE_FEATURES,
    mean: new Array<number>(n).fill(0),
    scale: new Array<number>(n).fill(1),
    weights: new Array<number>(n).fill(0),
    bias: Math.log(probability / (1 - probability)),
    thresholds,
  };
}

describe('line model: the trainer', function () {
  // Two features; the class is whether their sum passes 1. Rows on both sides, none on the line.
  const x = [
    [0, 0],
    [0.2, 0.3],
    [0.4, 0.1],
    [0.1, 0.6],
    [0.3, 0.5],
    [1, 0.8],
    [0.9, 0.7],
    [0.6, 0.9],
    [1.2, 0.4],
    [0.8, 1.1],
  ].map((row) => Float64Array.from(row));
  const y = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];

  it('fits a separable set: every row on its side', function () {
    const model = fitLogistic({ x, y }, { l2: 1e-4 });
    x.forEach((row, i) => {
      assert.equal(predictLogistic(model, row) > 0.5, y[i] === 1, `row ${i}`);
    });
    // The boundary lies between the classes, near x0 + x1 = 1.
    assert.ok(predictLogistic(model, Float64Array.from([0.45, 0.45])) < 0.5);
    assert.ok(predictLogistic(model, Float64Array.from([0.6, 0.6])) > 0.5);
  });

  it('writes the same numbers from the same rows', function () {
    const weight = y.map((_, i) => (i % 3 === 0 ? 2 : 1));
    const a = JSON.stringify(roundModel(fitLogistic({ x, y, weight })));
    const b = JSON.stringify(roundModel(fitLogistic({ x: x.map((row) => Float64Array.from(row)), y: [...y], weight: [...weight] })));
    assert.equal(a, b);
  });

  it('lets row weights move the boundary', function () {
    // Weighing the positive rows ten times over pulls the boundary toward the negatives.
    const plain = fitLogistic({ x, y });
    const heavy = fitLogistic({ x, y, weight: y.map((label) => (label === 1 ? 10 : 1)) });
    const middle = Float64Array.from([0.5, 0.5]);
    assert.ok(predictLogistic(heavy, middle) > predictLogistic(plain, middle));
  });
});

describe('line model: the weights file', function () {
  const committed = JSON.parse(readFileSync(committedFile, 'utf8')) as { provenance: Record<string, unknown>; model: Record<string, unknown> | null };

  it('loads the committed model, with its provenance beside it', function () {
    assert.ok(committed.model, 'the committed file holds a model');
    const model = defaultLineModel();
    assert.ok(model);
    assert.deepEqual(model.features, LINE_FEATURES);
    for (const key of ['trainedBy', 'date', 'data', 'dataFingerprint', 'crossValidation', 'thresholdChoice']) assert.ok(key in committed.provenance, key);
    const sources = committed.provenance['data'] as { repository: string; commit: string }[];
    assert.ok(
      sources.every((s) => /^[0-9a-f]{40}$/.test(s.commit)),
      'each data set names its commit',
    );
  });

  it('refuses a malformed file with a message that says what is wrong', function () {
    const good = committed.model!;
    const cases: [unknown, RegExp][] = [
      [null, /not a JSON object/],
      [[1, 2], /not a JSON object/],
      [{ ...good, features: 'words' }, /"features" must be a list/],
      [{ ...good, features: [...LINE_FEATURES.slice(1), 'an old feature'] }, /missing: words \(log\); unknown: an old feature.*npm run train -- boilerplate/],
      [{ ...good, features: [...LINE_FEATURES].reverse() }, /another order/],
      [{ ...good, weights: (good['weights'] as number[]).slice(1) }, /"weights" must be a list of \d+ finite numbers/],
      [{ ...good, mean: (good['mean'] as number[]).map(() => Number.NaN) }, /"mean" must be a list/],
      [{ ...good, scale: (good['scale'] as number[]).map(() => 0) }, /"scale" must be positive/],
      [{ ...good, bias: '1' }, /"bias" must be a finite number/],
      [{ ...good, thresholds: undefined }, /"thresholds" must hold keepBelow and flagAbove/],
      [{ ...good, thresholds: { keepBelow: 0.1, flagAbove: 2 } }, /"thresholds.flagAbove" must be a number from 0 to 1/],
    ];
    for (const [json, message] of cases)
      assert.throws(
        () => parseLineModel(json, 'lineModel.json'),
        (error: Error) => message.test(error.message) && error.message.startsWith('lineModel.json: '),
        String(message),
      );
  });
});

describe('line model: where it decides', function () {
  const story = [
    'Ferry service to Holm Island suspended after storm damage',
    'By Mara Quill',
    'The ferry service between Porthwen and Holm Island was suspended on Wednesday after a storm damaged the landing stage, the island council said.',
    'Aa',
    'Listen',
    '4 min',
    'Engineers will inspect the pier on Thursday, and the operator expects crossings to resume next week at the earliest.',
    'About 300 people live on the island, which depends on the ferry for food, fuel and post.',
    'The council said it had arranged for a fishing boat to carry urgent supplies and medicines in the meantime.',
    'Residents said the landing stage had needed repairs for years.',
  ].join('\n');

  it('flags a text-size control among the widgets over the body, which the rules alone keep', function () {
    const rules: [number, string][] = [
      [2, 'a byline'],
      [5, 'a section marker'],
      [6, 'under a section marker'],
    ];
    assert.deepEqual([...flagged(story, null)], rules);
    assert.deepEqual([...flagged(story)], [rules[0], [4, 'furniture by the weight of its evidence'], ...rules.slice(1)]);
  });

  it('reads with a model installed as the default, as the trainers after the line model do', function () {
    const committed = defaultLineModel();
    try {
      installLineModel(null);
      assert.deepEqual([...flagged(story)], [...flagged(story, null)]);
    } finally {
      installLineModel(committed);
    }
    assert.deepEqual([...flagged(story)], [...flagged(story, committed)]);
  });

  it('never flags the headline, prose, a quote, a subheading, a list the article announces or a line-up after the last paragraph, however sure it is', function () {
    const report = [
      'Rovers edge past City to reach the county cup final',
      'Rovers reached the county cup final on Saturday after a late goal from Sam Okafor settled a tense semi-final against City.',
      '"We never stopped believing," said the Rovers manager, Jo Pike.',
      'Half-time 0-0',
      'Attendance 4,120',
      'City had the better of the first half and hit the post twice, but Rovers grew into the game after the break.',
      'Their chances, by the club’s count:',
      'Shots 14',
      'Corners 9',
      'Rovers had the better of the second half.',
      'The winner',
      'Okafor, who came on with 20 minutes left, scored with a low shot from the edge of the area in the 88th minute.',
      'Rovers: Hale; Price, Dunn, Mercer, Lowe; Adeyemi, Shaw, Kerr; Bell, Ng, Foster.',
      'Albion 3 Town 1',
    ].join('\n');
    assert.deepEqual([...flagged(report)], []);
    // A model sure that every line is furniture: it decides the two short rows inside the body,
    // as it was told to, and nothing else.
    const sure = constantModel(0.999, { keepBelow: 0, flagAbove: 0.5 });
    const reason = 'furniture by the weight of its evidence';
    assert.deepEqual(
      [...flagged(report, sure)],
      [
        [4, reason],
        [5, reason],
      ],
    );
  });

  it('never keeps a line the rules flag by its own form, marker or place, however sure it is', function () {
    const page = [
      'Home » News » Islands',
      'Ferry service to Holm Island suspended after storm damage',
      'The ferry service between Porthwen and Holm Island was suspended on Wednesday after a storm damaged the landing stage, the island council said.',
      'Engineers will inspect the pier on Thursday, and the operator expects crossings to resume next week at the earliest.',
      'About 300 people live on the island, which depends on the ferry for food, fuel and post.',
      'https://islandnews.example/ferry',
      '© 2026 Island News Ltd. All rights reserved.',
    ].join('\n');
    const rules = flagged(page, null);
    assert.deepEqual([...rules.keys()], [1, 6, 7]);
    assert.deepEqual(flagged(page, constantModel(0.001, { keepBelow: 1, flagAbove: 1.01 })), rules);
  });
});

describe('line model: where the article stands on a whole page', function () {
  const page = [
    'The Valley Courier',
    'The Valley Courier has reported on the towns and villages of the valley since it was founded in 1921.',
    ...['Home', 'Local News', 'Sport', 'Weather', 'Business News', 'Politics', 'Opinion', 'Arts and Culture', 'Travel', 'Property', 'Jobs', 'Puzzles and Games'],
    ...['Obituaries', 'Contact Us', 'Sign In', 'Subscribe Today', 'Print Edition', 'Newsletters', 'Podcasts', 'Photo Galleries', 'Advertise With Us', 'Events'],
    'Ferry service to Holm Island suspended after storm damage',
    'The ferry service between Porthwen and Holm Island was suspended on Wednesday after a storm damaged the landing stage, the island council said.',
    'Engineers will inspect the pier on Thursday, and the operator expects crossings to resume next week at the earliest.',
    'Share',
    'About 300 people live on the island, which depends on the ferry for food, fuel and post.',
    'The council said it had arranged for a fishing boat to carry urgent supplies and medicines in the meantime.',
    ...['Garden Ideas', 'Best Kitchens', 'Cheap Flights', 'Loft Conversions', 'Solar Panels', 'Hearing Aids'].flatMap((teaser) => ['Undo', teaser, 'Sponsored by Home Deals Online']),
    'Undo',
    'Council votes to keep the library open on Sundays',
    'The library will stay open on Sundays after councillors voted to fund the extra staff for another year.',
  ].join('\n');

  it('finds the stretch where the article prose is densest, not the first and last paragraphs of prose', function () {
    const d = ruleDecisions(parseArticle(page), { lineModel: null })!;
    const line = (block: number) => d.features[block]!.text;
    // The site's blurb above the menu and a teaser's summary under the sponsored list read as
    // prose too; the densest stretch runs between them. The blurb, a menu away above the
    // article's headline, no longer starts the body (round 31): the headline over the stretch does.
    assert.equal(line(d.bodyStart), page.split('\n')[25]);
    assert.equal(line(d.headline), page.split('\n')[24]);
    assert.equal(line(d.mainSpan.start), page.split('\n')[25]);
    assert.equal(line(d.mainSpan.end), page.split('\n')[29]);
  });

  it('tells the model how far a line stands from that stretch, and how often its page repeats it', function () {
    const d = ruleDecisions(parseArticle(page), { lineModel: null })!;
    const vectors = lineFeatureVectors(d);
    const feature = (name: string, text: string) => vectors[d.features.findIndex((f) => f.text === text)]![LINE_FEATURES.indexOf(name)];
    assert.equal(feature('outside the densest prose', 'Share'), 0);
    assert.equal(feature('outside the densest prose', 'Garden Ideas'), 1);
    assert.ok(feature('blocks from the densest prose (log)', 'Cheap Flights')! > feature('blocks from the densest prose (log)', 'Garden Ideas')!);
    assert.equal(feature('same line elsewhere on the page (log)', 'Undo'), Math.log1p(6));
    assert.equal(feature('same line elsewhere on the page (log)', 'Share'), 0);
  });
});
