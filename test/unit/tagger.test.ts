import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../server/src/core/article.js';
import { tag, tagPieces } from '../../server/src/core/nlp/tagger.js';
import { examplesDir } from '../support/paths.js';

describe('tagger offsets', function () {
  it('places every token on its own text, even where the tagger drops an invisible character', function () {
    for (const text of ['Ruiz \uFEFF said it.', '# \uFEFF 0 🇺🇦 said Ana Ruiz.', 'He\u200b said “no” 😀 twice.', 'tab\tand\u00a0space']) {
      const tokens = tag(text, 5);
      assert.ok(tokens.length > 0);
      for (const t of tokens) assert.equal(text.slice(t.start - 5, t.end - 5), t.text, `${JSON.stringify(text)}: ${t.text}`);
      const said = tokens.find((t) => t.lower === 'said');
      if (said) assert.equal(text.slice(said.start - 5, said.end - 5), 'said');
    }
  });

  it('tags the paragraphs of an article read together as it tags each on its own', function () {
    const articles = readdirSync(examplesDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => parseArticle(readFileSync(path.join(examplesDir, name), 'utf8')));
    articles.push(parseArticle('He said “no.”\n\nThe U.S.\n\n\u00a0Ruiz \uFEFF said it.\nShe left at 5 p.m.\n“It is over,” he said.'));
    for (const article of articles) {
      const pieces = article.blocks.map((block) => ({ text: block.text, start: block.start }));
      assert.deepEqual(
        tagPieces(pieces),
        pieces.map((piece) => tag(piece.text, piece.start)),
      );
    }
    assert.deepEqual(tagPieces([]), []);
  });
});
