/**
 * The same folder read in another order links the same claims: when more claims tie for a
 * candidate's place than the index scores in full, the claim decides, not the order files came.
 */
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus.js';

const SENTENCE = 'The Halden Ferry Company cancelled every crossing to Lindqvist island on Tuesday as winds reached 120 kilometres an hour.';

function files(count: number): { id: string; text: string; fileName: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `outlet-${String(i).padStart(3, '0')}.txt`;
    // Claims of their own, so that the shared sentence's words stay rare enough to lead.
    const own = ['opened a library', 'closed a bakery', 'won a rowing race'].map((act, k) => `Councillor Vrell${i}x${k} ${act} in Tarnby${i}x${k} on Monday.`);
    return { id, fileName: id, text: `Storm report number ${i}\n\n${SENTENCE}\n${own.join('\n')}\n` };
  });
}

/** The files the first file's claim is linked to, with the corpus read in the order given. */
function candidatesOfFirst(order: ReturnType<typeof files>): string[] {
  const corpus = new Corpus();
  corpus.addAll(order);
  const id = 'outlet-000.txt';
  const claim = corpus.index.claims(id).find((c) => c.text === SENTENCE)!;
  return corpus.index
    .candidates(id, claim, 0.3)
    .map((c) => c.other.id)
    .sort();
}

describe('corpus read in another order', function () {
  it('retrieves the same candidates for a claim that more claims tie with than are scored', function () {
    const all = files(90);
    const forward = candidatesOfFirst(all);
    const reversed = candidatesOfFirst([...all].reverse());
    assert.ok(forward.length > 0 && forward.length < 89, `a bounded share is scored: ${forward.length}`);
    assert.deepEqual(reversed, forward);
  });
});
