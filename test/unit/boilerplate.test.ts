import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import type { AnalyzeOptions } from '../../server/src/core/annotate.js';
import { TemplateLines, lineKey, templateKeys, templateKeysOf } from '../../server/src/core/boilerplate/templates.js';
import { parseArticle } from '../../server/src/core/article.js';
import { examplesDir } from '../support/paths.js';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { normaliseLine } from '../../server/src/core/text.js';

/** A plausible short article about a fictional flood, to put junk lines around. */
const BODY = [
  'River Aln bursts its banks as rain floods market town',
  'The River Aln burst its banks on Sunday, flooding more than 200 homes in the market town of Eldham, the county council said.',
  'Firefighters rescued 14 people from cars stranded on the flooded bypass, the fire service said.',
  'The Environment Agency issued three severe flood warnings for the river and said water levels would peak overnight.',
  'Council leader Rosa Quint said a rest centre had opened at the town hall for families who could not return home.',
  'Forecasters expect the rain to ease on Tuesday, but warned that the ground was saturated and more flooding was possible.',
];

function flagged(lines: string[], options: AnalyzeOptions = {}): Map<number, string> {
  const { annotations, skipped } = analyze(lines.join('\n'), options);
  assert.equal(skipped, undefined);
  return new Map(annotations.filter((a) => a.kind === 'boilerplate').map((a) => [a.range.start.line + 1, String(a.data['category'])]));
}

function categoryOfTail(junk: string): string | undefined {
  return flagged([...BODY, junk]).get(BODY.length + 1);
}

