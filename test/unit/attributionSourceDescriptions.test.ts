/**
 * Issue 14, item 4 (QUALITY.md round 408): the source is the speaker as the sentence describes
 * them. A description headed by a noun of occupation outside the role lexicon ("a Republican
 * strategist", "the county's pollster") was dropped after "according to", an agent's after
 * "reported by" always was, a role opened by a participle ("managing director") was not read
 * as one, and what a pair of dashes sets off after a subject never was part of it. Every text
 * here is written for the test.
 */
import assert from 'node:assert/strict';
import { sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: the description a sentence gives its source', function () {
  it('keeps an apposition headed by a noun of occupation after "according to"', function () {
    // Before: "Ana Ruiz", "Tomas Berg".
    assert.equal(sourceOf('The levy will raise $40 million a year, according to Ana Ruiz, a Republican strategist.'), 'Ana Ruiz, a Republican strategist');
    assert.equal(
      sourceOf('Turnout fell in every ward, according to Tomas Berg, a pollster who ran the county survey with a rival firm.'),
      'Tomas Berg, a pollster who ran the county survey with a rival firm',
    );
  });

  it('leaves out a stretch that speaks of the figure, and a relative clause on no person', function () {
    // An adjective after the inner comma: the comparison is the figure's, not the source's.
    assert.equal(sourceOf('Donations reached $9 million, according to an analysis by Ledgerly, a fundraising website, higher than any year on record.'), 'an analysis by Ledgerly');
    assert.equal(sourceOf('The port lost $2 million, according to the port authority, an agency whose budget was cut.'), 'the port authority');
  });

  it('keeps the agent’s description after "reported by" that closes the sentence', function () {
    // Before: "Lena Vos".
    assert.equal(sourceOf('The mayor has not paid the fine, a fact first reported by Lena Vos, a reporter for the Harbour Gazette.'), 'Lena Vos, a reporter for the Harbour Gazette');
  });

  it('reads a role opened by a participle as a description', function () {
    // Before: "Ivo Petrov".
    assert.equal(sourceOf('“The deal will close by June,” said Ivo Petrov, managing director and shipping analyst at Keelstone.'), 'Ivo Petrov, managing director and shipping analyst at Keelstone');
  });

  it('keeps what dashes set off after the subject when it describes the speaker', function () {
    // Before: "Mayor Ruiz", "The three engineers", "Dockers", "Ana Moreau".
    assert.equal(
      sourceOf('On Friday, Mayor Ruiz — named by the council as its choice for the board — told reporters that the bridge would open.'),
      'Mayor Ruiz — named by the council as its choice for the board',
    );
    assert.equal(sourceOf('The three engineers - Ms. Vos, Mr. Berg and Ms. Okafor - agreed the cranes were unsafe.'), 'The three engineers - Ms. Vos, Mr. Berg and Ms. Okafor');
    assert.equal(sourceOf('Dockers — and some of their employers — say the strike will last.'), 'Dockers — and some of their employers');
    assert.equal(sourceOf('Ana Moreau — who has run the port authority since 2019 — said the cranes would be replaced.'), 'Ana Moreau — who has run the port authority since 2019');
  });

  it('leaves an occasion or an adverb’s aside between dashes out of the source', function () {
    assert.equal(sourceOf('Mayor Ruiz — after a long pause — said the bridge would open in May.'), 'Mayor Ruiz');
    assert.equal(sourceOf('Mayor Ruiz — one week after the vote — said the bridge would open in May.'), 'Mayor Ruiz');
    assert.equal(sourceOf('The minister — clearly angry — said the talks had failed.'), 'The minister');
  });
});
