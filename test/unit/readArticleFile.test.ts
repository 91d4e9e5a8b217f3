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

  it('decodes UTF-8 with and without a BOM, and UTF-16 with a BOM, and says which it was', function () {
    const decoded = (bytes: Uint8Array) => {
      const result = decodeText(bytes);
      assert.ok(result.ok);
      return { text: result.text, note: result.note, encoding: result.encoding };
    };
    assert.deepEqual(decoded(Buffer.from('\uFEFFcafé', 'utf8')), { text: 'café', note: undefined, encoding: { name: 'utf-8', bom: true } });
    assert.deepEqual(decoded(Buffer.from('café', 'utf8')), { text: 'café', note: undefined, encoding: { name: 'utf-8', bom: false } });
    assert.deepEqual(decoded(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('café', 'utf16le')])), { text: 'café', note: undefined, encoding: { name: 'utf-16le', bom: true } });
    assert.deepEqual(decoded(Buffer.from([0xfe, 0xff, 0x00, 0x63, 0x00, 0xe9])), { text: 'cé', note: undefined, encoding: { name: 'utf-16be', bom: true } });
  });

  it('reads invalid UTF-8 as UTF-8 with each bad sequence as U+FFFD, and says so', function () {
    const result = decodeText(Buffer.from([0x4d, 0xc3, 0xa1, 0x72, 0x74, 0x61, 0x20, 0xe9, 0x20, 0xef, 0xbf, 0xbd]));
    assert.ok(result.ok);
    // The U+FFFD written in the file as text is not counted as invalid.
    assert.equal(result.text, 'Márta \uFFFD \uFFFD');
    assert.equal(result.note, 'not valid UTF-8: 1 invalid byte sequence shown as U+FFFD (\uFFFD)');
  });

  it('names the setting when a file is too large, and explains missing files', async function () {
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, 'x'.repeat(2048));
    const result = await readArticleFile(file, 1024);
    assert.deepEqual(result, { ok: false, reason: 'it is 2 KB, larger than the limit of 1 KB (maxFileSize)' });
    assert.deepEqual(await readArticleFile(path.join(dir, 'gone.txt')), { ok: false, reason: 'it does not exist (deleted or renamed?)' });
  });
});
