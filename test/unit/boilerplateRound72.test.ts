/**
 * Whole pages whose paragraphs stand one under each heading (round 72, found on newspaper's test
 * pages from sites the rules were not written against): a comment count beside the byline
 * ("Comments", "0 Comments") opened a comment section that took every paragraph of a listicle,
 * and a "Video" marker above a feature took its paragraphs, because the article resumed only at
 * two paragraphs in a row. And a list of other stories' headlines under no marker, between the
 * article and the page's last paragraph (a publisher's blurb), passed for the article's text.
 * Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/core/article.js';
import { analyze } from '../../server/src/core/annotate.js';
import { ruleDecisions, type Verdict } from '../../server/src/core/boilerplate/classify.js';
import { detachedBody } from '../../server/src/core/boilerplate/detachedBody.js';
import { blockFeatures } from '../../server/src/core/boilerplate/features.js';
import { boilerplateLexicon } from '../../server/src/core/boilerplate/lexicon.js';

/** Lines of a scraped page, one block to a line, and the lines Corroborate flags. */
function flagged(lines: string[]): Set<string> {
  const { annotations, article } = analyze(lines.join('\n') + '\n');
  return new Set(annotations.filter((a) => a.kind === 'boilerplate').map((a) => article!.lines[a.range.start.line]!.text));
}

const MENU = ['Home', 'News', 'Sport', 'Culture', 'Travel', 'Sign In', 'Subscribe', 'Search'];
const FOOTER = ['Related Stories', 'Ten cheap weekend trips by train', 'Why ferries are back in fashion', '© 2014 The Example Gazette. All rights reserved.', 'Privacy Policy', 'Terms of Use'];

const LISTICLE = [
  'Slow trains are having a moment, and the best of them cross whole countries in a day or two. Here are five routes our travel desk rode this year and would ride again tomorrow.',
  'The coast line, Portugal',
  'The morning train from Porto runs beside the sea for most of an hour, so close that spray reaches the windows on a windy day. Tickets cost less than a lunch in Lisbon, and the seats face the water.',
  'The mountain pass, Switzerland',
  'Few railways climb as steeply without a rack, and the line over the pass does it with spirals cut into the rock. Passengers lose sight of the valley three times before the summit tunnel.',
  'The night train, Sweden',
  'The sleeper north leaves Stockholm in the evening and reaches the Arctic by breakfast, and the dining car serves reindeer stew to anyone still awake at midnight. Cabins sleep three, and the beds are long.',
  'The lake line, Italy',
  'The small line along the lake stops at nine villages, and the conductor knows most of the passengers by name. In summer the last train waits for the ferry, which makes the evening crossing worth the wait.',
];

const FEATURE = [
  'Buying a first motorcycle is cheaper than buying a car, but the costs that follow the purchase surprise most new riders. Dealers, instructors and insurers say a beginner should budget for far more than the price of the bike.',
  'The real cost of ownership',
  'A new bike for a beginner costs between four and eight thousand dollars, and a used one in good order about half that. Dealers say most first-time buyers pay too much for power they will not use for years.',
  'Insurance',
  'A rider over twenty-five with a clean record can insure a small bike for a few hundred dollars a year. Younger riders pay several times as much, and a single speeding ticket can double the premium.',
  'Gear',
  'A helmet, a jacket, gloves and boots cost at least as much as a year of insurance, and instructors say none of them should be bought used. A helmet that has been dropped once may not protect its owner a second time.',
];

