import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpusEntry } from '../../server/src/core/corpusEntry.js';
import { AnalysisPool } from '../../server/src/workers/analysisPool.js';
import { examplesDir, serverBundle } from '../support/paths.js';

const texts = ['harbour-ledger.txt', 'meridian-wire.txt', 'valmora-post.txt'].map((name) => ({ name, text: readFileSync(path.join(examplesDir, name), 'utf8') }));

describe('analysis pool', function () {
  this.timeout(30000);

  it('gives on worker threads the entries the calling thread gives', async function () {
    const pool = new AnalysisPool(serverBundle, 2);
    try {
      const entries = await Promise.all(texts.map(({ name, text }) => pool.analyze(text, { fileName: name })));
      entries.forEach((entry, i) => {
        assert.deepEqual(entry, corpusEntry(texts[i]!.text, { fileName: texts[i]!.name }));
      });
    } finally {
      await pool.dispose();
    }
  });

  it('analyses on the calling thread when it has no worker script', async function () {
    const pool = new AnalysisPool(undefined, 2);
    assert.equal(pool.parallel, false);
    assert.deepEqual(await pool.analyze(texts[0]!.text, { fileName: texts[0]!.name }), corpusEntry(texts[0]!.text, { fileName: texts[0]!.name }));
  });

  it('fails the jobs of a worker that dies, with the reason, and goes on with a new one', async function () {
    const pool = new AnalysisPool(serverBundle, 1);
    try {
      await pool.analyze(texts[0]!.text, { fileName: texts[0]!.name });
      const running = pool.analyze(texts[1]!.text, { fileName: texts[1]!.name });
      await pool.stopWorkers();
      await assert.rejects(running, /analysis worker stopped/);
      const after = await pool.analyze(texts[2]!.text, { fileName: texts[2]!.name });
      assert.deepEqual(after, corpusEntry(texts[2]!.text, { fileName: texts[2]!.name }));
    } finally {
      await pool.dispose();
    }
  });
});
