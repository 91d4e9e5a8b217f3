/**
 * The server's clean copy keeps the article's encoding: cut from the file's bytes when the text
 * is the file's (on disk, or open without unsaved edits), and for unsaved edits written in the
 * file's encoding with its BOM. Expected bytes come from the clean copy of the same article
 * saved as plain UTF-8 with LF line ends.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const ARTICLE = readFileSync(path.join(examplesDir, 'meridian-wire.txt'), 'utf8').replace('Henrik Salo', 'Márta Salo');
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe('clean copy keeps the encoding of the article', function () {
  this.timeout(60000);
  let client: LspTestClient;
  let workspace: string;
  let plainClean: string;

  async function cleanCopy(name: string, bytes: Buffer, open?: { text: string; version: number }): Promise<Buffer> {
    const file = path.join(workspace, `${name}.txt`);
    writeFileSync(file, bytes);
    const uri = pathToFileURL(file).href;
    if (open) await client.openAndWait(uri, open.text, open.version);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.cleanCopy', arguments: open ? [uri, open.version] : [uri] });
    return readFileSync(path.join(workspace, `${name}.clean.txt`));
  }

  beforeEach(async function () {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-encoding-'));
    client = new LspTestClient();
    await client.initialize(pathToFileURL(workspace).href);
    plainClean = (await cleanCopy('plain', Buffer.from(ARTICLE, 'utf8'))).toString('utf8');
    assert.ok(plainClean.length < ARTICLE.length && plainClean.includes('Márta Salo'));
  });

  afterEach(async function () {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('cuts a UTF-16 LE file with a BOM and CRLF read from disk in its own bytes', async function () {
    const out = await cleanCopy('wide', Buffer.concat([UTF16LE_BOM, Buffer.from(crlf(ARTICLE), 'utf16le')]));
    assert.ok(out.equals(Buffer.concat([UTF16LE_BOM, Buffer.from(crlf(plainClean), 'utf16le')])));
  });

  it('cuts an open document that equals its file in the file bytes: BOM, accents and an invalid byte kept', async function () {
    const firstLineEnd = ARTICLE.indexOf('\n');
    const withBadByte = (text: string) => {
      const utf8 = Buffer.from(text, 'utf8');
      const at = Buffer.byteLength(text.slice(0, firstLineEnd));
      return Buffer.concat([UTF8_BOM, utf8.subarray(0, at), Buffer.from([0x20, 0xff]), utf8.subarray(at)]);
    };
    // What an editor shows for those bytes: the BOM hidden, the bad byte as U+FFFD.
    const shown = `${ARTICLE.slice(0, firstLineEnd)} \uFFFD${ARTICLE.slice(firstLineEnd)}`;
    const out = await cleanCopy('bom', withBadByte(ARTICLE), { text: shown, version: 2 });
    assert.ok(out.equals(withBadByte(plainClean)), out.toString('latin1'));
  });

  it("writes an open document's unsaved edits in the file's encoding, BOM included", async function () {
    const bytes = Buffer.concat([UTF16LE_BOM, Buffer.from(crlf(ARTICLE), 'utf16le')]);
    const edited = crlf(ARTICLE).replace('Márta Salo', 'Márta Saló');
    const out = await cleanCopy('edited', bytes, { text: edited, version: 3 });
    assert.ok(out.equals(Buffer.concat([UTF16LE_BOM, Buffer.from(crlf(plainClean).replace('Márta Salo', 'Márta Saló'), 'utf16le')])));
  });
});
