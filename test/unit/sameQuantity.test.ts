/**
 * Conflicts only between the same quantity (issue 15, item 3): figures of one unit that are
 * not the same quantity neither agree nor conflict, numbers inside names are not counts, and
 * copies of one text never conflict.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { CorpusIndex } from '../../server/src/core/corroboration/corpusIndex.js';
import { outletOf } from '../../server/src/core/corroboration/outlet.js';
import { compareQuantities, findQuantities, MAX_CONFLICT_RATIO, orderApart } from '../../server/src/core/corroboration/quantities.js';
import { tag } from '../../server/src/core/nlp/tagger.js';

/**
 * A fact both articles report besides the one under test, in other words: two reports of one
 * event share more than one fact, and a conflict is only looked for between such reports.
 */
const SHARED = ['Talks between the two delegations resumed in Brennick on Tuesday.', 'The two delegations resumed their talks in Brennick on Tuesday.'];

/** The conflicts found between two articles reporting one event, as "here | there". */
function conflicts(first: string, second: string, shared = SHARED): string[] {
  const results = analyzeCorpus([
    { id: 'one', fileName: 'one.txt', text: `First report\n${first}\n${shared[0] ?? ''}\n` },
    { id: 'two', fileName: 'two.txt', text: `Second report\n${second}\n${shared[1] ?? ''}\n` },
  ]);
  return results.flatMap((r) =>
    r.annotations.filter((a) => a.kind === 'conflict').flatMap((a) => (a.data['matches'] as { values: { here: string; there: string } }[]).map((m) => `${m.values.here} | ${m.values.there}`)),
  );
}

/** How the second article's figures relate to the first one's, for every match that compared figures. */
function related(first: string, second: string): string[] {
  const results = analyzeCorpus([
    { id: 'one', fileName: 'one.txt', text: `First report\n${first}\n${SHARED[0]}\n` },
    { id: 'two', fileName: 'two.txt', text: `Second report\n${second}\n${SHARED[1]}\n` },
  ]);
  return results[0]!.annotations.flatMap((a) => (a.kind === 'corroboration' || a.kind === 'conflict' ? a.data.matches : []).filter((m) => m.values?.compared === 'figures').map((m) => m.relation));
}

/** The counts read in a sentence: figures of a counted thing. */
const counts = (sentence: string) =>
  findQuantities(tag(sentence), sentence)
    .filter((q) => q.unit !== undefined)
    .map((q) => q.text);