describe('boilerplate: paragraphs one under each heading on a whole page', function () {
  for (const count of ['Comments', '0 Comments']) {
    it(`keeps a listicle under a comment count by its byline ("${count}")`, function () {
      const page = [...MENU, 'Five slow train journeys worth the time', 'By Maria Costa', 'Dec 16, 2014 12:00 AM', count, ...LISTICLE, ...FOOTER];
      const out = flagged(page);
      for (const line of LISTICLE) assert.ok(!out.has(line), `flagged: ${line}`);
      assert.ok(out.has('Sign In') && out.has('Privacy Policy'), 'the page furniture is still flagged');
    });
  }

  it('keeps a feature whose paragraphs stand under headings, below a video marker', function () {
    const page = [...MENU, 'What a first motorcycle really costs', 'By Tom Reyes', 'June 17, 2014', 'Video', ...FEATURE, ...FOOTER];
    const out = flagged(page);
    for (const line of FEATURE.filter((l) => l.length > 60)) assert.ok(!out.has(line), `flagged: ${line}`);
  });

  it('still flags comments, one under each commenter, below the article', function () {
    const comments = [
      'Comments',
      'rider_joe',
      'I bought my first bike last spring and the insurance was twice what this article says, so shop around before you buy anything at all.',
      'karen_m',
      'Agreed with the gear advice, but nobody mentions the cost of storage in a city, which was the biggest expense for me by far this year.',
      'pete1979',
      'Great piece, though I think the price of a used bike is lower than this, at least where I live, and the dealers will haggle.',
    ];
    const page = [...MENU, 'What a first motorcycle really costs', 'By Tom Reyes', 'June 17, 2014', ...FEATURE, ...comments, ...FOOTER];
    const out = flagged(page);
    for (const line of comments.filter((l) => l.length > 60)) assert.ok(out.has(line), `kept: ${line}`);
  });
});

