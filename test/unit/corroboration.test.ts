import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { nameStem } from '../../server/src/core/corroboration/claims.js';
import { CorpusIndex } from '../../server/src/core/corroboration/corpusIndex.js';
import { outletOf } from '../../server/src/core/corroboration/outlet.js';
import { compareQuantities, findQuantities, type Quantity } from '../../server/src/core/corroboration/quantities.js';
import { tag } from '../../server/src/core/nlp/tagger.js';

function quantities(sentence: string): Quantity[] {
  return findQuantities(tag(sentence), sentence);
}

function one(sentence: string): Quantity {
  const found = quantities(sentence);
  assert.equal(found.length, 1, `${sentence}: ${JSON.stringify(found)}`);
  return found[0]!;
}

describe('quantities', function () {
  const table: [string, string, number, number, string | undefined, string | undefined][] = [
    ['Up to 12,000 soldiers were sent.', 'Up to 12,000 soldiers', 6000, 12000, 'at-most', 'troops'],
    ['Some 11,000 North Korean troops are there.', 'Some 11,000 North Korean troops', 9900, 12100, 'about', 'troops'],
    ['They sent 11,000 troops.', '11,000 troops', 10500, 11500, undefined, 'troops'],
    ['More than 10,000 fighters crossed.', 'More than 10,000 fighters', 10000, Infinity, 'at-least', 'troops'],
    ['Over 300 dockworkers walked out.', 'Over 300 dockworkers', 300, Infinity, 'at-least', 'workers'],
    ['Fewer than 40 vessels sailed.', 'Fewer than 40 vessels', 0, 40, 'below', 'vessels'],
    ['Tens of thousands of people fled.', 'Tens of thousands of people', 20000, 99999, 'vague', 'people'],
    ['Thousands of homes lost power.', 'Thousands of homes', 2000, 19999, 'vague', 'homes'],
    ['Dozens of ships waited.', 'Dozens of ships', 24, 99, 'vague', 'vessels'],
    ['Nearly 70 container ships queued.', 'Nearly 70 container ships', 63, 77, 'about', 'vessels'],
    ['The strike costs €40 million a day.', '€40 million', 39500000, 40500000, undefined, 'euros'],
    ['Prices rose 8% in March.', '8%', 8, 8, undefined, 'percent'],
    ['Two million people were evacuated.', 'Two million people', 2000000, 2000000, undefined, 'people'],
  ];
  for (const [sentence, text, low, high, hedge, unit] of table) {
    it(`reads "${text}"`, function () {
      const q = one(sentence);
      assert.equal(q.text, text);
      assert.ok(Math.abs(q.low - low) < 1e-6, `low ${q.low}`);
      assert.ok(high === Infinity ? q.high === Infinity : Math.abs(q.high - high) < 1e-6, `high ${q.high}`);
      assert.equal(q.hedge, hedge);
      assert.equal(q.unit, unit);
    });
  }

  it('does not read years, dates or "the two countries" as counts', function () {
    assert.deepEqual(quantities('In 2024 the two countries signed the pact on November 12.'), []);
  });

  it('compares quantities of the same thing as intervals', function () {
    const upTo12k = one('Up to 12,000 troops were sent.');
    const compare = (sentence: string) => compareQuantities(upTo12k, one(sentence));
    assert.equal(compare('Some 11,000 soldiers are there.'), 'agrees');
    assert.equal(compare('More than 10,000 troops crossed.'), 'agrees');
    assert.equal(compare('They sent 11,000 troops.'), 'agrees');
    assert.equal(compare('Thousands of troops were sent.'), 'agrees');
    assert.equal(compare('Tens of thousands of troops were sent.'), 'conflicts');
    assert.equal(compare('About 3,000 troops were sent.'), 'conflicts');
    assert.equal(compare('More than 13,000 containers were sent.'), undefined, 'containers are not troops');
  });
});

