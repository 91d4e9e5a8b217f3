/**
 * Issue 13, round 25: content lost on whole pages, read on the development pages and put back
 * by cause. Every text here is our own.
 */
import assert from 'node:assert/strict';
import { flaggedBoilerplate } from '../support/boilerplateFlags.js';
import { parseArticle } from '../../server/src/core/article.js';
import { modelMayFlag, ruleDecisions } from '../../server/src/core/boilerplate/classify.js';

/** The lines flagged as boilerplate, with their reasons. */
function flaggedLines(lines: string[]): string[] {
  return flaggedBoilerplate(lines).map(({ line, reason }) => `${line} [${reason}]`);
}

const flaggedAmong = (lines: string[], wanted: string[]) => flaggedLines(lines).filter((line) => wanted.some((w) => line.startsWith(w)));

describe('round 25: a table of highs and lows is no gallery', function () {
  it('keeps the paragraph under a table of temperatures written "high/low"', function () {
    const lines = [
      'Harbour town braces for the warmest spring on record',
      'Forecasters say the harbour town of Wrenmouth is on course for its warmest spring since records began, with April already two degrees above the average.',
      'The town council has opened two cooling rooms at the library and asked residents to check on elderly neighbours during the afternoons.',
      'Average highs and lows by month, in degrees Fahrenheit:',
      'March',
      '63/48',
      'April',
      '70/54',
      'May',
      '75/59',
      'Fishermen say the warmer water has already brought shoals of bass into the bay weeks earlier than usual, and the harbour master has extended the season.',
      'Water use',
      'The water company said reservoirs serving the town were at 81 per cent of capacity and that it had no plans for a hosepipe ban.',
      'Local hotels report bookings for May up by a third on last year, helped by the long spell of dry weather along the coast.',
    ];
    const flagged = flaggedLines(lines);
    assert.deepEqual(flaggedAmong(lines, ['Fishermen say', 'Water use']), []);
    assert.deepEqual(
      flagged.filter((line) => line.endsWith('[a gallery counter]')),
      [],
    );
  });

  it('still reads "3 of 12" and "4/20" as a gallery counter', function () {
    const lines = [
      'Harbour town braces for the warmest spring on record',
      'Forecasters say the harbour town of Wrenmouth is on course for its warmest spring since records began, with April already two degrees above the average.',
      'The town council has opened two cooling rooms at the library and asked residents to check on elderly neighbours during the afternoons.',
      'Local hotels report bookings for May up by a third on last year, helped by the long spell of dry weather along the coast.',
      '3 of 12',
      '4/20',
    ];
    assert.deepEqual(flaggedAmong(lines, ['3 of 12', '4/20']), ['3 of 12 [a gallery counter]', '4/20 [a gallery counter]']);
  });
});

describe('round 25: a toolbar under the headline heads nothing', function () {
  it('keeps a review written to "you" under a toolbar that starts with "Comments"', function () {
    const lines = [
      'Log in',
      'Kettle review: the Brewmaster 9 boils fast and quietly',
      'A kettle for people who drink a lot of tea.',
      'By Tamsin Ower',
      'Comments',
      '318 Shares',
      'Share',
      'Tweet',
      'The Brewmaster 9 is the quietest kettle we have tested this year, and it boils a full litre in just under three minutes.',
      'If you mostly make one cup at a time, you will like the marked window that shows a single mug, which saves water and a little time.',
      'Its handle stays cool, and you can lift it with a wet hand without it slipping, which matters more than it sounds first thing in the morning.',
      'We found the lid stiff at first, though it loosened after a week of use and never leaked on the counter.',
      'At 60 pounds it costs more than most of its rivals, but you get a five-year guarantee and a filter you can wash.',
    ];
    assert.deepEqual(flaggedAmong(lines, ['The Brewmaster', 'If you', 'Its handle', 'We found', 'At 60']), []);
  });

  it('still reads "Comments" over the comments as their heading', function () {
    const lines = [
      'Kettle review: the Brewmaster 9 boils fast and quietly',
      'The Brewmaster 9 is the quietest kettle tested this year, and it boils a full litre in just under three minutes.',
      'Its handle stays cool, and the lid loosened after a week of use and never leaked on the counter.',
      'At 60 pounds it costs more than most of its rivals, but it comes with a five-year guarantee.',
      'Comments',
      'Share',
      'kettlefan22',
      'Mine broke after a month and the shop would not take it back, so I would not buy another one of these.',
      'tealover',
      'I have had one for two years and it still works fine, you just need to descale it now and then.',
    ];
    const flagged = flaggedLines(lines);
    assert.ok(
      flagged.some((line) => line.startsWith('Mine broke')),
      flagged.join('\n'),
    );
    assert.ok(
      flagged.some((line) => line.startsWith('I have had one')),
      flagged.join('\n'),
    );
  });
});

