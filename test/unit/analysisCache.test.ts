import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnalysisCache, contentKey, corpusDigest } from '../../server/src/cache/analysisCache.js';
import { corpusEntry } from '../../server/src/core/corpusEntry.js';
import { examplesDir } from '../support/paths.js';

const ledger = readFileSync(path.join(examplesDir, 'harbour-ledger.txt'), 'utf8');
const wire = readFileSync(path.join(examplesDir, 'meridian-wire.txt'), 'utf8');

describe('analysis cache', function () {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(path.join(tmpdir(), 'corroborate-cache-unit-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('gives back, after a save and a load, the entry it was given', async function () {
    const file = path.join(directory, 'corpus.json');
    const entry = corpusEntry(ledger, { fileName: 'harbour-ledger.txt' });
    assert.ok(entry.claims.length > 0 && entry.templateLines.length > 0);
    assert.ok(
      entry.claims.some((c) => c.headline),
      'the headline is one of the claims',
    );
    const key = contentKey(ledger, 'v1');
    const { cache } = await AnalysisCache.open(file, 'v1');
    assert.equal(cache.lookup(key, ledger), undefined);
    cache.store(key, entry);
    await cache.save();
    const { cache: loaded, problem } = await AnalysisCache.open(file, 'v1');
    assert.equal(problem, undefined);
    assert.deepEqual(loaded.lookup(key, ledger), entry);
    assert.equal(loaded.hits, 1);
  });

  it('keys by content and options, so any change to either is a miss', function () {
    assert.equal(contentKey(ledger, 'a'), contentKey(ledger, 'a'));
    assert.notEqual(contentKey(ledger, 'a'), contentKey(`${ledger} `, 'a'));
    assert.notEqual(contentKey(ledger, 'a'), contentKey(ledger, 'b'));
  });

  it('forgets on save the entries the last scan did not use', async function () {
    const file = path.join(directory, 'corpus.json');
    const { cache } = await AnalysisCache.open(file, 'v1');
    cache.store('a', corpusEntry(ledger, { fileName: 'a.txt' }));
    cache.store('b', corpusEntry(wire, { fileName: 'b.txt' }));
    await cache.save();
    const { cache: second } = await AnalysisCache.open(file, 'v1');
    assert.ok(second.lookup('a', ledger));
    await second.save();
    const { cache: third } = await AnalysisCache.open(file, 'v1');
    assert.ok(third.lookup('a', ledger));
    assert.equal(third.lookup('b', wire), undefined);
  });

  it('starts empty from a file of another version, and reports a damaged one', async function () {
    const file = path.join(directory, 'corpus.json');
    const { cache } = await AnalysisCache.open(file, 'v1');
    cache.store('a', corpusEntry(ledger, { fileName: 'a.txt' }));
    await cache.save();
    const other = await AnalysisCache.open(file, 'v2');
    assert.equal(other.problem, undefined);
    assert.equal(other.cache.lookup('a', ledger), undefined);
    writeFileSync(file, 'not a cache');
    const damaged = await AnalysisCache.open(file, 'v1');
    assert.match(damaged.problem ?? '', /damaged/);
    assert.equal(damaged.cache.lookup('a', ledger), undefined);
  });

  it('keeps conflicts under the digest of their corpus only', async function () {
    const file = path.join(directory, 'corpus.json');
    const { cache } = await AnalysisCache.open(file, 'v1');
    const digest = corpusDigest(
      new Map([
        ['file:///a.txt', 'k1'],
        ['file:///b.txt', 'k2'],
      ]),
      'settings',
    );
    assert.equal(
      digest,
      corpusDigest(
        new Map([
          ['file:///b.txt', 'k2'],
          ['file:///a.txt', 'k1'],
        ]),
        'settings',
      ),
      'the order of files does not matter',
    );
    assert.notEqual(
      digest,
      corpusDigest(
        new Map([
          ['file:///a.txt', 'k1'],
          ['file:///b.txt', 'k3'],
        ]),
        'settings',
      ),
    );
    assert.notEqual(
      digest,
      corpusDigest(
        new Map([
          ['file:///a.txt', 'k1'],
          ['file:///b.txt', 'k2'],
        ]),
        'other settings',
      ),
    );
    const conflict = { kind: 'conflict', code: 'corroboration/conflict', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, message: 'Figures disagree', data: {} };
    cache.rememberConflicts(digest, new Map([['file:///a.txt', JSON.stringify([conflict])]]));
    await cache.save();
    const { cache: loaded } = await AnalysisCache.open(file, 'v1');
    assert.deepEqual(loaded.conflictsFor(digest)?.of('file:///a.txt'), [conflict]);
    assert.deepEqual(loaded.conflictsFor(digest)?.of('file:///b.txt'), []);
    assert.equal(loaded.conflictsFor('another corpus'), undefined);
  });
});
