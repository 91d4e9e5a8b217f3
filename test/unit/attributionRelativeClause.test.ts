/**
 * Issue 14, item 4 (QUALITY.md round 36): the source is the whole noun phrase. When a relative
 * clause stands between the speaker and the verb ("executives who have worked with Lachlan
 * Murdoch say"), the speaker is the noun the clause describes, not the last noun of the clause.
 * Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { attributionAfterHeadline } from '../support/attributionAfterHeadline.js';

/** The attribution of the one sentence after a headline: its source and kind, or undefined. */
function attribution(sentence: string): { source: string; kind: string } | undefined {
  const data = attributionAfterHeadline(sentence);
  return data ? { source: String(data['source']), kind: String(data['sourceKind']) } : undefined;
}

describe('attribution: the whole phrase before the verb', function () {
  it('names the noun the clause describes, with the clause', function () {
    assert.equal(attribution('Engineers who have inspected the Calder viaduct say the bridge can carry trains again.')?.source, 'Engineers who have inspected the Calder viaduct');
    assert.equal(attribution('Residents who live near the harbour said the noise kept them awake.')?.source, 'Residents who live near the harbour');
    assert.equal(attribution('Critics who oppose the plan say it will cost too much.')?.source, 'Critics who oppose the plan');
    assert.equal(attribution('A 2019 survey that appeared in the Harwick Gazette found most drivers wanted the bridge.')?.source, 'A 2019 survey that appeared in the Harwick Gazette');
  });

  it("reads a clause that ends on its own verb as the subject's (round 243)", function () {
    // Before, none of these had a source: the verb right before "said" ended no noun phrase, and a
    // negation governing the clause's infinitive ("asked not to be named") was read as the cue's.
    assert.equal(attribution('Dockers who walked out said the talks had failed.')?.source, 'Dockers who walked out');
    assert.equal(attribution('A pilot who asked not to be identified said the runway lights were off.')?.source, 'A pilot who asked not to be identified');
    assert.equal(
      attribution('Two ferry workers who spoke at the meeting but declined to be named said they had not been paid.')?.source,
      'Two ferry workers who spoke at the meeting but declined to be named',
    );
    assert.equal(attribution('A nurse who works at the clinic and who did not want to be named said the wards were full.')?.source, 'A nurse who works at the clinic and who did not want to be named');
    // After a comma, framing what came before it.
    assert.equal(attribution('The crane was moved to the north quay, an engineer who was not authorised to be quoted said.')?.source, 'an engineer who was not authorised to be quoted');
    // A negation of the verb itself still holds: no statement.
    assert.equal(
      attribution('The harbour master declined to say when the quay would reopen.')?.source === 'The harbour master' &&
        attributionAfterHeadline('The harbour master declined to say when the quay would reopen.')?.['cue'] === 'say',
      false,
    );
  });

  it('reads the clause’s names as the clause’s, not as the speaker', function () {
    // Before, the source was "Mayor Ana Ruiz", a named person who said nothing.
    const found = attribution('Officials who met Mayor Ana Ruiz on Monday said the vote would be delayed.');
    // ("on Monday" tells when they spoke, not who: it stays out, as it does after any speaker.)
    assert.equal(found?.source, 'Officials who met Mayor Ana Ruiz');
    assert.notEqual(found?.kind, 'vague');
  });

  it('leaves alone what is not a relative clause', function () {
    // "that" opening a clause of its own; "said" inside the relative clause, its subject "who".
    // (Round 165: "The union made clear that…" now frames the sentence itself, so the clause of
    // its own opens after an adjective that reports nothing.)
    // (Round 335: what the relative clause says is the engineers', the phrase it describes — never
    // "who", nor the phrase with the clause, as a speaker of the sentence's own verb would be.)
    assert.equal(attribution('It was plain that the drivers said they would strike.')?.source, 'the drivers');
    assert.equal(attribution('Engineers who said he had ignored the warnings were not called.')?.source, 'Engineers');
  });

  it('keeps words that describe the noun together when "and" joins them', function () {
    // Before, the source was "Estavian unions": only the last part names something.
    assert.equal(attribution('Four local and Estavian unions said they would join the strike.')?.source, 'Four local and Estavian unions');
  });
});