describe('round 25: a post written as "we" resumes after a teaser marker', function () {
  const post = [
    'How our school paper moved its printing to the web',
    'Next story',
    'Five lessons from a year of student podcasts',
    'We moved our school paper from print to the web last autumn, and the first thing we learned was how little our editors knew about publishing online.',
    'Our school paper had printed once a week, so on the web we had to learn to post stories the day they happened and to correct them in the open when we got them wrong.',
    'Lessons for other school papers',
    'We asked editors at six other school papers what they would change, and almost all of them said they wished they had taught online publishing to their reporters sooner and made more room for it.',
    'Most of them also told us that their printing budget had fallen by half in two years, which made the move to the web easier to argue for with the school next year.',
  ];

  it('keeps the paragraphs on the topic that follow, in the first person', function () {
    assert.deepEqual(flaggedAmong(post, ['We moved', 'Our reporters', 'We asked', 'Most of them']), []);
  });

  it('still flags the teaser under the marker', function () {
    assert.deepEqual(flaggedAmong(post, ['Five lessons']), ['Five lessons from a year of student podcasts [under a section marker]']);
  });
});

describe('round 25: a slideshow printed as text, one counted slide a line', function () {
  const lines = [
    'Seven things hotel cleaners wish guests knew',
    'Hotel cleaners in the city say most guests never notice the small things that make a room cleaner or dirtier, according to a survey by the cleaners union.',
    '1. Leave the towels you want washed on the floor',
    'Cleaners said towels left hanging are treated as towels the guest wants to keep, so they are not always changed between nights of a stay.',
    'Business in pictures',
    '1/4 Harbour ferry fares to rise',
    'The ferry operator said fares would go up by a tenth from the spring.',
    '2/4 Bakery chain opens its tenth shop',
    'The chain said it would hire forty people for the new shop.',
    '3/4 Brewery sold to a rival',
    '4/4 Market traders win rent freeze',
    '2. Open the window when you leave',
    'Rooms aired during the day are easier to clean and dry out faster, the cleaners said, especially in the older hotels near the harbour.',
  ];

  it('flags each slide under its counter', function () {
    assert.deepEqual(flaggedAmong(lines, ['1/4', '2/4', '3/4', '4/4']), [
      '1/4 Harbour ferry fares to rise [a gallery counter]',
      '2/4 Bakery chain opens its tenth shop [a gallery counter]',
      '3/4 Brewery sold to a rival [a gallery counter]',
      '4/4 Market traders win rent freeze [a gallery counter]',
    ]);
  });

  it('keeps the article where it resumes under the slides', function () {
    assert.deepEqual(flaggedAmong(lines, ['2. Open the window', 'Rooms aired']), []);
  });

  it('reads "12 / 16 / 08 1:30 AM" as a date, not a slide', function () {
    const dated = [lines[0]!, '12 / 16 / 08 1:30 AM EST', lines[1]!, lines[3]!, lines[12]!];
    assert.deepEqual(
      flaggedLines(dated).filter((line) => line.endsWith('[a gallery counter]')),
      [],
    );
  });
});

describe('round 25: what the line model may never flag', function () {
  const decide = (rows: string[]) => {
    const text = [
      'Council publishes response times for the town ambulance service',
      'The council published the response times of the town ambulance service on Monday, after a year in which crews missed their target on most weekends.',
      ...rows,
      'Crews reached most patients within the target on weekdays, the figures show, but waits on Saturday nights were often twice as long.',
      'The service said it would add two crews at weekends from next month and publish the figures every quarter.',
    ].join('\n');
    const article = parseArticle(text);
    const decisions = ruleDecisions(article, { lineModel: null })!;
    return rows.map((row) => {
      const i = article.blocks.findIndex((b) => b.text === row);
      return `${row}: ${modelMayFlag(decisions, i)}`;
    });
  };

  it('never flags a numbered point or a row of a table drawn with column rules', function () {
    const rows = ['6. Weekend nights are the slowest', 'Saturday │ 0.31 │ 0.52', 'Sunday | 0.28 | 0.47'];
    assert.deepEqual(
      decide(rows),
      rows.map((row) => `${row}: false`),
    );
  });
});

