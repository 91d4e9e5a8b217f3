/**
 * The report's rows by event (issue 15 item 6): articles that report one happening are found from
 * the links between their claims, not chained through one article that resembles two events;
 * each event is labelled from what its articles share; a fact whose articles are in no event
 * together comes last, under "Other claims".
 */
import assert from 'node:assert/strict';
import type { Annotation } from '../../server/src/core/annotation.js';
import type { CorpusResult } from '../../server/src/core/corpus.js';
import type { ClaimRecord } from '../../server/src/core/corroboration/claims.js';
import type { ClaimDate } from '../../server/src/core/corroboration/dates.js';
import type { CorroborationMatch } from '../../server/src/core/corroboration/index.js';
import { corroborationLexicon } from '../../server/src/core/corroboration/lexicon.js';
import { nameStem } from '../../server/src/core/corroboration/names.js';
import { articleEvents } from '../../server/src/core/events/articleEvents.js';
import { eventLabel, namePhrases } from '../../server/src/core/events/eventLabel.js';
import { buildReport } from '../../server/src/core/report.js';
import { reportHtml, reportMarkdown } from '../../server/src/report/render.js';

/** Every pair of the articles linked by `claims` claims. */
const clique = (ids: string[], claims: number) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ a, b, claims })));

describe('events of a corpus, from the links between its claims', function () {
  it('groups articles that share several linked claims', function () {
    assert.deepEqual(articleEvents(clique(['a1', 'a2', 'a3'], 4)), [['a1', 'a2', 'a3']]);
    assert.deepEqual(articleEvents(clique(['a1', 'a2'], 2)), [['a1', 'a2']], 'two linked claims are enough for two articles');
  });

  it('puts two articles that share one linked claim in no event', function () {
    assert.deepEqual(articleEvents(clique(['a1', 'a2'], 1)), []);
  });

  it('does not chain two events together through one article that resembles both', function () {
    // a3 and b1 share as many linked claims as two articles of one event may.
    const links = [...clique(['a1', 'a2', 'a3'], 4), ...clique(['b1', 'b2', 'b3'], 4), { a: 'a3', b: 'b1', claims: 2 }];
    assert.deepEqual(articleEvents(links), [
      ['a1', 'a2', 'a3'],
      ['b1', 'b2', 'b3'],
    ]);
  });

  it('groups the same way whatever the order of the links', function () {
    const links = [...clique(['a1', 'a2', 'a3', 'a4'], 3), ...clique(['b1', 'b2'], 2), { a: 'a4', b: 'b2', claims: 2 }];
    const once = articleEvents(links);
    assert.deepEqual(articleEvents([...links].reverse()), once);
    assert.deepEqual(articleEvents(links.map(({ a, b, claims }) => ({ a: b, b: a, claims }))), once);
  });

  it('keeps 10,000 separately linked pairs of articles apart', function () {
    // 20,000 articles in pairs (all pairs would be 200 million: the grouping works from the
    // links alone; how fast is the benchmarks' business, not a test's).
    const links = Array.from({ length: 10_000 }, (_, i) => ({ a: `x${i}`, b: `y${i}`, claims: 3 }));
    const events = articleEvents(links);
    assert.equal(events.length, 10_000);
    assert.ok(events.every((event) => event.length === 2));
  });
});

/** A claim as claims.ts records it, near enough: a capitalised word after the first is a name unless the lexicon calls it generic. */
const claimOf = (text: string, dates: ClaimDate[] = []) => ({
  text,
  entities: [...text.matchAll(/\p{Lu}\p{L}+/gu)].filter((m) => m.index > 0 && !corroborationLexicon().genericNames.has(m[0].toLowerCase())).map((m) => nameStem(m[0])),
  dates,
});

