/**
 * Issue 14, items 2–4 (QUALITY.md round 56): forms of real political news the cue finder missed
 * whole — an aside or an opening circumstance around a described speaker, a relative clause of
 * speech after a name, a comma between a verb and its quotation, a misprinted closing mark.
 * Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { attributionAfterHeadline, sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: asides and circumstances around the speaker', function () {
  it('finds a described speaker after an opening circumstance', function () {
    // Before: no attribution at all — "Means" read as a verb ended the apposition.
    assert.equal(
      sourceOf('And on Tuesday, Mara Lind, chairman of the Harbour Ways and Means Committee, said that the council might delay the vote.'),
      'Mara Lind, chairman of the Harbour Ways and Means Committee',
    );
    assert.equal(sourceOf('In Calder, the harbour master said the bridge would open in May.'), 'the harbour master');
  });

  it('names the speaker, not the aside, when one stands before the verb', function () {
    assert.equal(sourceOf('Councillor Ivo Petrov, when asked about the delay, said the bridge would open in May.'), 'Councillor Ivo Petrov');
    assert.equal(sourceOf('Dana Morrell, also speaking at the harbour, said the tolls would rise.'), 'Dana Morrell');
    // Before: "Dana Morrell, meanwhile" — the adverb read as a description.
    assert.equal(sourceOf('Dana Morrell, meanwhile, said the tolls would rise.'), 'Dana Morrell');
    // (Round 172: an aside on the occasion whatever the tagger makes of its words — "press" read
    // as a verb — and a participle phrase closed by a quotation.)
    assert.equal(sourceOf('Mayor Ana Ruiz, at a later press gaggle, said the bridge would open in May.'), 'Mayor Ana Ruiz');
    assert.equal(sourceOf('Ivo Petrov, citing “the spirit of the harbour,” said the tolls would stay.'), 'Ivo Petrov');
    // (Not a phrase an opening preposition governs, before a surname the tagger reads as a verb.)
    assert.equal(sourceOf('In early 1970, while waiting in the hall of the council, Felt chanced to meet a pilot.'), undefined);
  });

  it('leaves out an adverbial set off by commas and reads the subject past dashes (round 246)', function () {
    // Before: "Pilots, for example", the adverbial in the source.
    assert.equal(sourceOf('Pilots, for example, said the toll was fair.'), 'Pilots');
    // Before: "its tolls, for instance", the relative clause's object.
    assert.equal(
      sourceOf('The judges who ruled that the port could not raise its tolls, for instance, said the problem was not the toll.'),
      'The judges who ruled that the port could not raise its tolls',
    );
    // The name a description follows still speaks.
    assert.equal(sourceOf('Brian Lund, the chairman of the Nordby County party in Maine, for example, said the toll hurt the cause.'), 'Brian Lund, the chairman of the Nordby County party in Maine');
    // Before: "the four ports", the last phrase before the dashes.
    // (Round 408: and the others the dashes add, who speak too.)
    assert.equal(
      sourceOf('Three-in-five pilots across the four ports — and two-thirds of crews in Nordby — said the toll was fair.'),
      'Three-in-five pilots across the four ports — and two-thirds of crews in Nordby',
    );
    // The cue shows without the commas' words.
    const found = attributionAfterHeadline('The harbour board, in turn, warned that the quay would close.');
    assert.deepEqual([found?.['source'], found?.['cue']], ['The harbour board', 'warned']);
  });

  it('names the speaker after a comma, not the object of a participle before it (round 256)', function () {
    // Before: "Ohio in the primary, Gov. Ana Lund (R-ME)".
    assert.equal(sourceOf('On Tuesday in Berea, after winning Ohio in the primary, Gov. Ana Lund (R-ME), said, “I am ready to rent a wagon.”'), 'Gov. Ana Lund (R-ME)');
  });

  it('credits a relative clause of speech to the name it describes', function () {
    assert.equal(sourceOf('The plan was drafted with help from Harbour Commissioner Lena Vos, who said she expects work to begin in June.'), 'Harbour Commissioner Lena Vos');
    // The object of the last preposition, not the whole phrase before the clause.
    assert.equal(sourceOf('The plan won the backing of former mayor Tomas Berg, who told reporters it would pay for itself.'), 'former mayor Tomas Berg');
    // A year between the pronoun and the verb; before: "2010".
    // (Round 170: the apposition is read with the name it describes.)
    assert.equal(sourceOf('The mayor has long feuded with Lena Vos, the council leader, who in 2010 said the bridge was unsafe.'), 'Lena Vos, the council leader');
  });

  it('keeps a phrase whole when its own head names someone', function () {
    assert.equal(
      sourceOf('The tolls were criticised by Ana Ruiz, the leader of the opposition in Calder, who argued that drivers would pay twice.'),
      'Ana Ruiz, the leader of the opposition in Calder',
    );
  });

  it('finds the main clause’s speaker past an opening clause, after "and"', function () {
    // A comma before the quotation made "joked" a cue; its subject is not the opening clause's.
    assert.equal(sourceOf('As the crowd began to cheer, Mayor Ruiz stepped onto the stage and joked, “The bridge is finally ours.”'), 'Mayor Ruiz');
    // (Round 173: a comma and "then" join predicates as "and" does.)
    assert.equal(sourceOf('Mayor Ruiz paused for a moment, then said the bridge would open in May.'), 'Mayor Ruiz');
    // (Not a participle after a quotation: ", then saying" is no predicate of the quoted words.)
    assert.notEqual(sourceOf('“Something hit the railing”, then saying “hold the ferry”, while the captain told them to wait.'), 'Something');
    // (Round 171: past an opening participle phrase too.)
    assert.equal(sourceOf('Asked on Monday whether the bridge would open this year, Mayor Ruiz shook her head and said, “Not this year.”'), 'Mayor Ruiz');
  });

  it('never names the object pronoun of "those around him" alone', function () {
    // Before: the source was "him".
    assert.equal(sourceOf('While the mayor is in good health, those around him acknowledge that a third term would be hard.'), 'those around him');
  });

  it('leaves a relative clause alone when nothing said follows its verb', function () {
    assert.equal(sourceOf('The council gave the contract to Ivo Petrov, who added to his list of harbour projects.'), undefined);
  });

  it('reads a verb with a comma before its quotation as a verb of speech', function () {
    assert.equal(sourceOf('She continued, “We will not close the bridge while I am mayor.”'), 'She');
    // Not the quotation of an opening clause: the main clause's speaker.
    assert.equal(sourceOf('When someone in the crowd shouted, “Stop,” the mayor replied, “We will not.”'), 'the mayor');
  });

  it('reads an opening mark set against the word before it as a closing one', function () {
    assert.equal(sourceOf('“It is unusual,“ said Tomas Berg, an engineer with the port authority.'), 'Tomas Berg, an engineer with the port authority');
  });

  it('reads an opening mark run into the verb after it as a closing one (round 158)', function () {
    // Before: the paragraph read as one open quotation, carried to the speaker above it.
    const { annotations } = analyze(
      ['Harbour bridge vote delayed', 'Many older dockers said they are sympathetic.', '“I feel sorry for the young, “said Lena Vos, a crane driver.', '“They have little to look forward to.”'].join(
        '\n\n',
      ),
    );
    const sources = [4, 6].map((line) => (annotations.find((a) => a.kind === 'attribution' && a.range.start.line === line)?.data as Readonly<Record<string, unknown>> | undefined)?.['source']);
    assert.deepEqual(sources, ['Lena Vos, a crane driver', 'Lena Vos, a crane driver']);
    // An opening mark after "said," still opens, whatever the word after it.
    assert.equal(sourceOf('The mayor said, “we will win this fight.”'), 'The mayor');
  });

  it('reads a short quoted title as part of the speaker’s description', function () {
    assert.equal(
      sourceOf('Lena Vos, the host of the radio show “Harbour Hour,” who once ran for mayor, said the tolls would rise.'),
      'Lena Vos, the host of the radio show “Harbour Hour,” who once ran for mayor',
    );
  });

  it('finds the speaker past a participle phrase in an irregular form', function () {
    // Before: "her", the hearer.
    assert.equal(sourceOf('Petrov, struck by the vote, told her she should run again.'), 'Petrov');
  });

  it('never takes a day for the speaker', function () {
    // Before: "Asked" read as an inverted verb, "Tuesday" as the one who asked.
    assert.equal(sourceOf('Asked Tuesday about the bridge, Petrov said he knew nothing of the delay.'), 'Petrov');
  });

  it('passes over a two-word adverbial between the speaker and the verb', function () {
    assert.equal(sourceOf('Engineers have in particular noted the cost of the new cables.'), 'Engineers');
  });

  it('keeps a relative clause that ends in an object pronoun with the phrase it describes', function () {
    assert.equal(sourceOf('The ex-wife of the mayor who filed complaints against him blames the council for the delay.'), 'The ex-wife of the mayor who filed complaints against him');
    assert.equal(sourceOf('The charges against Petrov allege he hid the cost of the cables.'), 'The charges against Petrov');
  });

  it('does not read the first of a list after "But" as an opening circumstance', function () {
    assert.equal(sourceOf('But the families, supporters and officials said the bridge was safe.'), 'the families, supporters and officials');
  });

  it('credits a quotation to the verb after its closing mark, not to an "I" inside it', function () {
    const { annotations } = analyze('Council approves harbour bridge plan\n\n“We checked every cable twice.\n\nI have heard the figure of two million, but I do not know for sure,” Petrov said.\n');
    const found = annotations.find((a) => a.kind === 'attribution' && a.range.start.line === 4);
    // Before: "I", the cue "have heard".
    assert.equal((found?.data as Readonly<Record<string, unknown>> | undefined)?.['source'], 'Petrov');
  });

  it('reads a plan told in the narrative past as the story’s fact, not a position', function () {
    // Before: "Rait" and "Horton" were sources of a stance.
    assert.equal(sourceOf('Rait had planned to spend four days ski touring with his brother.'), undefined);
    assert.equal(sourceOf('Horton was planning to marry her boyfriend in the spring.'), undefined);
    // A plan stated now is still a position.
    assert.equal(sourceOf('Senator Ruiz wants to cut the harbour tolls.'), 'Senator Ruiz');
  });

  it('reads "added" with a figure as a tally, and still as speech where something said follows', function () {
    // Before: "Petrov added 101 yards…" was attributed to Petrov.
    assert.equal(sourceOf('Ivo Petrov added 101 yards on the ground for the Harriers.'), undefined);
    assert.equal(sourceOf('Lena Vos scored 14 points, adding six rebounds.'), undefined);
    assert.equal(sourceOf('The bridge was later reopened to traffic, he added.'), 'he');
    assert.equal(sourceOf('Petrov added that the bridge would reopen in May.'), 'Petrov');
  });

  it('reads finding oneself somewhere as no report, and describing oneself as one', function () {
    assert.equal(sourceOf('Petrov found himself sprawled on the harbour wall after the storm.'), undefined);
    assert.equal(sourceOf('Petrov describes himself as a cautious engineer.'), 'Petrov');
  });

  it('never takes a bracketed label, a naming participle or "an earlier report" for a speaker', function () {
    assert.equal(sourceOf('The skipper radioed a message at around 11 am (IST) saying that the engine had failed.'), undefined);
    assert.equal(sourceOf('In an earlier report, the Calder Gazette reported that the bridge was unsafe.'), 'the Calder Gazette');
    assert.equal(sourceOf('She starred again in a film called The Harbour Lights.'), undefined);
  });

  it('credits verbs joined in a relative clause to the person it describes', function () {
    // Before: "Firemen", the subject of the main clause.
    assert.equal(sourceOf('Firemen had to restrain a distraught woman outside the bank, who wept and cried “my child, my child.”'), 'a distraught woman');
  });

  it('passes over "in the past" between the speaker and the verb', function () {
    assert.equal(sourceOf('His close allies have in the past said he would not run again.'), 'His close allies');
  });
  it('keeps the name that opens an age and a home town before a relative clause (round 290)', function () {
    // Before: "N.C., who was among those polled" and "30, who…" were the sources.
    assert.equal(sourceOf('“The tolls scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.'), 'Harry Bond, 30, of Raleigh, N.C., who was among those polled');
    assert.equal(sourceOf('“The tolls scare me,” Harry Bond, 30, who was among those polled, said in an interview.'), 'Harry Bond, 30, who was among those polled');
    // A list of names before the relative clause stays as it was read.
    assert.equal(sourceOf('The vote went to Anna Ruiz, Tom Berg and Lee Park, who said the bridge was unsafe.'), 'Anna Ruiz, Tom Berg and Lee Park');
  });
});
