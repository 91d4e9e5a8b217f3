/**
 * Issue 13, round 29: the text of a slideshow's slides, and sponsored teasers credited to their
 * advertiser by name. Every text here is our own.
 */
import assert from 'node:assert/strict';
import { flaggedLineSet } from '../support/boilerplateFlags.js';
import { advertiserCreditedTeaser } from '../../server/src/core/boilerplate/shapes.js';

const ARTICLE = [
  'Ferry operator adds a winter crossing to the islands',
  'The island ferry company will run a second daily crossing to Port Arran from November, its managing director said on Monday, after two years of complaints about the single sailing.',
  'Residents had said the one boat a day left them unable to reach hospital appointments on the mainland and return the same evening.',
  'The new sailing will leave the harbour at four in the afternoon and take about ninety minutes, weather permitting, the company said.',
  'The regional transport board agreed last month to cover part of the cost of the extra crew for the first three winters.',
  'Fares will stay at their summer level until the end of March, when the company will review them with the board.',
  'A spokesman for the islanders association welcomed the change but said a larger vessel was still needed for freight.',
];

/** A slideshow of other stories, printed as text: counter and title, the slide's text, a credit. */
const SLIDES = [
  'Business in pictures',
  '1/6 Bakery chain opens its fiftieth shop',
  'The family-owned bakery chain opened its fiftieth shop on Saturday, in a former bank on the high street of Dunmore, and said ten more would follow.',
  'Photo agency',
  '2/6 Harbour cranes sold',
  'The port authority has sold its three oldest cranes to a scrap merchant for an undisclosed sum after new ones arrived from the shipyard in the spring.',
  '3/6 Cinema reopens after flood',
  'The town cinema reopened to the public on Friday evening, eight months after the river burst its banks and filled the auditorium with water and mud.',
  'Photo agency',
  '4/6 Brewery wins export deal',
  'A small brewery in the hills has signed a deal to sell its pale ale in three northern countries, its founder said, doubling the size of its staff.',
  '5/6 Toy maker recalls kites',
  'The toy maker has recalled twelve thousand kites sold last summer after reports that the string could snap in strong wind and injure children nearby.',
  '6/6 Tram line delayed again',
];

describe('round 29: the text of a slide between its counters', function () {
  it('flags the slides’ text of a slideshow inside an article, and keeps the article', function () {
    const lines = ['News', 'Travel', ...ARTICLE.slice(0, 4), ...SLIDES, ...ARTICLE.slice(4), 'About us', 'Contact us'];
    const got = flaggedLineSet(lines);
    for (const line of ARTICLE.slice(1)) assert.ok(!got.has(line), `article line flagged: ${line}`);
    for (const line of SLIDES.filter((l) => l.startsWith('The ') || l.startsWith('A '))) assert.ok(got.has(line), `slide text kept: ${line}`);
  });

  it('keeps paragraphs between counters that are not one show in order', function () {
    // "3/10" after "1/6" is no next slide: the paragraphs between stay the rules' as before.
    const body = ARTICLE.slice(1);
    const lines = [ARTICLE[0]!, body[0]!, '1/6 Harbour at dawn', body[1]!, body[2]!, '3/10 The new quay', ...body.slice(3)];
    const got = flaggedLineSet(lines);
    for (const line of body) assert.ok(!got.has(line), `article line flagged: ${line}`);
  });
});

/** A recommendation widget's sponsored teasers, each credited to its advertiser by name. */
const WIDGET = [
  'Sponsored Links',
  'Brightbeam Torch',
  'This Pocket Torch Is Outselling Every Other Brand This Winter Brightbeam Torch',
  'Undo',
  'Quiet Nights Pillow',
  'Doctors Are Stunned By This Simple Pillow For Snorers Quiet Nights Pillow',
  'Undo',
  'Garden Gurus',
  '27 Plants That Will Survive Anything You Throw At Them Garden Gurus',
  'Undo',
  'Quiet Nights Pillow Sleep Through The Night With One Easy Change Quiet Nights Pillow',
  'Undo',
];

