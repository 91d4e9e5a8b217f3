/**
 * The headline of a whole page (round 104, found on newspaper's test pages): the search from the
 * top took a site's line ("Fox News Latino", "Numbers, Facts and Trends Shaping Your World"), so
 * the site's lines under it and over its menus stayed the article's. Every text here is written
 * for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

/** The lines Corroborate flags, by their text. */
function flagged(lines: string[]): Set<string> {
  const { annotations, article } = analyze(lines.join('\n') + '\n');
  return new Set(annotations.filter((a) => a.kind === 'boilerplate').map((a) => article!.lines[a.range.start.line]!.text));
}

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
