/** `corroborate clean` refuses to gut an article: more than half of its prose lines flagged. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { GUTTED_ARTICLE, GUTTED_ARTICLE_FORCED } from '../support/guttedArticle.js';
import { cliBundle, repoRoot } from '../support/paths.js';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [cliBundle, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('corroborate clean on an article it would gut', function () {
  let dir: string;
  let article: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-gut-'));
    article = path.join(dir, 'strike.txt');
    writeFileSync(article, GUTTED_ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses, names how many of how many prose lines would go, exits 1 and writes nothing', function () {
    const out = path.join(dir, 'clean.txt');
    const refused = cli(['clean', article, '-o', out]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /strike\.txt: not cleaned: it would remove 3 of 4 prose lines, more than half of the article; nothing was written \(--force cleans anyway\)/);
    assert.ok(!existsSync(out), 'no clean copy');
    const printed = cli(['clean', article]);
    assert.equal(printed.code, 1);
    assert.equal(printed.stdout, '', 'nothing printed either');
    assert.equal(readFileSync(article, 'utf8'), GUTTED_ARTICLE);
  });

  it('cleans anyway with --force', function () {
    const out = path.join(dir, 'clean.txt');
    const forced = cli(['clean', article, '-o', out, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(out, 'utf8'), GUTTED_ARTICLE_FORCED);
    assert.equal(cli(['clean', '--force', article]).stdout, GUTTED_ARTICLE_FORCED);
  });

  it('still cleans an article whose findings leave most of its prose', function () {
    const printed = cli(['clean', 'examples/harbour-ledger.txt']);
    assert.equal(printed.code, 0, printed.stderr);
    assert.ok(printed.stdout.length > 0);
  });

  it('documents --force and the exit status in --help', function () {
    const help = cli(['--help']).stdout;
    assert.match(help, /corroborate clean <file> \[-o <out>\] \[--force\]/);
    assert.match(help, /more than half of the article's prose\s+lines/);
    assert.match(help, /1 refused/);
  });
});
