/**
 * Issue 13: on a text that is an article and nothing else, nothing is boilerplate. Articles of
 * our own in the shapes that the old end-of-article cut, topic words and the licence gate got
 * wrong: quotes at the end, a line-up, a list of results, a one-paragraph story, a headline
 * whose words name a boilerplate category, a technology story that says "software" often.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { checkArticle } from '../../server/src/core/gate/articleGate.js';
import { normaliseLine } from '../../server/src/core/text.js';

function flaggedLines(text: string): string[] {
  const analysis = analyze(text, { fileName: 'story.txt' });
  assert.equal(analysis.skipped, undefined, `skipped: ${analysis.skipped}`);
  const lines = text.split('\n');
  return analysis.annotations.filter((a) => a.kind === 'boilerplate').map((a) => `${lines[a.range.start.line]} [${String(a.data['reason'])}]`);
}

const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

/** The opening of a report on a club's striker, which other reports of the event quote from. */
const CLUB_STORY = [
  'Club suspends striker after nightclub arrest',
  'The club suspended its striker on Monday after he was arrested outside a nightclub in the city centre.',
  'A club spokesman said the player would miss Saturday’s match while the police investigated.',
  'The striker, who joined from a rival club in the summer, has scored nine goals this season.',
  'Police said a 24-year-old man had been released on bail pending further inquiries.',
];

/** The flagged lines of an article of `lines` when four other files of the folder print each of `repeated`. */
function flaggedWithRepeats(lines: readonly string[], repeated: readonly string[]): string[] {
  const copies = new Set(repeated.map(normaliseLine));
  const text = article(...lines);
  const body = text.split('\n');
  const analysis = analyze(text, { fileName: 'story.txt', repeatedElsewhere: (line) => (copies.has(line) ? 4 : 0) });
  return analysis.annotations.filter((a) => a.kind === 'boilerplate').map((a) => body[a.range.start.line]!);
}

