/**
 * Issue 14, item 5 (QUALITY.md round 295): a sentence between two that one source speaks goes on
 * with that source's account ("…, Hale said." / "Twelve other people escaped without injury." /
 * "Hale said the suspect surrendered…"). Blind readers queried none of the 25 such flags on the
 * real folders. A source on one side only, or two sources, is no such evidence. Every text here
 * is written for the test.
 */
import assert from 'node:assert/strict';
import { unattributedLines } from '../support/unattributedFlags.js';

const HEADLINE = 'Office party shooting leaves one dead';
const LEDE = 'A man was shot dead at an office party in Vancouver on Saturday, police said.';
const ESCAPED = 'Twelve other people escaped from the building without injury.';
const SURRENDERED = 'the suspect surrendered after two hours of negotiations.';

describe('unattributed: a sentence inside one source’s account', function () {
  it('is not flagged between two sentences of the same source', function () {
    assert.deepEqual(unattributedLines(HEADLINE, LEDE, 'Hale said a gunman walked into the party at about 4 p.m. and shot one person.', ESCAPED, `Hale said ${SURRENDERED}`), []);
  });

  it('knows a speaker named in full and then by surname as one', function () {
    const lines = unattributedLines(HEADLINE, LEDE, 'Constable Tim Hale said a gunman walked into the party at about 4 p.m. and shot one person.', ESCAPED, `Hale said ${SURRENDERED}`);
    assert.ok(!lines.includes(6), `flagged lines: ${lines.join(', ')}`);
  });

  it('is still flagged with a source on one side only, or with two sources', function () {
    const before = 'Hale said a gunman walked into the party at about 4 p.m. and shot one person.';
    assert.ok(unattributedLines(HEADLINE, LEDE, before, ESCAPED, 'The suspect surrendered after two hours of negotiations.').includes(6));
    assert.ok(unattributedLines(HEADLINE, LEDE, before, ESCAPED, `The mayor said ${SURRENDERED}`).includes(6));
  });
});
