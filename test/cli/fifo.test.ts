/**
 * A FIFO where an article was expected must never hang the CLI: opening one for reading blocks
 * until a writer comes, and so does reading it. Neither a FIFO given by name nor a file swapped
 * for a FIFO after the CLI first looked at it may stop `check` from ending.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, lstatSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliBundle, examplesDir, repoRoot } from '../support/paths.js';

/**
 * Loaded into the CLI with --require: the adversary. As soon as the CLI has taken its first
 * look at the article (stat or open returned), the file is replaced on disk by a FIFO, the
 * worst moment for a reader that looks at a path and then reads it again.
 */
const SWAP_FOR_FIFO = `
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const target = process.env.CORROBORATE_TEST_SWAP_FOR_FIFO;
let swapped = false;
for (const name of ['stat', 'open']) {
  const original = fs[name];
  fs[name] = function (file, ...rest) {
    const callback = rest.pop();
    return original.call(fs, file, ...rest, (...results) => {
      if (!swapped && String(file) === target) {
        swapped = true;
        fs.unlinkSync(target);
        execFileSync('mkfifo', [target]);
      }
      callback(...results);
    });
  };
}
`;

describe('corroborate CLI on a FIFO', function () {
  // The hang guard: on the old code the CLI never ends.
  this.timeout(30000);
  let dir: string;
  let child: ChildProcess | undefined;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'corroborate-fifo-'))));
  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  function cli(args: string[], nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      child = spawn(process.execPath, [...nodeArgs, cliBundle, ...args], { cwd: repoRoot, env: { ...process.env, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it('skips a FIFO named x.txt with a reason, and ends', async function () {
    const fifo = path.join(dir, 'x.txt');
    execFileSync('mkfifo', [fifo]);
    const { code, stderr } = await cli(['check', fifo]);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /x\.txt: skipped: it is not a regular file/);
  });

  it('reads the file it opened when the path is swapped for a FIFO after the first look, and ends', async function () {
    const article = path.join(dir, 'x.txt');
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), article);
    const preload = path.join(dir, 'swap-for-fifo.cjs');
    writeFileSync(preload, SWAP_FOR_FIFO);
    const { code, stdout, stderr } = await cli(['check', article], ['--require', preload], { CORROBORATE_TEST_SWAP_FOR_FIFO: article });
    assert.equal(code, 0, stderr);
    assert.ok(lstatSync(article).isFIFO(), 'the path was swapped for a FIFO');
    assert.match(stdout, /x\.txt:\d+:1 hint /, 'the article as it was when opened is checked');
  });
});
