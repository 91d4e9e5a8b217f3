/**
 * Two page shapes found by a blind reading of whole pages nobody here had used (round 127): a
 * grid of teaser cards, each title printed twice with its section label between, which the pass
 * kept; and a teaser list's marker whose box is empty in the saved page, so that the article's
 * paragraphs stood under it and were taken for teasers. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { flaggedLineSet } from '../support/boilerplateFlags.js';

const HEADLINE = 'Harbour council approves bridge to replace ferry crossing';
const BODY = [
  'The harbour council voted 9 to 2 on Monday to build a bridge between the two quays, replacing the ferry crossing that has carried passengers since 1952.',
  'The bridge will cost about 80 million pounds and open in 2028, the council said, and the ferry operator will keep its smaller crossings to the islands.',
  'Residents of the north quay had asked for the bridge for a decade, and a petition last year gathered more than 6,000 names in a town of 20,000.',
  'The operator said it would bid to run the toll booths, and its chief executive told the meeting that no crew would lose their jobs before the bridge opens.',
];

/** Three cards of a grid, each title printed twice with its section between. */
const GRID = [
  'Lighthouse keepers return to the outer rocks after forty years',
  'Coast',
  'Lighthouse keepers return to the outer rocks after forty years',
  'Fishing fleet lands its largest catch of herring in a decade',
  'Business',
  'Fishing fleet lands its largest catch of herring in a decade',
  'Can seaweed farms clean the bay? Divers are finding out.',
  'Science',
  'Can seaweed farms clean the bay? Divers are finding out.',
];

describe('boilerplate: teaser cards and empty teaser boxes', function () {
  it('flags a grid of teaser cards whose titles are printed twice, not the article above it', function () {
    const found = flaggedLineSet([HEADLINE, ...BODY, ...GRID]);
    for (const title of [GRID[0]!, GRID[3]!, GRID[6]!]) assert.ok(found.has(title), `kept: ${title}`);
    assert.ok(!found.has(HEADLINE));
    for (const line of BODY) assert.ok(!found.has(line), `flagged: ${line}`);
  });

  it('keeps one title printed twice over its kicker, and a listicle’s subheadings between repeated prompts', function () {
    const found = flaggedLineSet([HEADLINE, 'Politics', HEADLINE, ...BODY]);
    assert.ok(!found.has(HEADLINE), 'the headline is flagged');
    const listicle = [
      HEADLINE,
      BODY[0]!,
      'Counting the Cost',
      'React to this story: share it with a friend!',
      BODY[1]!,
      'Waiting for the Bridge',
      'React to this story: share it with a friend!',
      BODY[2]!,
      'Keeping the Crews',
      'React to this story: share it with a friend!',
      BODY[3]!,
      // A grid of cards under the article does not make the prompt a card's title.
      ...GRID,
    ];
    const kept = flaggedLineSet(listicle);
    for (const subheading of ['Counting the Cost', 'Waiting for the Bridge', 'Keeping the Crews']) assert.ok(!kept.has(subheading), `flagged: ${subheading}`);
    for (const paragraph of BODY) assert.ok(!kept.has(paragraph), `flagged: ${paragraph}`);
  });

  it('flags the cards of a grid the page prints twice, above the article and in its footer (round 426)', function () {
    const found = flaggedLineSet([...GRID, HEADLINE, ...BODY, 'Share', 'Email', ...GRID]);
    for (const title of [GRID[0]!, GRID[3]!, GRID[6]!]) assert.ok(found.has(title), `kept: ${title}`);
    assert.ok(!found.has(HEADLINE));
    for (const line of BODY) assert.ok(!found.has(line), `flagged: ${line}`);
  });

  it('flags the blurb and label between two cards of a grid, not the article after the last card', function () {
    const blurbs = ['The keepers will live on the rock for two weeks at a time.', 'The boats brought in 400 tonnes on a single tide.'];
    const grid = ['Coast', GRID[0]!, 'Coast', GRID[0]!, blurbs[0]!, 'Business', GRID[3]!, 'Business', GRID[3]!, blurbs[1]!, 'Science', GRID[6]!, 'Science', GRID[6]!];
    const found = flaggedLineSet([...grid, HEADLINE, ...BODY]);
    for (const line of blurbs) assert.ok(found.has(line), `kept: ${line}`);
    assert.ok(!found.has(HEADLINE));
    for (const line of BODY) assert.ok(!found.has(line), `flagged: ${line}`);
  });

  it('keeps the article that stands between two cards far apart', function () {
    const card = (title: string, label: string) => [label, title, label, title];
    const found = flaggedLineSet([...card(GRID[0]!, 'Coast'), ...card(GRID[3]!, 'Business'), HEADLINE, ...BODY, ...card(GRID[6]!, 'Science')]);
    for (const line of BODY) assert.ok(!found.has(line), `flagged: ${line}`);
  });

  it('keeps a listicle’s subheadings between a prompt printed four times close together', function () {
    const prompt = 'React to this story: share it with a friend!';
    const subheadings = ['Counting the Cost', 'Waiting for the Bridge', 'Keeping the Crews'];
    const listicle = [HEADLINE, BODY[0]!, prompt, subheadings[0]!, prompt, BODY[1]!, subheadings[1]!, prompt, BODY[2]!, subheadings[2]!, prompt, BODY[3]!, ...GRID];
    const found = flaggedLineSet(listicle);
    for (const line of [...subheadings, ...BODY]) assert.ok(!found.has(line), `flagged: ${line}`);
  });

  it('keeps the article under a teaser list’s marker whose box is empty', function () {
    // Inline teasers ("…", "Read article") between its first paragraphs: no two stand in a row.
    const page = [
      HEADLINE,
      'By Ana Sousa',
      'More News',
      `${BODY[0]!} The vote ended a debate that had split the harbour council for most of a decade.`,
      'Ferry Timetable Changes: What Passengers Need to Know',
      'Read article',
      BODY[1]!,
      'Island Schools Win Funding for New Boats',
      'Read article',
      BODY[2]!,
      BODY[3]!,
    ];
    const found = flaggedLineSet(page);
    for (const paragraph of [page[3]!, BODY[1]!, BODY[2]!, BODY[3]!]) assert.ok(!found.has(paragraph), `flagged: ${paragraph}`);
    assert.ok(found.has('More News'));
  });

  it('still reads a teaser title and blurb under a marker as teasers', function () {
    const page = [
      HEADLINE,
      ...BODY,
      'More News',
      'Ferry Timetable Changes: What Passengers Need to Know',
      'Summer sailings start in May. Here is what changes.',
      'Island Schools Win Funding for New Boats',
    ];
    const found = flaggedLineSet(page);
    assert.ok(found.has('Ferry Timetable Changes: What Passengers Need to Know'));
    assert.ok(found.has('Island Schools Win Funding for New Boats'));
  });
});
