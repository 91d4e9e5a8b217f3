/**
 * Issue 13, round 22: what a careful editor would reject among the flags on folders of clean
 * articles — rows of the story that other files repeat (a line-up, a tally, a subheading that
 * names a candidate, a story saved twice), quotes in the wire archives' quotation marks, phrases
 * inside someone's quoted words. All articles here are our own.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { TemplateLines } from '../../server/src/core/boilerplate/templates.js';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

/** Flagged lines of each file of a folder analysed as one corpus, as `check` does. */
function flaggedInFolder(files: Record<string, string>): Record<string, string[]> {
  const templates = new TemplateLines();
  for (const [name, text] of Object.entries(files)) templates.set(name, text);
  const result: Record<string, string[]> = {};
  for (const [name, text] of Object.entries(files)) {
    const analysis = analyze(text, { fileName: name, repeatedElsewhere: templates.lookupFor(name) });
    assert.equal(analysis.skipped, undefined, `${name} skipped: ${analysis.skipped}`);
    const lines = text.split('\n');
    result[name] = analysis.annotations.filter((a) => a.kind === 'boilerplate').map((a) => `${lines[a.range.start.line]} [${String(a.data['reason'])}]`);
  }
  return result;
}

const noFlags = (files: Record<string, string>) => Object.fromEntries(Object.keys(files).map((name) => [name, []]));

const MATCH_REPORT = [
  'Kelby hold off Marston to reach the shield final',
  'Kelby Athletic reached the county shield final after a tense 2-1 win over Marston at Quarry Lane on Saturday.',
  'Striker Dan Ferrow scored twice before the break, and Marston pulled one back through Ollie Wade late on.',
  '"It was nervy at the end but the lads dug in," said Kelby manager Rob Tilling.',
  'Marston boss Carl Ebbs said his side had left themselves too much to do.',
  'Results:',
  'Kelby Athletic: Penn; Voss, Elder, Crane, Hobb; Lyle, Ferrow, Dace; Moss, Tully, Grange.',
  'Subs: Lomas, Pryce, Gill, Benn, Stott.',
  'Referee: M Ashdown (Wilts).',
];

describe('round 22: rows of the story that other files repeat', function () {
  it('keeps a story saved three times, its line-up and its results', function () {
    const text = article(...MATCH_REPORT);
    const files = { 'a.txt': text, 'b.txt': text, 'c.txt': text, 'd.txt': text };
    assert.deepEqual(flaggedInFolder(files), noFlags(files));
  });

  it('keeps a line-up and a tally that the other reports of the event print too', function () {
    const report = (lead: string) =>
      article(
        MATCH_REPORT[0]!,
        lead,
        'The win means Kelby face the holders in the final at the end of the month.',
        '"We knew it would be tough," said Kelby manager Rob Tilling, who praised his defence.',
        'Kelby Athletic: Penn; Voss, Elder, Crane, Hobb; Lyle, Ferrow, Dace; Moss, Tully, Grange.',
        'Subs: Lomas, Pryce, Gill, Benn, Stott.',
      );
    const files = {
      'one.txt': report('Dan Ferrow scored twice as Kelby Athletic beat Marston 2-1 in the county shield semi-final.'),
      'two.txt': report('Kelby Athletic are into the county shield final after seeing off a late Marston fightback at Quarry Lane.'),
      'three.txt': report('A double from Dan Ferrow sent Kelby Athletic through to the shield final on a cold afternoon.'),
    };
    assert.deepEqual(flaggedInFolder(files), noFlags(files));
  });

  it('keeps subheadings that name the candidates, which other stories of the campaign repeat', function () {
    const story = (topic: string) =>
      article(
        `How each candidate could win the ${topic} primary`,
        `Voters in the ${topic} primary go to the polls on Tuesday with the race for the nomination still open.`,
        'Polls show the three candidates within a few points of each other, and turnout is expected to be high.',
        'Mara Quist.',
        'Quist has led in most polls since January and has the backing of the state party chairman.',
        'Owen Falk.',
        `Falk has spent more time in the ${topic} suburbs than any rival, and his campaign says that will pay off.`,
        'Lena Drury.',
        'Drury needs a strong showing among rural voters, who gave her a narrow win in the last race.',
      );
    const files = { 'north.txt': story('northern'), 'south.txt': story('southern'), 'west.txt': story('western') };
    assert.deepEqual(flaggedInFolder(files), noFlags(files));
  });

  it('still flags a slogan and a label in capitals that many files repeat', function () {
    const files: Record<string, string> = {};
    const topics = ['bridge', 'library', 'harbour', 'school', 'market', 'railway', 'museum'];
    for (const topic of topics) {
      files[`${topic}.txt`] = article(
        `Council approves new ${topic} plan`,
        'FULL TEXT.',
        `The council approved a plan for the town's ${topic} on Tuesday, after a debate that lasted most of the evening.`,
        `Work on the ${topic} is due to start next spring and should take about a year, officials said.`,
        'Westbury Gazette, serving the valley since 1902',
        `Residents who opposed the ${topic} plan said they would consider a legal challenge.`,
      );
    }
    const flagged = flaggedInFolder(files);
    assert.deepEqual(flagged['bridge.txt'], ['FULL TEXT. [repeated in other files]', 'Westbury Gazette, serving the valley since 1902 [repeated in other files]']);
  });
});

