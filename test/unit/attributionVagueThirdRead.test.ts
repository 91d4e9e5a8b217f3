/**
 * Issue 14 (QUALITY.md round 160): the vague-source warnings a third blind reader rejected on the
 * real folders. A campaign is a body that speaks ("according to the campaign"); a phrase keeps the
 * adverb and participle that describe its noun ("Trump's newly installed campaign chief" had been
 * cut to "campaign chief"); a lawsuit or an indictment speaks for the record; a participle
 * before a noun or after its own noun is no cue ("various known government benchmarks", "A future
 * projected along these lines does not look promising"). Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { vagueFindings as findings } from '../support/vagueFindings.js';

describe('attribution: what a third blind read of vague warnings rejected', function () {
  it('reads "the campaign" as a body that speaks, and a campaign for someone as theirs', function () {
    const [, found] = findings('Ana Ruiz opened her campaign for mayor in May.', 'Donations, according to the campaign, have doubled since June.');
    assert.deepEqual(found, { source: 'the campaign', vague: false });
    assert.deepEqual(findings('The Campaign for Ruiz said the ferry would run until June.'), [{ source: 'The Campaign for Ruiz', vague: false }]);
  });

  it('does not take a role for a modifier of another noun in a name before it', function () {
    // "the campaign" is not "Ruiz's campaign chief": the role word there modifies "chief". (A
    // role resolved to someone earlier is shown as "the campaign — …" in the message.)
    const text = ['Harbour bridge vote delayed', 'Ana Ruiz’s campaign chief said the toll will fall.', 'Donations, according to the campaign, have doubled since June.'].join('\n\n');
    const found = analyze(text).annotations.find((a) => a.kind === 'attribution' && a.range.start.line === 4);
    assert.match(found?.message ?? '', /^Source: the campaign \(named source\)/);
    // A role that heads a mention or titles a name still refers back to it.
    const titled = ['Harbour bridge vote delayed', 'Harbour spokesman Tomas Berg said the toll will fall.', 'The spokesman said the ferry would run until June.'].join('\n\n');
    const back = analyze(titled).annotations.find((a) => a.kind === 'attribution' && a.range.start.line === 4);
    assert.match(back?.message ?? '', /^Source: The spokesman — Harbour spokesman Tomas Berg/);
  });

  it('keeps an adverb and a participle that describe the noun inside the source', function () {
    assert.deepEqual(findings('Ana Ruiz’s newly installed campaign chief has sought to assure the council that the toll will fall.'), [
      { source: 'Ana Ruiz’s newly installed campaign chief', vague: false },
    ]);
    assert.deepEqual(findings('Newly elected harbour master Tomas Berg said the toll was fair.'), [{ source: 'Newly elected harbour master Tomas Berg', vague: false }]);
  });

  it('reads a lawsuit or an indictment as speaking for the record', function () {
    assert.deepEqual(findings('A federal lawsuit was filed in 2012 challenging the harbour police’s records and alleging that officers had lied.'), [{ source: 'A federal lawsuit', vague: false }]);
  });

  it('reads a participle before a noun, or after its own noun before the verb, as describing it', function () {
    assert.deepEqual(findings('The survey compares panels to various known government benchmarks, but not to phone surveys.'), [{ vague: false }]);
    assert.deepEqual(findings('A future projected along these lines does not look promising for the ferry.'), [{ vague: false }]);
    // Not a verb's particle or a clause after it: the verb still reports.
    assert.equal(findings('Prosecutors pointed out all those arguments had been made at the trial.')[0]?.source, 'Prosecutors');
    assert.equal(findings('Several outlets reported on Wednesday the harbour police had opened an inquiry.')[0]?.source, 'Several outlets');
  });

  it('reads predicates of one subject in a series as no inverted speaker', function () {
    assert.deepEqual(findings('He also hosts a Sunday talk show, writes a weekly column and, since 2013, leads a radio hour on the harbour.'), [{ vague: false }]);
    // An inverted speaker after a quotation keeps the verb joined to it.
    assert.equal(findings('“We are done here,” said Tomas Berg and walked out of the hall.')[0]?.source, 'Tomas Berg');
  });

  it('still warns of people close to a campaign, whatever the tagger reads "people" as', function () {
    const [found] = findings('The mayor called the claims absurd, according to people close to the campaign.');
    assert.deepEqual(found, { source: 'people close to the campaign', vague: true });
  });
});
