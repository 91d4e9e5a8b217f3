/**
 * Issue 14, item 4 (QUALITY.md round 297): words read as a speaker's cue that mark no one's words
 * or view — a medium ("paid tribute on social media"), a plural noun with a relative clause
 * ("Rust Belt states that have suffered…"), a noun after a verb's preposition ("moves to Western
 * states this week that…"), a state after a linking verb ("feel terrible", "feel a greater sense
 * of safety"), a participle of circumstance ("with all precincts reporting", "leave it thinking")
 * and a noun in -ing ("the same Washington thinking that…"). Found on real news (PolNeAR, ECB+)
 * by reading the folders' rarer cues; every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { attributionAfterHeadline, sourceAfterHeadline as sourceOf } from '../support/attributionAfterHeadline.js';

const read = (sentence: string) => attributionAfterHeadline(sentence);

describe('attribution: words that are not a cue', function () {
  it('reads "on social media" as where something happened, not a statement', function () {
    // Before: source "Others" (a vague-source warning), cue "on social media".
    assert.equal(read('Others paid tribute on social media to the harbour pilot.'), undefined);
    assert.equal(read('The ferry captain talked openly on social media about the new timetable.'), undefined);
    // A verb of speech with it still reports.
    assert.equal(sourceOf('The mayor wrote on social media that the bridge would close.'), 'The mayor');
    assert.equal(sourceOf('In a social media post, the mayor said the bridge would close.'), 'the mayor');
  });

  it('reads a plural noun before a relative clause as a noun', function () {
    // Before: source "Rust Belt", "Most Southern", "the litmus-test"; cues "states", "questions".
    assert.equal(read('Voters went to the polls in Ohio and Michigan, Rust Belt states that have lost thousands of factory jobs.'), undefined);
    assert.equal(read('Most Southern states that will vote in March have large rural populations.'), undefined);
    assert.equal(read('The senators listed the litmus-test questions that would decide their votes.'), undefined);
    // A speaker's verb before "that" and its clause still reports; a gerund can open that clause.
    assert.equal(sourceOf('Harbourline states that all ferries will run on Sunday.'), 'Harbourline');
    assert.equal(sourceOf('The council claims that closing the pier saves money.'), 'The council');
    assert.equal(sourceOf('One in five say that won’t be true.'), 'One in five');
  });

  it('reads a noun after a verb and its preposition as that preposition’s object', function () {
    // Before: source "Western", cue "states".
    assert.equal(read('The race now moves to Western states this week that the senator is counting on.'), undefined);
    // A subject with its own prepositional phrase still speaks.
    assert.equal(sourceOf('Audit files from the port authority show that four accounts were opened.'), 'Audit files from the port authority');
  });

  it('reads a state after a linking verb as no view held', function () {
    // Before: sources "gonna", "they", "Republicans", "general-election voters"; cue "feel".
    assert.equal(read('You’re gonna feel terrible the next day if you eat the whole cake.'), undefined);
    assert.equal(read('Travelling together, the pilots feel a greater sense of safety.'), undefined);
    assert.equal(read('Councillors can campaign on the result and feel vindicated they voted against the bridge.'), undefined);
    assert.equal(read('The mayor is betting that voters feel so neglected that they will back her plan.'), undefined);
    // A clause after "feel" is still a view held; so is a state of mind with its clause.
    assert.equal(sourceOf('The ferry captain feels the timetable is unworkable.'), 'The ferry captain');
    assert.equal(sourceOf('The harbour pilots feel confident that the channel is safe.'), 'The harbour pilots');
  });

  it('reads a participle of circumstance as no speaker’s', function () {
    // Before: source "all precincts", "it", "the interview"; cues "reporting", "thinking".
    assert.equal(read('The mayor held a narrow lead, but even with all precincts reporting, the race stayed too close to call.'), undefined);
    assert.equal(read('You could leave the debate thinking that the mayor had no plan at all.'), undefined);
    // A speaker in such a phrase with their words after them still speaks.
    assert.equal(sourceOf('Councillors were irritated, with Councillor Ada Brooks calling the plan “a wish list.”'), 'Councillor Ada Brooks');
    assert.equal(sourceOf('The mayor has gained ground, with 30 percent of voters saying they trust her.'), '30 percent of voters');
  });

  it('reads a form in -ing after a noun, before a relative clause, as a noun', function () {
    // Before: source "the same Washington", cue "thinking".
    assert.equal(read('It is the same Westminster thinking that has ignored the harbour for decades.'), undefined);
  });
});
