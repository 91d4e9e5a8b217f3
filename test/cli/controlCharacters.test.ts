/**
 * A file name with a newline (or another control character) must not forge lines in the CLI's
 * text output, nor rows in its CSV and Markdown exports: every line that holds a path prints it
 * escaped.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliBundle, examplesDir, repoRoot } from '../support/paths.js';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [cliBundle, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FORGED = 'forged.txt:1:1 error Forged finding [forged]';

describe('corroborate CLI on file names with control characters', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'corroborate-names-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes a newline in the path of every text finding', function () {
    const name = `story\n${FORGED}\n.txt`;
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), path.join(dir, name));
    const { stdout } = cli(['check', dir]);
    const lines = stdout.trim().split('\n');
    const findings = lines.slice(0, -1);
    assert.ok(findings.length > 0, stdout);
    for (const line of findings) assert.ok(line.startsWith(`${dir}/story\\n${FORGED}\\n.txt:`), line);
    assert.ok(!lines.some((line) => line.startsWith('forged.txt')), 'no forged line');
  });

  it('escapes line breaks and control characters in the path of every CSV row', function () {
    const name = `story\r\n${FORGED}\u2028\u001b[2K.txt`;
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), path.join(dir, name));
    const { code, stdout } = cli(['check', '--format', 'csv', dir]);
    assert.equal(code, 0);
    const [header, ...rows] = stdout.trimEnd().split(/\r\n|[\r\n\u2028]/);
    assert.match(header!, /^"path","line"/);
    assert.ok(rows.length > 0, stdout);
    const escaped = `"${dir}/story\\r\\n${FORGED}\\u2028\\x1b[2K.txt",`;
    for (const row of rows) assert.ok(row.startsWith(escaped), row);
    assert.ok(!stdout.includes('\u001b'));
  });

  it('escapes line breaks and control characters in the path heading of the Markdown export', function () {
    const name = `story\r${FORGED}\n\u001b[2K.txt`;
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), path.join(dir, name));
    const { code, stdout } = cli(['check', '--format', 'md', dir]);
    assert.equal(code, 0);
    const lines = stdout.split(/\r\n|[\r\n\u2028]/);
    const headings = lines.filter((line) => line.startsWith('## '));
    assert.equal(headings.length, 1, stdout);
    // Markdown-escaped as well: the backslash of each escape is itself escaped.
    assert.match(headings[0]!, /story\\\\rforged\\\.txt:1:1 error Forged finding \\\[forged\\\]\\\\n\\\\x1b\\\[2K\\\.txt$/);
    assert.equal(lines.filter((line) => line.includes('Forged')).length, 1, 'the forged text stays inside the heading');
    assert.ok(!stdout.includes('\u001b'));
  });

  it('escapes control characters in "skipped" notes', function () {
    writeFileSync(path.join(dir, `binary\n${FORGED}\u001b[2K.txt`), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    const { stderr } = cli(['check', dir]);
    assert.equal(stderr, `${dir}/binary\\n${FORGED}\\x1b[2K.txt: skipped: it is a binary file (it contains NUL bytes)\n`);
  });

  it('escapes control characters in "wrote" and "cannot write" lines', function () {
    const article = path.join(dir, 'story.txt');
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), article);
    const out = path.join(dir, `clean\n${FORGED}.txt`);
    const wrote = cli(['clean', article, '-o', out]);
    assert.equal(wrote.code, 0, wrote.stderr);
    assert.ok(existsSync(out));
    assert.equal(wrote.stderr, `wrote ${dir}/clean\\n${FORGED}.txt\n`);
    const missing = path.join(dir, `gone\r${FORGED}`, 'out.txt');
    const refused = cli(['clean', article, '-o', missing]);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr.split('\n').length, 2, refused.stderr);
    assert.match(refused.stderr, /^corroborate: cannot write .*gone\\rforged\.txt.*: the folder .*gone\\rforged.* does not exist\n$/);
  });
});
