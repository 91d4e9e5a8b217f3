/**
 * Issue 14, item 4 (QUALITY.md round 139): a word of a person's name that the tagger reads as a
 * verb ("Hope", "Don", "Ted", "Lynch") cut the speaker's name, stood as the clause's verb or was
 * taken for the cue, and a later "he" or "she" then stood for half a name ("Texas Sen."). And a
 * pronoun stood for the wrong person where a role was named in its own apposition, or a role
 * matched anyone with another title. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { attributionAfterHeadline, sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

const HEADLINE = 'Council approves harbour bridge plan';

/** Each attribution's source and the name it stands for, by the opening words of its sentence's line. */
function speakers(paragraphs: string[]): { line: string; source: string; resolved?: string }[] {
  const text = [HEADLINE, ...paragraphs].join('\n\n');
  const lines = text.split('\n');
  return analyze(text)
    .annotations.filter((a) => a.kind === 'attribution')
    .map((a) => ({
      line: lines[a.range.start.line]!.slice(a.range.start.character, a.range.start.character + 24),
      source: String(a.data['source']),
      ...(a.data['resolvedSource'] === undefined ? {} : { resolved: String(a.data['resolvedSource']) }),
    }));
}

describe('attribution: a name the tagger reads as a verb', function () {
  it('keeps the whole name as the speaker, and the verb after it as the cue', function () {
    // Before: source "Port spokeswoman", cue "Hope".
    const data = attributionAfterHeadline('Port spokeswoman Hope Varga confirmed that the cranes were idle.');
    assert.equal(data?.['source'], 'Port spokeswoman Hope Varga');
    assert.equal(data?.['cue'], 'confirmed');
    // Before: no attribution (the bracket after "Lynch" was no name's).
    assert.equal(sourceOf('However, Rep. Mara Lynch (D-Maine) said the plan was flawed.'), 'Rep. Mara Lynch (D-Maine)');
    // Before: "Ines Soto, a spokeswoman" (the tagger's "for" opened a clause before "Ted").
    assert.equal(sourceOf('“We will not sign,” said Ines Soto, a spokeswoman for Ted Okafor.'), 'Ines Soto, a spokeswoman for Ted Okafor');
  });

  it('gives a later pronoun the whole name', function () {
    // Before: "Harbour Sen.", "Attorney General Mara".
    assert.deepEqual(speakers(['Harbour Sen. Ted Okafor is standing by the plan. He said the bridge would open in May.']).at(-1), {
      line: 'He said the bridge would',
      source: 'He',
      resolved: 'Harbour Sen. Ted Okafor',
    });
    const told = speakers(['Attorney General Mara Lynch is reviewing the contract. She told the Gazette on Monday that the review was routine.']).at(-1);
    assert.equal(told?.resolved, 'Attorney General Mara Lynch');
    // A body named before the person's name does not make it a body's: before, unresolved.
    assert.equal(speakers(['Harbour Authority spokesman Josh Varga said the vote was final.', 'He said the bridge would open in May.']).at(-1)?.resolved, 'Harbour Authority spokesman Josh Varga');
    // One named after it is the head: a campaign office is no spokesman.
    assert.equal(speakers(['The Ana Ruiz campaign office said the vote was final.', 'The spokesman said the bridge would open in May.']).at(-1)?.resolved, undefined);
  });

  it('leaves a line in title case and a body’s name as they were', function () {
    // In title case every verb is capitalised: "Asked" is the cue.
    const subhead = speakers(['Dock workers met the mayor on Monday.', 'Ines Soto Asked Dockers Everywhere To “Hold The Line.”']).find((s) => s.line.startsWith('Ines Soto Asked'));
    assert.equal(subhead?.source, 'Ines Soto');
    // After "to", a capitalised verb is an infinitive in a body's name.
    assert.equal(
      sourceOf('“We will march,” said Tom Berg, a leader of the Coalition to Stop Tolls and March on the Bridge.'),
      'Tom Berg, a leader of the Coalition to Stop Tolls and March on the Bridge',
    );
  });
});

describe('attribution: a role resolves only to someone it can be', function () {
  it('does not resolve a role named in its own apposition', function () {
    // Before: "The director of the Harbour Trust, Ines Soto — Tom Berg".
    const found = speakers(['“The tender was open,” said Tom Berg, a trust employee.', 'The director of the Harbour Trust, Ines Soto, told the Gazette her group never met the bidders.']);
    const director = found.find((s) => s.line.startsWith('The director'));
    assert.equal(director?.source, 'The director of the Harbour Trust, Ines Soto');
    assert.equal(director?.resolved, undefined);
  });

  it('does not give a role to a person with another title', function () {
    // Before: "The president — Minority Leader Ana Ruiz".
    const found = speakers(['Minority Leader Ana Ruiz told reporters the vote would wait.', 'The president said the bridge would open in May.']);
    assert.equal(found.at(-1)?.source, 'The president');
    assert.equal(found.at(-1)?.resolved, undefined);
    // The role a mention carries still resolves: "the mayor" is Mayor Ana Ruiz.
    assert.equal(speakers(['Mayor Ana Ruiz visited the dock on Monday.', 'The mayor said the bridge would open in May.']).at(-1)?.resolved, 'Mayor Ana Ruiz');
  });
});

describe('attribution: a verb of speech the tagger reads as a noun', function () {
  it('speaks after a name, before a clause or as the sentence’s last words', function () {
    // Before: no attribution in each ("notes", "reports" read as plural nouns).
    assert.equal(sourceOf('“The toll is a tax on the docks,” Varga notes.'), 'Varga');
    assert.equal(sourceOf('Dockers, Varga notes, have lost 300 jobs since May.'), 'Varga');
    assert.equal(sourceOf('Tom Berg, a harbour consultant, notes that 20 percent of the cargo is lost.'), 'Tom Berg, a harbour consultant');
    assert.equal(sourceOf('The ferry will stop running in May, the Harbour Gazette reports.'), 'the Harbour Gazette');
  });

  it('stays a noun after a phrase it does not close, and as "states"', function () {
    assert.equal(sourceOf('Rust Belt states Indiana, Ohio and Michigan voted against the toll.'), undefined);
    assert.equal(sourceOf('“I would choose the bridge,” said Ana Ruiz, who has drawn attention for her Islamophobic remarks.'), 'Ana Ruiz, who has drawn attention for her Islamophobic remarks');
  });

  it('reads a verb-like surname that opens the sentence before an aside as the speaker (round 537)', function () {
    // Before: "Felt" stayed a verb, and "said" found no subject past the aside.
    assert.equal(sourceOf('Felt, an associate director at the port authority, said he was unhappy with the bridge plan.'), 'Felt, an associate director at the port authority');
    assert.equal(sourceOf('Blunt, after a long pause, said the ferries would stay.'), 'Blunt');
  });
});
