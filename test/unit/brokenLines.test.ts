/**
 * A line broken once, mid-sentence, in a text that is not hard-wrapped as a whole (round 404):
 * the sentence readers take the two lines as one block, the boilerplate pass keeps them apart.
 * Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/core/article.js';
import { continuesBrokenLine, readingBlocks } from '../../server/src/core/brokenLines.js';

const OPEN_LINE = 'A dockworker who has worked at the quay for nearly 30 years said the sound of the crash';

describe('broken lines: which line goes on with the sentence above it', function () {
  it('joins a sentence-case line that closes nothing to a line opening in lower case', function () {
    assert.equal(continuesBrokenLine(OPEN_LINE, 'echoed over the water.'), true);
    assert.equal(continuesBrokenLine('“Supporters of a longer crossing,” Dana Ruiz added, “have asked the board', 'at its next meeting.”'), true);
  });

  it('leaves a line that closes, however its mark is spaced', function () {
    assert.equal(continuesBrokenLine('“He is the master of the whole ferry and the quay and the bridge! ”', 'his mother told the board.'), false);
    assert.equal(continuesBrokenLine(`${OPEN_LINE}.`, 'echoed over the water.'), false);
  });

  it('leaves a line below that opens in capitals, as a dateline or a byline', function () {
    assert.equal(continuesBrokenLine(OPEN_LINE, 'Echoed over the water.'), false);
    assert.equal(continuesBrokenLine(OPEN_LINE, 'on Apr 12 2007 at 10:04'), false);
    assert.equal(continuesBrokenLine(OPEN_LINE, 'by Dana Ruiz'), false);
  });

  it('leaves a title, a short line, a list item, a table row and a piece of a sentence broken twice', function () {
    assert.equal(continuesBrokenLine('Harbour Board Weighs Second Crossing Plan For The Quay In Spring', 'and more stories.'), false);
    assert.equal(continuesBrokenLine('The board met on Monday', 'to weigh the plan.'), false);
    assert.equal(continuesBrokenLine('2. The board will meet on Monday to weigh the plan for the quay', 'and the bridge.'), false);
    assert.equal(continuesBrokenLine('Crossings per day    1,200 ferries and more at the quay in spring', 'and summer.'), false);
    assert.equal(continuesBrokenLine('racist, misogynist and a man who has said many things about the quay', 'repeatedly pledged to close it.'), false);
  });
});

describe('broken lines: the blocks a sentence reader takes', function () {
  const text = ['Harbour board weighs plan', '', OPEN_LINE, 'echoed over the water.', '', 'The board will meet again on Friday.'].join('\n');
  const article = parseArticle(text);

  it('reads the two lines as one block holding the sentence whole, under the first block’s index', function () {
    const blocks = readingBlocks(article, () => true);
    assert.equal(blocks.length, article.blocks.length - 1);
    const joined = blocks.find((block) => block.text.startsWith('A dockworker'))!;
    assert.equal(joined.index, article.blocks.find((block) => block.text.startsWith('A dockworker'))!.index);
    assert.equal(joined.line, 2);
    assert.equal(joined.lastLine, 3);
    assert.equal(joined.sentences.length, 1);
    assert.equal(joined.sentences[0]!.text, `${OPEN_LINE}\nechoed over the water.`);
    assert.equal(joined.sentences[0]!.tokens.at(-2)!.text, 'water');
  });

  it('leaves the blocks as they are where the caller does not let them join, and leaves the article alone', function () {
    assert.deepEqual(
      readingBlocks(article, () => false),
      article.blocks,
    );
    readingBlocks(article, () => true);
    assert.equal(article.blocks.find((block) => block.text.startsWith('A dockworker'))!.lastLine, 2);
  });

  it('joins a sentence broken twice into one', function () {
    const twice = parseArticle(
      [
        'Harbour board weighs plan',
        '',
        'The mayor, who has called the crossing a waste of money and a danger to',
        'the ferries on the quay since the plan was first put to the',
        'board, said she would vote against it.',
      ].join('\n'),
    );
    const joined = readingBlocks(twice, () => true).find((block) => block.text.startsWith('The mayor'))!;
    assert.equal(joined.lastLine, 4);
    assert.equal(joined.sentences.length, 1);
  });

  it('joins only lines next to each other', function () {
    const apart = parseArticle(['Harbour board weighs plan', '', OPEN_LINE, '', 'echoed over the water.'].join('\n'));
    assert.deepEqual(
      readingBlocks(apart, () => true),
      apart.blocks,
    );
  });
});