describe('corpus index and matching', function () {
  it('folds names and their adjectives together', function () {
    assert.equal(nameStem('Korean'), nameStem('Korea'));
    assert.equal(nameStem('Russian'), nameStem('Russia'));
    assert.equal(nameStem('Ukrainian'), nameStem('Ukraine'));
  });

  const corpus = analyzeCorpus([
    {
      id: 'a',
      fileName: 'a.txt',
      // The cargo sent to Lindqvist: a second fact the reports of the Brennick strike share, as two
      // reports of one event do (a conflict is only looked for between such).
      text: 'Estavian port strike\nAbout 4,000 dockworkers walked off the job at the Port of Brennick on Monday, the union said.\nThe minister will visit Calder Bay on Friday.\nShipping lines diverted cargo to the harbour at Lindqvist.',
    },
    // (A second fact b shares with a: the walkout in other words is linked, by the lexicon's
    // predicate alone, only between articles that report more than one fact alike.)
    {
      id: 'b',
      fileName: 'b.txt',
      text: 'Brennick strike\nMore than 3,500 workers at the Port of Brennick stopped work on Monday in a row over automation.\nRain is expected in the capital.\nShipping lines sent the cargo on to the harbour at Lindqvist.',
    },
    {
      id: 'c',
      fileName: 'c.txt',
      text: 'Brennick walkout\nTens of thousands of workers have joined a strike at the Port of Brennick, the union claims.\nCargo was diverted by shipping lines to the harbour at Lindqvist.',
    },
    { id: 'd', fileName: 'd.txt', text: 'Ferry strike\nAbout 4,000 ferry workers walked off the job at the Port of Halden on Monday, the union said.' },
  ]);
  const annotationsOf = (id: string) => corpus.find((r) => r.id === id)!.annotations;

  it('links the same fact across articles and says how the figures compare', function () {
    const match = annotationsOf('a').find((a) => a.code === 'corroboration/match')!;
    const matches = match.data['matches'] as { uri: string; relation: string; values?: { here: string; there: string } }[];
    assert.deepEqual(
      matches.map((m) => [m.uri, m.relation, m.values]),
      [['b', 'agrees', { here: 'About 4,000 dockworkers', there: 'More than 3,500 workers', compared: 'figures' }]],
    );
    const conflict = annotationsOf('a').find((a) => a.kind === 'conflict')!;
    assert.equal(conflict.message, 'Figures disagree: “About 4,000 dockworkers” here, “Tens of thousands of workers” in c, both citing the union.');
  });

  it('vetoes the same kind of event with other actors, and unrelated sentences', function () {
    const all = corpus.flatMap((r) =>
      r.annotations.filter((a) => a.kind === 'corroboration' || a.kind === 'conflict').flatMap((a) => (a.data['matches'] as { uri: string }[]).map((m) => [r.id, m.uri])),
    );
    assert.ok(!all.some(([from, to]) => from === 'd' || to === 'd'), 'the Halden ferry strike links to nothing');
    assert.ok(!annotationsOf('a').some((a) => a.range.start.line === 2 && a.code === 'corroboration/match'), 'the minister’s visit is reported once');
  });

  it('does not link two sentences that share a name but not what they say of it', function () {
    const results = analyzeCorpus([
      { id: 'x', fileName: 'x.txt', text: 'Ferry strike in Brennick\nThe Harbour Times is expected to endorse Mayor Ana Ruiz on Friday.\nMayor Ana Ruiz visited the Port of Brennick on Monday.' },
      {
        id: 'y',
        fileName: 'y.txt',
        text: 'Brennick port closes\nA port official told The Harbour Times on Friday that the ferries would stop.\nMayor Ana Ruiz went to the Port of Brennick on Monday.',
      },
    ]);
    const linkedLines = results[0]!.annotations.filter((a) => a.code === 'corroboration/match').map((a) => a.range.start.line);
    assert.deepEqual(linkedLines, [2], 'the visit to the port is one fact; the endorsement and the official’s words are two');
  });

  it('compares the dates of the same fact', function () {
    const dated = analyzeCorpus([
      {
        id: 'p',
        fileName: 'p.txt',
        text: 'Decree signed\nNorth Korean leader Kim Jong Un signed the decree ratifying the treaty with Russia on November 12, state media said.\nState television showed the signing ceremony on Wednesday evening.',
      },
      {
        id: 'q',
        fileName: 'q.txt',
        text: 'Treaty ratified\nKim Jong Un signed a decree ratifying the treaty with Russia on 11 November, the agency reported.\nThe signing ceremony was shown on state television on Wednesday evening.',
      },
      { id: 'r', fileName: 'r.txt', text: 'Treaty in force\nKim Jong Un signed the decree ratifying the Russia treaty on Nov. 12, officials said.' },
    ]);
    const p = dated.find((d) => d.id === 'p')!.annotations;
    const conflict = p.find((a) => a.kind === 'conflict')!;
    assert.equal(conflict.message, 'Dates disagree: “November 12” (state media) here, “11 November” (the agency) in q.');
    const agreeing = p.find((a) => a.code === 'corroboration/match')!.data['matches'] as { uri: string; values: unknown }[];
    assert.deepEqual(
      agreeing.map((m) => [m.uri, m.values]),
      [['r', { here: 'November 12', there: 'Nov. 12', compared: 'dates' }]],
    );
  });

  it('keeps apart the same kind of event on dates days apart', function () {
    const launches = analyzeCorpus([
      { id: 'jan', fileName: 'jan.txt', text: 'Missile test\nNorth Korea fired a ballistic missile into the sea off its east coast on January 6, the military said.' },
      { id: 'mar', fileName: 'mar.txt', text: 'Another missile test\nNorth Korea fired a ballistic missile into the sea off its east coast on March 14, the military said.' },
    ]);
    for (const result of launches) assert.ok(!result.annotations.some((a) => a.kind === 'conflict' || a.code === 'corroboration/match'), result.id);
  });

  it('updates and removes documents by id', function () {
    const index = new CorpusIndex();
    const claims = analyze('Strike at Brennick\nAbout 4,000 dockworkers walked off the job at the Port of Brennick on Monday.').claims;
    index.set('x', 'X', claims);
    index.set('y', 'Y', claims);
    assert.equal(index.candidates('x', claims[0]!, 0.3).length, 1);
    index.remove('y');
    assert.deepEqual(index.candidates('x', claims[0]!, 0.3), []);
    index.set('x', 'X', []);
    assert.deepEqual(index.ids(), ['x']);
  });

  it('takes a word and two names both use as a candidate, not a word and one name', function () {
    const claim = (text: string) => analyze(`Festival news\n${text}`).claims.find((c) => !c.headline)!;
    const index = new CorpusIndex();
    const host = claim('Lena Marsk will host the Delvik harbour festival in June.');
    index.set('a', 'A', [host]);
    index.set('b', 'B', [claim('Organisers said Lena Marsk would host it.')]);
    index.set('c', 'C', [claim('Marsk hosted a radio show for years.')]);
    const found = index.candidates('a', host, 0).map((c) => c.other.id);
    assert.ok(found.includes('b'), `candidates: ${found.join(', ')}`);
    assert.ok(!found.includes('c'), 'one shared name and one word are not the same fact');
  });

  it('reads the outlet from the article itself, else the file name', function () {
    const outlet = (text: string) => outletOf(analyze(text), 'story.txt');
    const body = 'Strike at Brennick\nAbout 4,000 dockworkers walked off the job at the Port of Brennick on Monday, the union said.\nThe port authority said talks would resume on Thursday.\n';
    assert.equal(outlet(body + '© 2025 Meridian News Agency. All rights reserved.'), 'Meridian News Agency');
    assert.equal(outlet(body + 'Source: https://www.courier.example/news/strike'), 'courier.example');
    assert.equal(outlet(body), 'story');
  });
});
