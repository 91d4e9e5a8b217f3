/**
 * Issue 14, item 3 and 5 (QUALITY.md round 146): a paragraph that opens by pointing back ("He was
 * taken to the county jail…", "This was followed by…") right under a paragraph that ends on a
 * source goes on with that source's account, as blind readers judged every such flag (6 of 6 on
 * the label batches). Without the source above, or opening with a phrase of its own, the
 * sentence is still weighed. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { unattributedLines } from '../support/unattributedFlags.js';

/** The lines "unattributed" is said of, in an article of a headline and two paragraphs. */
const flaggedLines = (first: string, second: string) => unattributedLines('Harbour road crash', first, second);

const SOURCED = 'A man was arrested after a crash on the harbour road on Sunday, police said.';
const UNSOURCED = 'A man was arrested after a crash on the harbour road on Sunday.';
const POINTING_BACK = 'He was taken to the county jail and released on bail of $50,000, the third time he has been held this year.';

describe('unattributed: a paragraph that goes on with the account above it', function () {
  it('is not flagged when it points back to a paragraph that ends on a source', function () {
    assert.deepEqual(flaggedLines(SOURCED, POINTING_BACK), []);
  });

  it('is still weighed under an unsourced paragraph, or when it opens with a phrase of its own', function () {
    assert.deepEqual(flaggedLines(UNSOURCED, POINTING_BACK), [2, 4]);
    assert.deepEqual(flaggedLines(SOURCED, 'The crash was the third on the harbour road this year, and the county has spent $2m on repairs since 2019.'), [4]);
  });
  it('is not flagged when it closes a quotation opened before it (round 292)', function () {
    // Before: the closing sentence of a quotation whose opening mark the quotation spans did not
    // reach was flagged as the writer's claim.
    const quoteClose = 'The crash was the third on the harbour road this year, and the county has spent $2m on repairs since 2019.”';
    assert.deepEqual(flaggedLines(UNSOURCED, quoteClose), [2]);
    // The same words with no closing mark are still weighed.
    assert.deepEqual(flaggedLines(UNSOURCED, quoteClose.slice(0, -1)), [2, 4]);
  });
});
