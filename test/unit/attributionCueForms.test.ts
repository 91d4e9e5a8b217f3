/**
 * Issue 14, item 4 (QUALITY.md round 66): cues a reader expects and cues that are not there.
 * "pointed out that…" and "pointed to the survey" report, "pointed at the door" does not; a time counted back to ("two weeks ago") is not the speaker;
 * "well known to voters" and "held to two catches" are no impersonal attribution; a plain form
 * after "have" ("Voters Have Point") is a noun. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { attributionAfterHeadline, sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: cue forms', function () {
  it('reads "pointed out that" as reporting, before a cue inside its clause', function () {
    // Before: "critics", cue "should instead question", from inside the clause.
    assert.equal(sourceOf('Dana Morrell pointed out that critics should instead question the harbour budget.'), 'Dana Morrell');
    assert.equal(sourceOf('The port authority has pointed out that the cranes were inspected in May.'), 'The port authority');
    assert.equal(attributionAfterHeadline('Dana Morrell pointed out that the cranes were old.')?.['cue'], 'pointed out');
    assert.equal(sourceOf('The mayor pointed to the survey as proof that the bridge was needed.'), 'The mayor');
  });

  it('reads "point" without its particle as an act', function () {
    assert.equal(attributionAfterHeadline('The mayor pointed at the crowd and smiled.'), undefined);
    assert.equal(attributionAfterHeadline('Witnesses say the man pointed a flare gun at the crane before he fled.')?.['source'], 'Witnesses');
    assert.equal(attributionAfterHeadline('The new levy is quietly pointing the harbour towards a different budget.'), undefined);
  });

  it('passes over a time counted back to between the speaker and the verb', function () {
    // Before: "two weeks", cue "ago said".
    assert.equal(sourceOf('The harbour authority less than two weeks ago said that the cranes were safe.'), 'The harbour authority');
    assert.equal(sourceOf('The union three days ago said the strike would end.'), 'The union');
  });

  it('reads "known to" or "held to" before a noun as no impersonal attribution', function () {
    assert.equal(attributionAfterHeadline('Both councillors hold office across the county and are well known to voters.'), undefined);
    assert.equal(attributionAfterHeadline('The striker was held to two shots in the first half.'), undefined);
    // An infinitive after "to", with an adverb between, still attributes to no one named.
    const expected = attributionAfterHeadline('The harbour board is expected to quickly approve the new cranes.');
    assert.equal(expected?.['sourceKind'], 'impersonal');
  });

  it('reads a plain form after "have" as a noun, a participle as a verb', function () {
    // As a headline, in title case: before, source "Angry Dockworkers", cue "Have Point".
    const { annotations } = analyze('On Wages, Angry Dockworkers Have Point: The Rise Never Came.\n\nThe strike ended on Monday after talks.');
    assert.equal(
      annotations.some((a) => a.kind === 'attribution' && a.range.start.line === 0),
      false,
    );
    assert.equal(sourceOf('The port authority has forecast that traffic will fall.'), 'The port authority');
    assert.equal(sourceOf('Dockworkers have alleged that the cranes were never inspected.'), 'Dockworkers');
  });
});