describe('the label of an event', function () {
  it('names what two or more of its articles name, a name of several words whole', function () {
    const label = eventLabel(
      [
        { article: 'a', ...claimOf('The union said North Korea sent troops to Russia, Vladimir Putin said.') },
        { article: 'b', ...claimOf('Troops of North Korea fought in Russia for Putin, Reuters said.') },
        { article: 'c', ...claimOf('Estavia and Russia signed the treaty.') },
      ],
      'North Korea sent troops to Russia.',
    );
    assert.equal(label, 'Russia, North Korea, Vladimir Putin');
  });

  it('adds the date its articles share', function () {
    const june = (text: string): ClaimDate => ({ text, month: 6, day: 19 });
    const label = eventLabel(
      [
        { article: 'a', ...claimOf('President Putin visited Pyongyang on June 19.', [june('June 19')]) },
        { article: 'b', ...claimOf('On 19 June Putin arrived in Pyongyang.', [june('19 June')]) },
      ],
      'Putin visited Pyongyang.',
    );
    assert.equal(label, 'Putin, Pyongyang · June 19');
  });

  it('falls back to its most-linked claim, cut, when its articles share no name or date', function () {
    const headline = 'More than three thousand dockworkers stopped work on the morning shift in a dispute over automated cranes';
    const label = eventLabel(
      [
        { article: 'a', ...claimOf('Dockworkers stopped work.') },
        { article: 'b', ...claimOf('Workers walked out.') },
      ],
      headline,
    );
    assert.ok(headline.startsWith(label.replace(/…$/, '')) && label.length <= 80, label);
  });

  it('reads names as runs of capitalised words, not across a comma or from a sentence-initial word', function () {
    assert.deepEqual(namePhrases('The US Surgeon General met Sam’s Club staff in Korea, Russia.', claimOf('The US Surgeon General Sam Club Korea Russia').entities), [
      'US Surgeon General',
      'Sam’s Club',
      'Korea',
      'Russia',
    ]);
  });
});

/** A corpus described by its links: articles with their claims, and which claims report the same fact. */
function corpus(articles: Record<string, { outlet: string; claims: string[] }>, links: [string, number, string, number][]): CorpusResult[] {
  const range = (line: number, text: string) => ({ start: { line, character: 0 }, end: { line, character: text.length } });
  const records = (id: string): ClaimRecord[] => articles[id]!.claims.map((text, line) => ({ start: 0, end: text.length, range: range(line, text), terms: [], quantities: [], ...claimOf(text) }));
  // Each claim's links, both ways, looked up once.
  const linked = new Map<string, [string, number][]>();
  const note = (id: string, line: number, other: [string, number]) => linked.set(`${id}#${line}`, [...(linked.get(`${id}#${line}`) ?? []), other]);
  for (const [a, la, b, lb] of links) {
    note(a, la, [b, lb]);
    note(b, lb, [a, la]);
  }
  return Object.entries(articles).map(([id, { outlet, claims }]) => {
    const annotations: Annotation[] = [];
    claims.forEach((text, line) => {
      const matches: CorroborationMatch[] = (linked.get(`${id}#${line}`) ?? []).map(([other, otherLine]) => {
        const otherText = articles[other]!.claims[otherLine]!;
        return { uri: other, range: range(otherLine, otherText), text: otherText, outlet: articles[other]!.outlet, score: 0.6, relation: 'related' };
      });
      if (matches.length > 0) annotations.push({ kind: 'corroboration', code: 'corroboration/match', range: range(line, text), message: '', data: { matches } } as Annotation);
    });
    return { id, outlet, analysis: { text: '', annotations: [], claims: records(id), failures: [] }, annotations };
  });
}

const strike = ['Dockworkers in Brennick walked out on Monday.', 'The Brennick port authority wants automated cranes.', 'Ships queued off Brennick.'];
const quake = ['A quake shook Valmora before dawn.', 'Valmora hospitals treated the injured.', 'Rescuers searched Valmora for hours.'];

