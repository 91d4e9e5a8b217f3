/**
 * `clean -o` and `report -o` never write through a link or over the article: a symbolic or
 * hard link to the input, or a symbolic link to anything, is refused and left as it was.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliBundle, examplesDir, repoRoot } from '../support/paths.js';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [cliBundle, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('corroborate CLI writes only where it is told', function () {
  this.timeout(60000);
  let dir: string;
  let article: string;
  let original: Buffer;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-write-'));
    article = path.join(dir, 'story.txt');
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), article);
    original = readFileSync(article);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses clean -o through a symbolic link to the input and leaves the original byte for byte', function () {
    const link = path.join(dir, 'story.clean.txt');
    symlinkSync(article, link);
    const { code, stderr } = cli(['clean', article, '-o', link]);
    assert.equal(code, 2, stderr);
    assert.match(stderr, /cannot write .*story\.clean\.txt: it is a symbolic link/);
    assert.doesNotMatch(stderr, /internal error|\n\s+at /);
    assert.ok(original.equals(readFileSync(article)), 'the article is unchanged');
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is left as it was');
  });

  it('refuses clean -o through a hard link to the input and leaves the original byte for byte', function () {
    const link = path.join(dir, 'story.clean.txt');
    linkSync(article, link);
    const { code, stderr } = cli(['clean', article, '-o', link]);
    assert.equal(code, 2, stderr);
    assert.match(stderr, /cannot write .*story\.clean\.txt: it is a hard link to the input file/);
    assert.ok(original.equals(readFileSync(article)), 'the article is unchanged');
  });

  it('refuses report -o through a symbolic link to another file and leaves that file alone', function () {
    const victim = path.join(dir, 'bashrc');
    writeFileSync(victim, 'export PATH=/usr/bin\n');
    const link = path.join(dir, 'report.html');
    symlinkSync(victim, link);
    const { code, stderr } = cli(['report', article, '-o', link]);
    assert.equal(code, 2, stderr);
    assert.match(stderr, /cannot write .*report\.html: it is a symbolic link/);
    assert.equal(readFileSync(victim, 'utf8'), 'export PATH=/usr/bin\n');
  });

  it('replaces an existing regular output file and leaves no temporary file behind', function () {
    const out = path.join(dir, 'out.txt');
    writeFileSync(out, 'old content\n');
    const { code, stderr } = cli(['clean', article, '-o', out]);
    assert.equal(code, 0, stderr);
    assert.ok(!readFileSync(out, 'utf8').includes('old content'));
    assert.deepEqual(readdirSync(dir).sort(), ['out.txt', 'story.txt']);
  });

  it('says which folder is missing for report -o and clean -o, exits 2, and creates nothing', function () {
    const missing = path.join(dir, 'no', 'such');
    for (const args of [
      ['report', article, '-o', path.join(missing, 'report.html')],
      ['clean', article, '-o', path.join(missing, 'story.clean.txt')],
    ]) {
      const { code, stderr } = cli(args);
      assert.equal(code, 2, stderr);
      assert.equal(stderr.trim().split('\n').at(-1), `corroborate: cannot write ${args[3]}: the folder ${missing} does not exist`);
      assert.doesNotMatch(stderr, /internal error|ENOENT/);
    }
    assert.ok(!existsSync(path.join(dir, 'no')), 'no folder is created');
  });
});
