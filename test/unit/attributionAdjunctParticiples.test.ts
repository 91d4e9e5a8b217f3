/**
 * Issue 14, item 4 (QUALITY.md round 69): a verb that reports only with a clause ("found",
 * "maintained", "responded", "proved") took a participle after a comma for that clause's verb,
 * and so read acts as reports: "The Tar Heels maintained a comfortable margin, cracking the
 * 90-point mark…", "He … found room down the sideline, cutting back…". Such a participle is an
 * adjunct. Verbs of belief that take an object and what it is held to be keep their clause
 * ("judged the plan a failure, sending it back…"). Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { attributionAfterHeadline, sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: a participle after a comma is no clause of the verb', function () {
  it('reads acts with an adjunct participle as acts', function () {
    assert.equal(attributionAfterHeadline('The Harbour Hawks maintained a comfortable lead, scoring twice in the last ten minutes.'), undefined);
    assert.equal(attributionAfterHeadline('The pilot found room along the east quay, steering the ferry past the broken crane.'), undefined);
    assert.equal(attributionAfterHeadline('Inspectors once found the foreman asleep in the cab, holding a thermos.'), undefined);
  });

  it('keeps the clause of a verb of belief with its object', function () {
    assert.equal(sourceOf('The mayor judged the crane plan a failure, sending it back to the council.'), 'The mayor');
  });

  it('still reads a clause whose verb comes after the participle', function () {
    assert.equal(sourceOf('The inspectors found that the cranes, standing idle since May, had rusted through.'), 'The inspectors');
  });
});
