/**
 * Issue 14, item 4 (QUALITY.md round 150): a source is a phrase that can speak. Read on every
 * attribution of PolNeAR `train`+`dev` and ECB+ 1–35: the hover named "both" for "Bolton and
 * Gorka both denounced…", "The" for "The carefully choreographed speech came as…, underscoring",
 * "When" for "When asked whom she supported, Ms. Sherry smiled and said", "All" for "All told,
 * …", "Scott McGeary, an" for "…, says Scott McGeary, an IT professional", and "were held to"
 * (no one named) for "vigils were held to mark the week". Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { attributionAfterHeadline, sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: a source is a phrase that can speak', function () {
  it('names the subject a floating quantifier counts, not the quantifier', function () {
    assert.equal(sourceOf('Harbour master Ines Varga and union steward Tom Reilly both denounced the plan on Monday.'), 'Harbour master Ines Varga and union steward Tom Reilly');
    assert.equal(sourceOf('The mayor and the port director have both argued that the crane is unsafe.'), 'The mayor and the port director');
    assert.equal(sourceOf('Even as they all vowed to fight on, the dockworkers voted to end the strike.'), 'they');
    // A quantifier that is the subject itself stays: "To varying degrees, all agreed…".
    assert.equal(sourceOf('To varying degrees, all agreed that the crane plan would cost more than promised.'), 'all');
  });

  it('gives no source that is only an article, a subordinator or "there"', function () {
    assert.equal(sourceOf('The carefully staged speech came as some councillors renewed their opposition, underscoring divisions over the bridge.'), undefined);
    assert.equal(sourceOf('When asked whom she supported, Ms. Okafor smiled and said she was still undecided.'), 'Ms. Okafor');
    assert.equal(sourceOf('There have already been telling responses from the ferry operators.'), undefined);
    // "there" after the phrase it places speaks with it.
    assert.equal(sourceOf('A climber fell 600 metres to his death on the mountain, police there have said.'), 'police there');
  });

  it('reads "All told" as summing up, not as telling', function () {
    assert.equal(sourceOf('All told, the harbour board raised $4 million in February.'), undefined);
    assert.equal(sourceOf('All have denied that the crane was ever inspected.'), 'All');
  });

  it('drops the words a phrase cut short dangles, and runs over a title in quotation marks', function () {
    // (The name's phrase ends on a dangling ", an" where the tagger reads "IT" as a pronoun; the
    // description after the name is read from there.)
    assert.equal(sourceOf('“The bridge has really got me on board,” says Aidan Corr, an IT consultant from Galway.'), 'Aidan Corr, an IT consultant from Galway');
    assert.equal(sourceOf('The bridge would cost $38 million a year, according to the “Harbour for All” report the council released.'), 'the “Harbour for All” report');
    // An object pronoun ends its phrase whole.
    assert.equal(sourceOf('As she lay on the quay, a man standing next to her screamed, “Stop the crane!”'), 'a man standing next to her');
  });

  it('reads a passive "held to" before another verb as a purpose, not as an attribution', function () {
    assert.equal(attributionAfterHeadline('Candlelit vigils were held to mark a week since the collapse of the crane.'), undefined);
    assert.equal(attributionAfterHeadline('The contractor is held to be responsible for the collapse of the crane.')?.['sourceKind'], 'impersonal');
  });
});
