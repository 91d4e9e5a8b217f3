/**
 * Round 91, found on newspaper's test pages: a sign-in box's and a weather box's messages, a
 * mailing list's opt-out line, and a headline with its dateline and byline between it and a
 * body it shares no word with. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

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
const FOOTER = ['© 2015 The Example Ledger. All rights reserved.', 'Privacy Policy', 'Terms of Use'];

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