describe('boilerplate: a list of headlines far from the article', function () {
  // The rules alone are asked: on a short page like these the line model catches such a list
  // too, but on a long page (a wire story's site, its teasers forty lines under the article) it
  // may not decide lines inside the stretch it is given.
  const TEASER_REASON = 'a list of headlines far from the article';
  function byTeaserRule(lines: string[]): string[] {
    const article = parseArticle(lines.join('\n') + '\n');
    const decisions = ruleDecisions(article, { lineModel: null })!;
    return article.blocks.filter((_, i) => decisions.verdicts[i]?.reason === TEASER_REASON).map((b) => b.text);
  }
  const ARTICLE = [
    'Harbour strike ends after nine days',
    'Dock workers in the port returned to work on Friday after nine days on strike, ending a dispute over night shifts that had left dozens of ships waiting at anchor outside the harbour.',
    'The union said its members had voted by a large majority to accept an offer of higher pay for night work and two more rest days a month, and the port authority confirmed the deal.',
    'Shipping agents said it would take at least a week to clear the backlog of containers, and some importers warned of empty shelves before the holidays.',
    'The strike was the longest in the port since 1998, when a dispute over pensions shut it for three weeks and cost the regional economy an estimated 40 million euros.',
  ];
  const BLURB = 'The Example Gazette is an independent daily newspaper, founded in 1881, that covers the region, its ports and its businesses for readers in print and online every day of the week.';
  const TEASERS = [
    'Regional rail fares to rise by four percent in January',
    'Why the old ferry terminal is finally being torn down',
    'Local bakery wins national prize for its rye bread',
    'Council approves new cycle lanes along the seafront',
    'Museum reopens its maritime wing after a long restoration',
    'Five walks along the coast to take before the winter',
    'School choir heads to the national finals in the capital',
    'Storm warning issued for the islands over the weekend',
  ];

  it('flags the headlines of other stories between the article and a closing blurb', function () {
    const page = [...MENU, ...ARTICLE, 'Share this article', 'Transport', 'Weather', 'Traffic', ...TEASERS.slice(0, 4), 'Town', ...TEASERS.slice(4), 'Advertisement', BLURB, ...FOOTER];
    assert.deepEqual(byTeaserRule(page), TEASERS);
  });

  it("flags a menu of other stories' headlines far above the article, whatever line is taken for its headline", function () {
    const furniture = ['Sign In', 'Subscribe', 'Search', 'Video', 'Photos', 'Newsletters', 'Podcasts', 'Games', 'Weather', 'Traffic', 'Contact', 'Advertise'];
    const page = ['Home', 'News', 'Sport', TEASERS[0], TEASERS[1], 'Town', TEASERS[2], TEASERS[3], 'Outdoors', TEASERS[4], TEASERS[5], ...furniture, ...ARTICLE, ...FOOTER];
    // Taken as the page's top once the headline over the body is found (round 104), or as a list
    // of headlines when the first teaser is taken for the headline: flagged either way.
    const article = parseArticle(page.join('\n') + '\n');
    const decisions = ruleDecisions(article, { lineModel: null })!;
    const flaggedByRules = new Set(article.blocks.filter((_, i) => decisions.verdicts[i] !== undefined).map((b) => b.text));
    for (const teaser of TEASERS.slice(1, 6)) assert.ok(flaggedByRules.has(teaser), `kept: ${teaser}`);
    assert.ok(!flaggedByRules.has(ARTICLE[0]!));
  });

  it('flags teasers in title case that end in a full stop, and no sentence of the article', function () {
    const titled = [
      'He Visited This Old Lighthouse And Was Amazed By What He Found Inside.',
      'These Village Bakeries Will Make You Want To Move To The Coast.',
      'Twelve Ferry Crossings That Belong On Every Traveller’s List.',
      'She Painted Her Whole Street And The Neighbours Loved It.',
      'The Quiet Beaches Nobody Tells You About, Ranked.',
      'This Town Rebuilt Its Harbour With Nothing But Volunteers.',
      'Ten Winter Walks That Will Clear Your Head For The New Year.',
      'What This Fisherman Caught Will Make You Look Twice.',
    ];
    // Below the article, with the site's sign-up boxes between: far from its densest stretch.
    const signUps = Array.from({ length: 10 }, (_, k) => `Sign up for our newsletter number ${k + 1} and get the stories you care about in your inbox every morning`);
    const page = [...MENU, ...ARTICLE, ...signUps, ...titled.slice(0, 4), 'Town', ...titled.slice(4), ...FOOTER];
    // As a list of headlines, or, past the sign-up boxes, as lines after the article's end.
    const article = parseArticle(page.join('\n') + '\n');
    const decisions = ruleDecisions(article, { lineModel: null })!;
    const reasons = new Map(article.blocks.map((b, i) => [b.text, decisions.verdicts[i]?.reason]));
    for (const line of titled) assert.ok(reasons.get(line) === TEASER_REASON || reasons.get(line) === 'after the end of the article', `${line}: ${reasons.get(line)}`);
    for (const line of ARTICLE) assert.equal(reasons.get(line), undefined, line);
  });

  it('keeps a list the article announces with a colon, at its end', function () {
    const report = [
      'The rest of the injury report for Wednesday is as follows:',
      'Did Not Practice:',
      'S Marcus Dean Holloway (knee)',
      'TE Jimmy Carlton Reyes (ankle)',
      'DT Anthony Lee Harper (knee)',
      'LB Danny Ray Clarkson (hamstring)',
      'Limited:',
      'TE Jeremy Scott Shaw (groin)',
      'TE David Paul Thorne (knee)',
    ];
    assert.deepEqual(byTeaserRule([...ARTICLE, ...report]), []);
  });

  it("keeps a book list whose reviews speak to the reader, far below the article's densest prose", function () {
    const books = [
      'Books for the long crossing',
      'The Salt Road Home',
      'Anna Berg; illustrated by Tom Lind',
      'Harbour Press, 32 pages; ages 8-12',
      'You will not want to put down this story of a girl who follows her grandfather along the old salt road, and the pictures make every page worth a second look.',
      'Lights Over the Bay',
      'Samuel Ortiz; photographs by Lena Holt',
      'Northwind Books, 240 pages; ages 13 and up',
      'If you have a teenager who loves the sea, give them this tale of two brothers who keep a lighthouse running through the worst winter in a century.',
    ];
    assert.deepEqual(byTeaserRule([...MENU, ...ARTICLE, 'Share this article', ...books, 'Advertisement', BLURB, ...FOOTER]), []);
  });
});

