import assert from 'node:assert/strict';
import { parseArticle, splitLines, wordsOf } from '../../server/src/core/article.js';

describe('article model', function () {
  it('splits LF, CRLF and CR line breaks with exact offsets', function () {
    const lines = splitLines('one\r\ntwo\nthree\rfour');
    assert.deepEqual(
      lines.map((l) => [l.text, l.start, l.end, l.eolLength]),
      [
        ['one', 0, 3, 2],
        ['two', 5, 8, 1],
        ['three', 9, 14, 1],
        ['four', 15, 19, 0],
      ],
    );
  });

  it('makes one block per non-empty line, trimmed, with sentences and word tokens', function () {
    const text = '  Headline here  \n\nFirst sentence. Second one!\n';
    const article = parseArticle(text);
    assert.deepEqual(
      article.blocks.map((b) => [b.line, b.text, b.start, b.end]),
      [
        [0, 'Headline here', 2, 15],
        [2, 'First sentence. Second one!', 19, 46],
      ],
    );
    assert.deepEqual(
      article.blocks[1]!.sentences.map((s) => s.text),
      ['First sentence.', 'Second one!'],
    );
    for (const block of article.blocks) {
      for (const word of wordsOf(block)) assert.equal(text.slice(word.start, word.end), word.text);
    }
  });

  it('keeps UTF-16 offsets exact across curly quotes, emoji and CRLF', function () {
    const text = '“Hi 😀,” said Kim.\r\nNext line 🇺🇦 here.';
    const article = parseArticle(text);
    const words = article.blocks.flatMap(wordsOf);
    for (const word of words) assert.equal(text.slice(word.start, word.end), word.text);
    const here = words.find((w) => w.text === 'here')!;
    assert.deepEqual(article.positionAt(here.start), { line: 1, character: 'Next line 🇺🇦 '.length });
    assert.deepEqual(article.positionAt(text.length), { line: 1, character: 'Next line 🇺🇦 here.'.length });
  });

  it('keeps a byte order mark out of every block', function () {
    const article = parseArticle('\uFEFFHeadline\nBody text.');
    assert.equal(article.blocks[0]!.text, 'Headline');
    assert.equal(article.blocks[0]!.start, 1);
    assert.deepEqual(article.rangeOf(article.blocks[0]!.start, article.blocks[0]!.end), {
      start: { line: 0, character: 1 },
      end: { line: 0, character: 9 },
    });
  });

  it('handles empty and blank texts', function () {
    assert.deepEqual(parseArticle('').blocks, []);
    assert.deepEqual(parseArticle(' \n\t\r\n').blocks, []);
    assert.deepEqual(parseArticle('').positionAt(0), { line: 0, character: 0 });
  });
});