describe('round 29: sponsored teasers credited to their advertiser by name', function () {
  it('reads the name behind the title, or before and behind it', function () {
    assert.equal(advertiserCreditedTeaser('This Pocket Torch Is Outselling Every Other Brand Brightbeam Torch', 'Brightbeam Torch'), 'Brightbeam Torch');
    assert.equal(advertiserCreditedTeaser('Quiet Nights Pillow Sleep Through The Night With One Easy Change Quiet Nights Pillow', undefined), 'Quiet Nights Pillow');
    // A sentence that ends on a name, a name with a full stop, a title without three words of its own: none.
    assert.equal(advertiserCreditedTeaser('The award went to Mary Hale.', 'Mary Hale'), undefined);
    assert.equal(advertiserCreditedTeaser('Full table Rovers', 'Rovers'), undefined);
    assert.equal(advertiserCreditedTeaser('3 . Storage model ........ 3', undefined), undefined);
    assert.equal(advertiserCreditedTeaser('in a header, its length in octets (not in', undefined), undefined);
  });

  it('keeps a headline under a tag that ends on the tag’s word: one pair is no widget', function () {
    const lines = ['Jo Baxter', 'About', '21 September 2020', 'Ferries', 'How to Read a Timetable for Island Ferries', ...ARTICLE.slice(1)];
    const got = flaggedLineSet(lines);
    assert.ok(!got.has('How to Read a Timetable for Island Ferries'), 'the headline is flagged');
    for (const line of ARTICLE.slice(1)) assert.ok(!got.has(line), `article line flagged: ${line}`);
  });

  it('flags the widget’s names and titles inside an article, and keeps the article', function () {
    const lines = ['News', 'Travel', ...ARTICLE.slice(0, 4), ...WIDGET, ...ARTICLE.slice(4), 'About us', 'Contact us'];
    const got = flaggedLineSet(lines);
    for (const line of ARTICLE.slice(1)) assert.ok(!got.has(line), `article line flagged: ${line}`);
    for (const line of WIDGET.filter((l) => l !== 'Undo' && l !== 'Sponsored Links')) assert.ok(got.has(line), `widget line kept: ${line}`);
  });
});

/** A comment thread under the article: each comment a name and a time, its text, then "Reply". */
const THREAD = [
  'Comments',
  'Harbourwatcher',
  '3 hours ago',
  'About time too.',
  'Reply',
  'Ferry fan',
  '3 hours ago',
  'Agreed with every word.',
  'Reply',
  'Island resident',
  '2 hours ago',
  'The second sailing has been promised three times since the old boat was sold, and each time the plan was dropped before the winter timetable came out.',
  'Nothing in the announcement says what happens when the relief vessel goes in for its refit, which is when the islands were last left with no crossing at all.',
  'Reply',
  'Old skipper',
  '1 hour ago',
  'A crossing at four in the afternoon will still be too early for anyone working a full day in the town, so the timetable only helps the retired.',
  'The board agreed the money in the same week the fares went up, and the two decisions were taken at one meeting without any notice to residents.',
  'Reply',
  'Load more comments',
];

describe('round 29: a comment’s paragraphs between two heads of its thread', function () {
  it('flags comments in the neutral voice under a thread, and keeps the article', function () {
    const lines = ['News', 'Travel', ...ARTICLE, ...THREAD, 'About us', 'Contact us'];
    const got = flaggedLineSet(lines);
    for (const line of ARTICLE.slice(1)) assert.ok(!got.has(line), `article line flagged: ${line}`);
    for (const line of THREAD.filter((l) => l.split(' ').length > 12)) assert.ok(got.has(line), `comment kept: ${line}`);
  });

  it('keeps a short article under a comment count and over the comments heading', function () {
    const lines = ['News', ARTICLE[0]!, '3 comments', 'Morning mist over the quay', ...ARTICLE.slice(1, 4), 'Comments', 'Harbourwatcher', '2 hours ago', 'Good news at last.', 'Reply'];
    const got = flaggedLineSet(lines);
    for (const line of ARTICLE.slice(1, 4)) assert.ok(!got.has(line), `article line flagged: ${line}`);
  });
});
