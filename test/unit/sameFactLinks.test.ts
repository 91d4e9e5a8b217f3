/**
 * Issue 15, item 2, wired in (QUALITY.md round 16): "also reported by" only where two sentences
 * state one fact — not where they share a story's theme words — while one fact told in other
 * words still links, and conflicts are looked for as before. Every text here is written for the
 * test.
 */
import assert from 'node:assert/strict';
import type { Annotation } from '../../server/src/core/annotation.js';
import { analyze } from '../../server/src/core/annotate.js';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { predicatesOf } from '../../server/src/core/corroboration/predicates.js';
import { tag } from '../../server/src/core/nlp/tagger.js';

/** The other files' lines each claim of `id` is "also reported" by, keyed by the claim's line. */
function supportedBy(results: { id: string; annotations: Annotation[] }[], id: string): Map<number, string[]> {
  const found = new Map<number, string[]>();
  for (const a of results.find((r) => r.id === id)!.annotations) {
    if (a.code !== 'corroboration/match') continue;
    found.set(
      a.range.start.line,
      (a.data['matches'] as { uri: string; range: Annotation['range'] }[]).map((m) => `${m.uri}:${m.range.start.line}`),
    );
  }
  return found;
}

/** A second fact three reports of one walkout share, each in its own words. */
const CARGO = [
  'Shipping lines diverted cargo to the harbour at Calder Bay.',
  'Shipping lines sent the cargo on to the harbour at Calder Bay.',
  'Cargo was diverted by shipping lines to the harbour at Calder Bay.',
];

describe('same fact: what a supporting link needs', function () {
  it('does not call two facts of one campaign stop, which share its theme words, one report', function () {
    const results = analyzeCorpus([
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
    ]);
    const a = supportedBy(results, 'a');
    assert.equal(a.get(1), undefined, 'the promise at the rally and the words on rents are two facts');
    assert.deepEqual(a.get(2), ['b:2'], 'the crowd at the rally is one fact, told twice');
  });

  it('keeps one fact told in other words: another verb for the walkout, another count that agrees', function () {
    const results = analyzeCorpus([
      { id: 'a', fileName: 'a.txt', text: `Port strike\nAbout 4,000 dockworkers at the Port of Lindqvist walked off the job on Monday, the union said.\n${CARGO[0]}\n` },
      { id: 'b', fileName: 'b.txt', text: `Lindqvist stoppage\nMore than 3,500 workers at the Port of Lindqvist stopped work on Monday in a row over pay.\n${CARGO[1]}\n` },
      { id: 'c', fileName: 'c.txt', text: `Lindqvist dispute\nSome 4,200 port workers went on strike at the Port of Lindqvist on Monday, officials said.\n${CARGO[2]}\n` },
    ]);
    assert.deepEqual(supportedBy(results, 'a').get(1)?.sort(), ['b:1', 'c:1']);
  });

  it("takes a reply not given for no claim, so two stories' silences are never one fact", function () {
    // Before: "Also reported by 1 other outlet" between two spokeswomen's silences on two stories.
    const silence = (id: string, text: string) => ({ id, fileName: `${id}.txt`, text: `Port news\n${text}\n` });
    const results = analyzeCorpus([
      silence('a', 'Lena Marsk, a spokeswoman for the port authority, did not respond to a request for comment.'),
      silence('b', "Port authority spokeswoman Lena Marsk didn't return a call seeking comment."),
    ]);
    for (const id of ['a', 'b'])
      assert.deepEqual(
        results.find((r) => r.id === id)!.annotations.filter((a) => a.code.startsWith('corroboration/') || a.code === 'claim/single-source'),
        [],
      );
    assert.equal(analyze('Port news\nLena Marsk, a spokeswoman for the port authority, did not respond to a request for comment.\n').claims.length, 0);
    // A sentence that tells more stays a claim.
    assert.equal(analyze('Port news\nThe port authority did not respond to the request, and the ferries sailed anyway.\n').claims.length, 1);
  });

  it('does not link one fact in other words between articles that report nothing else alike', function () {
    // Before: linked by the lexicon's predicate alone (a strike, at one port). In a folder of a
    // year's news that rule matched two wins of one candidate or two stories mentioning one plan
    // in passing (QUALITY.md round 227): a single shared predicate and name is the theme.
    const results = analyzeCorpus([
      { id: 'a', fileName: 'a.txt', text: 'Port strike\nAbout 4,000 dockworkers at the Port of Lindqvist walked off the job on Monday, the union said.\n' },
      { id: 'b', fileName: 'b.txt', text: 'Lindqvist stoppage\nMore than 3,500 workers at the Port of Lindqvist stopped work on Monday in a row over pay.\n' },
      { id: 'c', fileName: 'c.txt', text: 'Lindqvist dispute\nSome 4,200 port workers went on strike at the Port of Lindqvist on Monday, officials said.\n' },
    ]);
    assert.equal(supportedBy(results, 'a').get(1), undefined);
  });

  it('still finds the conflict between two reports of one event whose figures disagree', function () {
    const results = analyzeCorpus([
      {
        id: 'a',
        fileName: 'a.txt',
        text: 'Port strike\nAbout 4,000 dockworkers walked off the job at the Port of Lindqvist on Monday, the union said.\nShipping lines diverted cargo to the harbour at Calder Bay.\n',
      },
      {
        id: 'c',
        fileName: 'c.txt',
        text: 'Lindqvist walkout\nTens of thousands of workers have joined a strike at the Port of Lindqvist, the union claims.\nCargo was diverted by shipping lines to the harbour at Calder Bay.\n',
      },
    ]);
    const conflict = results.find((r) => r.id === 'a')!.annotations.find((x) => x.kind === 'conflict');
    assert.ok(conflict, 'the union’s 4,000 and the tens of thousands disagree');
  });
});

describe('same fact: predicates from the corroboration lexicon', function () {
  const predicates = (text: string) => [...predicatesOf(tag(text))].sort();

  it('folds idioms and nouns of one happening into one predicate', function () {
    assert.deepEqual(predicates('About 4,000 dockworkers walked off the job on Monday.'), ['strike']);
    assert.deepEqual(predicates('More than 3,500 workers stopped work on Monday.'), ['strike']);
    assert.deepEqual(predicates('The walkout left 70 ships outside the harbour.'), ['strike']);
    assert.deepEqual(predicates('North Korea ratified the treaty.'), ['ratify']);
    assert.deepEqual(predicates('The ratification of the pact was completed last week.'), ['ratify']);
  });

  it('names no predicate for words that only look alike, or for who and what', function () {
    assert.deepEqual(predicates('The authority walked out of talks on Friday.'), []);
    assert.deepEqual(predicates('The troops and their ships stayed in port.'), []);
  });
});
