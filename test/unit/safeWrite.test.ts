/**
 * What a failed write leaves behind (issue 16): nothing. The output goes to a temporary file
 * beside the target and is renamed over it; when producing the data fails half-way, the
 * temporary file goes and the target keeps its old content.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeChunksSafely, writeFileSafely } from '../../server/src/io/safeWrite.js';

describe('writing an output file', function () {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'corroborate-safe-write-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('leaves no temporary file and the old content when the data fails half-way', async function () {
    const target = path.join(folder, 'report.html');
    writeFileSync(target, 'the old report\n');
    function* chunks(): Generator<string> {
      yield 'the first megabyte of a new report\n';
      throw new Error('the report could not be rendered');
    }
    const result = await writeChunksSafely(target, chunks());
    assert.equal(result.ok, false);
    assert.match((result as { reason: string }).reason, /could not be rendered/);
    assert.deepEqual(readdirSync(folder), ['report.html']);
    assert.equal(readFileSync(target, 'utf8'), 'the old report\n');
  });

  it('gives a replaced file its permissions but never a planted file its special or execute bits', async function () {
    const target = path.join(folder, 'story.clean.txt');
    writeFileSync(target, 'planted\n');
    chmodSync(target, 0o6755);
    const result = await writeFileSafely(target, 'clean text\n');
    assert.deepEqual(result, { ok: true });
    assert.equal(statSync(target).mode & 0o7777, 0o644);
    chmodSync(target, 0o600);
    await writeFileSafely(target, 'clean text\n');
    assert.equal(statSync(target).mode & 0o7777, 0o600);
  });
});
