/**
 * Readers' comments under repeated heads and no marker (round 79, found on newspaper's test
 * pages): each head ("Report this comment on …, reader wrote:") was flagged by its own words,
 * but the comments between the heads read as prose on the article's topic and passed for the
 * article's. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { blockFeatures } from '../../server/src/core/boilerplate/features.js';
import { boilerplateLexicon } from '../../server/src/core/boilerplate/lexicon.js';

/** Lines of a scraped page, one block to a line, and the lines Corroborate flags. */
function flagged(lines: string[]): Set<string> {
  const { annotations, article } = analyze(lines.join('\n') + '\n');
  return new Set(annotations.filter((a) => a.kind === 'boilerplate').map((a) => article!.lines[a.range.start.line]!.text));
}

const MENU = ['Home', 'Markets', 'Investing', 'Retirement', 'Sign In', 'Subscribe', 'Search'];
const ARTICLE = [
  'Three stocks to hold through a slow winter',
  'By Ana Ruiz',
  'Shares of the regional rail operator fell 4% on Tuesday after it cut its forecast for the year, citing lower freight volumes in the north.',
  'Analysts at two banks said the cut was smaller than feared, and both kept their ratings on the stock unchanged.',
  'The company expects to spend about $300 million on new locomotives next year, down from $340 million this year.',
  'Its chief executive said on a call with analysts that passenger numbers had recovered to their level before the strike.',
];
const COMMENTS = [
  'Comments from our readers',
  'Report this comment on March 3, 2015, at 9:14 AM, railfan88 wrote:',
  'The forecast cut was obvious to anyone who watched freight volumes last autumn. I sold my shares in October.',
  'Report this comment on March 3, 2015, at 11:02 AM, quietinvestor wrote:',
  'Passenger numbers are back, but the locomotive spending will eat the margin for two years at least.',
  'I would wait for the next quarter before buying.',
  'Report this comment on March 4, 2015, at 8:40 PM, mbell wrote:',
  'Analysts always say a cut is smaller than feared. Nobody ever says it was larger.',
  'Report this comment on March 5, 2015, at 7:15 AM, railfan88 wrote:',
  'Fair point, but the dividend is still covered twice over.',
  'The board has never cut it in twenty years.',
];
const FOOTER = ['© 2015 The Example Ledger. All rights reserved.', 'Privacy Policy', 'Terms of Use'];

describe('boilerplate: comments between repeated heads, under no marker', function () {
  it('flags the comments between heads of one template, and under the last one', function () {
    const out = flagged([...MENU, ...ARTICLE, ...COMMENTS, ...FOOTER]);
    for (const line of COMMENTS) assert.ok(out.has(line), `kept: ${line}`);
    for (const line of ARTICLE.slice(2)) assert.ok(!out.has(line), `flagged: ${line}`);
  });

  it('takes the same line repeated word for word for no thread', function () {
    // One prompt printed after every few paragraphs is one link again and again, not the heads of
    // three comments: the paragraphs between them stay the article's.
    const prompt = 'Join the conversation about this story in the comments section below';
    const page = [...MENU, ...ARTICLE.slice(0, 4), prompt, ARTICLE[4]!, prompt, ARTICLE[5]!, prompt, ...FOOTER];
    const out = flagged(page);
    assert.ok(out.has(prompt), 'the prompt itself is flagged');
    for (const line of ARTICLE.slice(2)) assert.ok(!out.has(line), `flagged: ${line}`);
  });
});

/**
 * A list of other stories' headlines in title case, some of two sentences ("Yellen Didn't Make the
 * List. Only Men Did."), far below the article (round 80): such a line read as the article's
 * running text and broke the list, and the lines next to it shielded the rest as "against prose".
 */
describe('boilerplate: teaser headlines in title case that read as sentences', function () {
  const LONG_ARTICLE = [
    ...ARTICLE,
    'The operator said freight volumes in the north fell by a tenth in the last quarter, the steepest drop since the line opened.',
    'Its shares have lost a fifth of their value since the summer, and two pension funds have cut their holdings.',
  ];
  const TEASERS = [
    'The Quiet Town That Rebuilt Its Bakery Twice',
    'Why Doctors Are Leaving the Big Hospitals. Pay Is Only Part of It.',
    '2014 Was a Great Year for Feminism. Is a Backlash Coming?',
    'The Best Things Written About Gardens This Year',
    'A Ferry Captain Who Knows Every Passenger by Name',
  ];
  const filler = Array.from({ length: 30 }, (_, i) => `Section ${i + 1}`);

  it('flags every teaser of the list, those with a full stop too', function () {
    const out = flagged([...MENU, ...LONG_ARTICLE, ...FOOTER.slice(0, 1), ...filler, ...TEASERS, ...FOOTER.slice(1)]);
    for (const line of TEASERS) assert.ok(out.has(line), `kept: ${line}`);
    for (const line of LONG_ARTICLE.slice(2)) assert.ok(!out.has(line), `flagged: ${line}`);
  });

  it('reads title case by the words other than stopwords, and capitals throughout as none', function () {
    const ratio = (text: string) => blockFeatures(parseArticle(text + '\n').blocks[0]!, boilerplateLexicon()).titleCaseRatio;
    assert.equal(ratio('2014 Was a Great Year for Feminism. Is a Backlash Coming?'), 1);
    // A sentence full of names is still in sentence case,
    assert.ok(ratio('Police officers from Leeds and Bradford stood guard as protesters marched through Manchester on Monday.') < 0.6);
    // and a credit in capitals is shouted, not a headline.
    assert.ok(ratio('EXECUTIVE PRODUCER Jane Whitfield') < 0.8);
  });
});

