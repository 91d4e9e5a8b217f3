/**
 * A page whose story is one paragraph under a menu (QUALITY.md round 415): a region a menu's last
 * label opened ran on to the end of the page, since the story never shows the second paragraph at
 * which a region ends, and the page kept nothing of the story but its menu of teasers. Every text
 * here is written for the test.
 */
import assert from 'node:assert/strict';
import { flaggedLineSet } from '../support/boilerplateFlags.js';

const TEASERS = [
  'This Man Built A Boat Out Of Bottles And Sailed It Across The Bay.',
  'The Tiny Details In These Sandcastles Will Blow Your Mind.',
  'You Will Never Guess What This Baker Hid Inside His Cakes.',
  'Thirty Lighthouses That Look Like They Belong In A Dream.',
];
const MENU = ['Animals', 'Funny', 'Food', 'Trending', 'Top 100', 'Photo Galleries', 'Videos', 'Quizzes'];
const STORY =
  'A nine-year-old spaniel named Pip slipped from a jetty into the harbour on Sunday morning and spent almost an hour in the cold water before two coastguard volunteers reached her in a rowing boat.';
const CAPTIONS = [
  'Pip clung to a mooring rope while the volunteers rowed out to her',
  'Harbour Gazette / Reuters',
  'The volunteers lifted her into the boat by her collar',
  'Harbour Gazette / Reuters',
];

describe('boilerplate: a one-paragraph story under a menu', function () {
  it('keeps the story’s paragraph when nothing else on the page is prose', function () {
    const lines = [
      'Live Well',
      ...TEASERS,
      ...MENU,
      'By Ann Marsh',
      'Staff Writer',
      '2.1K shares',
      'Share on Facebook',
      'Spaniel Rescued From Harbour After Hour In Icy Water.',
      'Advertisement',
      STORY,
      ...CAPTIONS,
      'Next ›',
      'Page 1 of 2',
      'Advertisement',
      'Share on Facebook',
    ];
    const found = flaggedLineSet(lines);
    assert.ok(!found.has(STORY), 'the story is flagged');
    for (const line of ['Share on Facebook', 'Advertisement', 'Page 1 of 2']) assert.ok(found.has(line), `kept: ${line}`);
  });

  it('still flags a paragraph under a marker when the story stands elsewhere on the page', function () {
    const body = [
      'The harbour council voted on Monday to build a bridge between the two quays, replacing the ferry crossing that has carried passengers since the early fifties.',
      'The bridge will cost about 80 million pounds and open in 2028, the council said, and the ferry operator will keep its smaller crossings to the islands for now.',
    ];
    const teaser = 'Volunteers pulled a spaniel from the harbour on Sunday after she spent almost an hour in the cold water beside the jetty, and her owner thanked the crews.';
    const lines = ['Harbour council approves bridge to replace ferry', ...body, 'Trending', teaser, 'Share on Facebook'];
    const found = flaggedLineSet(lines);
    for (const line of body) assert.ok(!found.has(line), `flagged: ${line}`);
    assert.ok(found.has(teaser), 'the teaser under the marker is kept');
  });
});