describe("round 25: a pager's links under a post", function () {
  it('flags "← Previous: …" and "Next Post: …" as labelled lines', function () {
    const lines = [
      'Volunteers plant a thousand trees along the river path',
      'Volunteers planted more than a thousand young trees along the river path on Saturday, the parks trust said, in the largest planting the town has seen.',
      'The trust said the oaks, hazels and rowans would shade the path within ten years and help hold the bank together when the river floods.',
      'More planting days are planned for the spring, when the trust hopes to finish the stretch between the two bridges.',
      '← Previous: Trust opens new visitor centre at the old mill',
      'Next Post: Fishing ban lifted on the upper river',
    ];
    assert.deepEqual(flaggedAmong(lines, ['← Previous', 'Next Post']), [
      '← Previous: Trust opens new visitor centre at the old mill [a labelled line]',
      'Next Post: Fishing ban lifted on the upper river [a labelled line]',
    ]);
  });
});

describe('round 25: a subheading between paragraphs in any voice', function () {
  it("is the article's, and the line model may not flag it", function () {
    const text = [
      'Why the night bus timetable changed this winter',
      'The transport authority changed the night bus timetable in November, moving the last departures from the station forward by twenty minutes.',
      'It said fewer than a dozen passengers used the last two buses on weekday nights, while the earlier ones were often full.',
      'If you work late in the city centre and take the bus home, you will notice that the 1.10 departure now leaves at 12.50, and we found the earlier bus was busier on three nights out of four.',
      'Conclusion',
      'The authority said it would review the timetable again in the spring, after counting passengers on every night route for a month.',
      'Drivers said they welcomed the change, which ends their shifts earlier on weekday nights.',
    ].join('\n');
    const article = parseArticle(text);
    const decisions = ruleDecisions(article, { lineModel: null })!;
    const i = article.blocks.findIndex((b) => b.text === 'Conclusion');
    assert.equal(modelMayFlag(decisions, i), false);
  });
});

describe('round 25: paragraphs of several sentences resume the article under a teaser marker', function () {
  it('keeps two paragraphs of three sentences each, written to "you", under "Editor\'s picks"', function () {
    const lines = [
      'How to stop buying things you will not use',
      "Editor's picks",
      'Ten gadgets our readers love',
      'You probably own more kitchen gadgets than you need. Most of them sit in a drawer for years. Next time, wait a week before you buy one.',
      'We tried this for a month and saved more than we expected. The trick is to write the item down first. If you still want it after seven days, you can go ahead.',
      'A list on the fridge helps too, because you see it every morning before work.',
    ];
    assert.deepEqual(flaggedAmong(lines, ['You probably', 'We tried']), []);
  });
});

describe('round 25: the paragraph that leads back into the article after teasers', function () {
  it('is kept with the paragraphs it announces', function () {
    const lines = [
      'Library extends its opening hours for the exam season',
      'The central library will open until ten at night from Monday, the council said, to give students more room to revise before the summer exams.',
      'Related',
      'Swimming pool closes for repairs',
      'Councillors asked staff how the longer hours would be paid for. The library manager said three extra staff would be hired for six weeks, and that there were a few changes readers should know about:',
      'The study rooms on the first floor can be booked online up to a week ahead, and each booking lasts for up to three hours.',
      'The cafe will stay open until eight, and the reading room will be kept quiet after six for those revising for exams.',
    ];
    assert.deepEqual(flaggedAmong(lines, ['Councillors asked', 'The study rooms', 'The cafe']), []);
    // The rules keep it themselves, not only the line model's doubt.
    const article = parseArticle(lines.join('\n'));
    const decisions = ruleDecisions(article, { lineModel: null })!;
    const i = article.blocks.findIndex((b) => b.text.startsWith('Councillors asked'));
    assert.equal(decisions.verdicts[i], undefined);
  });
});
