/**
 * The CLI on whatever a folder of scraped text holds: each bad file gets a clear line on
 * stderr, and the good files are still checked.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { asUnprivilegedUser } from '../support/lspClient.js';
import { cliBundle, examplesDir, repoRoot } from '../support/paths.js';

function cli(args: string[], unprivileged = false) {
  const [program, ...rest] = [...(unprivileged ? asUnprivilegedUser() : []), process.execPath, cliBundle, ...args];
  const result = spawnSync(program!, rest, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('corroborate CLI on bad input', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-bad-'));
    chmodSync(dir, 0o755);
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), path.join(dir, 'good.txt'));
  });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('says why it skips empty, blank, binary, Latin-1, UTF-16, one-line and oversized files, and checks the rest', function () {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'blank.txt'), '  \n\t\r\n');
    writeFileSync(path.join(dir, 'nul.txt'), Buffer.from('Some text\u0000\u0000 more', 'latin1'));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners in Brennick said the strike had cost them \xa31,000 a day.\n', 'latin1'));
    writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Port workers said the strike would go on.\n', 'utf16le')]));
    writeFileSync(path.join(dir, 'one-line.txt'), 'word '.repeat(220_000));
    writeFileSync(path.join(dir, 'big.txt'), 'A paragraph of an article. '.repeat(800_000));
    writeFileSync(path.join(dir, 'crlf.txt'), 'Dockworkers said on Monday the strike would go on.\r\nComments (3)\r\n');
    const { code, stdout, stderr } = cli(['check', dir]);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /empty\.txt: skipped: the file is empty/);
    assert.match(stderr, /blank\.txt: skipped: the file is empty/);
    assert.match(stderr, /nul\.txt: skipped: it is a binary file/);
    assert.match(stderr, /latin1\.txt: not valid UTF-8: 2 invalid byte sequences shown as U\+FFFD/);
    assert.match(stderr, /one-line\.txt: skipped: it has a line of 1,100,000 characters/);
    assert.match(stderr, /big\.txt: skipped: it is .* larger than the limit .*maxFileSize/);
    assert.doesNotMatch(stderr, /utf16\.txt: skipped/);
    assert.match(stdout, /good\.txt:\d+:1 /);
    assert.match(stdout, /crlf\.txt:2:1 hint Not part of the article: comment section/);
    assert.match(stdout.trim().split('\n').at(-1)!, /not analysed \(see above\)$/);
  });

  it('survives a symlink loop, a link to nowhere and unreadable files and folders', function () {
    symlinkSync(dir, path.join(dir, 'loop'));
    symlinkSync(path.join(dir, 'self.txt'), path.join(dir, 'self.txt'));
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    writeFileSync(path.join(dir, 'secret.txt'), 'Officials said the port would reopen.\n');
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    mkdirSync(path.join(dir, 'locked'));
    writeFileSync(path.join(dir, 'locked', 'inside.txt'), 'Officials said the port would reopen.\n');
    chmodSync(path.join(dir, 'locked'), 0o000);
    const { code, stdout, stderr } = cli(['check', dir], true);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /self\.txt: skipped: /);
    assert.match(stderr, /dangling\.txt: skipped: /);
    assert.match(stderr, /secret\.txt: skipped: .*permission/i);
    assert.match(stderr, /locked: skipped: .*permission denied/i);
    assert.match(stdout, /good\.txt:\d+:1 /);
  });

  it('walks a folder of 100,000 files', function () {
    for (let i = 0; i < 100_000; i++) writeFileSync(path.join(dir, `item-${i}.${i % 10 ? 'json' : 'txt'}`), i % 10 ? '{}' : '');
    const { code, stdout, stderr } = cli(['check', dir]);
    assert.equal(code, 0);
    assert.equal(stderr.trim().split('\n').length, 10_000, 'one line per empty article file');
    assert.match(stdout.trim().split('\n').at(-1)!, /in 1 file .*; 10000 not analysed/);
  });
});
