/**
 * A teaser list that prints each title under its section's label, the same label again and again
 * (QUALITY.md round 431: Fast Company's "Co.Design" and "Work Life" lists under the article were
 * kept, the titles being sentence-shaped). Not a transcript's speaker over what was said, a
 * gallery's credit under each captioned picture, or a table's rows. Every text here is written
 * for the test.
 */
import { assertFlagged, assertKept, flaggedLineSet } from '../support/boilerplateFlags.js';
import { FERRY_BODY as BODY, FERRY_HEADLINE as HEADLINE, FERRY_READERS_NOTE as note } from '../support/ferryTerminalArticle.js';

describe('boilerplate: a teaser list under repeated section labels', function () {
  it('flags the labels and titles of the list under the article', function () {
    const list = [
      'Design',
      'Why the old mill chimney is coming down, and what replaces it',
      'Design',
      'A bakery on Mill Street wins a national prize for its rye',
      'Design',
      'The town hall’s new clock was built by two students',
      'Work Life',
      'Work Life',
      'Four-day weeks at the port: what the trial found',
      'Work Life',
      'Ferry crews vote on a new shift pattern next week',
      'Work Life',
    ];
    // (A paragraph the page keeps below, a site's note in prose, so that the article's end alone
    // does not take the list.)
    const found = flaggedLineSet([HEADLINE, ...BODY, ...list, note]);
    assertFlagged(found, list);
    assertKept(found, BODY);
  });

  it('keeps a transcript whose speakers alternate over what they said', function () {
    const transcript = [
      'Mayor Hale',
      'We waited three years for this vote and the harbour will be better for it.',
      'Councillor Byrne',
      'I voted against it because the residents of the east quay were not heard.',
      'Mayor Hale',
      'They were heard at eleven public meetings, and their objections changed the plan.',
      'Councillor Byrne',
      'Changed it, but not enough to keep the parking by the harbour wall.',
      'Mayor Hale',
    ];
    const found = flaggedLineSet([HEADLINE, BODY[0]!, ...transcript, ...BODY.slice(1)]);
    assertKept(found, [...transcript.filter((line) => line.endsWith('.')), ...BODY]);
  });

  it('keeps a gallery’s captions under each picture’s credit, inside the story', function () {
    const gallery = [
      'Harbour Gazette / Whitlock',
      'Crews lower the first steel beam onto the east quay',
      'Harbour Gazette / Whitlock',
      'The old wooden pier, seen from the deck of the island ferry',
      'Harbour Gazette / Whitlock',
      'Residents watch the work from behind the harbour wall',
      'Harbour Gazette / Whitlock',
    ];
    const found = flaggedLineSet([HEADLINE, BODY[0]!, ...gallery, ...BODY.slice(1)]);
    assertKept(
      found,
      gallery.filter((line) => !line.includes('/')),
    );
  });
  it('keeps a table of yearly counts in the story, one row a line', function () {
    const rows = ['2019 412', '2020 388', '2021 455', '2022 501'];
    const found = flaggedLineSet([HEADLINE, BODY[0]!, 'Passengers through the pier, in thousands:', ...rows, ...BODY.slice(1)]);
    assertKept(found, [...rows, ...BODY]);
  });
  it('keeps an interview whose every question stands under the same label', function () {
    const interview = [
      'Question',
      'Why did the vote take three years?',
      'The plans changed twice after the hearings.',
      'Question',
      'Will the old pier close at once?',
      'It stays open until the first berth is ready.',
      'Question',
      'Who pays for the parking that is lost?',
      'The council does, out of the harbour fund.',
    ];
    const found = flaggedLineSet([HEADLINE, BODY[0]!, ...interview, ...BODY.slice(1)]);
    assertKept(found, [...interview.filter((line) => line !== 'Question'), ...BODY]);
  });
});