describe("round 22: someone's quoted words are the article's", function () {
  const flagged = (text: string) => flaggedInFolder({ 'story.txt': text })['story.txt'];

  it('reads two apostrophes as quotation marks: a quote that says "you" and "hours ago" is no furniture', function () {
    const text = article(
      'Ferry operator adds a night crossing',
      'The Gullhaven ferry operator will add a night crossing to the island from May, its chief executive said on Monday.',
      'The crossing will run four nights a week during the summer and carry up to 60 cars, the company said.',
      "''If you miss the last boat, you sleep in your car, and that has to stop,'' he said. ''A family waited nine hours ago last week.''",
      'Island councillors welcomed the change but asked for a winter timetable as well.',
    );
    assert.deepEqual(flagged(text), []);
  });

  it('keeps a paragraph whose only furniture phrase is inside a quote', function () {
    const text = article(
      'Choir director retires after thirty years',
      'The director of the Ashby Community Choir, Helen Varga, will retire in June after thirty years at its head.',
      'The choir grew from twelve members to more than ninety under her, and toured Norway and Canada.',
      'Varga said the choir had been her second family and that she would stay on as a singer.',
      'Singing every week, she said, had helped her “get in touch with a part of myself I had forgotten,” and she hoped newcomers would feel the same about performing.',
      'A successor will be chosen by the members in May.',
    );
    assert.deepEqual(flagged(text), []);
  });

  it('keeps a quote in single quotation marks that the other reports repeat', function () {
    const statement = "'We thank you for respecting the family's privacy at this time.'";
    const story = (lead: string) =>
      article(
        'Singer treated in hospital after fall',
        lead,
        'Her management said she was expected to make a full recovery and would rest for several weeks.',
        statement,
        'Tour dates for March have been postponed.',
      );
    const files = {
      'a.txt': story('The singer Cora Lind was taken to hospital on Friday after a fall at her home in the city.'),
      'b.txt': story('Cora Lind, the singer, spent Friday night in hospital after falling at home, her spokesman said.'),
      'c.txt': story('Singer Cora Lind is recovering in hospital after a fall at her home on Friday.'),
    };
    assert.deepEqual(flaggedInFolder(files), noFlags(files));
  });
});

describe('round 22: the end of the article', function () {
  const flagged = (text: string) => flaggedInFolder({ 'story.txt': text })['story.txt'];

  it('keeps a last paragraph that says "you can bet" above a one-line Twitter handle', function () {
    const text = article(
      'Council delays vote on harbour tolls',
      'Brimley council has postponed a vote on raising harbour tolls until the spring, after objections from boat owners.',
      'The proposal would double the annual mooring charge for boats longer than eight metres.',
      'Harbour master Ian Cole said the extra money was needed to repair the north wall, which was damaged in February.',
      'With an election less than a year away and the mayor seeking a third term, you can bet that few members want to be remembered for raising prices on small businesses before polling day.',
      'Follow Jane Roe on Twitter @janeroe.',
    );
    assert.deepEqual(flagged(text), ['Follow Jane Roe on Twitter @janeroe. [contact details]']);
  });

  it('keeps a long paragraph on the story cut off without its full stop, under a dateline', function () {
    const text = article(
      'Actor checks into Palm Springs clinic',
      'Sat., Jun. 8, 2013 10: 15 AM PDT',
      'Late Friday night, around 11 p. m., the 31-year-old actor checked into the Desert Vale clinic in Palm Springs, Calif, publicist Mara Dent told Celebrity Wire,',
    );
    assert.deepEqual(flagged(text), ['Sat., Jun. 8, 2013 10: 15 AM PDT [a date or time on its own]']);
  });
});

describe('round 22: lists the article announces', function () {
  it('keeps the figures of a list the article introduces with a colon', function () {
    const text = article(
      'Shares slide as fuel costs climb',
      'Shares in Lonport fell sharply on Tuesday as the price of jet fuel rose for a fifth day.',
      'The main index closed down 1.3% at 5,112 points, its lowest level since March.',
      'Carriers were among the biggest fallers:',
      'Northsky down 4.2%',
      'Bluewing down 3.8%',
      'Aerlan down 3.1%',
      '"Fuel is the big worry," said one trader, who asked not to be named.',
      'Analysts expect prices to stay high for the rest of the month.',
    );
    assert.deepEqual(flaggedInFolder({ 'story.txt': text })['story.txt'], []);
  });
});

describe('round 22: text read in the wrong encoding', function () {
  it('does not take an "é" read as "Ã©" for a rights sign, its "Ã" composed or not', function () {
    for (const mangled of ['clich\u00c3\u00a9', 'clichA\u0303\u00a9']) {
      const text = article(
        'Delegates argue over open carry at the convention',
        'Delegates spent the second day of the convention arguing about whether guns should be allowed inside the hall.',
        'Police said no incidents had been reported by Wednesday evening.',
        `It is a ${mangled} that an armed crowd is a polite crowd. The convention showed that it can also be a calm one.`,
        'The last day of the convention is on Thursday.',
      );
      assert.deepEqual(flaggedInFolder({ 'story.txt': text })['story.txt'], []);
    }
  });
});

describe('round 22: under the headline', function () {
  it('keeps a standfirst without its full stop right under the headline', function () {
    const text = article(
      'Lorry overturns on bypass',
      'No injuries reported',
      'A lorry carrying gravel overturned on the Hadley bypass on Tuesday morning, closing the road for six hours.',
      'Police said the driver was checked by paramedics at the scene and did not need hospital treatment.',
      'The road reopened shortly after 1400.',
    );
    assert.deepEqual(flaggedInFolder({ 'story.txt': text })['story.txt'], []);
  });
});
