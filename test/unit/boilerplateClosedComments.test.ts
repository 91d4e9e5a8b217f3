/**
 * Readers' comments between the page's own markers (round 129): "27 Comments" under the page's
 * furniture, the comments, then "Show more comments". Comments of plain prose, two in a row, read
 * as the article resuming, and every comment below them was kept. A comment marker that closes
 * the section below says the lines between are readers'; the article above is never taken so,
 * nor an article that stands between a comment link under its headline and the comments' own
 * link at the foot of the page. And a thread whose heads each name their commenter ("Marilyn
 * says:", then the time) goes on while such a head, whatever its name, comes back, as does a
 * thread whose heads are dated ("March 4, 2024 at 9:12 am | Reply") whatever the month and
 * the half of the day. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { assertFlagged, assertKept, flaggedBoilerplate, flaggedLineSet } from '../support/boilerplateFlags.js';
import { FERRY_BODY as BODY, FERRY_HEADLINE as HEADLINE } from '../support/ferryTerminalArticle.js';

const COMMENTS = [
  'About time the old pier was replaced, it has been falling apart for years.',
  'The council should have asked the ferry crews what they need before drawing up the plans.',
  'I hope the new terminal keeps the waiting room by the water.',
  'Eighteen months of building work next to our homes is a lot to ask.',
  'The parking was already hard to find before all this started.',
  'Does anyone know whether the night crossing will run while the pier is closed?',
];

describe('boilerplate: a comment section the page closes with its own marker', function () {
  it('flags every comment between "27 Comments" and "Show more comments" below the article', function () {
    const page = [
      HEADLINE,
      ...BODY,
      'More about travel',
      'Island bus timetable changes from next week ►',
      'Five quiet beaches to visit this autumn ►',
      'Topics',
      '27 Comments',
      ...COMMENTS,
      'Show more comments',
    ];
    const flagged = flaggedLineSet(page);
    assertFlagged(flagged, COMMENTS);
    assert.ok(!flagged.has(HEADLINE));
    assertKept(flagged, BODY);
  });

  it('keeps an article that stands between a comment link under its headline and the comments below', function () {
    // (A teaser's blurb of running text above the page's menu is no paragraph of this story.)
    const page = [
      'Most read',
      'A bakery in the old town has won a national prize for its rye bread, beating more than two hundred entries from across the country in a blind tasting held last weekend.',
      'Home',
      'News',
      'Travel',
      'Comments (27)',
      HEADLINE,
      'By a staff reporter',
      ...BODY,
      'Load more comments',
    ];
    const flagged = flaggedLineSet(page);
    assertKept(flagged, BODY);
  });

  it("goes on while a commenter's head comes back under another name", function () {
    const heads = ['Marilyn says:', 'Robert says:', 'harbourside77 says:', 'Jean Paul says:'];
    const page = [
      HEADLINE,
      ...BODY,
      'Share this story',
      'Join the discussion',
      'Log in to post a comment',
      '14 Comments',
      heads[0]!,
      'March 4, 2024 at 9:12 am',
      COMMENTS[0]!,
      heads[1]!,
      'March 4, 2024 at 8:55 am',
      COMMENTS[1]!,
      COMMENTS[2]!,
      heads[2]!,
      'March 4, 2024 at 8:40 am',
      COMMENTS[3]!,
      heads[3]!,
      'March 4, 2024 at 8:31 am',
      COMMENTS[4]!,
    ];
    const flagged = flaggedLineSet(page);
    assertFlagged(flagged, [...heads, ...COMMENTS.slice(0, 5)]);
    assertKept(flagged, BODY);
  });

  it('reads heads dated in other months and halves of the day as one thread', function () {
    const heads = ['March 4, 2024 at 9:12 am | Reply', 'March 4, 2024 at 2:40 pm | Reply', 'April 19, 2024 at 7:05 am | Reply', 'June 2, 2024 at 11:58 pm | Reply'];
    const names = ['quayside_walker', 'Ferry Fan', 'North Quay', 'Ines'];
    const page = [HEADLINE, ...BODY, 'Leave a Reply', ...heads.flatMap((head, k) => [names[k]!, head, COMMENTS[k]!]), 'Leave a Comment', '© 2024 Harbour Weekly'];
    const flagged = flaggedLineSet(page);
    assertFlagged(flagged, COMMENTS.slice(1, 4));
    assertKept(flagged, BODY);
  });

  it('reads "N comments on “the post’s title”" as the comments’ heading, and a headline that reads alike as a headline', function () {
    const heading = `3 comments on “${HEADLINE}”`;
    const heads = ['March 4, 2024 at 9:12 am | Reply', 'March 4, 2024 at 2:40 pm | Reply', 'April 19, 2024 at 7:05 am | Reply'];
    const thread = heads.flatMap((head, k) => [['quayside_walker', 'Ferry Fan', 'North Quay'][k]!, head, COMMENTS[k]!]);
    const page = [HEADLINE, ...BODY, 'Share this post:', 'Previous', 'Next', heading, ...thread, COMMENTS[3]!];
    const found = flaggedBoilerplate(page);
    const flagged = new Set(found.map(({ line }) => line));
    assertFlagged(flagged, [heading, ...COMMENTS.slice(0, 4)]);
    assertKept(flagged, [HEADLINE, ...BODY]);
    // Labelled as the comments' heading, not as the menu above it.
    assert.equal(found.find(({ line }) => line === heading)?.code, 'boilerplate/comments');
    const lookalike = '5 Thoughts on Why the Council Backed the Ferry Terminal';
    assertKept(flaggedLineSet([lookalike, ...BODY]), [lookalike, ...BODY]);
  });
});
