/**
 * Readers' comments whose heads the page prints as a name, a time and a vote count, under no
 * repeated marker (round 128): two comments of plain prose in a row read as the article resuming,
 * and every comment under them was kept. Each comment carries the same short lines again (the
 * vote count, the time), and while they come back the comments go on. Every text here is written
 * for the test.
 */
import assert from 'node:assert/strict';
import { assertFlagged, assertKept, flaggedLineSet } from '../support/boilerplateFlags.js';
import { FERRY_BODY as BODY, FERRY_HEADLINE as HEADLINE } from '../support/ferryTerminalArticle.js';

describe('boilerplate: comments that carry their heads again', function () {
  it('flags comments of two plain paragraphs while their vote counts and times come back', function () {
    const comments = [
      'About time the old pier was replaced, it has been falling apart for years.',
      'The council should have asked the ferry crews what they need before drawing up the plans.',
      'I hope the new terminal keeps the waiting room by the water.',
      'Eighteen months of building work next to our homes is a lot to ask.',
      'The parking was already hard to find before all this started.',
    ];
    const page = [
      HEADLINE,
      ...BODY,
      '[ 57 comments ]',
      'Top Rated Comments',
      'quayside_walker',
      '5 days ago',
      comments[0]!,
      'Rating: 41 points ( Up | Down )',
      'ferryfan88',
      '5 days ago',
      comments[1]!,
      comments[2]!,
      'Rating: 17 points ( Up | Down )',
      'north_quay_res',
      '4 days ago',
      comments[3]!,
      comments[4]!,
      'Rating: 9 points ( Up | Down )',
      'Read All Comments',
    ];
    const flagged = flaggedLineSet(page);
    assertFlagged(flagged, comments);
    assert.ok(!flagged.has(HEADLINE));
    assertKept(flagged, BODY);
  });

  it('lets the article resume under a comment link when only a line of its own evidence comes back', function () {
    // "Advertisement" is furniture by its own word, between the article's paragraphs: its
    // return says nothing of comments.
    const page = [
      HEADLINE,
      BODY[0]!,
      BODY[1]!,
      'Comments',
      'Advertisement',
      BODY[2]!,
      BODY[3]!,
      'Advertisement',
      BODY[4]!,
      'A public meeting on the plans will be held at the town hall next month, the council said.',
      'Advertisement',
    ];
    const flagged = flaggedLineSet(page);
    assertKept(flagged, BODY);
  });
});
