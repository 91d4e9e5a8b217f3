import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import { checkArticle } from '../../server/src/core/gate/articleGate.js';
import { examplesDir, fixturesDir } from '../support/paths.js';

const notArticles = path.join(fixturesDir, 'not-articles');
const read = (name: string) => readFileSync(path.join(notArticles, name), 'utf8');

describe('which files are articles', function () {
  const expected: [string, RegExp][] = [
    ['requirements.txt', /not a news article/],
    ['LICENSE.txt', /not a news article/],
    ['CMakeLists.txt', /not a news article/],
    ['server-log.txt', /log file/],
    ['prices.txt', /table/],
  ];
  for (const [name, reason] of expected) {
    it(`skips ${name} with a reason, and annotates nothing`, function () {
      const result = checkArticle(read(name), name);
      assert.equal(result.article, false);
      assert.match((result as { reason: string }).reason, reason);
      assert.deepEqual(analyze(read(name), { fileName: name }).annotations, []);
    });
  }

  it('recognises a licence and a package list by their content alone', function () {
    assert.match((checkArticle(read('terms.txt'), 'terms.txt') as { reason: string }).reason, /licence/);
    assert.match((checkArticle(read('requirements.txt'), 'deps.txt') as { reason: string }).reason, /packages/);
    assert.match((checkArticle(read('CMakeLists.txt'), 'build.txt') as { reason: string }).reason, /code/);
  });

  it('lets a short article with one long line of tags through', function () {
    const article =
      'Council closes the old bridge to lorries\n\n' +
      'The council voted on Monday to close the old bridge to lorries from March.\n\n' +
      'The mayor said the repairs would cost about 2 million euros, according to the city treasurer.\n\n' +
      'Residents have asked for a new crossing for years, and the works will take two summers.\n\n';
    const tags = ('Tags: ' + 'river flooding, bridge repairs, council budget, '.repeat(130)).slice(0, 6000);
    // The tags outweigh the prose eight to one in characters; they are still furniture around it.
    assert.deepEqual(checkArticle(`${article}${tags}\n`, 'bridge.txt'), { article: true });
    // A file of nothing but such a line is still no article.
    assert.equal(checkArticle(`${tags}\n`, 'tags.txt').article, false);
  });

  it('skips a file with a megabyte-long line without parsing it', function () {
    const line = 'The council met and agreed to spend more on flood defences. '.repeat(20000);
    const analysis = analyze(line, { fileName: 'dump.txt' });
    assert.match(analysis.skipped ?? '', /^it has a line of 1,200,000 characters/);
    assert.equal(analysis.article, undefined);
  });

  it('skips empty and whitespace-only files', function () {
    assert.deepEqual(checkArticle('', 'a.txt'), { article: false, reason: 'the file is empty' });
    assert.deepEqual(checkArticle(' \n\n\t', 'a.txt'), { article: false, reason: 'the file is empty' });
  });

  it('accepts every example article', function () {
    for (const name of readdirSync(examplesDir).filter((f) => f.endsWith('.txt'))) {
      assert.deepEqual(checkArticle(readFileSync(path.join(examplesDir, name), 'utf8'), name), { article: true }, name);
    }
  });
});
