import assert from 'node:assert/strict';
import type { StatusParams } from '../../server/src/lsp/protocol.js';
import { fullSummary, shortSummary } from '../../client/src/statusText.js';

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

  it('says when there is nothing to report', function () {
    assert.equal(shortSummary(status({ attribution: 3 }, 0)), 'nothing to report');
    assert.equal(fullSummary(status({}, 0)), 'nothing to report');
  });
});
