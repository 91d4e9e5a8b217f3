/**
 * Issue 14, item 4 (QUALITY.md round 37): "X, a description, did something, saying…" — the
 * participle reports for the main clause's subject, and the source is that subject with its
 * description, not the main clause too. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { sourceAfterHeadline } from '../support/attributionAfterHeadline.js';

/** The source of the one sentence after a headline, or undefined. */
const sourceOf = (sentence: string) => sourceAfterHeadline(sentence, 'Warehouse fire inquiry opens');

describe('attribution: a participle after the main clause', function () {
  it('names the subject and its description, without the main clause', function () {
    // Before, the source ran on to "…inspected the warehouse on Friday".
    assert.equal(sourceOf('Lena Marsh, the county fire chief, inspected the warehouse on Friday, saying the roof could collapse.'), 'Lena Marsh, the county fire chief');
    assert.equal(sourceOf('Tom Reyes, a union organiser, spoke to the crowd for an hour, eventually saying the strike would go on.'), 'Tom Reyes, a union organiser');
  });

  it('passes over a relative clause set off by commas to the main clause', function () {
    assert.equal(
      sourceOf('Senator Ana Ruiz of Estavia, who faces a close race this year, withdrew her support for the bill, saying it went too far.'),
      'Senator Ana Ruiz of Estavia, who faces a close race this year',
    );
  });

  it('keeps a description that a participle or a relative clause closes, before "said"', function () {
    assert.equal(
      sourceOf('Sandra Inman, a supporter from Jackson, Miss., attending the convention, said the party must unite.'),
      'Sandra Inman, a supporter from Jackson, Miss., attending the convention',
    );
    assert.equal(sourceOf('There is a lot of talk about Ruiz, who spoke first, saying she will win.'), 'Ruiz, who spoke first');
  });

  it('never takes the subject of an opening "if" clause, nor a name the tagger read as a verb, for the speaker', function () {
    assert.equal(sourceOf('If Ana Ruiz wins the vote, her husband would be the first man in the role, then saying he would keep his own job.'), 'her husband');
    // (Round 338: after a hedge the participle is the writer's guess, nobody's report; it gave "her husband".)
    assert.equal(sourceOf('If Ana Ruiz wins the vote, her husband would be the first man in the role, possibly saying he would keep his own job.'), undefined);
    assert.equal(sourceOf('Senator Ted Cruz of Texas, who is running second, turned against the bill, eventually saying it would fail.'), 'Senator Ted Cruz of Texas, who is running second');
  });
});
