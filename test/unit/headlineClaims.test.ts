/**
 * The headline as a claim for corroboration (core/corroboration/headline.ts): read in the case
 * the article's running text gives its words, linked to other articles' sentences only where the
 * same-fact model agrees, second to a sentence of the same article, and never a side of a conflict.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import type { Annotation } from '../../server/src/core/annotation.js';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { nameStem } from '../../server/src/core/corroboration/claims.js';

const BANK = [
  'Orvania Central Bank Raises Main Interest Rate To 4.5 Percent',
  '',
  'The Orvania Central Bank raised its main interest rate to 4.5 percent on Thursday, its third increase this year.',
  'Governor Lena Marsk told reporters in Delvik that prices were still rising too fast for comfort.',
  'Economists at Hollin Capital had expected the bank to wait until the spring.',
  '',
].join('\n');

const MARKETS = [
  'Delvik markets slip after rate decision',
  '',
  'Shares in Delvik fell sharply on Thursday afternoon as traders digested the news from the central bank.',
  'The Orvania Central Bank raised its main interest rate to 4.5 percent, the bank said in a statement.',
  'The currency gained against the euro in late trading.',
  '',
].join('\n');

const STORM = [
  'Orvania Storm Kills 12 People In Coastal Towns',
  '',
  "The storm killed 15 people in Orvania's coastal towns on Sunday, the interior ministry said.",
  'Rescue teams from Delvik were still searching flooded streets on Monday.',
  '',
].join('\n');

const FLOODS = [
  'Flooding in the south',
  '',
  'The storm killed 15 people in the coastal towns of Orvania on Sunday, the interior ministry said in Delvik.',
  'Thousands of homes were left without power.',
  '',
].join('\n');

function corpus(files: Record<string, string>) {
  return analyzeCorpus(Object.entries(files).map(([id, text]) => ({ id, text, fileName: id })));
}

/** The other files and lines an annotation of `kind` on `line` of `id` lists. */
function listed(results: ReturnType<typeof corpus>, id: string, line: number, kind: Annotation['kind']): string[] {
  const result = results.find((r) => r.id === id)!;
  return result.annotations
    .filter((a) => a.kind === kind && a.range.start.line === line)
    .flatMap((a) => ((a.data as { matches?: { uri: string; range: { start: { line: number } } }[] }).matches ?? []).map((m) => `${m.uri}:${m.range.start.line}`));
}

describe('headline claims', function () {
  it('reads a title-case headline as a claim, with the names the article writes', function () {
    const [headline] = analyze(BANK, { fileName: 'bank.txt' }).claims;
    assert.ok(headline?.headline, 'the first claim is the headline');
    assert.equal(headline.text, 'Orvania Central Bank Raises Main Interest Rate To 4.5 Percent');
    assert.ok(headline.entities.includes(nameStem('Orvania')), `names: ${headline.entities.join(', ')}`);
    assert.ok(!headline.entities.includes(nameStem('Interest')), 'a capitalised common word is not a name');
    assert.ok(headline.terms.includes('raise'), `terms: ${headline.terms.join(', ')}`);
  });

  it('keeps a name with capitals inside, and a name after a title, as the article writes them', function () {
    const text = [
      'Dr. Ines MacAllister To Lead Orvania Flood Inquiry',
      '',
      'The government named Dr. Ines MacAllister on Monday to lead the inquiry into the floods.',
      'MacAllister chaired the coastal commission until last year.',
      '',
    ].join('\n');
    const [headline] = analyze(text, { fileName: 'inquiry.txt' }).claims;
    assert.ok(headline?.headline);
    assert.ok(headline.entities.includes(nameStem('MacAllister')), `names: ${headline.entities.join(', ')}`);
    assert.ok(headline.entities.includes(nameStem('Ines')), `names: ${headline.entities.join(', ')}`);
  });

  it('reads a headline that ends in a full stop once, as the sentence it is', function () {
    const text = BANK.replace('To 4.5 Percent', 'To 4.5 Percent.');
    const claims = analyze(text, { fileName: 'bank.txt' }).claims;
    assert.ok(!claims.some((c) => c.headline));
    assert.equal(claims.filter((c) => c.start === 0).length, claims[0]?.start === 0 ? 1 : 0);
  });

  it('makes no claim of a section label or a headline without a verb', function () {
    for (const first of ['Business', 'Markets and economy: the week in numbers']) {
      const claims = analyze(BANK.replace(/^.*\n/, `${first}\n`), { fileName: 'bank.txt' }).claims;
      assert.ok(!claims.some((c) => c.headline), first);
    }
  });

  it("corroborates another article's sentence that states its fact", function () {
    const results = corpus({ 'bank.txt': BANK, 'markets.txt': MARKETS });
    assert.deepEqual(listed(results, 'bank.txt', 0, 'corroboration'), ['markets.txt:3']);
  });

  it("lists the other article's own sentence rather than its headline", function () {
    const results = corpus({ 'bank.txt': BANK, 'markets.txt': MARKETS });
    assert.deepEqual(listed(results, 'markets.txt', 3, 'corroboration'), ['bank.txt:2']);
  });

  it('never makes a conflict of the figure a headline rounds', function () {
    const results = corpus({ 'storm.txt': STORM, 'floods.txt': FLOODS });
    assert.deepEqual(listed(results, 'storm.txt', 0, 'conflict'), []);
    assert.ok(!listed(results, 'floods.txt', 2, 'conflict').includes('storm.txt:0'));
  });
});