describe('boilerplate: a reviewer speaks to the reader', function () {
  // A menu's blurb far above the article, then the site's furniture, then the article: it opens
  // with long paragraphs in the second person, which are not the neutral prose the article's
  // densest stretch is found by, and lists books, each with its price line over the paragraph
  // the reviewer gives it.
  const TOP = [
    'Home',
    'Search our archive of recipes, reviews and guides to the region.',
    'Sign In',
    'Subscribe',
    'Newsletters',
    'Weather',
    'Traffic',
    'Podcasts',
    'Games',
    'Puzzles',
    'Obituaries',
    'Classifieds',
  ];
  const HEADLINE = 'The best gifts for young readers this year';
  const OPENING = [
    'If you are looking for a book that a child will read twice, you could do worse than start with the picture books below, every one of which you can read aloud in ten minutes and every one of which a class of seven-year-olds asked to hear again.',
    'You will find the prices and the ages the publishers suggest under each title, but you know your reader better than any publisher does, so treat the ages as a guide and not as a rule when you choose gifts for young readers.',
  ];
  const BODY = [
    'The reviewers read more than two hundred books for young readers published this year, and chose the twelve below as the best gifts for children between five and twelve.',
    'Picture books made up half of the list for the first time since 2009, which the reviewers put down to a strong year for illustrators from small presses in the north of the country.',
    'Three of the twelve books were written by first-time authors, and two of them were published by a press that opened only last spring in a former bakery near the harbour.',
    'The list was chosen by the paper’s books editor with two teachers and a librarian, who met four times over the autumn to argue over the last places on it.',
  ];
  const ENTRY = [
    'Northwind Press, $16.99; ages 5-8',
    'A girl follows her grandfather along the old salt road to the sea, and the pictures of the marsh at dawn are the finest of the year in any children’s book the reviewers saw.',
  ];

  it('starts the article at its opening paragraphs, not at the densest stretch under them', function () {
    // detachedBody on its own, given what the rules decided: the menu's lines flagged, the blurb
    // and the neutral paragraphs taken for article prose, the opening in the second person not.
    const lines = [...TOP, HEADLINE, ...OPENING, ...BODY];
    const article = parseArticle(lines.join('\n') + '\n');
    const lexicon = boilerplateLexicon();
    const features = article.blocks.map((b) => blockFeatures(b, lexicon));
    const blurb = lines.indexOf(TOP[1]!);
    const verdicts = lines.map((_, i): Verdict | undefined => (i < lines.indexOf(HEADLINE) && i !== blurb ? { category: 'navigation', reason: 'a section marker' } : undefined));
    const articleLike = (i: number) => i === blurb || BODY.includes(lines[i]!);
    const detached = detachedBody(features, verdicts, articleLike, blurb, 12);
    assert.ok(detached === undefined || detached.bodyStart <= lines.indexOf(OPENING[0]!), `the body starts at ${detached?.bodyStart}: ${lines[detached?.bodyStart ?? 0]}`);
  });

  it("keeps an item's price line over the paragraph the reviewer gives it", function () {
    const lines = [HEADLINE, ...BODY.slice(0, 2), 'The Salt Road Home', ...ENTRY, ...BODY.slice(2), ...FOOTER];
    const article = parseArticle(lines.join('\n') + '\n');
    const decisions = ruleDecisions(article, { lineModel: null })!;
    assert.equal(decisions.verdicts[lines.indexOf(ENTRY[0]!)], undefined);
  });
});

describe("boilerplate: a recipe's quantities are no slide counters", function () {
  const RECIPE = ['Serves: 8', '1/4 pound celery root, peeled and cut into 1-inch pieces', '2 pounds sweet potatoes, peeled and cut into pieces', '1/4 cup packed brown sugar', '3/4 teaspoon salt'];
  function reasons(lines: string[]): Map<string, string> {
    const article = parseArticle(lines.join('\n') + '\n');
    const decisions = ruleDecisions(article, { lineModel: null })!;
    return new Map(article.blocks.flatMap((b, i) => (decisions.verdicts[i] ? [[b.text, decisions.verdicts[i]!.reason] as [string, string]] : [])));
  }
  const INTRO = [
    'Root vegetable mash for a winter table',
    'This mash can be made the day before and warmed through just before serving, and it keeps its texture better than mashed potatoes do when it sits on a buffet for an hour.',
  ];

  it('keeps "1/4 cup packed brown sugar" and the other quantities of the list', function () {
    const out = reasons([
      ...INTRO,
      ...RECIPE,
      'Combine the vegetables in a pot, cover them with water and boil them until they are tender, about twenty minutes, then drain and mash them with the sugar.',
    ]);
    for (const line of RECIPE) assert.notEqual(out.get(line), 'a gallery counter', line);
  });

  it('still reads "3/12 The mayor arrives at the harbour" as a slide of a gallery', function () {
    const out = reasons([...INTRO, '3/12 The mayor arrives at the harbour', '4/12 Crowds gather on the quay', INTRO[1]!]);
    assert.equal(out.get('3/12 The mayor arrives at the harbour'), 'a gallery counter');
  });
});