/**
 * Other stories' headlines under a "Related:" marker, in title case and on the article's topic
 * ("How Big Is Mars?", "How Cold Is Mars?"), read as two sentences on the topic in a row and
 * resumed the article (round 81).
 */
describe('boilerplate: headlines in title case under a marker', function () {
  const RAIL = ARTICLE.slice(0, 6);
  const RELATED = ['Related:', 'How Fast Are Freight Trains?', 'Why Do Rail Operators Cut Forecasts?', 'How Many Locomotives Does a Railway Need?', 'What Is a Freight Corridor?'];

  it('flags them: the article does not resume at a headline', function () {
    const out = flagged([...MENU, ...RAIL, ...RELATED, ...FOOTER]);
    for (const line of RELATED) assert.ok(out.has(line), `kept: ${line}`);
    for (const line of RAIL.slice(2)) assert.ok(!out.has(line), `flagged: ${line}`);
  });

  it('still resumes the article at two of its paragraphs in sentence case', function () {
    const more = [
      'The operator will publish its full results in March, when it also expects to name a new finance chief.',
      'Unions said they would meet the company in January to discuss the cuts to the freight timetable.',
    ];
    const out = flagged([...MENU, ...RAIL, 'Related:', RELATED[1]!, ...more, ...FOOTER]);
    for (const line of more) assert.ok(!out.has(line), `flagged: ${line}`);
  });
});

/**
 * The article ends at its last paragraph: a headline in title case below it ("Can India
 * Outperform Again in 2015?") reads as a sentence, and kept the furniture above it as the
 * article's (round 82).
 */
describe('boilerplate: the end of the article is no headline', function () {
  it('flags the teasers below the article, a question in title case among them', function () {
    const teasers = [
      'ALSO READ: Five Rail Stocks With Big Catalysts for 2015',
      'Recent Posts',
      'The 52-Week Low Club for Friday',
      'Ports Close Out 2014 With 84 Strikes Across 30 Terminals',
      'Can Regional Rail Recover Again in 2015?',
    ];
    const out = flagged([...MENU, ...ARTICLE, ...teasers, ...FOOTER]);
    for (const line of teasers) assert.ok(out.has(line), `kept: ${line}`);
    for (const line of ARTICLE.slice(2)) assert.ok(!out.has(line), `flagged: ${line}`);
  });
});

/** A sign-up box's and a search box's messages, printed whole on the page (round 82). */
describe('boilerplate: the messages of sign-up and search boxes', function () {
  it('flags them, and keeps a sentence that only mentions signing up', function () {
    const messages = ['Thanks for signing up!', 'There was a problem registering.', 'Try again later', 'Did you mean ?'];
    const own = 'Thousands of riders have signed up for the new season ticket since it went on sale in October, the operator said.';
    const out = flagged([...MENU, ...ARTICLE, own, ...messages, ...FOOTER]);
    for (const line of messages) assert.ok(out.has(line), `kept: ${line}`);
    assert.ok(!out.has(own), 'the article\u2019s sentence about signing up is kept');
  });
});

/**
 * The article's last sentence speaks to its reader and names a site's section by chance ("you
 * are what you search"): no line of furniture for the end of the article to start at (round 83).
 */
describe("boilerplate: the article's last word to its reader", function () {
  it('keeps a closing sentence whose only furniture word is a section name', function () {
    const last = 'The lesson, as always: you are what you search.';
    const page = [...MENU, ...ARTICLE, last, '-- By Ana Ruiz Follow @anaruiz', 'View/Post Comments', 'Related Stories', 'Dining Out', 'Cooking', ...FOOTER];
    const out = flagged(page);
    assert.ok(!out.has(last), `flagged: ${last}`);
    for (const line of ARTICLE.slice(2)) assert.ok(!out.has(line), `flagged: ${line}`);
    assert.ok(out.has('View/Post Comments') && out.has('Related Stories'), 'the furniture under it is still flagged');
  });
});

