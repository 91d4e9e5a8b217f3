/**
 * The headline of a whole page (round 104, found on newspaper's test pages): the search from the
 * top took a site's line ("Fox News Latino", "Numbers, Facts and Trends Shaping Your World"), so
 * the site's lines under it and over its menus stayed the article's. Every text here is written
 * for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { TemplateLines } from '../../server/src/core/boilerplate/templates.js';
import { flaggedLineSet } from '../support/boilerplateFlags.js';

/** The lines Corroborate flags, by their text. */
const flagged = flaggedLineSet;

const SITE = ['Harbour Ledger News Network', 'Harbour Ledger Bridge Watch', 'Harbour Ledger Radio'];
const MENU = ['Login', 'Account', 'Home', 'News', 'Politics', 'Sports', 'Business', 'Opinion', 'Weather', 'Travel'];
const HEADLINE = 'Council approves harbour bridge after four-hour debate';
const BODY = [
  'The council approved the harbour bridge on Monday after a debate of four hours that ran late into the night, ending years of argument over the crossing.',
  'The bridge will cost 40 million euros, and the state will pay 60 percent of it, the mayor told the council before the vote.',
  'Work on the harbour bridge starts in March and should end in 2028, when the ferry will stop running between the two quays of the harbour.',
  'Opponents of the bridge said the council had ignored the ferry workers, who will lose their jobs when the crossing opens.',
];

describe('boilerplate: the headline over the body of a whole page', function () {
  it('takes the title over the body, not a site’s line far above it, for the headline', function () {
    const found = flagged([...SITE, ...MENU, HEADLINE, 'By Ana Sousa', 'Published March 3, 2025', ...BODY]);
    // The site's line on the article's topic ("Bridge Watch") is the page's top, as the others are.
    for (const line of SITE) assert.ok(found.has(line), `${line} kept`);
    assert.ok(!found.has(HEADLINE));
    for (const line of BODY) assert.ok(!found.has(line));
  });
});

describe('boilerplate: a feed of other stories under the article', function () {
  const story = (title: string, deck: string, author: string, summary: string) => ['HARBOURS', title, deck, `by ${author}`, summary];
  const FEED = [
    ...story(
      'A Week on the North Quay',
      'Four tips on where to eat and sleep near the fish market',
      'Rui Costa',
      'Spending a week on the north quay, I kept to my favourite cafes but also tried the new oyster bar that opened by the ferry slip in the spring.',
    ),
    ...story(
      'The Lighthouse Hotel Reopens',
      'A keeper’s cottage turned into twelve rooms over the bay',
      'Marta Lopes',
      'The old lighthouse on the point has reopened as a small hotel, with rooms in the keeper’s cottage and a bar in the lamp room at the top of the tower.',
    ),
    ...story(
      'Win a Weekend by the Sea',
      'Our getaway to the islands ends on Friday',
      'Joana Reis',
      'We joined a ferry line to give one reader and a guest a weekend on the islands, with a boat tour, two nights at an inn and dinner at the harbour.',
    ),
    ...story(
      'Dry Dock Market Opens',
      'Stalls of food and crafts in the old shipyard',
      'Rui Costa',
      'Every Saturday the dry dock fills with stalls of bread, cheese, pottery and rope work, and the shipyard’s crane lights up when the market closes.',
    ),
  ];
  const ARTICLE = ['HARBOURS', HEADLINE, 'by Ana Sousa', 'March 3, 2025', ...BODY];

  it('flags every line of the feed’s stories, not only their labels and bylines', function () {
    const found = flagged([...MENU, ...ARTICLE, ...FEED, 'Load More']);
    for (const line of FEED) assert.ok(found.has(line), `kept: ${line}`);
    assert.ok(!found.has(HEADLINE));
    for (const line of BODY) assert.ok(!found.has(line), `flagged: ${line}`);
  });

  it('never takes the article for a story of the feed it stands in', function () {
    // Its own label and byline over it, stories above and below: the unit that holds the
    // headline and the first paragraph is the article's, and the feed on either side is too
    // short to count.
    const found = flagged([...MENU, ...FEED.slice(0, 10), ...ARTICLE, ...FEED.slice(10), 'Load More']);
    assert.ok(!found.has(HEADLINE));
    for (const line of BODY) assert.ok(!found.has(line), `flagged: ${line}`);
  });
});

