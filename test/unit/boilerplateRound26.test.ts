/**
 * Issue 13, round 26: menu blurbs far from the article left to the line model, and a countdown
 * list's numbers kept. Every text here is our own.
 */
import assert from 'node:assert/strict';
import { flaggedBoilerplate } from '../support/boilerplateFlags.js';
import { parseArticle } from '../../server/src/core/article.js';
import { isLoneBlurb, modelMayFlag, modelMayKeep, ruleDecisions } from '../../server/src/core/boilerplate/classify.js';

function flaggedLines(lines: string[]): string[] {
  return flaggedBoilerplate(lines).map(({ line, reason }) => `${line} [${reason}]`);
}

const ARTICLE = [
  'Orchard growers count the cost of a late frost',
  'Apple growers across the Vale of Hembury lost up to half of their blossom when temperatures fell to minus four on the last night of April, the growers association said on Tuesday.',
  'Farmers who had lit candles between the rows managed to save most of their early varieties, but many smaller orchards had no time to prepare.',
  'The association has asked the county council for help with the cost of replanting, which it puts at several thousand pounds per acre.',
  'Its chairwoman said the frost had come after the warmest March on record, which brought the blossom out weeks earlier than usual.',
  'Cider makers expect prices to rise next autumn because local fruit will be scarce and more will have to be bought from further away.',
  'Some growers are now looking at frost fans, which mix warmer air from above into the orchard on still nights, though each costs as much as a tractor.',
  'The county council said it would discuss the request at its meeting next month.',
];

/** A site's menu above the article: sections of entries, each section with a short blurb. */
const MENU = [
  'Garden Planner',
  'Plan your beds and borders.',
  'Vegetables',
  'Fruit Trees',
  'Herbs',
  'Lawns',
  'Get Started',
  'Seed Finder',
  'Compare seeds and suppliers near you.',
  'Annuals',
  'Perennials',
  'Bulbs',
  'Climbers',
  'Search Now',
  'Weather Tools',
  'Frost alerts for your postcode.',
  'Rain Maps',
  'Soil Guide',
  'Moon Calendar',
  'Wind Chart',
  'Sign Up',
];

describe('round 26: a menu blurb far from the article is the model’s to weigh', function () {
  it('lets the model decide a one-sentence blurb among short menu lines far above the article', function () {
    const lines = ['Home', 'Menu', 'Gardens Weekly', ...MENU, ...ARTICLE, 'Contact us', 'Privacy'];
    const d = ruleDecisions(parseArticle(lines.join('\n') + '\n'), { lineModel: null })!;
    const blurb = d.features.findIndex((f) => f.text === 'Frost alerts for your postcode.');
    assert.ok(d.bodyStart < blurb, 'the blurb stands inside the body the rules find');
    assert.equal(isLoneBlurb(d, blurb), true);
    assert.equal(modelMayFlag(d, blurb), true);
  });

  it('never leaves a short paragraph of the article to the model', function () {
    const lines = [...ARTICLE.slice(0, 4), 'It was the worst frost in thirty years.', ...ARTICLE.slice(4)];
    const d = ruleDecisions(parseArticle(lines.join('\n') + '\n'), { lineModel: null })!;
    const i = d.features.findIndex((f) => f.text === 'It was the worst frost in thirty years.');
    assert.equal(isLoneBlurb(d, i), false);
    assert.equal(modelMayFlag(d, i), false);
  });

  it('never leaves a short paragraph between the article’s subheadings and its paragraphs to the model', function () {
    const lines = [...ARTICLE.slice(0, 3), 'Replanting', 'Growers want help.', 'Costs', ...ARTICLE.slice(3)];
    const d = ruleDecisions(parseArticle(lines.join('\n') + '\n'), { lineModel: null })!;
    const i = d.features.findIndex((f) => f.text === 'Growers want help.');
    assert.equal(modelMayFlag(d, i), false);
  });
});

describe('round 26: the numbers of a countdown list are the article’s', function () {
  const entry = (n: number, title: string, text: string) => [String(n), title, 'Picture library.', text];
  const lines = [
    'Ten moments that made the county show',
    'The county show has been held on the same field for a hundred and twenty years, and its organisers have picked the moments visitors still talk about.',
    'Here are the ones that made the shortlist, counted down to the favourite.',
    ...entry(
      3,
      'The Tractor That Would Not Stop',
      'In the wet summer of 1987 a vintage tractor lost its brakes on the slope and rolled gently through the cake tent, to loud applause from the crowd.',
    ),
    ...entry(2, 'A Bull Named Gerald Wins Twice', 'Gerald, a Hereford bull from a farm near the river, took the champion rosette two years running, a feat no animal had managed before or since.'),
    ...entry(1, 'The Year The Queen Came', 'The royal visit of 1961 brought the largest crowd the show has ever seen, and the field had to be extended into the neighbouring meadow.'),
    'Tickets for this year’s show go on sale at the end of the month, the organisers said, and parking will again be free for visitors who arrive by bicycle.',
  ];

  it('keeps "3", "2" and "1" over their entries', function () {
    const flagged = flaggedLines(lines);
    assert.deepEqual(
      flagged.filter((line) => /^\d\s/.test(line)),
      [],
    );
  });

  it('still flags a slide counter "1." / "of." / "12." as furniture', function () {
    const withCounter = [...lines.slice(0, 3), '1.', 'of.', '12.', ...lines.slice(3)];
    const flagged = flaggedLines(withCounter);
    assert.ok(
      flagged.some((line) => line.startsWith('12. [')),
      flagged.join('\n'),
    );
  });
});

describe('round 26: a dated teaser list under its marker is its own evidence', function () {
  it('never lets the model keep a teaser under its own time in a "Read next" list', function () {
    const lines = [
      ...ARTICLE,
      'Read next',
      '08:15',
      'Frost damage to vineyards on the south slopes is worse than first feared, growers say.',
      '13:02',
      'Council to vote on cycle lanes for the market square after a year of consultation.',
    ];
    const d = ruleDecisions(parseArticle(lines.join('\n') + '\n'), { lineModel: null })!;
    const teasers = d.features.flatMap((f, i) => (f.text.startsWith('Frost damage') || f.text.startsWith('Council to vote') ? [i] : []));
    assert.equal(teasers.length, 2);
    for (const i of teasers) {
      assert.equal(d.verdicts[i]?.reason, 'under a section marker');
      assert.equal(modelMayKeep(d, i), false);
    }
  });
});