/** A share toolbar's other networks, and a sign-in box's links, printed one to a line (round 88). */
describe('boilerplate: share and sign-in links of every network', function () {
  it('flags them as whole lines', function () {
    const links = ['Share this Slideshow', 'Share on Google Plus.', 'Share on LinkedIn.', 'View/Post Comments', 'Sign In or Sign Up', 'Edit Public Profile'];
    const out = flagged([...MENU, ...ARTICLE, ...links, ...FOOTER]);
    for (const line of links) assert.ok(out.has(line), `kept: ${line}`);
    for (const line of ARTICLE.slice(2)) assert.ok(!out.has(line), `flagged: ${line}`);
  });
});

/**
 * A page where no headline is found over the body: the article's opening speaks to the reader
 * and a subheading stands between it and the body, and the headline shares no stem with the body
 * ("Hairstyles" / "hair"). Everything above the body was flagged as the page's top (round 89).
 */
describe('boilerplate: an opening in the reader\u2019s voice over the body, with no headline found', function () {
  it('keeps the opening and the title-shaped line over it', function () {
    const headline = 'Winter Hairdos You Can Wear From Office to Party';
    const opening = 'Starting the new year on a good note means skipping the stress, especially when it comes to your hair and the little time you have!';
    const body = [
      'Loose Waves',
      'Start with structured waves in the morning, wrapping small sections of hair around a curling iron and pinning each curl until lunch.',
      'Glam Topknot',
      'The secret to a topknot is in the volume: apply dry shampoo from root to tip in the morning and tease the crown before twisting it up.',
      'Messy Fishtail',
      'Pull off a lived-in braid the natural way by starting with a clean fishtail in the morning and loosening it with your fingers by evening.',
    ];
    const page = [...MENU, 'Beauty', 'By Shannon Reed', headline, opening, ...body, ...FOOTER];
    const out = flagged(page);
    assert.ok(!out.has(opening), `flagged: ${opening}`);
    assert.ok(!out.has(headline), `flagged: ${headline}`);
    for (const line of body.filter((_, i) => i % 2 === 1)) assert.ok(!out.has(line), `flagged: ${line}`);
    assert.ok(out.has('Sign In'), 'the menu is still flagged');
  });
});

/**
 * Round 91, found on newspaper's test pages: a sign-in box's and a mailing list's messages, a
 * widget's message while it loads, and a headline with its dateline and byline between it and a
 * body it shares no word with.
 */
describe('boilerplate: a sign-in box and a mailing list, in full sentences', function () {
  it('flags their messages, and keeps the article\u2019s sentence about passwords', function () {
    const box = [
      'Forgot your username or password ?',
      'Don\u2019t have an account?',
      'Register now for free , or sign in with any of these services:',
      'Remember me',
      'You can opt-out at any time.',
      'The Ledger, on behalf of itself and select partners, may send me offers and promotions.',
    ];
    const own = 'Customers who forgot their passwords were told to call the operator, which said it had reset about 4,000 accounts by Friday.';
    const out = flagged([...MENU, ...ARTICLE, own, ...box, ...FOOTER]);
    for (const line of box) assert.ok(out.has(line), `kept: ${line}`);
    assert.ok(!out.has(own), `flagged: ${own}`);
    for (const line of ARTICLE.slice(2)) assert.ok(!out.has(line), `flagged: ${line}`);
  });
});

describe('boilerplate: a widget still loading, between two paragraphs', function () {
  it('flags its message', function () {
    for (const loading of ['Loading Related Articles...', 'Loading headlines...', 'Loading Comments...']) {
      const out = flagged([...MENU, ...ARTICLE.slice(0, 4), loading, ...ARTICLE.slice(4), ...FOOTER]);
      assert.ok(out.has(loading), `kept: ${loading}`);
      for (const line of ARTICLE.slice(2)) assert.ok(!out.has(line), `flagged: ${line}`);
    }
  });
});

/**
 * No headline is found over the body (it shares no stem with it, and stands below the page's
 * top): the title-shaped line over the body is the headline (round 89), and a dateline and a
 * byline may stand between them.
 */
describe('boilerplate: a headline over its dateline and byline, with no headline found', function () {
  it('keeps the headline, and flags the dateline and the byline', function () {
    const headline = 'Winter Hairdos You Can Wear From Office to Party';
    const dateline = 'Posted: Thursday, October 17, 2013, 8:09 PM';
    const byline = 'By Shannon Reed';
    const body = [
      'Start with structured waves in the morning, wrapping small sections of hair around a curling iron and pinning each curl until lunch.',
      'The secret to a topknot is in the volume: apply dry shampoo from root to tip in the morning and tease the crown before twisting it up.',
      'Pull off a lived-in braid the natural way by starting with a clean fishtail in the morning and loosening it with your fingers by evening.',
    ];
    const out = flagged([...MENU, 'Beauty', headline, dateline, byline, ...body, ...FOOTER]);
    assert.ok(!out.has(headline), `flagged: ${headline}`);
    assert.ok(out.has(dateline) && out.has(byline), 'the dateline and the byline are flagged');
    for (const line of body) assert.ok(!out.has(line), `flagged: ${line}`);
  });
});
