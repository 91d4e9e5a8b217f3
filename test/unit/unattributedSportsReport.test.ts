/**
 * Issue 14, item 5 (QUALITY.md round 298): a sports report tells its public record — the
 * injuries, the games played, the signings a club announces — and blind readers asked "says who?"
 * of almost none of its sentences. No sentence of a sports report is flagged; the same kind of
 * facts in another story still are. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { unattributedLines } from '../support/unattributedFlags.js';

const INJURY = 'sprained a knee in a fall at the quay on Sunday and had surgery on Tuesday.';

describe('unattributed: a sports report', function () {
  it('flags nothing in a sports report', function () {
    // Before: lines 2 and 6 flagged.
    const lines = unattributedLines(
      'Pilots put Reyes on injured reserve',
      'The Harbour City Pilots placed running back Tom Reyes on injured reserve on Wednesday, ending his third NFL season.',
      'Reyes sprained a knee in the team’s loss at Valmora on Sunday and had surgery on Tuesday.',
      'He played in 10 games this season but missed four with a hamstring injury.',
      'The Pilots signed rookie Sam Okafor to a two-year deal worth $1.2 million to replace him.',
      'Harbour City plays at Valmora on Sunday.',
    );
    assert.deepEqual(lines, []);
  });

  it('knows a cricket report by its own words', function () {
    // Before the lexicon had "batsman" and "bowlers": all four paragraphs flagged.
    const lines = unattributedLines(
      'England collapse on day two in Perth',
      'England were bowled out for 187 on the second day of the first Test in Perth on Thursday.',
      'The opening batsman made 64 before he was caught at slip, but the rest of the order fell to the home bowlers in 20 overs.',
      'Two England players were taken to hospital with hamstring injuries after the collapse.',
      'The hosts will resume on 40 for one on Friday.',
    );
    assert.deepEqual(lines, []);
  });

  it('still flags such facts in a story that is not about sport', function () {
    const lines = unattributedLines(
      'Harbour crane operator injured',
      'The harbour authority put crane operator Tom Reyes on leave on Wednesday.',
      `Reyes ${INJURY}`,
      'He worked 10 shifts this month but missed four with a back injury.',
    );
    assert.deepEqual(lines, [4, 6]);
  });

  it('does not take one word of sport for a sports report', function () {
    // "game" alone, in every sentence, is a figure of speech.
    const lines = unattributedLines(
      'Harbour crane operator injured',
      'The harbour authority put crane operator Tom Reyes on leave on Wednesday, a blow to its game plan for the winter.',
      `Reyes ${INJURY}`,
      'He worked 10 shifts this month but missed four with a back injury, the end game of a long dispute.',
    );
    assert.ok(lines.length > 0, 'no flag left');
  });
});
