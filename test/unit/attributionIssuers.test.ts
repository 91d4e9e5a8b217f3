/**
 * Issue 14, item 4 (QUALITY.md round 151): who speaks through a text, and a speaker before a
 * time. Read on every attribution of PolNeAR `train`+`dev` and ECB+ 1–35: "In a statement
 * released Thursday, Rep. Hakeem Jeffries reacted to the news, saying: “…”" gave the source "a
 * statement" and warned that it named no one; so did "His office put out a statement saying…" and
 * "Trump fired back a response saying…". "One of the two mothers with Horton that day testified"
 * gave "day"; "said the 29-year-old on the eve of the Open" was called vague. Every text here is
 * written for the test.
 */
import assert from 'node:assert/strict';
import { attributionAfterHeadline, sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: who speaks through a text they issued', function () {
  it('names the clause’s subject after an opening “In a statement…” phrase', function () {
    assert.equal(sourceOf('In a statement released Thursday, Councillor Maeve Doyle reacted to the vote, saying: “The bridge is dead.”'), 'Councillor Maeve Doyle');
    assert.equal(sourceOf('In a statement announcing the pick, the Dockworkers Union called the mayor a “champion” of the port.'), 'the Dockworkers Union');
  });

  it('names whoever put the text out, not the text', function () {
    const data = attributionAfterHeadline('His office put out a statement saying the council cannot pay for the bridge.');
    assert.equal(data?.['source'], 'His office');
    assert.notEqual(data?.['sourceKind'], 'vague');
    assert.equal(sourceOf('Later that day, the mayor fired back a response saying she would not support the plan.'), 'the mayor');
    // An object pronoun between the verb and the text (round 155).
    assert.equal(sourceOf('Though she had left the board, Ana Ruiz sent me a letter praising the bridge.'), 'Ana Ruiz');
  });

  it('names whoever holds up a sign or makes statements (round 153)', function () {
    assert.equal(sourceOf('Lena Ruiz held up a sign saying “Ferries, not bridges.”'), 'Lena Ruiz');
    assert.equal(sourceOf('The mayor met with local reporters and made several statements affirming her support for the bridge.'), 'The mayor');
  });

  it('keeps the text as the source where nobody in the sentence issued it', function () {
    // Read out, not issued: the statement is not the clerk's words.
    assert.equal(sourceOf('The clerk read out a statement saying the mayor would resign.'), 'a statement');
    assert.equal(sourceOf('“This is a sad time for the harbour,” a statement read.'), 'a statement');
  });
});

describe('attribution: a speaker before a time', function () {
  it('names the phrase before “that day”, not the day', function () {
    assert.equal(sourceOf('One of the two dockers with Reilly that day testified that the crane had failed.'), 'One of the two dockers with Reilly');
    // A name that is also a word of time speaks: "Day said…".
    assert.equal(sourceOf('Day said the language in the platform is shrinking the party.'), 'Day');
  });

  it('reads “the 29-year-old” with the occasion after it as someone the story has named', function () {
    const data = attributionAfterHeadline('“I have goosebumps just thinking about this,” said the 29-year-old on the eve of the Harbour Open in Galway.');
    assert.equal(data?.['sourceKind'], 'named');
  });
});
