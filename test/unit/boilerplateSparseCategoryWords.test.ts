/**
 * A category's single words are evidence only where they are dense (QUALITY.md round 416). A
 * feature written to "you" says "more", "like", "save" or "back" once in a long paragraph, and
 * those words made every paragraph look like furniture's: then none was the article's, and a
 * paragraph between them that advises to "sign up for" a course was flagged as a newsletter box.
 * Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { flaggedLineSet } from '../support/boilerplateFlags.js';

const HEADLINE = 'So you want to ride a motorcycle: a beginner’s guide to the first year';
const BODY = [
  'Riding is cheaper than driving in some ways and dearer in others, and the first thing you should know is that the bike itself is rarely the largest bill you will pay in your first year on the road.',
  'Insurance comes first. If you are over 25 and have a clean record, you can get a fair rate, though a sports bike will cost you a lot more to cover than a small commuter with a modest engine.',
  'At the very least you will need a helmet, which can run from 150 to 900 dollars, and a jacket and gloves, and if you want to save money, buy last season’s colours rather than the new ones.',
  'So where to start? The best thing you can do for yourself and for everyone else on the road is to sign up for a basic rider course, which usually runs over a weekend and costs about as much as a helmet.',
  'The course teaches you to brake, swerve and turn in a car park before you ever meet traffic, and in many states passing it counts as your riding test, so you will not have to go back for a second one.',
  'Once you have your licence, ride in daylight on quiet roads for a few weeks, and do not carry a passenger until the bike feels like part of you rather than something you are holding on to.',
];

describe('boilerplate: a category’s single words in long paragraphs', function () {
  it('keeps a paragraph of a column between two of its paragraphs though it says "sign up for"', function () {
    const lines = [HEADLINE, 'By Sam Rider', ...BODY, 'Share this article', 'Newsletter', 'Sign up for our weekly newsletter and get the best of the week in your inbox.'];
    const found = flaggedLineSet(lines);
    for (const line of BODY) assert.ok(!found.has(line), `flagged: ${line}`);
    assert.ok(found.has('Sign up for our weekly newsletter and get the best of the week in your inbox.'), 'the newsletter box is kept');
  });
});