describe('boilerplate: a breadcrumb trail down to the page', function () {
  const TITLE = 'Council Approves Harbour Bridge After Long Debate';
  const TRAIL = `Harbour Ledger > Local News > ${TITLE}`;

  it('takes the title under the trail for the headline, and the trail for the page’s', function () {
    const found = flagged(['Harbour Ledger', 'Home', 'News', 'Sign In', TRAIL, TITLE, 'By Ana Sousa', ...BODY]);
    assert.ok(found.has(TRAIL), 'the trail was kept');
    assert.ok(!found.has(TITLE));
  });

  it('never reads a headline dated with slashes as a trail', function () {
    const dated = '27 / 09 / 2013-Harbour council to vote on the bridge plan on Monday';
    const found = flagged([dated, 'Published on Friday, 27 September 2013', ...BODY]);
    assert.ok(!found.has(dated));
  });
});

describe('boilerplate: the site’s own paragraph under every page', function () {
  const MISSION = 'The Harbour Ledger is an independent daily founded in 1881 that serves readers across the coast in print and online every morning.';
  const OTHER_BODY = [
    'The fish market on the north quay will close for six weeks in January while its roof is replaced, the port authority said on Tuesday.',
    'Traders will move to a tent on the car park beside the ferry slip, where the market ran during the last repairs in 2009.',
    'The work will cost 2 million euros and is paid for by the port, which owns the market hall and leases the stalls to traders.',
  ];
  // The site's footer, far below the article's prose: its menus and the mission under them.
  const SECTIONS = [
    'Local News',
    'World News',
    'Sport Results',
    'Weather Maps',
    'Traffic Alerts',
    'Job Listings',
    'Homes Sales',
    'Used Cars',
    'Death Notices',
    'Daily Puzzles',
    'Coming Events',
    'Print Edition',
  ];
  const FOOTER = ['Facebook', 'Twitter', 'Email', ...SECTIONS, ...SECTIONS.map((s) => `${s} Archive`)];
  /** Each page's flagged lines, the pages analysed as one folder. */
  function flaggedInFolder(pages: Record<string, string[]>): Map<string, Set<string>> {
    const templates = new TemplateLines();
    for (const [name, lines] of Object.entries(pages)) templates.set(name, lines.join('\n') + '\n');
    const result = new Map<string, Set<string>>();
    for (const [name, lines] of Object.entries(pages)) {
      const { annotations, article } = analyze(lines.join('\n') + '\n', { fileName: name, repeatedElsewhere: templates.lookupFor(name) });
      result.set(name, new Set(annotations.filter((a) => a.kind === 'boilerplate').map((a) => article!.lines[a.range.start.line]!.text)));
    }
    return result;
  }

  it('flags a paragraph off the topic that other pages of the folder print under their stories', function () {
    const found = flaggedInFolder({
      'bridge.txt': [HEADLINE, ...BODY, ...FOOTER, MISSION, 'Privacy Policy'],
      'market.txt': ['Fish market to close for repairs', ...OTHER_BODY, ...FOOTER, MISSION, 'Privacy Policy'],
    });
    for (const page of found.values()) assert.ok(page.has(MISSION), 'the mission kept');
    for (const line of [...BODY, ...OTHER_BODY]) assert.ok(![...found.values()].some((page) => page.has(line)), `flagged: ${line}`);
  });

  it('never flags a sentence that two stories of one event share amid their paragraphs', function () {
    const shared = 'The port was built in 1881 and handles about four million tonnes of cargo a year, most of it grain and timber.';
    const found = flaggedInFolder({
      'a.txt': [HEADLINE, BODY[0]!, shared, BODY[1]!, BODY[2]!],
      'b.txt': ['Harbour bridge gets the council’s approval', BODY[3]!, shared, 'Construction is due to begin in March, the mayor said after the vote on Monday night.'],
    });
    for (const page of found.values()) assert.ok(!page.has(shared));
  });
});

