/**
 * Another LSP editor: Neovim's built-in client starts `corroborate-ls --stdio` from PATH,
 * attaches it to an article, and reads the diagnostics and a hover — the setup the README
 * gives Neovim users, run headless.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { examplesDir, repoRoot, serverBundle } from '../support/paths.js';

interface NeovimReport {
  diagnostics: { line: number; col: number; severity: number; message: string; code: string | null }[];
  hover: string | null;
  errors: string[];
}

function ensureNeovim(): void {
  if (spawnSync('nvim', ['--version']).status === 0) return;
  execFileSync('bash', [path.join(repoRoot, 'test', 'e2e', 'apt-need.sh'), 'neovim'], { stdio: 'inherit' });
}

describe('Corroborate in Neovim (built-in LSP client, headless)', function () {
  this.timeout(120000);
  let home: string;

  before(() => {
    ensureNeovim();
    home = mkdtempSync(path.join(tmpdir(), 'corroborate-nvim-'));
  });
  after(() => rmSync(home, { recursive: true, force: true }));

  it('shows diagnostics and a hover with the conflicting outlet from corroborate-ls --stdio', function () {
    const bin = path.join(home, 'bin');
    mkdirSync(bin);
    // What `npm link` does for a user: the bundle, executable, under its command name on PATH.
    symlinkSync(serverBundle, path.join(bin, 'corroborate-ls'));
    const articles = path.join(home, 'articles');
    cpSync(examplesDir, articles, { recursive: true });
    const out = path.join(home, 'report.json');

    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(repoRoot, 'test', 'e2e', 'neovim', 'attach.lua')}`], {
      encoding: 'utf8',
      timeout: 100000,
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env['PATH']}`,
        XDG_STATE_HOME: path.join(home, 'state'),
        XDG_DATA_HOME: path.join(home, 'data'),
        CORROBORATE_ARTICLE: path.join(articles, 'meridian-wire.txt'),
        CORROBORATE_OUT: out,
        // "Up to 25 ships were waiting to berth…": another outlet counts 60 vessels.
        CORROBORATE_HOVER_LINE: '3',
        CORROBORATE_HOVER_CHARACTER: '10',
        CORROBORATE_HOVER_EXPECT: 'At least 60 vessels',
        CORROBORATE_DIAGNOSTIC_EXPECT: 'corroboration/conflict',
      },
    });
    assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as NeovimReport;
    assert.deepEqual(report.errors, []);

    const codes = report.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('boilerplate/copyright') || codes.some((c) => c?.startsWith('boilerplate/')), `boilerplate diagnostics: ${codes.join(', ')}`);
    const conflict = report.diagnostics.find((d) => d.code === 'corroboration/conflict' && d.line === 3);
    assert.ok(conflict, `the conflict on line 4 reaches Neovim; it saw ${JSON.stringify(report.diagnostics)}`);
    assert.equal(conflict.severity, 2, 'as a warning');
    assert.match(conflict.message, /Up to 25 ships/);

    assert.ok(report.hover, 'a hover came back');
    assert.match(report.hover, /\*\*Source:\*\* a port spokesman/);
    assert.match(report.hover, /At least 60 vessels/);
  });
});
