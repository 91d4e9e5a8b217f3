/**
 * Issue 14 item 5 (QUALITY.md round 233): the wire's formulas for a reporter's failed calls tell
 * nothing to check, so they are no claim, never "unattributed" and never "no other article
 * reports this". A sentence that says more stays a claim. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

const HEADLINE = 'Crane collapse injures two at Lindqvist terminal';

/** Whether the sentence on its own line under the headline is a claim, and its findings' codes. */
function read(sentence: string): { claim: boolean; codes: string[] } {
  const analysis = analyze(`${HEADLINE}\n${sentence}\n`);
  return {
    claim: analysis.claims.some((c) => c.range.start.line === 1),
    codes: analysis.annotations.filter((a) => a.range.start.line === 1).map((a) => a.code),
  };
}

describe('claims: a request that went unanswered', function () {
  it('takes someone not reached, or a request not returned, for no claim', function () {
    // Before: claims, the first and the third flagged "unattributed".
    for (const sentence of [
      'Information on a lawyer for Marta Oyelaran was not immediately available.',
      'A lawyer for the crane driver could not immediately be reached.',
      "The operator's spokesman was not immediately available for comment.",
      'Calls to the terminal manager were not returned.',
      'An email seeking comment from the operator was not returned.',
      "Messages left at the union's office were not immediately returned.",
    ]) {
      assert.deepEqual(read(sentence), { claim: false, codes: [] }, sentence);
    }
  });

  it('keeps a sentence that tells more than the call', function () {
    for (const sentence of [
      'The bridge was not available for traffic until Tuesday.',
      'The vaccine was not available in 12 states.',
      'Calls to the terminal were not returned, and the cranes stayed idle for a week.',
    ]) {
      assert.equal(read(sentence).claim, true, sentence);
    }
  });
});
