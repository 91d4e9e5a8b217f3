/**
 * Issue 14 (QUALITY.md round 41): "Vague source" only where the text names no one. Read on
 * PolNeAR, most of these flags fell on a transcript's "A:", on groups whose members the sentence
 * names, and on someone the article describes by age. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { vagueFindings as findings } from '../support/vagueFindings.js';

/** The kind of source the attribution of each paragraph names, under a headline. */
function sourceKinds(...paragraphs: string[]): unknown[] {
  const { annotations } = analyze(['Harbour bridge vote delayed', ...paragraphs].join('\n\n'));
  return paragraphs.map((_, i) => (annotations.find((a) => a.kind === 'attribution' && a.range.start.line === 2 * (i + 1))?.data as Record<string, unknown> | undefined)?.['sourceKind']);
}

describe('attribution: vague only where no one is named', function () {
  it("does not call a transcript's answer vague", function () {
    // Before: "Vague source: “A” names no one" on every sentence of the answer.
    const [, answer] = findings('Q: Will the bridge close this winter?', 'A: It will close for six weeks. The ferries will run every hour.');
    assert.deepEqual(answer, { source: 'A', vague: false });
  });

  it('does not call a group vague when the sentence names its members', function () {
    const [found] = findings('Several councillors, including Ana Ruiz and Tomas Berg, criticized the delay on Monday.');
    assert.equal(found?.vague, false);
  });

  it('does not call someone described by age vague', function () {
    // Before: "the 29-year-old" was a vague source.
    assert.deepEqual(findings('“I actually have goosebumps,” said the 29-year-old before the final.'), [{ source: 'the 29-year-old', vague: false }]);
  });

  it('does not call a plan or a forecast vague, though it is attributed to no one (round 147)', function () {
    // Before: "Impersonal attribution: “is expected to” names no one" — a blind reader rejected 5
    // of 6 such warnings: a court date, a report's timing, a season "supposed to" go well.
    assert.deepEqual(findings('The harbour pilot is expected to appear in court next Monday.', 'The new season was supposed to be a good one for the club.'), [
      { source: 'is expected to', vague: false },
      { source: 'was supposed to', vague: false },
    ]);
    // A belief held by no one named, and "It is expected that…", are still flagged.
    assert.deepEqual(
      findings('The suspect is believed to have fled to the coast.', 'It is expected that the bridge will stay shut until June.').map((f) => f.vague),
      [true, true],
    );
  });

  it('does not call a poll’s share of its respondents vague (round 148)', function () {
    // Before: "Some 62 percent" read "Some" as a vague quantifier ("some officials").
    const found = findings(
      'A poll for the harbour board asked 900 residents about the bridge.',
      'Some 62 percent of respondents said the delay was a mistake.',
      'A mere 9 percent said they would use the ferry instead.',
    );
    assert.deepEqual(
      found.slice(1).map((f) => f.vague),
      [false, false],
    );
    // An ordinal, a number that names a kind and a year keep the quantifier's sense: the sources
    // name no one. (Whether each is worth a warning is the vague-source model's to weigh, round
    // 288: a 911 caller who reported a fire is not.)
    assert.deepEqual(sourceKinds('A third source said the vote would be delayed.', 'A 911 caller said the bridge was shaking.', 'Some 2016 candidates said the bridge should close.'), [
      'vague',
      'vague',
      'vague',
    ]);
  });

  it('does not call a statement or a letter vague when the sentence names who issued it (round 149)', function () {
    // Before: "Vague source: “a statement” names no one" though the board is named.
    assert.deepEqual(
      findings(
        'The Lowmouth Harbour Board released a statement saying the bridge would reopen in June.',
        'Ana Ruiz, the board’s chair, sent a letter asking the council for a delay.',
        'The ferry captain read from a letter written by his daughter, Lena Ruiz, asking for calm.',
      ).map((f) => f.vague),
      [false, false, false],
    );
    // A text whose issuer the sentence does not name is still vague.
    assert.deepEqual(
      findings('A statement said the bridge would reopen in June.').map((f) => f.vague),
      [true],
    );
  });

  it('does not call “allegedly” vague in a story of a case, and does elsewhere (round 152)', function () {
    // Before: "Impersonal attribution: “allegedly” names no one" on 36 sentences of crime and
    // court stories: the hedge is the charges', which the story reports.
    const inCase = findings(
      'A driver has been arrested after a cyclist was injured on the harbour bridge on Friday night.',
      'The driver allegedly hit the cyclist near the toll booth and drove off.',
      'He is due to appear in court on Monday.',
    );
    assert.deepEqual(inCase[1], { source: 'allegedly', vague: false });
    // No charge, arrest, trial or suit in the story: an allegation from no one named.
    const gossip = findings('The ferry company has a new chief executive.', 'Allegedly, she was paid $3 million to move from the rail company.');
    assert.deepEqual(gossip[1], { source: 'Allegedly', vague: true });
  });

  it('reads a lone name that spells an occasion as a name, and "is hoping to" as no attribution (round 153)', function () {
    // Before: "Vague source: “Summit”" (a studio) and "Impersonal attribution: “is hoping to”".
    assert.deepEqual(findings('The film has no director yet, and Summit says no deal has been signed.')[0]?.vague, false);
    assert.deepEqual(findings('The harbour board is hoping to reopen the bridge in June.'), [{ vague: false }]);
    // A passive of belief still names no one.
    assert.deepEqual(findings('The bridge is thought to have cost $40 million.'), [{ source: 'is thought to', vague: true }]);
  });

  it('does not call a record or a script that speaks vague (round 154)', function () {
    // Before: "Vague source: “a federal judge”", "“a narrator”", "“a recording”".
    assert.deepEqual(
      findings(
        'The harbour master will remain in custody while the case proceeds, a federal judge ruled Monday.',
        '“It’s more of the same, but worse,” says a narrator in the council’s new advertisement.',
        'Calls to the ferry office were not answered, and a recording said the office was closed.',
      ).map((f) => f.vague),
      [false, false, false],
    );
    // Someone at the court who speaks off the record is a source to name.
    assert.deepEqual(findings('A court source said the trial would be delayed.'), [{ source: 'A court source', vague: true }]);
  });

  it('still calls an unnamed source and an unnamed group vague', function () {
    assert.deepEqual(findings('A source said the vote would be delayed again.'), [{ source: 'A source', vague: true }]);
    assert.equal(findings('Several councillors criticized the delay on Monday.')[0]?.vague, true);
  });
  it('calls a source the text declares unnamed anonymous, whatever body it serves (round 269)', function () {
    // Before: "officials familiar with the plan", "diplomats briefed on…", and officials who
    // asked not to be named were a group or a named source, with no warning at all, while
    // "people familiar with the matter" was vague.
    assert.deepEqual(
      findings(
        'Officials familiar with the plan said the bridge would cost £2bn.',
        'The deal was close, according to diplomats briefed on the negotiations.',
        'A harbour authority official, speaking on condition of anonymity, said the bridge would reopen in June.',
        'The ferry will stop in May, said a council spokeswoman who asked not to be named.',
        'A port official, who requested anonymity, said the ferries would stop.',
      ),
      [
        { source: 'Officials familiar with the plan', vague: true },
        { source: 'diplomats briefed on the negotiations', vague: true },
        { source: 'A harbour authority official', vague: true },
        { source: 'a council spokeswoman', vague: true },
        { source: 'A port official, who requested anonymity', vague: true },
      ],
    );
    const { annotations } = analyze('Harbour bridge vote delayed\n\nOfficials familiar with the plan said the bridge would cost £2bn.');
    assert.equal(annotations.find((a) => a.kind === 'vague-attribution')?.message, 'Anonymous source: “Officials familiar with the plan” goes unnamed; a reader cannot check who said it.');
  });

  it('does not warn of an anonymous official when the story says why they go unnamed (round 285)', function () {
    // Before: each was "Anonymous source: … goes unnamed". A blind reader of the 32 such warnings
    // on the real folders rejected every one whose story gives a reason (15 of 15), as newsroom
    // rules on anonymous sources ask, and queried the wish to talk and the bare "source".
    assert.deepEqual(
      findings(
        'A harbour authority official, who requested anonymity to discuss a private meeting, said the bridge would reopen in June.',
        'The ferry will stop in May, said a council official who was not authorized to speak publicly.',
        'A port official, speaking on condition of anonymity because of the sensitive talks, said the ferries would stop.',
      ).map((f) => f.vague),
      [false, false, false],
    );
    assert.deepEqual(
      findings(
        'A port official, who requested anonymity, said the ferries would stop.',
        '“The vote is coming,” said a council strategist, speaking on condition of anonymity to speak candidly.',
        'One source, who spoke on condition of anonymity because of the sensitive talks, said the ferries would stop.',
        'A harbour official who spoke on condition of anonymity to the Tide Gazette said the bridge would cost more.',
      ).map((f) => f.vague),
      [true, true, true, true],
    );
  });

  it('does not call a surname vague when it also spells a time, once the article gives the name in full (round 289)', function () {
    // Before: "Vague source: “Day” names no one", and a later "she" stood for an outlet.
    assert.deepEqual(findings('Sarah Day, the harbour master, said the bridge was unsafe.', 'Day said the ferry would stop in May.')[1], { source: 'Day', vague: false });
    // With no full name in the article, the word alone still names no one.
    assert.deepEqual(findings('Day said the ferry would stop in May.')[0], { source: 'Day', vague: true });
  });

  it('does not call a named speaker anonymous for what the description says, nor a figure "close to" (round 269)', function () {
    assert.deepEqual(
      findings(
        'Edward Lind, a former mayor who is close to the council leader, said the vote would pass.',
        'Port officials said the repairs would cost close to £300,000.',
        'The mayor, Ana Ruiz, said the harbour would reopen, adding that an unnamed contractor had been paid.',
      ).map((f) => f.vague),
      [false, false, false],
    );
  });
  it('warns of experts at the head of a sentence as it does inside one (round 274)', function () {
    // Before: "Security experts say…" was a named source (the tagger reads a sentence's
    // capitalised first word as a name), while "…, security experts say, …" was vague.
    const [, opening, inside] = findings('Harbour security was tightened in May.', 'Security experts say the bridge cables are sound.', 'The cables, security experts say, are sound.');
    assert.deepEqual(
      [opening, inside],
      [
        { source: 'Security experts', vague: true },
        { source: 'security experts', vague: true },
      ],
    );
    // A name the article never writes small stays a name: "Ruiz aides" speak for Ruiz.
    assert.deepEqual(findings('Ruiz aides say the bridge cables are sound.'), [{ source: 'Ruiz aides', vague: false }]);
  });
});
