/**
 * Issue 14, item 4: a cue is a verb heading a clause, not a noun the tagger or its context
 * marks as one, and a source is a phrase that can speak. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { attributionAfterHeadline } from '../support/attributionAfterHeadline.js';

/** The attribution of the one sentence after a headline: its source, cue and kind, or undefined. */
function attribution(sentence: string): { source: string; cue: string; kind: string } | undefined {
  const data = attributionAfterHeadline(sentence);
  return data ? { source: String(data['source']), cue: String(data['cue']), kind: String(data['sourceKind']) } : undefined;
}

describe('attribution: nouns are not cues', function () {
  it('reads a noun after a name as part of the subject, not as the cue', function () {
    assert.deepEqual(attribution('A New York judge ruled on Monday that the law was unconstitutional.')?.source, 'A New York judge');
    assert.deepEqual(attribution('The New York state attorney general said the bank had misled investors.')?.source, 'The New York state attorney general');
  });

  it('does not read a word after a possessive or determiner as a cue', function () {
    assert.equal(attribution("Stumpf's repeated emphasis that only 1 percent of staff were involved drew criticism."), undefined);
    assert.equal(attribution('The mayor promoted diet pills on his show for years.'), undefined);
    assert.equal(attribution('The president spoke in a cottage that overlooks the bay in his home state, Hawaii.'), undefined);
  });

  it('does not read a noun followed by a preposition or a verb as a cue', function () {
    assert.equal(attribution('The candidate did not supply an overall cost estimate for his plans.'), undefined);
    assert.equal(attribution('The senator is defending his early-morning tweets attempting to shame a rival.'), undefined);
  });

  it('does not take a verb with no complement, inside a relative clause, as the cue', function () {
    assert.equal(attribution('Everything Trump says is a lie.'), undefined);
    assert.equal(attribution('He attacked rivals for taking his donations, which he said were tied to favours.')?.source, 'he');
  });

  it('does not read a participle describing a noun, or a verb of doing, as reporting', function () {
    assert.equal(attribution('The video lists four cases in which the lawyer defended people accused of fraud.'), undefined);
    assert.equal(attribution('The firms hid their havens, in many cases reporting different numbers to different agencies.'), undefined);
    assert.equal(attribution('About a dozen people demonstrated outside the newspaper after it backed the mayor.'), undefined);
    assert.equal(attribution('The senator posted tweets early Friday saying that the mayor had lied.')?.cue, 'saying');
  });
});

describe('attribution: a campaign speaks for someone', function () {
  it('does not call the campaign of a named person, or "the campaign" that says something, vague', function () {
    assert.equal(attribution('The Trump campaign called the report a smear.')?.kind, 'named');
    assert.equal(attribution('The campaign says the poll is wrong.')?.kind, 'named');
  });

  it('gives "In a statement issued …," the speaker the sentence names after the comma', function () {
    const found = attribution('In a statement issued Tuesday morning, the harbour master Ana Ruiz was more cautious than her colleagues.');
    assert.deepEqual(found && { source: found.source, kind: found.kind }, { source: 'the harbour master Ana Ruiz', kind: 'named' });
  });

  it('still reads an event after "according to" as vague', function () {
    assert.equal(attribution('According to the summit, the ports will cut emissions by 40 percent.')?.kind, 'vague');
  });
});
