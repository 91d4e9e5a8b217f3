/**
 * Issue 13, round 33: a long paragraph of the article that holds a furniture phrase and speaks
 * to "you" ("When you sign up for …") is the writer's when it stands between two of the
 * article's paragraphs; a short pitch there is still the site's. Every text here is our own.
 */
import assert from 'node:assert/strict';
import { flaggedLineSet } from '../support/boilerplateFlags.js';

const OPENING = [
  'What the loyalty card knows about you',
  'I have never carried a supermarket loyalty card, but the supermarkets still know a good deal about what I buy, and so do the companies they sell their data to.',
  'The cards are sold to shoppers as a way to save a few pence on each visit; to the chains they are a record of every basket, tied to a name and an address.',
  'Ways the data travels',
];
const VOICED =
  'When you sign up for a card, the form asks you for your address, your date of birth and the number of people in your household, and the small print lets the chain share what it learns with its partners.';
const CLOSING = [
  'Those partners include insurers and credit agencies, which can buy summaries of what a household eats and drinks and how often it shops late at night.',
  'The chains say the summaries never name anyone, but researchers have shown that a few purchases on a few dates are enough to pick out most shoppers.',
  'Until the rules change, the only sure way to keep a basket private is to pay in cash and leave the card at home.',
];

describe('round 33: a paragraph that speaks to "you" between two of the article’s', function () {
  it('keeps it, whatever furniture phrase it holds', function () {
    const lines = [...OPENING, VOICED, ...CLOSING];
    const got = flaggedLineSet(lines);
    assert.ok(!got.has(VOICED), 'the paragraph is flagged');
    assert.deepEqual([...got], []);
  });

  it('still flags a short pitch to the reader there', function () {
    const pitch = 'Sign up for our weekly newsletter and get our best stories in your inbox.';
    const got = flaggedLineSet([...OPENING, VOICED, pitch, ...CLOSING]);
    assert.ok(got.has(pitch), 'the pitch is kept');
  });

  it('still flags a comment policy in the site’s own voice after the article', function () {
    const policy = [
      'Why have we limited commenting on our stories to subscribers?',
      'We know that thousands of our readers like to debate and argue with each other under our stories, and we think we have the best informed readers anywhere, asking each other the big questions.',
      'Sadly, the debates are being spoiled by a small number of commenters who are not interested in the issues, sign up under false names, post abuse and drive other readers away from the debates they came for.',
      'That is why we have decided that only readers who pay for our journalism will be able to take part, so anyone who wants to spread abuse will have to pay first and risks a lifelong ban.',
    ];
    const got = flaggedLineSet([...OPENING, ...CLOSING, ...policy]);
    for (const line of policy.slice(1)) assert.ok(got.has(line), `policy paragraph kept: ${line}`);
  });
});
