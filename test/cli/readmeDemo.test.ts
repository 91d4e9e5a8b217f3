/**
 * The README shows what `npm run demo` prints on the bundled examples: its sample lines and its
 * summary line must be what the CLI prints today, or a reader's first run contradicts the README.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cliBundle, repoRoot } from '../support/paths.js';

/** The lines of the README's code block that follows the sentence introducing the demo's output. */
function readmeDemoBlock(): string[] {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('`npm run demo` prints');
  assert.ok(start >= 0, 'the README introduces the demo output');
  const open = readme.indexOf('```\n', start);
  const close = readme.indexOf('\n```', open + 4);
  return readme
    .slice(open + 4, close)
    .split('\n')
    .filter((line) => line !== '…');
}

describe('README demo output', function () {
  this.timeout(120000);
  it('is what the CLI prints on the examples, line for line and in its summary', function () {
    const result = spawnSync(process.execPath, [cliBundle, 'check', 'examples'], { cwd: repoRoot, encoding: 'utf8' });
    const printed = result.stdout.trimEnd().split('\n');
    const shown = readmeDemoBlock();
    assert.ok(shown.length >= 2, 'sample lines and a summary');
    for (const line of shown.slice(0, -1)) assert.ok(printed.includes(line), `the CLI no longer prints: ${line}`);
    assert.equal(shown.at(-1), printed.at(-1));
  });
});
