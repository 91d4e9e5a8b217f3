/**
 * Issue 14, items 3–4 (QUALITY.md round 163): a mind's state with what it holds. On PolNeAR
 * `train`, every sentence of the form "X is concerned / confident / convinced / hopeful … that…"
 * is labelled attributed (44 of 44), and the tool found 25: "some Democrats are concerned that
 * Sanders' tactics could…" reports their view, not the writer's. So does what someone recognizes
 * or realizes, with "that" after it, and a question someone wonders (round 164: PolNeAR `train`,
 * every such sentence labelled attributed), what someone made clear and a view named at the head
 * of the sentence (round 165: 16 of 17 and 12 of 13). Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

/** Source and cue of the attribution on one sentence under a headline, as "source / cue". */
function creditOf(sentence: string): string | undefined {
  const { annotations } = analyze(`Harbour bridge vote delayed\n\n${sentence}`);
  const found = annotations.find((a) => a.kind === 'attribution' && a.range.start.line === 2);
  const data = found?.data as Readonly<Record<string, unknown>> | undefined;
  return data ? `${String(data['source'])} / ${String(data['cue'])}` : undefined;
}

describe('attribution: a mind’s state and what it holds', function () {
  it('attributes what a group, a name or a pronoun is concerned, confident or convinced of', function () {
    assert.equal(creditOf('But despite the vote, some residents are concerned that the toll could split the town.'), 'some residents / are concerned');
    assert.equal(creditOf('Ms. Lund and other union leaders remain confident that they can keep the ferry running.'), 'Ms. Lund and other union leaders / remain confident');
    assert.equal(creditOf('The mayor’s advisers were optimistic that the bridge would open in June.'), 'The mayor’s advisers / were optimistic');
    // Auxiliaries before "be" are part of the cue.
    assert.equal(creditOf('Ferry owners have been worried that the bridge would take their passengers.'), 'Ferry owners / have been worried');
    assert.equal(creditOf('Holm seemed hopeful that the council could accept more ferries.'), 'Holm / seemed hopeful');
  });

  it('attributes a mind’s state whose clause goes without "that" (round 260)', function () {
    // Before: no attribution on any of these.
    assert.equal(creditOf('Holm is convinced the bridge is safe.'), 'Holm / is convinced');
    assert.equal(creditOf('The mayor is confident she will win the vote.'), 'The mayor / is confident');
    assert.equal(creditOf('Some residents are hopeful they can delay the toll.'), 'Some residents / are hopeful');
    // A noun phrase with no verb of its own is no clause.
    assert.equal(creditOf('Holm was aware the whole time.'), undefined);
  });

  it('reads no position without the clause of what the mind holds', function () {
    assert.equal(creditOf('Residents were concerned about the cost of the bridge for weeks.'), undefined);
    assert.equal(creditOf('The bridge is sure to cost the town more than it has.'), undefined);
  });

  it('reads no position in a question asked, or for a phrase inside a longer subject', function () {
    assert.equal(creditOf('Asked whether he was concerned that the toll would rise, Holm laughed.'), undefined);
    assert.equal(creditOf('The drivers queuing at the ferries last week were acutely aware that the toll would rise.'), undefined);
  });

  it('attributes what someone recognizes or realizes that, and a question they wonder', function () {
    assert.equal(creditOf('Local leaders now recognize that they will have to do more for the ferry.'), 'Local leaders / now recognize');
    assert.equal(creditOf('Holm wondered whether the council could close the ferry in June.'), 'Holm / wondered');
    assert.equal(creditOf('Many residents are wondering if the toll will rise again.'), 'Many residents / are wondering');
  });

  it('reads no report in a thing recognized, or in a wondering its object does', function () {
    assert.equal(creditOf('Each mayor recognized the risk of the toll for the town.'), undefined);
    assert.equal(creditOf('The vote has left many residents wondering what the council really wants.'), undefined);
  });

  it('attributes what someone made clear, and the clause after a view that opens the sentence', function () {
    assert.equal(creditOf('The mayor also made clear that she has not considered resigning.'), 'The mayor / also made clear');
    assert.equal(creditOf('In the interview, Ana Lund made it clear that the union would not back the toll.'), 'Ana Lund / made it clear');
    assert.equal(creditOf('In Holm’s view, the toll would change how the ferry is run.'), 'Holm / In Holm’s view');
  });

  it('reads no report in an event that made something clear, or in advice to make it clear', function () {
    assert.equal(creditOf('The Tuesday vote made it clear that the toll has deep support.'), undefined);
    assert.equal(creditOf('Her advice to new drivers is to pay early and make it clear that the toll is fair.'), undefined);
  });
});
