/**
 * Issue 14, item 5 (QUALITY.md round 68): "He was 77." closing an obituary is the record of a
 * life, not a claim an editor would query; blind readers of the flag batches agreed (all five
 * such sentences they read were "no"). A length of 77 metres, or an age inside a longer claim,
 * is still weighed. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { unattributedLines } from '../support/unattributedFlags.js';

/** The lines "unattributed" is said of, in a short article whose last paragraph is `last`. */
const flaggedLines = (last: string) =>
  unattributedLines('Harbour pilot dies after crane collapse', 'A harbour pilot died on Monday when a crane collapsed at the east quay, the port authority said.', last);

describe('unattributed: a person’s age alone', function () {
  it('is not flagged', function () {
    assert.deepEqual(flaggedLines('He was 77.'), []);
    assert.deepEqual(flaggedLines('She was 45 years old.'), []);
    assert.deepEqual(flaggedLines('Moreau will be 29 in April.'), []);
  });

  it('leaves a measurement and a longer claim to be weighed', function () {
    assert.deepEqual(flaggedLines('The crane was 77 metres tall and had failed two inspections since 2019.'), [4]);
  });
});
