/**
 * Issue 14, item 5 (QUALITY.md round 145): what a seller asks ("tickets cost £145"), a place won
 * ("silver for Whitlock"), how a poll was made ("the margin of error is three points") and a
 * share's or a currency's price are public terms and record, not claims an editor sends back for
 * a source. An estimate ("the repairs will cost £2m"), a count beside a price and a name that
 * holds a podium word are still weighed. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { unattributedLines } from '../support/unattributedFlags.js';

/** The lines "unattributed" is said of, in a short article whose last paragraph is `last`. */
const flaggedLines = (last: string, before = 'The harbour festival reported a record year on Tuesday, its director said.') => unattributedLines('Harbour festival returns to the quay', before, last);

describe('unattributed: public terms and record', function () {
  it('does not flag a price the seller asks', function () {
    assert.deepEqual(flaggedLines('Weekend tickets cost £145, with day tickets at £60.'), []);
    assert.deepEqual(flaggedLines('Albums will be priced at £7.99 and single tracks at 79p.'), []);
  });

  it('does not flag a share or a currency quoted in its units', function () {
    assert.deepEqual(flaggedLines('Fellow ferry operator Calder Lines slipped 18p to 94p.'), []);
    assert.deepEqual(flaggedLines('On the currency markets, sterling was steady against the dollar at $1.8921.'), []);
  });

  it('does not flag a place won', function () {
    assert.deepEqual(flaggedLines('There was also silver for Tom Whitlock in the men’s K1 500m, two years after he broke his wrist.'), []);
  });

  it('does not flag how a poll was made', function () {
    const poll = 'A poll for the festival found that 61% of residents want it to stay on the quay.';
    assert.deepEqual(flaggedLines('The margin of error is about three percentage points.', poll), []);
    assert.deepEqual(flaggedLines('Harbour Research interviewed 1,504 adults by telephone between 3 and 5 March.', poll), []);
  });

  it('still weighs an estimate, a count beside a price, and a name with a podium word', function () {
    assert.deepEqual(flaggedLines('The repairs to the quay will cost £2m, the largest sum the town has spent on it since 1974.'), [4]);
    assert.deepEqual(flaggedLines('About 180,000 people have so far bought the festival app, which costs £2.99, making it the most downloaded app in the county.'), [4]);
    assert.deepEqual(flaggedLines('The Salt Road, a period drama, has nine nominations for the Silver Lantern awards, more than any film since 2011.'), [4]);
  });
});
