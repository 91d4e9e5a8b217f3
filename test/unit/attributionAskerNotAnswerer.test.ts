/**
 * Issue 14, item 4 (QUALITY.md round 417): who asks a question is not who answers it. "Ryan did
 * not exude confidence when Tapper asked whether Republicans would hold the House. ¶ “…,” he
 * said" gave the answer to Tapper, the last man named as a speaker. Every text here is written
 * for the test.
 */
import assert from 'node:assert/strict';
import { resolvedSourceOf as resolvedOf } from '../support/resolvedSource.js';

const ASKED = 'Peter Lund did not sound confident when John Berg asked whether the bridge would open on time.';
const ANSWER = '“Nobody can promise that. We will do our best,” he said.';

describe('attribution: the asker of a question does not speak its answer', function () {
  it('passes over the asker for the answer that follows', function () {
    // Before: "John Berg".
    assert.equal(resolvedOf(['The harbour council met on Monday.', ASKED, ANSWER], '“Nobody can'), 'Peter Lund');
  });

  it('keeps the asker for a question of his again', function () {
    assert.equal(resolvedOf(['The harbour council met on Monday.', ASKED, '“And when will you know?” he asked.'], '“And when'), 'John Berg');
  });

  it('keeps the asker where he is also the subject of the sentence that asks', function () {
    assert.equal(resolvedOf(['The harbour council met on Monday.', 'John Berg asked whether the bridge would open on time.', ANSWER], '“Nobody can'), 'John Berg');
  });

  it('keeps one who asked for an act, not an answer', function () {
    // ("asked … to turn to": a request; the quotation after it is the asker's own telegram.)
    const asked = 'Efton Stanfield, a former agent who ran the contractors’ association, asked the mayor in a telegram to turn to a career engineer.';
    assert.equal(resolvedOf(['The harbour council met on Monday.', asked, '“Peter Lund is a man of outstanding loyalty,” he said.'], '“Peter Lund'), 'Efton Stanfield');
  });

  it('still gives a role to the asker who holds it', function () {
    const asked = 'Peter Lund was asked by Judge Anna Berg if he understood the charges.';
    assert.equal(resolvedOf(['The harbour council met on Monday.', asked, 'The judge ordered him held without bond.'], 'The judge'), 'Judge Anna Berg');
  });
});
