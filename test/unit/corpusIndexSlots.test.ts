/**
 * The corpus index's claim table stays bounded by the live claims however often documents are
 * re-indexed or removed, and its answers are the ones an index built afresh gives.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import type { ClaimRecord } from '../../server/src/core/corroboration/claims.js';
import { CorpusIndex } from '../../server/src/core/corroboration/corpusIndex.js';
import { outletOf } from '../../server/src/core/corroboration/outlet.js';
import { examplesDir, fixturesDir } from '../support/paths.js';

interface Article {
  id: string;
  outlet: string;
  claims: ClaimRecord[];
}

const folders = [examplesDir, path.join(fixturesDir, 'corroboration')];
const articles: Article[] = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.txt'))
    .map((name) => {
      const analysis = analyze(readFileSync(path.join(folder, name), 'utf8'), { fileName: name });
      return { id: name, outlet: outletOf(analysis, name), claims: analysis.claims };
    }),
);

/** Each article's claims as a re-analysis gives them: new objects every time. */
const fresh = (article: Article): ClaimRecord[] => structuredClone(article.claims);

/** Every claim's candidates, by document, index and score, in the order given. */
function answers(index: CorpusIndex): string[] {
  return articles.flatMap((article) =>
    index.claims(article.id).map(
      (claim, i) =>
        `${article.id}#${i}: ${index
          .candidates(article.id, claim, 0.2)
          .map((c) => `${c.other.id}#${c.other.index} ${c.score}`)
          .join(', ')}`,
    ),
  );
}

const liveClaims = (index: CorpusIndex) => index.ids().reduce((sum, id) => sum + index.claims(id).length, 0);

describe('corpus index: the claim table', function () {
  it('holds the corpus', function () {
    assert.ok(articles.length >= 8 && articles.filter((a) => a.claims.length > 0).length >= 8, 'articles with claims');
  });

  it('stays within twice the live claims when one document is re-indexed many times, and answers as a fresh index does', function () {
    const index = new CorpusIndex();
    for (const article of articles) index.set(article.id, article.outlet, fresh(article));
    const edited = articles.reduce((a, b) => (b.claims.length > a.claims.length ? b : a));
    for (let i = 0; i < 2000; i++) {
      index.set(edited.id, edited.outlet, fresh(edited));
      assert.ok(index.slotCapacity <= 2 * liveClaims(index), `after ${i + 1} re-indexings: ${index.slotCapacity} slots for ${liveClaims(index)} claims`);
    }
    // The edited document was indexed last: a fresh index takes it last too.
    const rebuilt = new CorpusIndex();
    for (const article of [...articles.filter((a) => a !== edited), edited]) rebuilt.set(article.id, article.outlet, fresh(article));
    assert.deepEqual(answers(index), answers(rebuilt));
    assert.ok(
      answers(index).some((line) => /: \S/.test(line)),
      'claims have candidates',
    );
  });

  it('stays bounded through removals and additions in any order, and answers as a fresh index does', function () {
    const index = new CorpusIndex();
    /** The documents in the order they were last indexed. */
    let order: Article[] = [];
    const set = (article: Article) => {
      index.set(article.id, article.outlet, fresh(article));
      order = [...order.filter((a) => a !== article), article];
    };
    const remove = (article: Article) => {
      index.remove(article.id);
      order = order.filter((a) => a !== article);
    };
    for (let round = 0; round < 300; round++) {
      const article = articles[(round * 7) % articles.length]!;
      if (round % 5 === 3) remove(article);
      else set(article);
      if (round % 100 === 49) for (const a of [...order]) remove(a);
      assert.ok(index.slotCapacity <= 2 * liveClaims(index), `round ${round}: ${index.slotCapacity} slots for ${liveClaims(index)} claims`);
    }
    const rebuilt = new CorpusIndex();
    for (const article of order) rebuilt.set(article.id, article.outlet, fresh(article));
    assert.ok(order.length >= 5, `${order.length} documents left`);
    assert.deepEqual(index.ids(), rebuilt.ids());
    assert.deepEqual(answers(index), answers(rebuilt));
  });
});