describe('boilerplate: a recipe’s ingredients', function () {
  it('keeps every quantity with its unit, whatever figures follow it', function () {
    const ingredients = [
      '1/4 pound celery root, peeled and cut into pieces',
      '1 pound parsnips, peeled',
      '1/2 cup 2% milk',
      '1/4 cup packed brown sugar',
      '2 tablespoons unsalted butter',
      '3/4 teaspoon salt',
      '1/4 teaspoon ground allspice',
    ];
    const found = flagged([
      ...MENU,
      'Harbour kitchen: the fishermen’s root mash',
      'The cooks on the north quay have made this mash for the winter market for as long as anyone there can remember, and it is easy to make at home.',
      'Scrub and peel the roots first; celery root can be tricky, so cut away its skin with a knife rather than a peeler.',
      'The mash can be made a day ahead and warmed through before it is served with the fish.',
      'Fishermen’s Root Mash',
      'Serves: 8',
      ...ingredients,
      '1. Boil the roots in salted water until tender, about 15 minutes.',
      '2. Drain them, then mash with the milk, sugar, butter, salt and allspice.',
      'Categories: Recipes | Tags: Winter, Harbour',
    ]);
    for (const line of ingredients) assert.ok(!found.has(line), `flagged: ${line}`);
  });
});

describe('boilerplate: a post the article embeds', function () {
  const POST = 'Ferry crews say goodbye to the old quay tonight @HarbourPort #bridgevote pic.twitter.com/Ab12Cd34';
  const CREDIT = '— Harbour Port Authority (@HarbourPort) March 3, 2025';

  it('keeps the post’s text over its credit, handles and links and all', function () {
    const found = flagged([HEADLINE, BODY[0]!, BODY[1]!, 'The port authority posted a farewell to the old crossing:', POST, CREDIT, BODY[2]!, BODY[3]!]);
    assert.ok(!found.has(POST), 'the post was flagged');
    assert.ok(!found.has(CREDIT));
  });

  it('still flags a handle to follow with no post’s credit under it', function () {
    const follow = 'Follow the Harbour Ledger on Twitter @HarbourLedger';
    const found = flagged([HEADLINE, ...BODY, follow, 'Privacy Policy']);
    assert.ok(found.has(follow));
  });
});

describe('boilerplate: a page’s button between the headline and the article', function () {
  it('keeps a column’s opening in its own voice under "Share This", and the deck over it', function () {
    const MENUS = ['Home', 'News', 'Travel', 'Style', 'Things To Do', 'Sex', 'Food', 'Music', 'v1.9', 'Newsletter Signup', 'Lena Vos | Contributing Writer | 5 days ago'];
    const DECK = 'The Ledger: put the oars down and stick to what you know';
    const OPENING = 'So in our eyes they can do no wrong. We love them, and we have loved them since we were small.';
    const COLUMN = [
      'This week the ferry crews told the council that they hoped to run the toll booths of the new bridge when it opens in 2028.',
      'The council said it would look at the offer of the ferry crews, and the ferry operator said it backed the crews, who will lose their jobs when the bridge opens.',
      'The bridge will carry 40,000 cars a day, and the toll booths of the bridge need a kind of work the ferry crews have never done, the council said.',
    ];
    const found = flagged([...MENUS, 'Why We Are Not Convinced By The Crews Of The Old Boats', DECK, 'Share This', OPENING, ...COLUMN]);
    assert.ok(!found.has(OPENING), 'the opening flagged');
    assert.ok(!found.has(DECK), 'the deck flagged');
    assert.ok(found.has('Share This'));
    for (const line of COLUMN) assert.ok(!found.has(line));
  });
});

describe('boilerplate: a listicle’s title over the body', function () {
  it('takes a title that opens with its count for the headline, not the site’s line at the top', function () {
    const TOP = ['Harbour Ledger News Network', 'Home', 'News', 'Travel', 'Style', 'Food', 'Music', 'Weather', 'Sports', 'Business', 'Opinion', 'Daily', 'Weekly', 'Monthly', 'Search'];
    const TITLE = '8 Ferry Rides That Every Islander Should Take This Summer';
    const RIDES = [
      'The harbour ferries are the best way to see the islands, and the islanders who ride them every day say the summer crossings are the finest of the year.',
      'The first ferry ride leaves the north quay at 7 in the morning and reaches the far island in 40 minutes, past the old lighthouse and the seal rocks.',
      'The second ferry ride is the night crossing, which the ferry crews run on Fridays in July, with music on the upper deck and lanterns along the rail.',
      'The third ferry ride crosses to the fish market, where the islanders buy the morning catch before the ferry sails back to the north quay at noon.',
    ];
    const found = flagged([...TOP, TITLE, 'December 29 6:30 PM', ...RIDES]);
    assert.ok(found.has('Harbour Ledger News Network'), 'the site’s line kept as the headline');
    assert.ok(!found.has(TITLE));
    for (const line of RIDES) assert.ok(!found.has(line));
  });
});

