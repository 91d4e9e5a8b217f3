/**
 * Independent sources behind a claim (issue 15, item 4): outlets that run one wire agency's
 * story, copies of one text and outlets citing the same primary source are one source each; the
 * message, the hover, the report and the demotion of unattributed claims count sources, not
 * outlets; a conflict says whose figure is whose. The articles are invented here.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import type { Annotation } from '../../server/src/core/annotation.js';
import { analyzeCorpus, type CorpusFile } from '../../server/src/core/corpus.js';
import { citedName, independentSources, sourceKey } from '../../server/src/core/corroboration/sources.js';
import { wireAgencyOf } from '../../server/src/core/corroboration/wire.js';
import { buildReport, cellOf } from '../../server/src/core/report.js';
import { hoverAt } from '../../server/src/lsp/hover.js';

const HEADLINE = 'Ferry strike in Calder Bay';

/** Unrelated articles, so that the words of the strike are rare enough to lead to one another. */
const FILLER = [
  'The city council approved a new budget of 9 million for parks on Tuesday, the mayor said.',
  'Heavy snow closed 14 mountain roads across the northern province overnight, police said.',
  'The central bank held interest rates at 3 percent on Thursday, its governor said.',
  'A new hospital wing with 200 beds opened in Valdor on Friday, health officials said.',
  'Wheat prices rose 8 percent after a poor harvest in the south, traders said.',
  'The museum will reopen in June after a 2-year renovation, its director said.',
  'Train services between the 2 cities were cut after a landslide, the operator said.',
  'The national football team beat its rivals 2-1 in the final on Sunday, the federation said.',
].flatMap((sentence, i) =>
  [1, 2, 3].map((copy): CorpusFile => ({ id: `other-${i}-${copy}`, fileName: `other-${i}-${copy}.txt`, text: `Other news\n\n${sentence.replace(/\d+/g, (n) => String(Number(n) + copy))}\n` })),
);

const article = (id: string, ...lines: string[]): CorpusFile => ({ id, fileName: `${id}.txt`, text: [HEADLINE, '', ...lines, ''].join('\n') });

function annotationsOf(files: CorpusFile[], id: string): Annotation[] {
  return analyzeCorpus([...files, ...FILLER]).find((r) => r.id === id)!.annotations;
}

const matchOn = (annotations: readonly Annotation[], line: number) => annotations.find((a) => a.code === 'corroboration/match' && a.range.start.line === line);