describe('conflicts only between the same quantity', function () {
  it('still finds two counts of the same thing for the same holder that disagree', function () {
    assert.notDeepEqual(
      conflicts('The Valdorian navy sent 40 warships to the Tessaly strait on Monday, officials said.', 'The Valdorian navy sent 15 warships to the Tessaly strait on Monday, a spokesman said.'),
      [],
    );
  });

  it('does not set the figures of two articles against each other when they share no other fact', function () {
    // Two reports of one kind of event (two deployments, two games) share the kind of figure, not a fact.
    const first = 'The Valdorian navy sent 40 warships to the Tessaly strait on Monday, officials said.';
    const second = 'The Valdorian navy sent 15 warships to the Tessaly strait on Monday, a spokesman said.';
    assert.notDeepEqual(conflicts(first, second), []);
    assert.deepEqual(conflicts(first, second, []), []);
  });

  it('measures how far apart two figures are from the nearest ends of their ranges', function () {
    const figure = (sentence: string) => findQuantities(tag(sentence), sentence)[0]!;
    assert.equal(orderApart(figure('Ten people were hurt.'), figure('Some 612 people were hurt.')) > MAX_CONFLICT_RATIO, true);
    assert.equal(orderApart(figure('Thousands of troops were sent.'), figure('Tens of thousands of troops were sent.')) <= MAX_CONFLICT_RATIO, true);
    assert.equal(orderApart(figure('Up to 2,000 workers struck.'), figure('More than 9,000 workers struck.')) <= MAX_CONFLICT_RATIO, true);
    assert.equal(orderApart(figure('About 40 ships waited.'), figure('Some 900 ships waited.')) > MAX_CONFLICT_RATIO, true);
    // "At least 40" has no upper end: it is not apart from any larger figure.
    assert.equal(orderApart(figure('At least 40 ships waited.'), figure('Some 900 ships waited.')) <= MAX_CONFLICT_RATIO, true);
  });

  it('sets figures an order of magnitude apart against each other only in sentences that say the same otherwise', function () {
    // Of one earthquake, "10 people" and "612 people" are most often the dead and the injured.
    const dead = 'The earthquake near Dargen on Sunday killed 10 people, officials said.';
    assert.deepEqual(conflicts(dead, 'At least 612 people were hurt and thousands left homeless when the quake hit the island near Dargen, state media said.'), []);
    assert.notDeepEqual(conflicts(dead, 'The earthquake near Dargen on Sunday killed 612 people, state media said.'), []);
    assert.notDeepEqual(conflicts(dead, 'The earthquake near Dargen on Sunday killed 40 people, state media said.'), []);
  });

  it('takes whose figure it is from the reported clause, not from who reports it', function () {
    // The speaker's country leads the sentence; the troops are Valdoria's on both sides.
    assert.notDeepEqual(
      conflicts(
        'Ostland’s foreign minister Ana Brell said on Monday that Valdoria has sent 5,000 troops to the Tessaly border.',
        'Valdoria has sent 20,000 troops to the Tessaly border, a Westmark official said on Monday.',
      ),
      [],
    );
    assert.deepEqual(
      related(
        'Ostland and Westmark allege there are more than 4,000 Valdorian troops at the Tessaly border.',
        'Brask’s defence minister Ivo Lenz said Valdoria has sent about 4,500 troops to the Tessaly border.',
      ),
      ['agrees'],
    );
  });

  it('takes an unnamed holder from the sentence before', function () {
    // "About 4,000 workers" names no port; the sentence before says which.
    const first = 'Dockworkers at the Port of Halden stayed off the job on Tuesday.\nAbout 4,000 workers are taking part in the strike, the union said.';
    assert.notDeepEqual(conflicts(first, 'Tens of thousands of workers have joined a strike at the Port of Halden, the union claims.'), []);
    // A port the article does not name is another port's strike.
    const other = 'Dockworkers at the Port of Arvia stayed off the job on Tuesday after talks with Halden shipping lines failed.\nAbout 4,000 workers are taking part in the strike, the union said.';
    assert.deepEqual(conflicts(other, 'Tens of thousands of workers have joined a strike at the Port of Halden, the union claims.'), []);
  });

  it('does not set one span of time against another', function () {
    assert.deepEqual(conflicts('Ana Brell spent 19 seasons with the Halden Hawks, the club said.', 'Ana Brell spent four seasons with the Halden Hawks as a scout, the club said.'), []);
  });

  it('does not set the killed against the injured', function () {
    assert.deepEqual(conflicts('The quake on Qarun island injured five people on Sunday, officials said.', 'The quake on Qarun island killed 10 people on Sunday, officials said.'), []);
  });

  it('does not set the shot against the killed', function () {
    assert.deepEqual(
      conflicts(
        'The trial of the warehouse clerk accused of shooting three co-workers at the Lindau depot starts Monday.',
        'The clerk is accused of killing two co-workers at the Lindau depot, prosecutors said.',
      ),
      [],
    );
  });

  it('does not set a player’s points in one run against the points of the game', function () {
    assert.deepEqual(
      conflicts(
        'Teo Marsh became the leading scorer in Halden history and had five points during a 15-2 run as Halden beat Arvia on Friday.',
        'Teo Marsh scored 23 points and became the leading scorer in Halden history as Halden beat Arvia on Friday.',
      ),
      [],
    );
    assert.notDeepEqual(conflicts('Teo Marsh scored 23 points against Arvia on Friday.', 'Teo Marsh scored 32 points against Arvia on Friday.'), []);
  });

  it('does not set a count of one kind against a count the other report tells apart from that kind', function () {
    assert.deepEqual(
      conflicts(
        'Valdorian navy has foiled a piracy attempt on 5 Valdorian merchant vessels in international waters.',
        'A Valdorian warship on Thursday intercepted three boats with 26 pirates in the Tessaly strait and foiled an attack on merchant vessels.',
      ),
      [],
    );
  });

  it('does not set a count of what happened against a count of another act', function () {
    assert.deepEqual(
      conflicts(
        'Valdorian sailors spotted five boats approaching the convoy in the Tessaly strait on Monday.',
        'Valdorian sailors captured three boats in the Tessaly strait on Monday, the navy said.',
      ),
      [],
    );
  });

  it('does not set a figure told over some games against one told over others', function () {
    assert.deepEqual(conflicts('Teo Marsh rushed for 716 yards in 12 games for Halden.', 'Teo Marsh rushed 106 times for 404 yards for Halden.'), []);
    assert.deepEqual(conflicts('Teo Marsh has played in the past six games for Halden.', 'Teo Marsh played in 10 games for Halden.'), []);
  });

  it('does not set two counts an order of magnitude apart against each other when no clause says whose they are', function () {
    assert.deepEqual(
      conflicts('Three people were killed and more than 260 were injured in the blast.', 'The interior minister said on Friday that 80 people were killed and 18 others were critically injured.'),
      [],
    );
  });

  it('does not set a part of a whole against the whole', function () {
    assert.deepEqual(conflicts('Teo Marsh scored 10 of the first 17 points against Arvia on Friday.', 'Teo Marsh scored 23 points against Arvia on Friday.'), []);
  });

  it('does not set one firm’s sales against another firm’s profit', function () {
    assert.deepEqual(
      conflicts('Halvex Media, the US group, said its third-quarter sales reached $11.1bn on Tuesday.', 'Brandt Motors, the US carmaker, said its third-quarter net income reached $104m on Tuesday.'),
      [],
    );
  });

  it('does not set one country’s annual growth against another’s quarterly growth', function () {
    assert.deepEqual(
      conflicts('Growth in Ostland reached 1.7% over the whole year, the statistics office said.', 'Growth in Ostland reached 0.4% in the quarter to June, the statistics office said.'),
      [],
    );
    assert.deepEqual(conflicts('The economy of Ostland grew 1.7% last year, officials said.', 'The economy of Westmark grew 0.4% last year, officials said.'), []);
  });

  it('does not set a 2004 figure against a 2005 forecast', function () {
    assert.deepEqual(conflicts('Pellar Foods made profits of $300m in 2004, the company said.', 'Pellar Foods forecast profits of $450m in 2005, the company said.'), []);
  });

  it('lets figures rounded differently agree', function () {
    const one = (s: string) => findQuantities(tag(s), s)[0]!;
    assert.equal(compareQuantities(one('Turnout was 29% in the north.'), one('Turnout was 28.9% in the north.')), 'agrees');
    assert.equal(compareQuantities(one('About 11,000 soldiers were moved.'), one('Up to 12,000 soldiers were moved.')), 'agrees');
    assert.deepEqual(conflicts('Turnout in Merrow reached 29% on Sunday, the commission said.', 'Turnout in Merrow reached 28.9% on Sunday, the commission said.'), []);
  });

  it('lets a figure agree with a bound open upwards only near the bound (round 238)', function () {
    // "More than 1,200 Clinton emails" (classified) and "31,000 additional emails" (deleted) were
    // said to agree: the open end of "more than" reached any figure above it.
    const one = (s: string) => findQuantities(tag(s), s)[0]!;
    assert.equal(compareQuantities(one('More than 1,200 ferry tickets were sold.'), one('The board sold 31,000 ferry tickets.')), undefined);
    assert.equal(compareQuantities(one('The board sold 31,000 ferry tickets.'), one('More than 1,200 ferry tickets were sold.')), undefined);
    assert.equal(compareQuantities(one('At least 3 people were killed in the fire.'), one('At least 10 people were killed in the fire.')), undefined);
    assert.equal(compareQuantities(one('More than 10,000 soldiers were moved.'), one('Up to 12,000 soldiers were moved.')), 'agrees');
    assert.equal(compareQuantities(one('More than 1,200 ferry tickets were sold.'), one('The board sold 1,900 ferry tickets.')), 'agrees');
    assert.equal(compareQuantities(one('At least 10 people were killed in the fire.'), one('At least 10 people were killed in the fire.')), 'agrees');
  });

  it('reads no count in a product, a race or a version name', function () {
    assert.deepEqual(counts('Sony sold the PlayStation 2 console for years.'), []);
    assert.deepEqual(counts('She won the 100m gold and then the 4x100m relay.'), []);
    assert.deepEqual(counts('The laptop ships with Windows 7 installed.'), []);
    assert.deepEqual(counts('He kicked a 47-yard field goal and a three-point play followed.'), []);
    assert.deepEqual(counts('The quake was a 5.6 magnitude earthquake.'), []);
    assert.deepEqual(counts('One of the men arrested was a former agent.'), []);
    assert.deepEqual(counts('The law was passed eight years ago.'), []);
  });

  it('does not set a product’s number against a count of consoles', function () {
    assert.deepEqual(conflicts('Kessler Games sold the new PlayStation 3 console in Arvia last winter.', 'Kessler Games sold the PlayStation 2 console in Arvia last winter.'), []);
  });

  it('needs the same happening for dates to disagree', function () {
    assert.deepEqual(conflicts('Senator Oyelaran wrote the letter to the ministry on Feb. 2, aides said.', 'A Feb. 1 letter from Senator Oyelaran’s rivals reached the ministry, aides said.'), []);
  });

  it('never finds a conflict between two copies of one text', function () {
    const story = [
      'Port strike spreads',
      'About 4,000 dockworkers walked off the job at the Port of Brennick on Monday, the union said.',
      'The port authority said talks with the union would resume on Thursday in the capital.',
      'Shipping lines have diverted at least a dozen vessels to other ports along the coast.',
      'The union is demanding guarantees that automation will not cost members their jobs.',
      'Tens of thousands of dockworkers joined the strike at the Port of Brennick, the union said.',
    ].join('\n');
    const copy = story + '\nRead more stories like this one.';
    const other = 'Ferry news\nThe ferry company in Halden added two boats to its winter timetable, a spokesman said.\n';
    const index = new CorpusIndex();
    for (const [id, text] of [
      ['a', story],
      ['b', copy],
      ['c', other],
    ] as const)
      index.set(id, id, analyze(text).claims);
    assert.equal(index.copies('a', 'b'), true, 'a story and its copy');
    assert.equal(index.copies('a', 'c'), false, 'two different stories');
    const results = analyzeCorpus([
      { id: 'a', fileName: 'a.txt', text: story },
      { id: 'b', fileName: 'b.txt', text: copy },
    ]);
    const between = results.flatMap((r) => r.annotations.filter((a) => a.kind === 'conflict').flatMap((a) => (a.data['matches'] as { uri: string }[]).filter((m) => m.uri !== r.id)));
    assert.deepEqual(between, []);
  });
});

describe('outlet identity', function () {
  const body = 'Strike at Brennick\nAbout 4,000 dockworkers walked off the job at the Port of Brennick on Monday, the union said.\nThe port authority said talks would resume on Thursday.\n';
  const outlet = (text: string) => outletOf(analyze(text), 'story.txt');

  it('never takes a phrase of the article for the outlet', function () {
    assert.equal(outlet(body + 'It is a clichÃ© that an armed society is a polite society.\n'), 'story');
    assert.ok(!/analyst/.test(outlet(body + 'Jo Brand is a columnist for Meridian News and political analyst for Radio Calder.\n')));
    assert.equal(outlet(body + 'View the full results: http://short.example/1oGcEFv.\n'), 'story');
  });

  it('still reads the rights line and the source address', function () {
    assert.equal(outlet(body + '© 2025 Meridian News Agency. All rights reserved.'), 'Meridian News Agency');
    assert.equal(outlet(body + 'Source: https://www.courier.example/news/strike'), 'courier.example');
  });
});