describe('the report by event', function () {
  const results = corpus(
    {
      'a1.txt': { outlet: 'Coastline Daily', claims: strike },
      'a2.txt': { outlet: 'Harbour Ledger', claims: strike },
      'a3.txt': { outlet: 'Meridian', claims: strike },
      'b1.txt': { outlet: 'Valmora Post', claims: quake },
      'b2.txt': { outlet: 'Northern Gazette', claims: quake },
      'c1.txt': { outlet: 'Tidewater Times', claims: [quake[2]!] },
    },
    [
      ...[0, 1, 2].flatMap((line): [string, number, string, number][] => [
        ['a1.txt', line, 'a2.txt', line],
        ['a1.txt', line, 'a3.txt', line],
        ['a2.txt', line, 'a3.txt', line],
      ]),
      ['b1.txt', 0, 'b2.txt', 0],
      ['b1.txt', 1, 'b2.txt', 1],
      // One claim of the strike linked to one of the quake: two events, not one.
      ['a3.txt', 2, 'b2.txt', 2],
      // A fact of the quake that only an article of no event reports beside it.
      ['b1.txt', 2, 'c1.txt', 0],
    ],
  );
  const model = buildReport(results);

  it('groups rows under the events whose articles report them, the larger event first', function () {
    assert.deepEqual(
      model.events.map((e) => e.articles),
      [
        ['a1.txt', 'a2.txt', 'a3.txt'],
        ['b1.txt', 'b2.txt'],
      ],
    );
    assert.deepEqual(
      model.rows.map((r) => [r.claim, r.event]),
      [
        // The most reported first (the strike's third claim also by b2's outlet).
        [strike[2], 0],
        [strike[0], 0],
        [strike[1], 0],
        [quake[0], 1],
        [quake[1], 1],
        [quake[2], undefined],
      ],
    );
  });

  it('labels each event with the names its articles share', function () {
    assert.deepEqual(
      model.events.map((e) => e.label),
      ['Brennick', 'Valmora'],
    );
  });

  it('shows the events as headings in Markdown and HTML, the rows of no event last under "Other claims"', function () {
    const md = reportMarkdown(model);
    assert.match(md, /across 6 outlets, in 2 events\./);
    const headings = [...md.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, ['Brennick', 'Valmora', 'Other claims']);
    assert.match(md, /^3 articles · 3 claims\.$/m);
    const html = reportHtml(model);
    const groups = [...html.matchAll(/<tr class="event"><th colspan="7" scope="rowgroup"><span class="event-label">([^<]*)<\/span>/g)].map((m) => m[1]);
    assert.deepEqual(groups, ['Brennick', 'Valmora', 'Other claims']);
    assert.equal(html.match(/<tbody>/g)?.length, 3, 'a body per event');
  });

  it('keeps only facts another outlet reports: two articles of one outlet are not corroboration', function () {
    const own = buildReport(
      corpus(
        {
          'a.txt': { outlet: 'Harbour Ledger', claims: strike },
          'b.txt': { outlet: 'Harbour Ledger', claims: strike },
        },
        [
          ['a.txt', 0, 'b.txt', 0],
          ['a.txt', 1, 'b.txt', 1],
        ],
      ),
    );
    assert.deepEqual(own.rows, []);
  });

  it('is built in time that grows with the links, not with rows times claims', function () {
    // 12,000 pairs of articles, each pair one linked fact: 12,000 rows over 24,000 claims (each row looking through all claims took 4 s).
    const articles: Record<string, { outlet: string; claims: string[] }> = {};
    const links: [string, number, string, number][] = [];
    for (let i = 0; i < 12_000; i++) {
      articles[`x${i}.txt`] = { outlet: `Outlet ${i % 7}`, claims: [`Fact ${i} happened.`] };
      articles[`y${i}.txt`] = { outlet: `Outlet ${7 + (i % 5)}`, claims: [`Fact ${i} happened.`] };
      links.push([`x${i}.txt`, 0, `y${i}.txt`, 0]);
    }
    const results = corpus(articles, links);
    const started = performance.now();
    assert.equal(buildReport(results).rows.length, 12_000);
    assert.ok(performance.now() - started < 3000, `${Math.round(performance.now() - started)} ms`);
  });
});
