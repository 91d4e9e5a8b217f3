import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { decodeText, readArticleFile } from '../../server/src/io/readArticleFile.js';

describe('reading article files', function () {
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'corroborate-read-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses binary files', function () {
    assert.deepEqual(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), { ok: false, reason: 'it is a binary file (it contains NUL bytes)' });
  });

  it('decodes UTF-8 with and without a BOM, and UTF-16 with a BOM', function () {
    assert.deepEqual(decodeText(Buffer.from('\uFEFFcafé', 'utf8')), { ok: true, text: 'café' });
    assert.deepEqual(decodeText(Buffer.from('café', 'utf8')), { ok: true, text: 'café' });
    assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('café', 'utf16le')])), { ok: true, text: 'café' });
  });

  it('reads invalid UTF-8 as Windows-1252 and says so', function () {
    assert.deepEqual(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9])), { ok: true, text: 'café', note: 'not valid UTF-8; read as Windows-1252' });
  });

  it('names the setting when a file is too large, and explains missing files', async function () {
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, 'x'.repeat(2048));
    const result = await readArticleFile(file, 1024);
    assert.deepEqual(result, { ok: false, reason: 'it is 2 KB, larger than the limit of 1 KB (maxFileSize)' });
    assert.deepEqual(await readArticleFile(path.join(dir, 'gone.txt')), { ok: false, reason: 'it does not exist (deleted or renamed?)' });
  });
});
