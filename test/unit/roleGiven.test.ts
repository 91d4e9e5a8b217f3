/**
 * Issue 14, item 4 (QUALITY.md round 339): a role ("the president", "the spokeswoman") refers back
 * to a person the mention does not name by it only where the article gives them that role. Every
 * text here is written for the test.
 */
import assert from 'node:assert/strict';
import { anotherTitleBefore, roleGivenTo, withItsTitle } from '../../server/src/core/attribution/roleGiven.js';

const ARTICLE = [
  'Vice President Lars Berg opened the quay.',
  'Later, President Ada Vik spoke, and Ivo Petrov, the harbour master, agreed.',
  'Former President Mia Holm came too, as did Sen. Nils Dahl.',
  'The mayor’s spokeswoman, Kari Lund, said nothing; Tor Aas, 61, a pilot for the ferry line, left early.',
].join(' ');

describe('attribution: the role an article gives a person', function () {
  it('finds a title before the name, first names between, and a role in the apposition after it', function () {
    assert.equal(roleGivenTo(ARTICLE, 'president', 'Vik'), true);
    assert.equal(roleGivenTo(ARTICLE, 'harbour master', 'Petrov'), true);
    assert.equal(roleGivenTo(ARTICLE, 'spokeswoman', 'Lund'), true);
    assert.equal(roleGivenTo(ARTICLE, 'pilot', 'Aas'), true);
    assert.equal(roleGivenTo(ARTICLE, 'senator', 'Dahl'), true);
  });

  it('keeps a vice president and a former president apart from the president', function () {
    assert.equal(roleGivenTo(ARTICLE, 'president', 'Berg'), false);
    assert.equal(roleGivenTo(ARTICLE, 'vice president', 'Berg'), true);
    assert.equal(roleGivenTo(ARTICLE, 'president', 'Holm'), false);
    assert.equal(roleGivenTo(ARTICLE, 'former president', 'Holm'), true);
  });

  it('gives no role the article does not give', function () {
    assert.equal(roleGivenTo(ARTICLE, 'president', 'Petrov'), false);
    assert.equal(roleGivenTo(ARTICLE, 'spokeswoman', 'Aas'), false);
    assert.equal(roleGivenTo(ARTICLE, '', 'Vik'), false);
  });

  it('reads the title the source puts before its role', function () {
    assert.equal(withItsTitle('the former president', 'president'), 'former president');
    assert.equal(withItsTitle('the new president', 'president'), 'president');
    assert.equal(anotherTitleBefore('vice ', 'president'), true);
    assert.equal(anotherTitleBefore('vice ', 'vice president'), false);
  });
});
