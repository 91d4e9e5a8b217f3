/**
 * The reader-checked newspaper score on a data folder built here, of two made-up pages: a reader's
 * label replaces the extractor's, and a judgement whose line no longer reads the same is left out.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/paths.js';
import { measureReaderChecked, type ReaderLabel, readerLabels } from './readerChecked.js';

const PAGE = [
  'Harbour Ledger',
  'Council approves harbour bridge plan',
  'The council approved the harbour bridge on Monday after a debate of four hours that ran late into the night.',
  'The bridge will cost 40 million euros, and the state will pay 60 percent of it, the mayor told the council.',
  'Work starts in March and should end in 2028, when the ferry will stop running between the two quays.',
  'Sign up for our newsletter',
].join('\n');

describe('newspaper pages scored against a gold readers checked', function () {
  let devdata: string;
  before(function () {
    devdata = mkdtempSync(path.join(tmpdir(), 'corroborate-reader-'));
    const dir = path.join(devdata, 'boilerplate', 'newspaper');
    for (const sub of ['pages', 'labels']) mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(path.join(dir, 'index.jsonl'), '{"id":"ledger1"}\n');
    writeFileSync(path.join(dir, 'pages', 'ledger1.txt'), PAGE + '\n');
    // The extractor's gold calls the newsletter line content: the kind of slip the readers caught.
    const labels = ['boilerplate', 'content', 'content', 'content', 'content', 'content'];
    const rows = labels.map((label, i) => `${i + 1}\t${label}\thigh\t1.00\t${i === 1 ? 'h1' : ''}\t`);
    writeFileSync(path.join(dir, 'labels', 'ledger1.tsv'), ['line\tlabel\tconfidence\tcoverage\tnote\ttext', ...rows].join('\n') + '\n');
  });
  after(function () {
    rmSync(devdata, { recursive: true, force: true });
  });

  const sha = (line: number) =>
    createHash('sha256')
      .update(PAGE.split('\n')[line - 1]!)
      .digest('hex')
      .slice(0, 12);

  it('scores a line a reader judged by the reader’s label', function () {
    const asGold = measureReaderChecked(devdata, [])!;
    const judged: ReaderLabel = { page: 'ledger1', line: 6, sha: sha(6), reader: 'furniture' };
    const checked = measureReaderChecked(devdata, [judged])!;
    // The headline line is not scored, as in the kit's scorer.
    assert.equal(checked.lines, 5);
    assert.equal(checked.applied, 1);
    // The pass flags the newsletter line: against the extractor a content line lost, against the reader a catch.
    assert.ok(checked.content.recall > asGold.content.recall, `content recall ${asGold.content.recall} → ${checked.content.recall}`);
  });

  it('leaves out a judgement whose line reads differently now', function () {
    const moved: ReaderLabel = { page: 'ledger1', line: 6, sha: sha(5), reader: 'furniture' };
    const checked = measureReaderChecked(devdata, [moved])!;
    assert.equal(checked.applied, 0);
    assert.equal(checked.stale, 1);
    assert.deepEqual(checked.content, measureReaderChecked(devdata, [])!.content);
  });

  it('is not measured where the pages are not built', function () {
    assert.equal(measureReaderChecked(path.join(devdata, 'nothing-here')), undefined);
  });

  it('ships labels of one shape, each line judged once', function () {
    const labels = readerLabels();
    assert.ok(labels.length > 0);
    const seen = new Set<string>();
    for (const label of labels) {
      assert.match(label.sha, /^[0-9a-f]{12}$/);
      assert.ok(label.reader === 'article' || label.reader === 'furniture');
      const key = `${label.page}:${label.line}`;
      assert.ok(!seen.has(key), `${key} twice`);
      seen.add(key);
    }
    assert.ok(readFileSync(path.join(repoRoot, 'test', 'eval', 'newspaperReaderLabels.json'), 'utf8').includes('round 103'));
  });
});
