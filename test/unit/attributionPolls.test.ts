/**
 * Issue 14, item 3 (QUALITY.md round 141): a standing told "in" a poll ("Ruiz led Berg 2-1 in a
 * Gazette poll", "a wide lead in the polls") is the poll's, and polls in general name no one a
 * reader could check. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { attributionAfterHeadline } from '../support/attributionAfterHeadline.js';

const HEADLINE = 'Ruiz pulls ahead in harbour mayor race';

/** Source, its kind and the cue of one sentence's attribution, or undefined. */
function read(sentence: string): [unknown, unknown, unknown] | undefined {
  const data = attributionAfterHeadline(sentence, HEADLINE);
  return data ? [data['source'], data['sourceKind'], data['cue']] : undefined;
}

describe('attribution: a standing told in a poll', function () {
  it('is the named poll’s, without the dates after it', function () {
    // Before: no attribution.
    assert.deepEqual(read('Ruiz led Berg 52 percent to 40 in a Harbour Gazette poll released Sunday.'), ['a Harbour Gazette poll', 'named', 'in']);
    assert.deepEqual(read('Ruiz rose three points in the most recent Gazette survey to 29 percent.'), ['the most recent Gazette survey', 'named', 'in']);
    assert.deepEqual(read('Berg trails by 9 points in the Coastline average of recent harbour polls.'), ['the Coastline average of recent harbour polls', 'named', 'in']);
  });

  it('is vague when the polls are polls in general', function () {
    assert.deepEqual(read('Ruiz has a wide lead in the polls.'), ['the polls', 'vague', 'in']);
    assert.deepEqual(read('Ruiz leads by a wide margin in polling on the island.'), ['polling', 'vague', 'in']);
    // Pollsters named after the polls name them.
    assert.deepEqual(read('Berg finished ahead of Ruiz in recent polls from Gazette and Harbour Radio, by 8 points.')?.[0], 'recent polls from Gazette and Harbour Radio');
    // Before: "Polls" read as a name.
    assert.deepEqual(read('Polls show Ruiz ahead by five points.'), ['Polls', 'vague', 'show']);
    // Exit polls are one known source by convention.
    assert.deepEqual(read('Ruiz won 60 percent of women in exit polls.'), ['exit polls', 'named', 'in']);
  });

  it('is nothing in a clause the sentence does not state as its own', function () {
    // A relative clause, a clause after "that", a hedge: the claim is something else.
    assert.equal(read('Berg attacked a rival who is far behind him in the polls.'), undefined);
    assert.equal(read('Pundits are shocked that Ruiz is leading in the polls.'), undefined);
    assert.equal(read('Berg needs to close in on 15 percent in an average of polls.'), undefined);
    // A figure in a later clause is not what the polls before it found.
    assert.equal(read('Berg is but a blip in national polls, but a Gazette survey had him at 4 percent.'), undefined);
  });

  it('is nothing without a standing, or where the poll word only modifies a noun', function () {
    assert.equal(read('Ruiz has been gaining ground in the polls.'), undefined);
    assert.equal(read('Turnout was 40 percent in the polling station on Harbour Street.'), undefined);
  });
});
