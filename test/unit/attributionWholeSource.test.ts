/**
 * Issue 14, item 4 (QUALITY.md round 134): the source is the clause's whole subject and, after
 * an inverted verb, the speaker with the description the sentence gives them. The phrase read
 * back from the verb used to stop at a preposition it does not take or at a comma inside an
 * apposition ("the harbour", "refugees, and migration"), and a description was dropped whole
 * when a relative clause after it spoke again or opened a quotation. Every text here is written
 * for the test.
 */
import assert from 'node:assert/strict';
import { sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

describe('attribution: the clause’s whole subject is the source', function () {
  it('runs over a preposition the phrase does not take, back to the clause’s start', function () {
    // Before: "the harbour".
    assert.equal(sourceOf('Yet many officials on and off the harbour believe the cranes will stay idle.'), 'many officials on and off the harbour');
    // Before: "negotiations".
    assert.equal(sourceOf('But several people privy to negotiations say the union has accepted the offer.'), 'several people privy to negotiations');
  });

  it('takes a description ahead of the name, and a list inside a description', function () {
    // Before: "2021 review, Dana Morrell".
    assert.equal(sourceOf('One of the authors of that 2021 review, Dana Morrell, said the port had been warned.'), 'One of the authors of that 2021 review, Dana Morrell');
    // Before: "ports, and harbours", in both places the speaker may stand.
    assert.equal(sourceOf('Ana Moreau, deputy minister for transport, ports, and harbours, said the cranes were unsafe.'), 'Ana Moreau, deputy minister for transport, ports, and harbours');
    assert.equal(
      sourceOf('The strike “will not end this week,” Ana Moreau, deputy minister for transport, ports, and harbours, said on the call.'),
      'Ana Moreau, deputy minister for transport, ports, and harbours',
    );
  });

  it('runs past an opening subordinate clause, over a quoted name and a participle’s phrase', function () {
    // Before: "negotiations", "crowd", "control of the harbour", "Ruiz".
    assert.equal(sourceOf('But while the council backs the delay, several people privy to negotiations say the union has accepted.'), 'several people privy to negotiations');
    assert.equal(sourceOf('Some in the “Docks or Bust” crowd suggest the strike should go on.'), 'Some in the “Docks or Bust” crowd');
    assert.equal(sourceOf('Workers trying to regain control of the harbour in June say they have a new plan.'), 'Workers trying to regain control of the harbour');
    assert.equal(sourceOf('Everyone but Ruiz said the bridge should open in May.'), 'Everyone but Ruiz');
  });

  it('stops at a time, a clause of its own, a pronoun and an aside on the occasion', function () {
    assert.equal(sourceOf('The day after the vote, Mayor Ruiz said the bridge would open in May.'), 'Mayor Ruiz');
    assert.equal(sourceOf('Last week the mayor said the bridge would open in May.'), 'the mayor');
    assert.notEqual(sourceOf('This week officials on and off the docks say the strike will end.'), 'This week officials on and off the docks');
    assert.notEqual(sourceOf('Twelve hours into the strike officials on and off the docks said the cranes were idle.'), 'Twelve hours into the strike officials on and off the docks');
    assert.equal(sourceOf('Even as Mayor Ruiz said the bridge would open in May, the cranes stood idle.'), 'Mayor Ruiz');
    assert.equal(sourceOf('Ana Moreau, during a meeting in Brennick, Estavia, said the cranes were unsafe.'), 'Ana Moreau');
    // A comma the phrase read does not span, a "that" after a noun and a subject pronoun end the subject.
    assert.notEqual(sourceOf('The strike, workers on and off the docks say, will end on Monday.'), 'The strike, workers on and off the docks');
    assert.notEqual(sourceOf('The fear that workers on and off the docks say the strike will end is growing.'), 'The fear that workers on and off the docks');
    assert.equal(sourceOf('And online he has criticized the council for its silence.'), 'he');
  });
});

describe('attribution: an inverted speaker keeps the description up to the next clause', function () {
  it('ends the description before a relative clause in which the speaker speaks again', function () {
    // Before: "Ivo Petrov" alone, the description dropped for the "added" after it.
    assert.equal(sourceOf('“We are ready,” said Ivo Petrov, the union’s chief negotiator, who added that talks would resume on Monday.'), 'Ivo Petrov, the union’s chief negotiator');
  });

  it('ends the description before a relative clause that opens a quotation', function () {
    // Before: "Lena Vos" alone.
    assert.equal(sourceOf('“It was shameful,” said Lena Vos, 34, a crane driver at the port who waited in an “endless line” for her pay.'), 'Lena Vos, 34, a crane driver at the port');
  });

  it('leaves an aside on the occasion before the quotation out of the description', function () {
    assert.equal(sourceOf('“We lost,” said Lena Vos, a crane driver from Brennick, before the vote at the port, “and we will lose again.”'), 'Lena Vos, a crane driver from Brennick');
  });

  it('keeps a quoted title and a name given inside the description', function () {
    assert.equal(
      sourceOf('“The cranes are unsafe,” said Ivo Petrov, author of “Harbour’s Last Winter,” a history of the port.'),
      'Ivo Petrov, author of “Harbour’s Last Winter,” a history of the port',
    );
    assert.equal(sourceOf('“We will march,” said Lena Vos, organiser of a group called Dockers for Safety.'), 'Lena Vos, organiser of a group called Dockers for Safety');
  });
});

describe('attribution: a name, an aside and a verb are no inverted speech', function () {
  it('reads the verb after an aside as the opening phrase’s, not its object as a speaker', function () {
    // Before: sources "a hint of regret" and "their members better".
    assert.notEqual(sourceOf('The mayor’s remarks, first reported by the Harbour Courier on Tuesday, suggested a hint of regret about the strike.'), 'a hint of regret');
    assert.notEqual(sourceOf('Ivo Petrov, it turned out, knew their members better than they did.'), 'their members better');
    // A true inversion after a clause, or right after a bare phrase, stays one.
    assert.equal(sourceOf('The strike is over, said Ivo Petrov, the union chief.'), 'Ivo Petrov, the union chief');
    assert.equal(sourceOf('Costs at the port, said Ivo Petrov, will rise again this year.'), 'Ivo Petrov');
  });

  it('reads a quoted title in the opening name’s description as no quotation', function () {
    // Before: "Mayor Ruiz’s refusal", read as the one speaking after a closing mark.
    assert.equal(
      sourceOf('Lena Vos, host of the port radio’s “Morning Docks,” suggested Mayor Ruiz’s refusal to meet the union could end his career.'),
      'Lena Vos, host of the port radio’s “Morning Docks,”',
    );
  });
});

describe('attribution: a quantifier’s “of” leads to what it counts', function () {
  it('names the whole phrase after "by", "according to" and an inverted verb', function () {
    // Before: "some", the determiner alone.
    assert.equal(sourceOf('The mayor has been criticized by some of his rivals for failing to visit the port.'), 'some of his rivals');
    assert.equal(sourceOf('The strike will go on, according to some of the union leaders.'), 'some of the union leaders');
    assert.equal(sourceOf('“We will strike,” said several of the dockworkers at the gate.'), 'several of the dockworkers at the gate');
  });
});

describe('attribution: a verb that only tells when, or names', function () {
  it('takes no speaker from the verb that closes an opening clause of time', function () {
    // Before: "the talks", "those ballots", the clause of time's subject.
    assert.equal(sourceOf('When the talks concluded, the union said the strike would go on.'), 'the union');
    assert.equal(sourceOf('By the time those ballots concluded, many dockworkers said they would strike.'), 'many dockworkers');
    // The clause's own verb only: a later verb of the same stretch still reports.
    assert.equal(sourceOf('When she returned she began by saying, “The cranes are unsafe.”'), 'she');
    assert.equal(sourceOf('After Ruiz said the bridge would open, the crowd cheered.'), 'Ruiz');
  });

  it('reads "called the “…”" after a noun introduced by "a" as a name given', function () {
    // Before: "a website linked to a group", speaking by "called".
    // (With "read" the banner gives its words, round 144; "carried" gives none.)
    assert.equal(sourceOf('The banner carried “savetheport.org,” a website linked to a group called the “Harbour Friends Trust.”'), undefined);
    assert.equal(sourceOf('A judge called the Ruiz plan a disaster.'), 'A judge');
  });
});

describe('attribution: a subject the verb’s own checks cut short', function () {
  it('takes an infinitive that describes the subject’s noun', function () {
    // Before: no attribution (a phrase after a verb was read as that verb's object).
    assert.equal(sourceOf('The last councillor to vote against the toll says she will not run again.'), 'The last councillor to vote against the toll');
    // Not an infinitive inside a clause: "party rules" stays the object of "challenge".
    assert.equal(sourceOf('The plan would require dockers to challenge harbour rules that bind them to the port.'), undefined);
  });

  it('reads the name a relative clause with a quotation describes', function () {
    // Before: no attribution ("said she" after the closing mark read as inverted speech, and refused).
    assert.equal(sourceOf('Ana Ruiz, who calls the toll a “tax on the docks,” said she would vote against it.'), 'Ana Ruiz');
  });

  it('keeps a relative clause right after the speaker, with no comma, in the source (round 263)', function () {
    // Before: "an official", "the man", "a council official".
    assert.equal(sourceOf('The quay will close in May, said an official who was briefed on the plan.'), 'an official who was briefed on the plan');
    assert.equal(sourceOf('“It was awful,” said the man who built the harbour wall.'), 'the man who built the harbour wall');
    assert.equal(sourceOf('The quay will close in May, according to three officials who spoke to the Harbour Gazette.'), 'three officials who spoke to the Harbour Gazette');
    // It ends where the sentence's own verb follows a comma, not at a list's comma.
    assert.equal(sourceOf('Notably absent, according to councillors who spoke to reporters afterward, was any mention of the toll.'), 'councillors who spoke to reporters afterward');
    assert.equal(sourceOf('“It was close,” added Lund who follows the skippers Berg, Holm and Ruiz.'), 'Lund who follows the skippers Berg, Holm and Ruiz');
  });

  it('leaves out a relative clause on why the source goes unnamed (round 265)', function () {
    // A blind reader preferred the source without such a clause (12 of 12).
    assert.equal(sourceOf('The quay will close in May, said a harbour official who was not authorized to speak publicly.'), 'a harbour official');
    assert.equal(sourceOf('The quay will close in May, according to two pilots who spoke on condition of anonymity.'), 'two pilots');
    assert.equal(sourceOf('“It was awful,” said one of two witnesses who did not want to speak on the record.'), 'one of two witnesses');
  });

  it('keeps the description of a name that an opening "according to" sets off by commas (round 264)', function () {
    // Before: "Tom Berg".
    assert.equal(sourceOf('According to Tom Berg, the council’s transport chief, the bridge will open in May.'), 'Tom Berg, the council’s transport chief');
    // A list of sources is no description.
    assert.equal(sourceOf('According to the council, the mayor and her deputy, the bridge will open in May.'), 'the council, the mayor and her deputy');
  });
});
