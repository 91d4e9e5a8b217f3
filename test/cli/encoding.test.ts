/**
 * `clean` cuts boilerplate lines out of the file's own bytes: encoding, BOM, line ends and bytes
 * that are not valid text are kept byte for byte, and a file that is not an article is copied
 * exactly. The expected bytes are built from the clean copy of the same article saved as plain
 * UTF-8 with LF line ends.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliBundle, examplesDir, repoRoot } from '../support/paths.js';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [cliBundle, ...args], { cwd: repoRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

/** An article with accents on its kept lines, and boilerplate to remove. */
const ARTICLE = readFileSync(path.join(examplesDir, 'meridian-wire.txt'), 'utf8').replace('Brennick Dockworkers', 'Brennick Dóckworkers').replace('Henrik Salo', 'Márta Salo');

describe('corroborate clean keeps the file as it was, but for the lines it removes', function () {
  this.timeout(60000);
  let dir: string;
  /** The clean copy of ARTICLE saved as UTF-8 with LF: what every other form must match. */
  let plainClean: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-encoding-'));
    const plain = path.join(dir, 'plain.txt');
    writeFileSync(plain, ARTICLE);
    const { code, stderr } = cli(['clean', plain, '-o', path.join(dir, 'plain.out')]);
    assert.equal(code, 0, stderr);
    plainClean = readFileSync(path.join(dir, 'plain.out'), 'utf8');
    assert.ok(plainClean.length < ARTICLE.length && plainClean.includes('Márta Salo') && plainClean.includes('Dóckworkers'), plainClean);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function cleanOf(name: string, bytes: Buffer): { out: Buffer; stderr: string } {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const out = path.join(dir, `${name}.out`);
    const { code, stderr } = cli(['clean', file, '-o', out]);
    assert.equal(code, 0, stderr);
    return { out: readFileSync(out), stderr };
  }

  it('keeps every accent byte for byte when one byte of the file is not valid UTF-8', function () {
    const firstLine = ARTICLE.slice(0, ARTICLE.indexOf('\n'));
    const withBadByte = (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      const at = Buffer.byteLength(firstLine);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0x20, 0xff]), bytes.subarray(at)]);
    };
    const { out, stderr } = cleanOf('bad.txt', withBadByte(ARTICLE));
    assert.ok(out.equals(withBadByte(plainClean)), out.toString('latin1'));
    assert.match(stderr, /bad\.txt: not valid UTF-8: 1 invalid byte sequence shown as U\+FFFD/);
  });

  it('keeps UTF-16 LE, its BOM and CRLF line ends', function () {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const { out } = cleanOf('wide.txt', Buffer.concat([UTF16LE_BOM, Buffer.from(crlf(ARTICLE), 'utf16le')]));
    assert.ok(out.equals(Buffer.concat([UTF16LE_BOM, Buffer.from(crlf(plainClean), 'utf16le')])));
  });

  it('keeps the BOM of a UTF-8 file', function () {
    const { out } = cleanOf('bom.txt', Buffer.concat([UTF8_BOM, Buffer.from(ARTICLE, 'utf8')]));
    assert.ok(out.equals(Buffer.concat([UTF8_BOM, Buffer.from(plainClean, 'utf8')])));
  });

  it('keeps CRLF line ends, and prints the same bytes as it writes', function () {
    const bytes = Buffer.from(ARTICLE.replace(/\n/g, '\r\n'), 'utf8');
    const { out } = cleanOf('crlf.txt', bytes);
    assert.ok(out.equals(Buffer.from(plainClean.replace(/\n/g, '\r\n'), 'utf8')));
    assert.ok(cli(['clean', path.join(dir, 'crlf.txt')]).stdout.equals(out));
  });

  it('copies a skipped non-article byte for byte, invalid bytes included', function () {
    // A price list in Windows-1252, as the issue found it: 20,000 bytes, many of them not UTF-8.
    const rows = Array.from({ length: 1000 }, (_, i) => `Caf\xe9 ${String(i).padStart(4, '0')};\x80 ${i % 10};Br\xfcck`);
    const bytes = Buffer.from(rows.join('\n') + '\n', 'latin1');
    assert.equal(bytes.length, 20000);
    const { out, stderr } = cleanOf('prices.txt', bytes);
    assert.match(stderr, /prices\.txt: not analysed: .*copied unchanged/);
    assert.ok(out.equals(bytes), `${out.length} bytes written for ${bytes.length}`);
  });
});