describe('boilerplate: a title the page prints twice (round 343)', function () {
  it('takes the copy over the body for the headline, not the one in the page’s bar above the menus', function () {
    // Found on a magazine page: its bar prints the article's title at the top, and the menus, a
    // section label and a date stand between it and the title over the body.
    const page = ['Skip to main content', HEADLINE, ...MENU, 'Science', 'Mar 3, 2025 7:00 AM', HEADLINE, 'Four hours of argument end with a vote of nine to four.', ...BODY];
    const analysis = analyze(page.join('\n') + '\n', { fileName: 'page.txt' });
    const flaggedAt = new Set(analysis.annotations.filter((a) => a.kind === 'boilerplate').map((a) => a.range.start.line));
    const overBody = page.lastIndexOf(HEADLINE);
    assert.ok(flaggedAt.has(page.indexOf(HEADLINE)), 'the copy in the bar was kept');
    assert.ok(!flaggedAt.has(overBody), 'the copy over the body was flagged');
    for (let i = overBody + 1; i < page.length; i++) assert.ok(!flaggedAt.has(i), `flagged: ${page[i]}`);
  });
});

describe('boilerplate: a file that opens with a labelled title (round 345)', function () {
  // Found on a clean news folder: "Sources: Sox May Not Be Out Of Teixeira Chase" was flagged as
  // a source line, and the deck under it taken for the headline.
  const TITLE = 'Sources: Ferry Operator May Bid For Harbour Bridge Tolls';
  const DECK = 'Company Executives Meet With Council Members';

  it('keeps the labelled title as the headline', function () {
    const found = flagged([TITLE, DECK, 'UPDATED 3:09 AM EST Dec 19, 2024', ...BODY]);
    assert.ok(!found.has(TITLE), 'the headline was flagged');
    for (const line of BODY) assert.ok(!found.has(line));
  });

  it('still flags a short source label on the first line and a labelled teaser under the article', function () {
    assert.ok(flagged(['Source: Harbour Ledger', HEADLINE, ...BODY]).has('Source: Harbour Ledger'));
    const teaser = 'Read more: Ferry Operator May Bid For Harbour Bridge Tolls';
    assert.ok(flagged([HEADLINE, ...BODY, teaser]).has(teaser));
  });
});

describe('boilerplate: a sentence wrapped over two lines under the headline (round 346)', function () {
  // Found on a clean news folder: "… reports that the Red Sox" / "have made an offer [for …], the
  // biggest and longest yet …": the second half, opening in small letters and carrying a word of
  // the advertising lexicon ("offer"), was flagged between the headline and the body.
  const OPENING = 'Ana Sousa of the Harbour Ledger reports that the ferry operator';
  const REST = 'has made an offer for the company, the largest yet for a business of its kind in the region.';

  it('keeps both halves of the sentence', function () {
    const found = flagged(['March 3, 2025', HEADLINE, OPENING, REST, ...BODY]);
    assert.ok(!found.has(OPENING), 'the first half was flagged');
    assert.ok(!found.has(REST), 'the second half was flagged');
    assert.ok(found.has('March 3, 2025'), 'the date was kept');
  });

  it('still flags a short second half and one under a line that ends its own sentence', function () {
    const short = 'and an offer for every vehicle.';
    assert.ok(flagged(['March 3, 2025', HEADLINE, OPENING, short, ...BODY]).has(short));
    const afterLabel = 'has made an offer for every class of vehicle and every season of the year.';
    assert.ok(flagged(['March 3, 2025', HEADLINE, 'Tickets, passes, prices.', afterLabel, ...BODY]).has(afterLabel));
  });
});
