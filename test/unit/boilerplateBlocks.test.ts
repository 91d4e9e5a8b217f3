import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import type { Annotation } from '../../server/src/core/annotation.js';
import type { BoilerplateCategory } from '../../server/src/core/boilerplate/categories.js';
import { parseArticle } from '../../server/src/core/article.js';
import { blockAtLine, boilerplateBlocks, removalsForBlock } from '../../server/src/core/boilerplateBlocks.js';
import { applyRemovals } from '../../server/src/core/clean.js';
import { GUTTED_ARTICLE } from '../support/guttedArticle.js';
import { examplesDir } from '../support/paths.js';

const spans = (text: string, fileName?: string) => {
  const analysis = analyze(text, fileName ? { fileName } : {});
  return boilerplateBlocks(analysis.article!, analysis.annotations).map((b) => [b.firstLine, b.lastLine, b.category]);
};
const example = (name: string) => spans(readFileSync(path.join(examplesDir, name), 'utf8'), name);

/** A boilerplate finding on `line` as the boilerplate pass writes it. */
function finding(line: number, category: BoilerplateCategory, reason: string): Annotation {
  const range = { start: { line, character: 0 }, end: { line, character: 1 } };
  return { kind: 'boilerplate', code: `boilerplate/${category}`, range, message: '', data: { category, label: category, reason, line } };
}

describe('boilerplate blocks', function () {
  it('keeps a "Read next" marker, its teasers and their timestamps together, apart from the comment prompt', function () {
    // Lines 11-17: "Read next", then time / teaser pairs, the last teaser labelled "Opinion:".
    assert.deepEqual(example('coastline-daily.txt'), [
      [0, 4, 'share'],
      [11, 17, 'related'],
      [18, 19, 'comments'],
    ]);
  });

  it('keeps a comment section with its policy paragraphs, apart from the newsletter line above it', function () {
    assert.deepEqual(example('harbour-ledger.txt'), [
      [16, 16, 'subscription'],
      [18, 24, 'comments'],
    ]);
  });

  it('takes a menu as one block, and a byline, a date and an advertisement as blocks of their own', function () {
    assert.deepEqual(example('valmora-post.txt'), [
      [0, 4, 'navigation'],
      [6, 6, 'author-bio'],
      [7, 7, 'timestamp'],
      [12, 13, 'advertisement'],
      [15, 15, 'author-bio'],
    ]);
  });

  it('takes the credits inside a region as part of it', function () {
    assert.deepEqual(spans(GUTTED_ARTICLE), [[4, 14, 'related']]);
  });

  it('never spans a line of the article', function () {
    const article = parseArticle('Share\nShare\nThe article.\nShare\n');
    const blocks = boilerplateBlocks(article, [finding(0, 'share', 'a section marker'), finding(1, 'share', 'a section marker'), finding(3, 'share', 'a section marker')]);
    assert.deepEqual(
      blocks.map((b) => b.lines),
      [[0, 1], [3]],
    );
  });

  it('starts a new block at a marker of another category, even before a line of the earlier category', function () {
    const article = parseArticle('Share\n\nComments\n\nGreat piece.\n\nShare\n');
    const blocks = boilerplateBlocks(article, [
      finding(0, 'share', 'a line of widget words'),
      finding(2, 'comments', 'a section marker'),
      finding(4, 'comments', 'under a section marker'),
      finding(6, 'share', 'a line of widget words'),
    ]);
    assert.deepEqual(
      blocks.map((b) => b.lines),
      [[0], [2, 4], [6]],
    );
  });

  it('finds the block of a line, and removes it with the blank lines inside it as one removal', function () {
    const text = 'Headline\nThe article.\nRead next\n\nTeaser one\nTeaser two\nThe end.\n';
    const article = parseArticle(text);
    const blocks = boilerplateBlocks(article, [finding(2, 'related', 'a section marker'), finding(4, 'related', 'under a section marker'), finding(5, 'related', 'under a section marker')]);
    const block = blockAtLine(blocks, 5)!;
    assert.deepEqual(block.lines, [2, 4, 5]);
    assert.equal(blockAtLine(blocks, 3), undefined, 'a blank line is in no block');
    const removals = removalsForBlock(article, block);
    assert.equal(removals.length, 1);
    assert.equal(applyRemovals(text, removals), 'Headline\nThe article.\nThe end.\n');
  });
});
