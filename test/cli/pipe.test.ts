/**
 * `corroborate check … | head`: when the reader of stdout goes away, the CLI ends quietly, as
 * Unix tools do, with no EPIPE stack trace on stderr.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliBundle, examplesDir, repoRoot } from '../support/paths.js';

describe('corroborate CLI with its output piped into head', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-pipe-'));
    // Far more findings than a pipe holds (about 300 KB of text against 64 KB), so the CLI is
    // still writing when the reader leaves.
    for (let copy = 1; copy <= 40; copy++) {
      for (const file of readdirSync(examplesDir).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(examplesDir, file), path.join(dir, `${copy}-${file}`));
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ends quietly when stdout is closed after the first line', async function () {
    const child = spawn(process.execPath, [cliBundle, 'check', dir], { cwd: repoRoot });
    let firstLine: string | undefined;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (firstLine === undefined && text.includes('\n')) {
        firstLine = text.slice(0, text.indexOf('\n'));
        // What head does after its first line: close the pipe.
        child.stdout.destroy();
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.match(firstLine ?? '', /\.txt:\d+:\d+ \w+ /);
    assert.doesNotMatch(stderr, /EPIPE|internal error|Unhandled|\n\s+at /, stderr);
    assert.equal(stderr, '');
    assert.equal(code, 0, 'the status of the check itself');
  });
});
