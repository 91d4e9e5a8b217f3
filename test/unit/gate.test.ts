import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import { checkArticle } from '../../server/src/core/gate/articleGate.js';
import { examplesDir, fixturesDir } from '../support/paths.js';

const notArticles = path.join(fixturesDir, 'not-articles');
const read = (name: string) => readFileSync(path.join(notArticles, name), 'utf8');

describe('which files are articles', function () {
  const expected: [string, RegExp][] = [
    ['requirements.txt', /not a news article/],
    ['LICENSE.txt', /not a news article/],
    ['CMakeLists.txt', /not a news article/],
    ['server-log.txt', /log file/],
    ['prices.txt', /table/],
  ];
  for (const [name, reason] of expected) {
    it(`skips ${name} with a reason, and annotates nothing`, function () {
      const result = checkArticle(read(name), name);
      assert.equal(result.article, false);
      assert.match((result as { reason: string }).reason, reason);
      assert.deepEqual(analyze(read(name), { fileName: name }).annotations, []);
    });
  }

  it('recognises a licence and a package list by their content alone', function () {
    assert.match((checkArticle(read('terms.txt'), 'terms.txt') as { reason: string }).reason, /licence/);
    assert.match((checkArticle(read('requirements.txt'), 'deps.txt') as { reason: string }).reason, /packages/);
    assert.match((checkArticle(read('CMakeLists.txt'), 'build.txt') as { reason: string }).reason, /code/);
  });

  it('lets a report on a licence’s terms through: it quotes people, a licence quotes no one', function () {
    const report = [
      'Repair shops angered by tractor warranty terms',
      'Independent repair shops say a tractor maker’s new warranty leaves farmers with nowhere to turn when a machine breaks down at harvest.',
      'Under the new warranty, any repair made by a shop the maker has not approved voids the warranty on the whole machine.',
      '"A farmer cannot wait a week for a dealer in the middle of harvest," said Morag Ellis, who runs a repair shop near Perth. "The warranty is written so that he has no choice."',
      'The maker said the warranty terms were standard for the industry and protected farmers from poor repairs.',
      '"The warranty covers the machine for three years, and the terms are explained at the point of sale," a spokeswoman said.',
      'Consumer lawyers said parts of the warranty might not survive a challenge in court, since the law limits what a warranty may exclude.',
    ].join('\n\n');
    // Six uses of "warranty", a legal term, in a report that quotes people about it.
    assert.deepEqual(checkArticle(`${report}\n`, 'tractors.txt'), { article: true });
    // The same words in a licence's form, quoting no one, are still a licence.
    const clauses = [
      '1. The Licensor hereby grants the Licensee a licence to use the Software.',
      '2. The warranty herein is the only warranty; all other warranties are excluded.',
      '3. The Licensee shall indemnify the Licensor against any claim arising thereof.',
      '4. Redistribution of the Software is not permitted without the written consent of the copyright holder.',
    ].join('\n\n');
    assert.match((checkArticle(`${clauses}\n`, 'terms-copy.txt') as { reason: string }).reason, /licence/);
  });

  it('reads a sentence ending in a decimal as prose: a race report with times is an article', function () {
    const report = [
      'Harbour sprinter takes the 200m in record time',
      'Lena Sato won the 200m at the harbour games in a championship record of 22.41 seconds.',
      'She beat the defending champion, Ruth Adair, who ran 22.58, and the veteran Jo Marsh in 22.93.',
      'Sato had run 22.70 in the heats, into a headwind of 1.2 metres per second.',
      'In the 800m, Kai Brand pulled clear on the last bend to win in 1:46.12.',
      'The 400m hurdles went to Tom Okafor in 49.87.',
      'Results: 200m 1 L Sato 22.41, 2 R Adair 22.58, 3 J Marsh 22.93; 800m 1 K Brand 1:46.12, 2 P Ode 1:46.50, 3 S Lin 1:47.02',
    ].join('\n\n');
    assert.deepEqual(checkArticle(`${report}\n`, 'games.txt'), { article: true });
  });

  it('lets a short article with one long line of tags through', function () {
    const article =
      'Council closes the old bridge to lorries\n\n' +
      'The council voted on Monday to close the old bridge to lorries from March.\n\n' +
      'The mayor said the repairs would cost about 2 million euros, according to the city treasurer.\n\n' +
      'Residents have asked for a new crossing for years, and the works will take two summers.\n\n';
    const tags = ('Tags: ' + 'river flooding, bridge repairs, council budget, '.repeat(130)).slice(0, 6000);
    // The tags outweigh the prose eight to one in characters; they are still furniture around it.
    assert.deepEqual(checkArticle(`${article}${tags}\n`, 'bridge.txt'), { article: true });
    // A file of nothing but such a line is still no article.
    assert.equal(checkArticle(`${tags}\n`, 'tags.txt').article, false);
  });

  it('lets a short story through on a whole page whose menus and teasers outweigh it', function () {
    const menu = ['Home', 'News', 'Politics', 'Business', 'Sport', 'Weather', 'Sign in', 'Subscribe', 'Search', 'Menu'];
    const story = [
      'Council closes the old bridge to lorries',
      'The council voted on Monday to close the old bridge to lorries from March, after engineers found cracks in two of its piers.',
      'The mayor said the repairs would cost about 2 million euros, according to the city treasurer, and would take two summers.',
      'Hauliers will have to use the ring road, which adds about 20 minutes to a crossing of the town centre.',
      'Residents of the riverside streets have asked for a new crossing for years, and welcomed the end of the heavy traffic.',
      'The council will decide in June whether to rebuild the bridge or to replace it with a new one further upstream.',
    ];
    const teasers = Array.from({ length: 30 }, (_, i) => [`Sponsored Story ${i + 1} You Will Not Believe What Happened Next`, 'Undo', 'Advertiser Name']).flat();
    const page = [...menu, ...story, 'Share', 'Tweet', 'Most Read', ...teasers, ...menu].join('\n') + '\n';
    // Five paragraphs of prose in a row are an article's body, however much furniture surrounds them.
    assert.deepEqual(checkArticle(page, 'bridge.txt'), { article: true });
    assert.ok(analyze(page, { fileName: 'bridge.txt' }).annotations.some((a) => a.kind === 'boilerplate'));
    // The same furniture with the paragraphs scattered between teasers is no body: still refused.
    const scattered = [...menu, ...story.flatMap((line, i) => [line, ...teasers.slice(i * 15, i * 15 + 15)]), ...menu].join('\n') + '\n';
    assert.match((checkArticle(scattered, 'scattered.txt') as { reason: string }).reason, /too little running prose/);
  });

  it("lets a gallery's one paragraph through among the site's menus, and fades the menus", function () {
    const menu = ['Menu', 'Home', 'News', 'Weather', 'Sports', 'Obituaries', 'Sign in', 'Subscribe', 'Follow us', 'Search'];
    const sections = Array.from({ length: 40 }, (_, i) => [`Local News ${i + 1}`, `Town Hall Coverage ${i + 1}`]).flat();
    const brief =
      'Children at the riverside branch library spent the first morning of the winter break reading stories ' +
      'aloud and making paper lanterns, in a celebration the children’s librarian organised with two local schools. ' +
      'An exhibit of lanterns from a dozen countries is on display in the main hall until the end of January.';
    const photos = Array.from({ length: 12 }, (_, i) => [`Photo ${i + 1} of 12`, 'Staff photographer']).flat();
    const page = [...menu, ...sections, 'Lanterns light up the library on the first day of the break', brief, ...photos, ...menu].join('\n') + '\n';
    assert.deepEqual(checkArticle(page, 'gallery.txt'), { article: true });
    const flagged = new Set(
      analyze(page, { fileName: 'gallery.txt' })
        .annotations.filter((a) => a.kind === 'boilerplate')
        .map((a) => a.range.start.line),
    );
    assert.ok(flagged.has(0) && flagged.has(7), 'the menu and the sign-in line are faded');
    assert.ok(!flagged.has(menu.length + sections.length + 1), 'the paragraph is the article');
    // The same lines without the site's frame (a list of notes with one long paragraph) stay refused,
    const notes = [...sections, brief, ...photos].join('\n') + '\n';
    assert.match((checkArticle(notes, 'notes.txt') as { reason: string }).reason, /too little running prose/);
    // and so does the frame around blurbs no longer than a teaser's.
    const blurbs = [...menu, ...sections, brief.split('. ')[0] + '.', ...photos, ...menu].join('\n') + '\n';
    assert.match((checkArticle(blurbs, 'blurbs.txt') as { reason: string }).reason, /too little running prose/);
  });

  it('skips a file with a megabyte-long line without parsing it', function () {
    const line = 'The council met and agreed to spend more on flood defences. '.repeat(20000);
    const analysis = analyze(line, { fileName: 'dump.txt' });
    assert.match(analysis.skipped ?? '', /^it has a line of 1,200,000 characters/);
    assert.equal(analysis.article, undefined);
  });

  it('skips empty and whitespace-only files', function () {
    assert.deepEqual(checkArticle('', 'a.txt'), { article: false, reason: 'the file is empty' });
    assert.deepEqual(checkArticle(' \n\n\t', 'a.txt'), { article: false, reason: 'the file is empty' });
  });

  it('accepts every example article', function () {
    for (const name of readdirSync(examplesDir).filter((f) => f.endsWith('.txt'))) {
      assert.deepEqual(checkArticle(readFileSync(path.join(examplesDir, name), 'utf8'), name), { article: true }, name);
    }
  });
});
