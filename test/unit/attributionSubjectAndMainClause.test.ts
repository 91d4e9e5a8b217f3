/**
 * Who speaks when the subject is long or the sentence opens with another clause (round 234).
 * Found in PolNeAR `train`'s wrong sources: "Sen. Chuck Grassley, facing a spirited challenge in
 * Iowa, a swing state, said" gave "a spirited challenge in Iowa, a swing state"; "Several people
 * I've spoken with over the last couple of weeks said" gave "the last couple of weeks"; "Asked
 * if she believed Putin wanted…, Clinton said…" gave "she" of "believed". Every sentence here is
 * written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { attributionAfterHeadline } from '../support/attributionAfterHeadline.js';

const HEADLINE = 'Harbour board delays the vote on the new terminal';

const attributionOf = (sentence: string) => attributionAfterHeadline(sentence, HEADLINE) as { source?: string; cue?: string } | undefined;

describe('attribution: the subject before what describes it', function () {
  for (const [sentence, source] of [
    // A participle set off by commas, holding a phrase of its own.
    ['Councillor Mara Lindqvist, facing a close race in the northern district, a marginal seat, said she would back the terminal.', 'Councillor Mara Lindqvist'],
    // The same, its subject ending in a place written with a comma.
    [
      'Engineers familiar with the survey taken at the quay in Brennick, Maine, speaking on the condition of anonymity, said the piles were sound.',
      'Engineers familiar with the survey taken at the quay in Brennick, Maine',
    ],
    // A relative clause whose last phrase, a list of names, was read back from the verb.
    [
      "Many of the local board members who'd rather be working now on a general election campaign for Lindqvist or Moreau or Ben Halvorsen said they have rallied behind the plan.",
      "Many of the local board members who'd rather be working now on a general election campaign for Lindqvist or Moreau or Ben Halvorsen",
    ],
    // A relative clause without its pronoun.
    ['Several people I have spoken with over the last few days said the board had already chosen a builder.', 'Several people I have spoken with over the last few days'],
  ] as const) {
    it(`"${sentence.slice(0, 45)}…" is told by "${source.slice(0, 40)}"`, function () {
      assert.equal(attributionOf(sentence)?.source, source);
    });
  }

  it('keeps a pronoun that is its verb\'s whole subject ("Yahoo! News in a story that posted this week that he believes")', function () {
    // (The exclamation mark of a name ends a sentence for the splitter: the verb's clause is read
    // from "News".)
    const text = [HEADLINE, 'The mayor told Wow! News in a story that ran this week that he believes the vote will pass.'].join('\n\n');
    const sources = analyze(text)
      .annotations.filter((a) => a.kind === 'attribution')
      .map((a) => (a.data as { source?: string }).source ?? '');
    assert.ok(sources.length > 0 && sources.every((source) => !source.includes('story')), sources.join(' | '));
  });

  it('keeps a clause that says what a noun was ("the emphasis that only…") out of the subject', function () {
    const found = attributionOf("The chairman's repeated emphasis that only two berths were affected drew what several members called a misleading picture.");
    assert.ok(!found?.source?.startsWith("The chairman's repeated emphasis"), found?.source);
  });
});

describe('attribution: the main clause after an opening one', function () {
  for (const [sentence, source, cue] of [
    ['Asked if she believed the builder had underbid, Lindqvist said she would wait for the audit.', 'Lindqvist', 'said'],
    ['While the chairman has argued that the delay costs nothing, the ferry company said it had lost two contracts.', 'the ferry company', 'said'],
    ['While the mayor has pledged to support the terminal, the ferry company suggested that it would sue the board.', 'the ferry company', 'suggested'],
  ] as const) {
    it(`"${sentence.slice(0, 45)}…" is told by "${source}"`, function () {
      const found = attributionOf(sentence);
      assert.equal(found?.source, source);
      assert.equal(found?.cue, cue);
    });
  }

  it('keeps the opening clause\'s speaker when the main clause\'s subject is a pronoun ("While Comey said…, he said…")', function () {
    assert.equal(attributionOf('While Lindqvist said the audit was late, he said the builder would wait.')?.source, 'Lindqvist');
  });

  it('keeps the opening clause\'s speaker over a verb inside another clause ("…the state he calls a second home…")', function () {
    const found = attributionOf('Because early surveys indicated that the north ward favoured the plan, there is a sense that the port he calls a second home will vote for it.');
    assert.equal(found?.source, 'early surveys');
  });
});

describe('attribution: a first name read as a verb in an apposition (round 239)', function () {
  // ("…,'' the White House spokesman, Josh Earnest, said on Thursday.": "Josh" was read as a verb,
  // and the sentence had no source.)
  for (const [sentence, source] of [
    ['“We will look at every berth,” the harbour spokesman, Josh Varga, said on Thursday.', 'the harbour spokesman, Josh Varga'],
    ['The port’s spokeswoman, Hope Lindqvist, said on Monday that the audit would be published.', 'The port’s spokeswoman, Hope Lindqvist'],
  ] as const) {
    it(`"${sentence.slice(0, 45)}…" is told by "${source}"`, function () {
      assert.equal(attributionOf(sentence)?.source, source);
    });
  }
});

describe('attribution: "say" read as a noun after a quantifier (round 240)', function () {
  // ("Those over 60 say they feel that way by 2-1.": "say" was read as a noun, so "they feel" was
  // the report.)
  for (const [sentence, source] of [
    ['Those over 60 say they feel that way by two to one.', 'Those over 60'],
    ['Many say they will vote against the terminal.', 'Many'],
  ] as const) {
    it(`"${sentence}" is told by "${source}", cue "say"`, function () {
      const found = attributionOf(sentence);
      assert.equal(found?.source, source);
      assert.equal(found?.cue, 'say');
    });
  }

  it('keeps other nouns of speech nouns ("many promises he made")', function () {
    assert.notEqual(attributionOf('The mayor has broken many promises he made to the dock workers.')?.cue, 'promises');
  });
});

describe('attribution: a second verb joined by "and" after a participle\'s aside (round 241)', function () {
  // ("House Democrats, looking for a way to shake up the conversation on gun control, seized the
  // floor … and said they would refuse to leave": "said" found no subject, and "they … refuse"
  // was the report.)
  it('is told by the subject before the aside', function () {
    const found = attributionOf('The dock workers, angered by the delay, walked out on Monday and said they would stay out until the vote.');
    assert.equal(found?.source, 'The dock workers');
    assert.equal(found?.cue, 'said');
  });

  it('takes no time that opens the sentence for the subject ("One Sunday…, looking for a way out, the firm sat down and said")', function () {
    assert.notEqual(attributionOf('One Sunday in late 2001, looking for a way out, the firm sat down and said it would sell the berth.')?.source, 'One Sunday in late 2001');
  });
});

describe('attribution: what stands between a speaker and the verb (round 242)', function () {
  it('reads a gerund after a preposition as part of the description ("…, the frontrunner after winning the primaries, said")', function () {
    const found = attributionOf('“A very good plan,” Lindqvist, the council’s senior member and its leader by a wide margin after winning the spring vote, said on Monday.');
    assert.equal(found?.source, 'Lindqvist, the council’s senior member and its leader by a wide margin after winning the spring vote');
    assert.equal(found?.cue, 'said');
  });

  it('reads "called with" as a call made, nothing said ("…when Capellas … called with an enticing offer")', function () {
    assert.notEqual(attributionOf('The harbour master called with news of the strike.')?.cue, 'called');
  });

  it('leaves an aside that opens with "without" out of the speaker ("Clinton, without naming him, also accused Sanders")', function () {
    const found = attributionOf('Speaking at the quay, Lindqvist, without naming him, also accused the chairman of hiding the audit.');
    assert.equal(found?.source, 'Lindqvist');
    assert.equal(found?.cue, 'accused');
  });
});
