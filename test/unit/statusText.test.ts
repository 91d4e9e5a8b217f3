import assert from 'node:assert/strict';
import type { StatusParams } from '../../server/src/lsp/protocol.js';
import { fullSummary, shortSummary, statusDetail } from '../../client/src/statusText.js';

const status = (counts: Record<string, number>, boilerplateBlocks: number): StatusParams => ({ uri: 'file:///a.txt', version: 1, state: 'analysed', counts, boilerplateBlocks });

describe('what the status item says', function () {
  const busy = status({ boilerplate: 11, 'unattributed-claim': 5, 'vague-attribution': 2, conflict: 2, attribution: 7 }, 4);

  it('keeps the text short: the claims to check and the conflicts', function () {
    assert.equal(shortSummary(busy), '7 claims · 2 conflicts');
    assert.equal(shortSummary(status({ 'unattributed-claim': 1 }, 0)), '1 claim');
  });

  it('counts boilerplate in blocks, not lines, and puts every count in the detail', function () {
    assert.equal(fullSummary(busy), '5 unattributed claims, 2 vague sources, 2 conflicts, 4 boilerplate blocks');
    assert.equal(shortSummary(status({ boilerplate: 3 }, 1)), '1 boilerplate block');
  });

  it('keeps the detail to what the text leaves out, so that the row leaves room for its link', function () {
    assert.equal(statusDetail(busy), '4 boilerplate blocks');
    assert.equal(statusDetail(status({ conflict: 1 }, 1)), '1 boilerplate block');
    // The text already names the blocks, or there are none.
    assert.equal(statusDetail(status({ boilerplate: 3 }, 1)), '');
    assert.equal(statusDetail(status({ 'unattributed-claim': 2 }, 0)), '');
  });

  it('says when there is nothing to report', function () {
    assert.equal(shortSummary(status({ attribution: 3 }, 0)), 'nothing to report');
    assert.equal(fullSummary(status({}, 0)), 'nothing to report');
  });
});