describe('clean articles get no boilerplate', function () {
  it('keeps quotes that end the article, even one that says "we" and runs over paragraphs', function () {
    const text = article(
      'Harbour board approves dredging of the eastern channel',
      'The Lowmouth harbour board voted on Thursday to dredge the eastern channel, ending a two-year dispute with the fishing co-operative.',
      'The work will begin in April and is expected to cost about 4 million pounds, the board said in a statement.',
      'Fishermen had argued that silt had made the channel unsafe at low tide, and several boats ran aground last winter.',
      'The co-operative chairman, Ewan Marsh, welcomed the decision but said the delay had cost his members dearly.',
      '“We have waited two years for this, and we lost a boat in that time.',
      'We will be watching every week to make sure the work is done properly. "',
      '"It is a start," he said.',
    );
    assert.deepEqual(flaggedLines(text), []);
  });

  it('keeps a sports line-up and a list of results under the report', function () {
    const text = article(
      'Rovers edge past City to reach the county cup final',
      'Rovers reached the county cup final on Saturday after a late goal from Sam Okafor settled a tense semi-final against City.',
      'City had the better of the first half and hit the post twice, but Rovers grew into the game after the break.',
      'Okafor, who came on with 20 minutes left, scored with a low shot from the edge of the area in the 88th minute.',
      'Rovers will play Albion in the final at the county ground on May 3.',
      'Rovers: Hale; Price, Dunn, Mercer, Lowe; Adeyemi, Shaw, Kerr; Bell, Ng, Foster.',
      'Subs: Okafor, Webb, Rudd.',
      'Other semi-final results:',
      'Albion 3 Town 1',
      'Wanderers 0 United 2',
      'Athletic 1 Borough 1 (Athletic win 4-3 on penalties)',
    );
    assert.deepEqual(flaggedLines(text), []);
  });

  it('keeps a match report’s notes under a long line-up: the subs, the bookings, the referee', function () {
    // Before (round 144): the three notes were "a list of headlines far from the article".
    const text = article(
      'Harbour Town hold on for a point at Eastgate',
      'Harbour Town came from behind to draw 1-1 at Eastgate on Saturday, a result that keeps them three points clear of the drop zone.',
      'Eastgate went ahead after 20 minutes when Lewis Boyle headed in a corner at the near post, and they should have doubled the lead before the break.',
      'Town improved after the interval and Niall Corrigan levelled in the 67th minute, firing in from the edge of the area after a poor clearance.',
      'Both sides had chances late on, but neither goalkeeper was seriously tested in the final ten minutes.',
      '“We showed some character in the second half,” said Town manager Alan Pryce. “The first half was not good enough, and I told them so.”',
      'Eastgate: Tolland, Reid, Boyle, Mayhew, Finch, Ashdown, Ruddock (Platt 80), Kearney, Sole, Wragg, Dunphy.',
      'Subs not used: Elms, Varley, Shand.',
      'Booked: Finch, Kearney.',
      'Goal: Boyle 20.',
      'Harbour Town: Lowry, Dyer, Cope, Murtagh, Pell, Corrigan, Stott, Haig (Vance 71), Ebbs, Quarrie, Lund.',
      'Subs not used: Greaves, Hollins, Tapp, Ord.',
      'Booked: Cope, Quarrie, Stott.',
      'Goal: Corrigan 67.',
      'Att: 5,118',
      'Ref: Martin Gadd (Kent).',
    );
    assert.deepEqual(flaggedLines(text), []);
  });

  it('keeps a numbered list of points that continues the article', function () {
    const text = article(
      'What the new flood plan means for Eldham',
      'The county council published its flood plan for Eldham on Monday, a year after the River Aln burst its banks.',
      'The plan sets out how the council will spend 12 million pounds over five years, and residents have until June to comment on it.',
      'Its main points:',
      '1. A new wall along the river',
      '2. Larger drains under the market square',
      '3. Grants of up to 5,000 pounds for flood doors',
      '4. A warning siren for the lower town',
    );
    assert.deepEqual(flaggedLines(text), []);
  });

  it('keeps a chart the article announces, though it talked only about its first entries', function () {
    const text = article(
      'Seawalls top singles chart for third week',
      'Brighton band The Seawalls have held on to the number one spot in the UK singles chart for a third week with Harbour Lights, fending off a strong challenge from newcomer Kezia Monroe.',
      "Monroe's debut single Paper Planes entered the chart at number two, the highest new entry of the week.",
      "The Seawalls' frontman Danny Cole said the band had been overwhelmed by the response to the song, which was written in a caravan during a wet camping holiday.",
      '"It was never meant to be a single," he said. "We nearly left it off the album."',
      "This week's top ten:",
      '1 (1) Harbour Lights - The Seawalls',
      '2 (new) Paper Planes - Kezia Monroe',
      '3 (2) Run To The River - Marcus Lyle',
      '4 (3) Neon Saints - The Velvet Ticket',
      '5 (new) Slow Burn - Ayla & The Foxes',
      '6 (4) Cold Light Of Morning - Jonah Pierce',
      '7 (9) Summer Is Gone - Tilly Hart',
      '8 (5) Get Me Out - Static Bloom',
      '9 (6) Wild Hearts - Ravenstone',
      '10 (14) Where The Lines Meet - Orla Quinn',
      "In the album chart, Marcus Lyle's Run To The River climbed one place to number one, knocking last week's leaders Static Bloom down to third.",
    );
    assert.deepEqual(flaggedLines(text), []);
  });

  it('keeps a list of award winners whose rows name a winner with a job title (round 157)', function () {
    // Before: "Outstanding debut: Sunita Rao, writer and director of…" was an author's biography.
    const text = article(
      'Harbour Lights dominates at Lowmouth film awards',
      'Period drama Harbour Lights was the big winner at the Lowmouth Film Awards, taking five prizes including best film and best actress for Dana Whitfield.',
      'The film, about a lighthouse keeper on a remote island in the 1920s, had been nominated in nine categories.',
      'Full list of winners',
      'Best film: Harbour Lights',
      'Best director: Malcolm Reddy, Harbour Lights',
      'Best actress: Dana Whitfield, Harbour Lights',
      'Best screenplay: Ruth Kellaway, Paper Crowns',
      'Outstanding debut: Sunita Rao, writer and director of Marigold Street',
      'Lifetime achievement: Sir Geoffrey Arden',
      'Sir Geoffrey, 84, received a standing ovation as he accepted his award, more than 50 years after his first film appearance.',
    );
    assert.deepEqual(flaggedLines(text), []);
  });

  it('keeps a one-paragraph story and its headline', function () {
    const text = article(
      'Bridge reopens after repairs',
      'The old bridge over the River Aln reopened to traffic on Friday after six weeks of repairs, the county council said, two days earlier than planned.',
    );
    assert.deepEqual(flaggedLines(text), []);
  });

  it('keeps a headline whose topic words name a category (copyright, share sale)', function () {
    const copyright = article(
      'Honda wins China copyright ruling over scooter designs',
      'A court in Beijing ruled on Tuesday that a local maker copied the designs of three Honda scooters, in a copyright case that lasted four years.',
      'The court ordered the maker to pay Honda damages of about 2 million yuan and to stop selling the scooters.',
      'Honda said the ruling showed that foreign companies could protect their designs in Chinese courts.',
      'Copyright cases brought by foreign firms in China have risen sharply in the past decade, according to court figures.',
    );
    assert.deepEqual(flaggedLines(copyright), []);
    const sale = article(
      'Nasdaq planning $100m share sale',
      'Nasdaq is planning to raise about $100 million by selling new shares, the exchange operator said on Wednesday.',
      'The money will pay down debt taken on for its purchase of a data company last year, it said.',
      'Nasdaq shares fell 2 percent in early trading after the announcement of the share sale.',
      'Analysts said the sale was small compared with the company’s market value of about $20 billion.',
    );
    assert.deepEqual(flaggedLines(sale), []);
  });

  it('keeps a paragraph that tells a deal and its price in sentences, off the story above it', function () {
    // Before: "advertisement" (a price with "buy" and "sale" in a line that is no prose, since it
    // ends on a colon, off the storm's topic): a digest item, an article's own paragraph.
    const lines = [
      'Storm closes harbour roads in Brennick',
      'Gales of up to 90mph closed the coast road and two bridges in Brennick on Monday night, and ferries stayed in port until the morning.',
      'The council said crews had cleared fallen trees from most roads by noon on Tuesday, and that the bridges would reopen once engineers had checked them.',
      'Forecasters expect the wind to ease by Wednesday, though heavy rain is likely to follow along the whole coast.',
    ];
    const deal =
      "CALDER BANK TO BUY NORTHLINE FOR $2.1 BILLION The sale is expected to make Calder the country's third-largest lender. Northline's shareholders will vote on the deal in March, and here is what they will be asked:";
    assert.deepEqual(flaggedLines(`${[...lines, deal].join('\n')}\n`), []);
    // A line of offers is still one: its one sentence sells.
    const offer = 'Spring sale: buy two garden chairs for $99, today only';
    assert.deepEqual(flaggedLines(`${[...lines, offer].join('\n')}\n`), [`${offer} [prices or percentages with promotional words]`]);
  });

  it('keeps a last paragraph cut off without its full stop, and a quote before it', function () {
    // The old tail cut took everything after the last "article-like" paragraph; a paragraph
    // cut off without its full stop and a quote ending in a space before the mark were not.
    const text = article(
      'Ministers agree to review rail fares',
      'Ministers agreed on Monday to review rail fares after a year of protests by commuters in the north of the country.',
      'The review will report in the autumn, the transport minister said, and will look at season tickets first.',
      '"The man is a realist, and he knows what this has cost us. "',
      'Commuter groups welcomed the review but said it came too late for thousands of people who had already given up the train',
    );
    assert.deepEqual(flaggedLines(text), []);
  });

  it('keeps a telephone number in the article’s prose', function () {
    const text = article(
      'Police appeal after warehouse fire in Eldham',
      'Fire crews were called to a warehouse on the Eldham industrial estate at 2am on Sunday, and the building was destroyed.',
      'No one was hurt, but police said they were treating the fire as deliberate.',
      'Anyone with information is asked to call Eldham police on 0845 125 2222.',
    );
    assert.deepEqual(flaggedLines(text), []);
  });

  it('does not take a technology story that says "software" often for a licence', function () {
    const text = article(
      'Software maker patches flaw in its browser',
      'The software maker released an emergency software update on Wednesday to fix a flaw in its browser that hackers were already using.',
      'The software flaw lets an attacker take over a computer when its user visits a booby-trapped web page, the company said.',
      'Security researchers said the software giant had moved quickly, but urged users to install the software update at once.',
      'The company said it had no evidence that customer data had been taken, and thanked the researchers who reported the flaw under its licence programme.',
    );
    assert.deepEqual(checkArticle(text, 'story.txt'), { article: true });
    assert.deepEqual(flaggedLines(text), []);
  });

  it('still refuses a licence, by its shape', function () {
    const licence = [
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in the software without restriction.',
      'The above copyright notice and this permission notice shall be included in all copies of the software.',
      'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, INCLUDING THE WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE.',
    ].join('\n');
    assert.match((checkArticle(licence, 'notes.txt') as { reason: string }).reason, /licence/);
  });

  it('keeps a short headline, a sentence-shaped standfirst and a ranking that other stories repeat', function () {
    const text = article(
      'Convention notebook.',
      'Delegates spent the second day of the convention arguing about the platform, and the arguments spilled onto the streets outside the hall.',
      'Party officials said the platform would be put to a vote on Thursday, after two amendments were withdrawn.',
      'Rankings did not change from last week:',
      '1 Anna Berg.',
      '2 Tom Reyes.',
      '3 Lisa Chu.',
    );
    // Another story of the folder prints the same ranking.
    const repeated = new Set(['1 Anna Berg.', '2 Tom Reyes.', '3 Lisa Chu.'].map(normaliseLine));
    const analysis = analyze(text, { fileName: 'story.txt', repeatedElsewhere: (line) => (repeated.has(line) ? 3 : 0) });
    assert.deepEqual(
      analysis.annotations.filter((a) => a.kind === 'boilerplate').map((a) => a.range.start.line),
      [],
    );
  });

  it('keeps short quotes that the other reports of the event repeat, and a first-person last line', function () {
    const quotes = ['Obviously we are disappointed.', 'We take these matters very seriously.'];
    const lines = [...CLUB_STORY, 'The club’s manager is expected to speak to reporters on Thursday.', ...quotes, 'The player has not commented.', 'Let’s not get hysterical just yet, folks.'];
    assert.deepEqual(flaggedWithRepeats(lines, quotes), []);
  });

  it('keeps a repeated short quote whose only function words are contractions', function () {
    // ("Obviously, we're disappointed.": "we're" read as a content word left the line with no
    // function word, so it did not read as a sentence, and the other reports that quote it made
    // it a template.)
    const quotes = ['Obviously, we’re disappointed.', "Frankly, it's unacceptable."];
    const lines = [...CLUB_STORY, 'The club’s manager issued a statement on Tuesday:', ...quotes, 'The player has not commented.'];
    assert.deepEqual(flaggedWithRepeats(lines, quotes), []);
  });

  it('still ends the article where furniture shows itself, teasers included', function () {
    const body = [
      'Harbour board approves dredging of the eastern channel',
      'The Lowmouth harbour board voted on Thursday to dredge the eastern channel, ending a two-year dispute with fishermen.',
      'The work will begin in April and is expected to cost about 4 million pounds, the board said in a statement.',
      'Fishermen had argued that silt had made the channel unsafe at low tide, and several boats ran aground last winter.',
    ];
    const furniture = [
      'Couple Finds Old Fallout Shelter, But When They Look Inside... DailyTrends.com',
      'End Your Nightly Snoring With This Simple Trick SleepBetter.net',
      'Ever wondered why on earth you bought certain things? Over the last few… Read more',
      'Top Stories',
    ];
    const flagged = flaggedLines(article(...body, ...furniture));
    assert.equal(flagged.length, furniture.length, flagged.join('\n'));
  });
});

describe('a story that opens on a two-word sentence (round 435)', function () {
  // Found on a clean ECB+ article: "The roar." under the headline and the post's date was flagged
  // as the page's, between headline and article.
  const opening = (first: string) =>
    [
      'Bluejays return to the semifinals with a win over the Bulldogs',
      'Posted on March 9, 2025',
      first,
      'My goodness, the noise.',
      'Take about 7,000 fans of the home team, give them a long weekend away, and add high hopes for the tournament.',
      'That mixture turns the whole arena blue for three days, and the players say they can hear it on the court.',
    ].join('\n') + '\n';

  it('keeps it, as it keeps the three-word line under it', function () {
    assert.deepEqual(flaggedLines(opening('The roar.')), ['Posted on March 9, 2025 [a date or time on its own]']);
  });

  it('still takes a column’s title-cased label for the page’s', function () {
    assert.ok(flaggedLines(opening('Economic Scene.')).some((line) => line.startsWith('Economic Scene.')));
  });
});