describe('independent sources', function () {
  describe('the wire agency an article credits', function () {
    const body = 'About 2,000 ferry workers walked off the job in Calder Bay on Monday, the union said.';
    const wireOf = (...lines: string[]) => wireAgencyOf(analyze([HEADLINE, '', body, ...lines].join('\n')));

    it('reads a credit line, a dateline, a source line, a rights line and a byline', function () {
      assert.equal(wireOf('— AFP'), 'AFP');
      assert.equal(wireOf('(AFP)'), 'AFP');
      assert.equal(wireOf('Source: Reuters'), 'Reuters');
      assert.equal(wireOf('Associated Press'), 'AP');
      assert.equal(wireOf('© 2025 The Associated Press. All rights reserved.'), 'AP');
      assert.equal(wireOf('By Jan Hollis, Associated Press'), 'AP');
      assert.equal(wireAgencyOf(analyze(`${HEADLINE}\n\nCALDER BAY, Estavia (Meridian) — ${body}`)), 'Meridian', 'any name in a dateline');
    });

    it('credits nothing for a photo credit, a label in parentheses, or two agencies at once', function () {
      assert.equal(wireOf(), undefined);
      assert.equal(wireOf('(Photo: Reuters)'), undefined);
      assert.equal(wireOf('(Video)'), undefined);
      assert.equal(wireOf('— AFP', 'Source: Reuters'), undefined);
    });
  });

  describe('the primary source an attribution names', function () {
    it('reads an abbreviation, a name beside "news agency", a well-known agency under any name', function () {
      assert.equal(citedName('the Estavian News Agency (ENA)'), 'ENA');
      assert.equal(citedName("Estavia's official ENA news agency"), 'ENA');
      assert.equal(citedName('state news agency ENA'), 'ENA');
      assert.equal(citedName('Agence France-Presse'), 'AFP');
      assert.equal(sourceKey("the Harbour Master's Office"), sourceKey("Harbour Master's office"));
    });

    it('names no one for a phrase without a name, and keeps a country apart from an agency', function () {
      assert.equal(citedName('state media'), undefined);
      assert.equal(citedName('Estavian state media'), 'Estavian state media');
      assert.notEqual(sourceKey(citedName('Estavian news agency')!), sourceKey(citedName('Estavian state broadcaster')!));
    });

    it('groups outlets by one key, never by a chain of unrelated names', function () {
      const groups = independentSources(
        { id: 'h', outlet: 'Here' },
        [
          { id: 'a', outlet: 'A', wire: 'AFP' },
          { id: 'b', outlet: 'B', wire: 'Agence France-Presse' },
          { id: 'c', outlet: 'C', cites: 'ENA' },
          { id: 'd', outlet: 'D', wire: 'Reuters' },
        ],
        () => false,
      );
      assert.deepEqual(
        groups.map((g) => [g.basis, g.name, g.outlets, g.withThis ?? false]),
        [
          ['outlet', 'Here', [], true],
          ['wire', 'AFP', ['A', 'B'], false],
          ['outlet', 'C', ['C'], false],
          ['outlet', 'D', ['D'], false],
        ],
      );
    });
  });

  describe('the same long sentence word for word', function () {
    // Written for the test: a site's note printed under its articles, and a wire paragraph.
    const note = 'Editor’s note: this newspaper has endorsed the harbour bridge plan and its owner sits on the port authority board.';
    const shortFact = 'The vote was seven to four.';

    it('is one text, however many outlets print it: no independent confirmation of the article that prints it too', function () {
      const groups = independentSources(
        { id: 'h', outlet: 'Here', text: note },
        [
          { id: 'a', outlet: 'A', text: note },
          // Case and punctuation aside, the same words.
          { id: 'b', outlet: 'B', text: note.toUpperCase().replace(/[:.,]/g, '') },
          { id: 'c', outlet: 'C', text: 'The port authority said on Monday that the harbour bridge plan would go to a vote of its board next month.' },
        ],
        () => false,
      );
      assert.deepEqual(
        groups.map((g) => [g.basis, g.outlets, g.withThis ?? false]),
        [
          ['copies', ['A', 'B'], true],
          ['outlet', ['C'], false],
        ],
      );
    });

    it('is no copy when it is short: two outlets may write one short sentence each', function () {
      const groups = independentSources({ id: 'h', outlet: 'Here', text: shortFact }, [{ id: 'a', outlet: 'A', text: shortFact }], () => false);
      assert.deepEqual(
        groups.map((g) => [g.basis, g.outlets, g.withThis ?? false]),
        [
          ['outlet', [], true],
          ['outlet', ['A'], false],
        ],
      );
    });
  });

  describe('in the corpus', function () {
    const CLAIM = {
      here: 'About 2,000 ferry workers walked off the job in Calder Bay on Monday, halting crossings to the islands.',
      afp1: 'Some 2,000 ferry workers walked off the job in Calder Bay on Monday, halting all crossings.',
      afp2: 'Around 2,000 ferry workers walked off the job in Calder Bay on Monday, halting crossings.',
      afp3: 'Nearly 2,000 ferry workers walked off the job in Calder Bay early on Monday, halting crossings.',
      reuters: 'Roughly 2,100 ferry workers walked off the job in Calder Bay on Monday, halting crossings to the islands.',
    };

    /** A wire story as the agency files it: the dateline opens it. */
    const REUTERS: CorpusFile = { id: 'wire', fileName: 'wire.txt', text: `CALDER BAY (Reuters) - ${CLAIM.reuters}\n` };

    it('counts outlets running one wire agency as one source', function () {
      const files = [
        article('gazette', CLAIM.here, 'The stoppage is the first in the bay since 2019, the union said.', '© 2025 Valmora Gazette'),
        article('lakeside', CLAIM.afp1, '— AFP', '© 2025 Lakeside Times'),
        article('northern', CLAIM.afp2, '(AFP)', '© 2025 Northern Star'),
        article('coastal', CLAIM.afp3, 'Source: Agence France-Presse', '© 2025 Coastal Mail'),
        REUTERS,
      ];
      const match = matchOn(annotationsOf(files, 'gazette'), 2)!;
      assert.ok(match && match.code === 'corroboration/match');
      assert.match(match.message, /^Also reported by 4 other outlets \(2 independent sources: AFP wire ×3, Reuters\): /);
      assert.deepEqual(
        match.data.sources.map((s) => [s.basis, s.name, s.outlets.length]),
        [
          ['outlet', 'Valmora Gazette', 0],
          ['wire', 'AFP', 3],
          ['outlet', 'Reuters', 1],
        ],
      );
    });

    it('says an outlet running the same wire as this article confirms nothing of it', function () {
      const files = [article('lakeside', CLAIM.afp1, '— AFP', '© 2025 Lakeside Times'), article('northern', CLAIM.afp2, '(AFP)', '© 2025 Northern Star'), REUTERS];
      const match = matchOn(annotationsOf(files, 'lakeside'), 2)!;
      assert.match(match.message, /^Also reported by 2 other outlets \(1 independent source: Reuters; AFP wire, as here\): /);
    });

    it('counts outlets citing one primary source as one, however they name it', function () {
      const files = [
        article('gazette', `${CLAIM.here.slice(0, -1)}, the port authority said.`, '© 2025 Valmora Gazette'),
        article('lakeside', `${CLAIM.afp1.slice(0, -1)}, the Estavian News Agency (ENA) reported.`, '© 2025 Lakeside Times'),
        article('northern', `${CLAIM.afp2.slice(0, -1)}, Estavia's official ENA news agency said.`, '© 2025 Northern Star'),
        article('coastal', `${CLAIM.afp3.slice(0, -1)}, according to ENA.`, '© 2025 Coastal Mail'),
      ];
      const match = matchOn(annotationsOf(files, 'gazette'), 2)!;
      assert.match(match.message, /^Also reported by 3 other outlets \(1 independent source: citing ENA ×3\): /);
    });

    it('counts copies of one text as one source', function () {
      const copy = [
        'Ferry workers in Calder Bay walked off the job on Monday in a dispute over pay and rosters, stranding hundreds of travellers on both sides of the strait.',
        'The operator cancelled every crossing to the islands until further notice and offered refunds to passengers holding tickets for the week.',
        'Union leaders said the walkout would last until the operator withdrew plans to cut crews on its larger vessels.',
      ];
      const files = [
        article('gazette', CLAIM.here, '© 2025 Valmora Gazette'),
        article('lakeside', CLAIM.afp1, ...copy, '© 2025 Lakeside Times'),
        article('northern', CLAIM.afp1, ...copy, '© 2025 Northern Star'),
        REUTERS,
      ];
      const match = matchOn(annotationsOf(files, 'gazette'), 2)!;
      assert.match(match.message, /^Also reported by 3 other outlets \(2 independent sources: one text ×2, Reuters\): /);
    });

    it('demotes an unattributed claim for two independent sources, not for two copies of one wire', function () {
      const unattributed = 'About 2,000 ferry workers walked off the job in Calder Bay on Monday, halting crossings to the islands.';
      const demoted = (files: CorpusFile[]) => {
        const claim = annotationsOf(files, 'gazette').find((a) => a.kind === 'unattributed-claim' && a.range.start.line === 2);
        return claim?.kind === 'unattributed-claim' ? claim.data : undefined;
      };
      const twoAfp = [
        article('gazette', unattributed, '© 2025 Valmora Gazette'),
        article('lakeside', CLAIM.afp1, '— AFP', '© 2025 Lakeside Times'),
        article('northern', CLAIM.afp2, '(AFP)', '© 2025 Northern Star'),
      ];
      assert.ok(demoted(twoAfp), 'an unattributed claim');
      assert.equal(demoted(twoAfp)!.demoted, undefined, 'two outlets, one AFP wire: not demoted');
      const afpAndReuters = [...twoAfp, REUTERS];
      assert.deepEqual(
        { demoted: demoted(afpAndReuters)!.demoted, outlets: demoted(afpAndReuters)!.corroboratingOutlets, sources: demoted(afpAndReuters)!.independentSources },
        { demoted: true, outlets: 3, sources: 2 },
      );
    });

    it('says whose figure is whose in a conflict', function () {
      const files = [
        // Each also reports the cancelled crossings: two reports of one strike.
        article(
          'gazette',
          'Up to 2,000 ferry workers walked off the job in Calder Bay on Monday, according to Estavian port officials.',
          'Every crossing to Lindqvist island was cancelled.',
          '© 2025 Valmora Gazette',
        ),
        article(
          'lakeside',
          'More than 9,000 ferry workers walked off the job in Calder Bay on Monday, the Calder Ferry Union said.',
          'All crossings to Lindqvist island were cancelled.',
          '© 2025 Lakeside Times',
        ),
      ];
      const conflict = annotationsOf(files, 'gazette').find((a) => a.kind === 'conflict')!;
      assert.equal(conflict.message, 'Figures disagree: “Up to 2,000 ferry workers” (Estavian port officials) here, “More than 9,000 ferry workers” (the Calder Ferry Union) in Lakeside Times.');
    });

    it('shows the sources in the hover and counts them in the report', function () {
      const files = [
        article('gazette', CLAIM.here, '© 2025 Valmora Gazette'),
        article('lakeside', CLAIM.afp1, '— AFP', '© 2025 Lakeside Times'),
        article('northern', CLAIM.afp2, '(AFP)', '© 2025 Northern Star'),
        REUTERS,
      ];
      const results = analyzeCorpus([...files, ...FILLER]);
      const gazette = results.find((r) => r.id === 'gazette')!;
      const hover = hoverAt(gazette.analysis.article!, gazette.annotations, { line: 2, character: 10 });
      assert.ok(hover, 'a hover on the claim');
      const value = (hover.contents as { value: string }).value;
      assert.match(value, /\*\*Also reported by 3 other outlets\*\* \(2 independent sources: AFP wire ×2, Reuters\):\n- \*\*AFP wire\*\*:\n {2}- \*(Lakeside|Northern)/);
      const row = buildReport(results).rows.find((r) => cellOf(r, 'Valmora Gazette').status !== 'not-reported')!;
      assert.deepEqual([row.outletsReporting, row.independentSources], [4, 3]);
    });
  });
});
