/**
 * Seed acceptance for corroboration (corroboration issue), over the five seeds as one corpus.
 * Runs only where ../shared/seeds exists. Lines are 1-based, as the issue gives them.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus, type CorpusResult } from '../../server/src/core/corpus.js';
import { seedsDir } from '../support/paths.js';
import { SEED_BOILERPLATE_LINES, seedFile } from './seedLabels.js';

describe('seed acceptance: corroboration', function () {
  let results: CorpusResult[];
  before(function () {
    if (!existsSync(seedsDir)) this.skip();
    results = analyzeCorpus(Object.keys(SEED_BOILERPLATE_LINES).map((id) => ({ id, text: readFileSync(seedFile(id), 'utf8'), fileName: path.basename(seedFile(id)) })));
  });

  /** The other sentences (as "id:line") linked to a line, by relation. */
  function linked(id: string, line: number, kind: 'corroboration' | 'conflict'): string[] {
    const annotations = results.find((r) => r.id === id)!.annotations.filter((a) => a.kind === kind && a.range.start.line === line - 1);
    return annotations.flatMap((a) => (a.kind === 'corroboration' || a.kind === 'conflict' ? a.data.matches : []).map((m) => `${m.uri}:${m.range.start.line + 1}`));
  }

  const atLeast = (found: string[], wanted: string[], count: number) => {
    const hits = wanted.filter((w) => found.includes(w));
    assert.ok(hits.length >= count, `found ${found.join(', ') || 'nothing'}; wanted ${count} of ${wanted.join(', ')}`);
  };

  it('000 line 8 (up to 12,000 troops) is corroborated by at least three of 001:11, 002:5, 003:4, 004:7', function () {
    atLeast(linked('000', 8, 'corroboration'), ['001:11', '002:5', '003:4', '004:7'], 3);
  });

  it('004 line 6 (tens of thousands of troops) conflicts with 000 line 8', function () {
    assert.ok(linked('000', 8, 'conflict').includes('004:6') || linked('004', 6, 'conflict').includes('000:8'));
  });

  it('000 line 1 is corroborated by at least two of 001:5, 001:7, 004:1', function () {
    atLeast(linked('000', 1, 'corroboration'), ['001:5', '001:7', '004:1'], 2);
  });

  it('003 line 2 is corroborated by at least two of 000:3, 001:9, 002:8, 004:4', function () {
    atLeast(linked('003', 2, 'corroboration'), ['000:3', '001:9', '002:8', '004:4'], 2);
  });

  it('the read-next teasers of 003 (lines 8–15) link nowhere, in either direction', function () {
    for (let line = 8; line <= 15; line++) {
      assert.deepEqual(linked('003', line, 'corroboration'), []);
      assert.deepEqual(linked('003', line, 'conflict'), []);
    }
    const intoTeasers = results.flatMap((r) =>
      r.annotations.flatMap((a) => (a.kind === 'corroboration' || a.kind === 'conflict' ? a.data.matches : []).filter((m) => m.uri === '003' && m.range.start.line >= 7 && m.range.start.line <= 14)),
    );
    assert.deepEqual(intoTeasers, []);
  });
});
