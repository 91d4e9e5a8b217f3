/**
 * Issue 14, item 5 (QUALITY.md round 144): a market report's moves ("Shares in Acme rose 22p",
 * "the dollar weakened") are the market's own public record, like a match result, and
 * "Turnout was 34%" is an election's; neither is a claim an editor sends back for a source.
 * A statistic someone measured ("house prices rose 12%", "the consumer price index rose")
 * still asks "says who?". Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { unattributedLines } from '../support/unattributedFlags.js';

/** The lines "unattributed" is said of, in a short article whose last paragraph is `last`. */
const flaggedLines = (last: string) => unattributedLines('Harbour group results lift the port town', 'The harbour group reported a record year on Tuesday, its chairman said.', last);

describe('unattributed: a market’s and an election’s own record', function () {
  it('does not flag a share, a price or a currency that moved', function () {
    assert.deepEqual(flaggedLines('Shares in the harbour group rose 22p to 587p by the close, a gain of almost 4%.'), []);
    assert.deepEqual(flaggedLines('US light crude for delivery in March fell $1.82 to $61.40 a barrel in early trade.'), []);
    assert.deepEqual(flaggedLines('The dollar weakened against the euro for a third straight week, ending at $1.19.'), []);
  });

  it('does not flag a turnout figure', function () {
    assert.deepEqual(flaggedLines('Turnout was 34%, the lowest for a local election since 1998.'), []);
  });

  it('still weighs a statistic someone measured', function () {
    assert.deepEqual(flaggedLines('House prices in the town rose 12% last year, the fastest rise in the region since 2004.'), [4]);
  });
});