describe('boilerplate pass', function () {
  it('leaves a plain article alone, headline included', function () {
    assert.deepEqual([...flagged(BODY)], []);
  });

  const tailCases: [string, string][] = [
    ['Leave a comment', 'comments'],
    ['Comments (12)', 'comments'],
    ['Comments are closed for this article.', 'comments'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['By Jane Marlow', 'author-bio'],
    ['Jane Marlow, Senior Correspondent', 'author-bio'],
    ['Jane Marlow is a staff writer covering the environment. Contact her at jane@example.org', 'author-bio'],
    ['Read more', 'related'],
    ['Share this article', 'share'],
    ['Facebook Twitter WhatsApp Email', 'share'],
    ['© 2025 Eldham Courier Ltd. All rights reserved.', 'copyright'],
    ['Source: https://courier.example/news/eldham-floods', 'source-link'],
    ['https://courier.example/news/eldham-floods', 'source-link'],
    ['Updated: 14:05 GMT, 12 January 2025', 'timestamp'],
    ['2025-01-12T14:05:00Z', 'timestamp'],
    ['Courier Wire -', 'wire-credit'],
    ['(Reporting by Tom Hale; Editing by Ann Roe)', 'wire-credit'],
    ['Additional reporting by Tom Hale in Eldham contributed to this report.', 'wire-credit'],
    ['Sign up for our newsletter to get the day’s headlines in your inbox', 'subscription'],
    ['We use cookies to improve your experience on our site.', 'subscription'],
    ['Home » News » Eldham', 'navigation'],
    ['Back to top', 'navigation'],
  ];
  for (const [junk, category] of tailCases) {
    it(`flags "${junk}" as ${category}`, function () {
      assert.equal(categoryOfTail(junk), category);
    });
  }

  it('flags a photo credit line inside the article', function () {
    const lines = [...BODY.slice(0, 3), 'Flood water in Eldham market square on Sunday. (Photo: Courier/Lee Grant)', ...BODY.slice(3)];
    assert.deepEqual([...flagged(lines)], [[4, 'caption']]);
  });

  it('flags promotional lines with prices inside the article', function () {
    const lines = [...BODY.slice(0, 3), '50% off all rain jackets - shop now from £19.99', ...BODY.slice(3)];
    assert.deepEqual([...flagged(lines)], [[4, 'advertisement']]);
  });

  it('treats site furniture above the headline as navigation and keeps the headline', function () {
    const result = flagged(['Menu', 'Search', 'Sign in', ...BODY]);
    assert.deepEqual([...result.keys()], [1, 2, 3]);
  });

  it('lets a read-next marker take the teasers and times under it', function () {
    const teasers = ['Read next', '09:12', 'Eldham residents count the cost of the flooding as the water recedes.', '11:40', 'Why the River Aln floods more often than it used to.'];
    const result = flagged([...BODY, ...teasers]);
    assert.deepEqual([...result.keys()], [7, 8, 9, 10, 11]);
    assert.equal(result.get(9), 'related');
  });

  it('ends a marker region where the article visibly resumes', function () {
    const lines = [...BODY.slice(0, 3), 'Related', 'Flood defences: what went wrong', ...BODY.slice(3)];
    assert.deepEqual([...flagged(lines).keys()], [4, 5]);
  });

  it('takes a comment policy written as prose in the tail, including its off-topic paragraphs', function () {
    const policy = [
      'Why do we moderate comments?',
      'We want our comments section to be a place where readers can argue in good faith.',
      'Sadly, a handful of persistent trolls post abuse under changing names every single day.',
      'So we review every post before it appears, and we remove those that break our rules.',
    ];
    assert.deepEqual([...flagged([...BODY, ...policy]).keys()], [7, 8, 9, 10]);
  });

  it('does not flag news prose that merely mentions comments, cookies or subscribers', function () {
    const lines = [
      ...BODY,
      'The council declined to comment on claims that the flood defences had been neglected.',
      'The local paper, which has 40,000 subscribers, said its newsletter had carried the warnings for a week.',
    ];
    assert.deepEqual([...flagged(lines)], []);
  });

  it('keeps an editorial’s last paragraph even though it says "we"', function () {
    const editorial = [
      'The Courier view: Eldham needs flood defences, not promises',
      'The floods in Eldham were forecast days in advance.',
      'We have argued for years that the town’s defences are too low, and the council has agreed with us in every meeting.',
      'Yet the money promised in 2019 has still not been spent, while the river has flooded the market square twice.',
      'We do not doubt the goodwill of councillors. But goodwill does not stop water.',
    ];
    assert.deepEqual([...flagged(editorial)], []);
  });

  it('accepts extra lexicon entries from settings', function () {
    const lines = [...BODY.slice(0, 3), 'Eldham Courier Plus', ...BODY.slice(3)];
    assert.deepEqual([...flagged(lines)], []);
    const extended = flagged(lines, { lexicon: { subscription: { markers: ['eldham courier plus'] } } });
    assert.deepEqual([...extended], [[4, 'subscription']]);
  });

  it('takes tags headings and profile roles from settings too', function () {
    const tags = [...BODY, 'Labels', 'flooding', 'river aln', 'eldham', 'Eldham Courier: the town’s paper since 1887, read by 9,000 households every week of the year.'];
    assert.deepEqual(
      [...flagged(tags).keys()].filter((line) => line >= 7 && line <= 10),
      [],
    );
    const withHeading = flagged(tags, { lexicon: { navigation: { tagsHeadings: ['labels'] } } });
    assert.deepEqual(
      [...withHeading.keys()].filter((line) => line >= 7 && line <= 10),
      [7, 8, 9, 10],
    );
    const profile = [...BODY, 'About the archive', 'The Courier archive holds every edition since 1887 and is open to readers on weekdays.'];
    assert.ok(!flagged(profile).has(7), 'flagged without the setting');
    assert.equal(flagged(profile, { lexicon: { 'author-bio': { profileRoles: ['archive'] } } }).get(7), 'author-bio');
  });

  it('treats a line that other files repeat as template', function () {
    const templates = new TemplateLines();
    const teaser = 'Eldham Courier, independent since 1887';
    templates.set('a', `Story A\n${teaser}`);
    templates.set('b', `Story B\n${teaser}`);
    const lines = [...BODY.slice(0, 3), teaser, ...BODY.slice(3)];
    assert.deepEqual([...flagged(lines)], []);
    assert.deepEqual([...flagged(lines, { repeatedElsewhere: templates.lookupFor('c') })], [[4, 'navigation']]);
  });

  it("keys an article's blocks as it keys the lines of its text", function () {
    const texts = [
      ...readdirSync(examplesDir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(path.join(examplesDir, name), 'utf8')),
      '\ufeff  Harbour reopens, officials say.\r\n\r\n\u00a0 \t\r\nRead more: 12:30 | 4/5\r\n\ufeff\n  Harbour reopens, officials say. ',
    ];
    for (const text of texts) assert.deepEqual(templateKeysOf(parseArticle(text).blocks.map((block) => block.normalised)), templateKeys(text));
  });

  it('counts the other holders of a line as files join, change and leave', function () {
    const templates = new TemplateLines();
    const shared = 'Eldham Courier, independent since 1887';
    const elsewhere = (id: string) => templates.lookupFor(id)(normaliseLine(shared));
    templates.set('a', `Story A\n${shared}\n${shared}`);
    assert.equal(elsewhere('a'), 0);
    assert.equal(elsewhere('z'), 1);
    templates.set('b', `Story B\n${shared}`);
    templates.set('c', `Story C\n${shared}`);
    assert.deepEqual([elsewhere('a'), elsewhere('b'), elsewhere('z')], [2, 2, 3]);
    templates.remove('b');
    templates.remove('b');
    assert.deepEqual([elsewhere('a'), elsewhere('c'), elsewhere('z')], [1, 1, 2]);
    templates.set('a', 'Story A, rewritten without the line');
    assert.deepEqual([elsewhere('a'), elsewhere('c'), elsewhere('z')], [1, 0, 1]);
    templates.remove('c');
    assert.equal(elsewhere('z'), 0);
    // Keys given twice are held once.
    templates.setLines('d', [lineKey('repeated'), lineKey('repeated')]);
    assert.equal(templates.lookupFor('z')('repeated'), 1);
    templates.remove('d');
    assert.equal(templates.lookupFor('z')('repeated'), 0);
  });

  it('gives each annotation the DESIGN.md shape', function () {
    const { annotations } = analyze([...BODY, 'Leave a comment'].join('\n'));
    assert.deepEqual(
      annotations.filter((a) => a.kind === 'boilerplate'),
      [
        {
          kind: 'boilerplate',
          code: 'boilerplate/comments',
          range: { start: { line: 6, character: 0 }, end: { line: 6, character: 15 } },
          message: 'Not part of the article: comment section or comment policy.',
          data: { category: 'comments', label: 'comment section or comment policy', reason: 'a section marker', line: 6 },
        },
      ],
    );
  });
});
