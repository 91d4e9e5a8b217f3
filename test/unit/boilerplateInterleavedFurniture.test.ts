/**
 * A page that sets its furniture between every two paragraphs (QUALITY.md round 409): under a
 * "Related Coverage" box, the story resumed only at two paragraphs in a row, and a paper that
 * prints "Advertisement" and "Continue reading the main story" after each one never shows two,
 * so the first paragraph under the box was taken for a teaser. And (round 411) a menu's "Video"
 * opened a caption that ran on past the byline into the story. Every text here is written for
 * the test.
 */
import assert from 'node:assert/strict';
import { flaggedLineSet } from '../support/boilerplateFlags.js';

const HEADLINE = 'Harbour council approves bridge to replace ferry crossing';
const BODY = [
  'The harbour council voted 9 to 2 on Monday to build a bridge between the two quays, replacing the ferry crossing that has carried passengers since 1952.',
  'The bridge will cost about 80 million pounds and open in 2028, the council said, and the ferry operator will keep its smaller crossings to the islands.',
  'Residents of the north quay had asked the council for the bridge for a decade. A petition last year gathered more than 6,000 names in a town of 20,000.',
  'The ferry operator said it would bid to run the bridge toll booths. Its chief executive told the council meeting that no crew would lose their jobs before the bridge opens.',
];
const RELATED = ['Related Coverage', 'Ferry strike ends after three days of talks JULY 26, 2024', 'Islanders fear for winter crossings JULY 25, 2024', 'Why the old pier is sinking JULY 22, 2024'];
const BETWEEN = ['Advertisement', 'Continue reading the main story'];

describe('boilerplate: furniture between every two paragraphs', function () {
  it('resumes the story at its first paragraph under a teaser box, two sentences each', function () {
    const lines = [HEADLINE, BODY[0]!, BODY[1]!, ...BETWEEN, ...RELATED, ...BETWEEN, BODY[2]!, ...BETWEEN, BODY[3]!, ...BETWEEN];
    const found = flaggedLineSet(lines);
    for (const line of BODY) assert.ok(!found.has(line), `flagged: ${line}`);
    for (const line of RELATED) assert.ok(found.has(line), `kept: ${line}`);
    for (const line of BETWEEN) assert.ok(found.has(line), `kept: ${line}`);
  });

  it('still reads a caption of two sentences over its credit as the picture’s', function () {
    const caption = 'This photo, taken from the north quay at dawn, shows the ferry crossing the harbour. The bridge will rise beside the old pier where the ferry now docks.';
    // (The paragraph under the credit runs to two sentences, as one the rule resumes at does.)
    const lines = [HEADLINE, BODY[0]!, 'View Images', caption, 'Photograph by Lena Vos', BODY[2]!, BODY[3]!, BODY[1]!];
    const found = flaggedLineSet(lines);
    assert.ok(found.has(caption), 'the caption is kept');
    for (const line of BODY) assert.ok(!found.has(line), `flagged: ${line}`);
  });
});

describe('boilerplate: a picture’s marker over the byline', function () {
  const BYLINE = 'By Lena Vos';
  const LEDE = [
    'The harbour council voted 9 to 2 on Monday to build a bridge between the two quays. The bridge replaces the ferry crossing that has carried passengers since 1952.',
    'The bridge will cost about 80 million pounds and open in 2028. The ferry operator will keep its smaller crossings to the islands.',
  ];

  it('ends the caption at the byline, so the story under it is kept (round 411)', function () {
    // Before: both paragraphs "caption, under a section marker" — "Video" opened a caption that
    // the furniture between the paragraphs never let the story resume from.
    const lines = [HEADLINE, 'Video', BYLINE, LEDE[0]!, 'Advertisement', LEDE[1]!, 'Advertisement', BODY[2]!, BODY[3]!];
    const found = flaggedLineSet(lines);
    for (const line of [...LEDE, BODY[2]!, BODY[3]!]) assert.ok(!found.has(line), `flagged: ${line}`);
    assert.ok(found.has(BYLINE) && found.has('Video'));
  });

  it('does not end a list of videos at the time each one carries', function () {
    const videos = [
      'Video',
      'Now playing',
      'Lighthouse keepers return to the outer rocks after forty years',
      'Yesterday 1:14PM',
      'Now playing',
      'Fishing fleet lands its largest catch of herring in a decade',
      'Yesterday 9:02AM',
      'Now playing',
      'Divers count the seals of the outer bay',
      'Monday 4:40PM',
    ];
    const found = flaggedLineSet([HEADLINE, BYLINE, ...LEDE, ...videos, BODY[2]!, BODY[3]!]);
    for (const line of videos) assert.ok(found.has(line), `kept: ${line}`);
  });
});
