import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { buildReport, cellOf } from '../../server/src/core/report.js';
import { csvField, exportAnnotations, reportHtml, reportMarkdown } from '../../server/src/report/render.js';
import { examplesDir } from '../support/paths.js';

const examples = () =>
  analyzeCorpus(
    readdirSync(examplesDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ id: f, text: readFileSync(path.join(examplesDir, f), 'utf8'), fileName: f })),
  );

describe('corroboration report', function () {
  it('puts each fact reported by several outlets in one row, with a cell per outlet', function () {
    const model = buildReport(examples());
    assert.deepEqual(model.outlets, ['coastline-daily', 'harbour-ledger', 'Meridian News Agency', 'northern-gazette.example', 'valmora-post']);
    const ships = model.rows.find((r) => r.claim.startsWith('Up to 25 ships'))!;
    assert.equal(ships.cells['Meridian News Agency']!.status, 'reports');
    assert.deepEqual(ships.cells['harbour-ledger']!.values, { here: 'Up to 25 ships', there: 'At least 60 vessels' });
    assert.equal(ships.cells['harbour-ledger']!.status, 'conflicts');
    assert.equal(ships.cells['valmora-post']!.status, 'not-reported');
    const claims = model.rows.map((r) => r.claim);
    assert.equal(new Set(claims).size, claims.length, 'no fact twice');
  });

  it('says "agrees" only where a figure was compared, and which figure each outlet gives', function () {
    const model = buildReport(examples());
    // (The row is the wire's sentence, which most outlets report: QUALITY.md round 227.)
    const walkout = model.rows.find((r) => r.claim.includes('Some 4,200 port workers went on strike'))!;
    assert.deepEqual(cellOf(walkout, 'harbour-ledger'), { ...cellOf(walkout, 'harbour-ledger'), status: 'agrees', figure: 'About 4,000 dockworkers' });
    assert.equal(cellOf(walkout, 'Meridian News Agency').figure, 'Some 4,200 port workers', 'the row’s own figure');
    // A cell "agrees" only with a figure it compared; a row's own outlet "reports".
    for (const row of model.rows) {
      for (const outlet of model.outlets) {
        const cell = cellOf(row, outlet);
        if (cell.status === 'agrees') assert.ok(cell.figure, `${outlet} agrees with no figure on “${row.claim}”`);
      }
    }
    const md = reportMarkdown(model);
    assert.match(md, /\| agrees: About 4,000 dockworkers \|/);
    assert.match(md, /\| reports: Some 4,200 port workers \|/);
    assert.ok(md.includes('| conflicts: At least 60 vessels \\(vs Up to 25 ships\\) |'), 'a conflict gives both figures');
  });

  it('renders Markdown, and HTML with a strict policy and no remote resources', function () {
    const model = buildReport(examples());
    const md = reportMarkdown(model);
    assert.match(md, /^\| Claim \| coastline\\-daily \| harbour\\-ledger \|/m);
    const html = reportHtml(model, { nonce: 'abc123', cspSource: 'vscode-resource:' });
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src vscode-resource: 'nonce-abc123'; script-src 'nonce-abc123';"/);
    assert.ok(!/https?:\/\//.test(html.replace(/data-uri="[^"]*"/g, '')), 'no remote resources');
    assert.match(html, /var\(--vscode-foreground\)/);
    assert.match(html, /<script nonce="abc123">/);
    assert.ok(!reportHtml(model).includes('<script'), 'the standalone page runs no script');
  });

  describe('with a crafted article', function () {
    const crafted = [
      'Port strike <script>alert(1)</script>',
      '=HYPERLINK("http://evil.example","x") About 4,000 dockworkers walked off the job at the Port of Brennick on Monday, the union said.',
      '@SUM(A1) Talks [click](command:workbench.action.quit) will resume on Thursday | says **nobody**.',
    ].join('\n');
    const results = analyzeCorpus([
      { id: 'crafted.txt', text: crafted, fileName: 'crafted.txt' },
      { id: 'ledger.txt', text: readFileSync(path.join(examplesDir, 'harbour-ledger.txt'), 'utf8'), fileName: 'ledger.txt' },
    ]);
    const files = results.map((r) => ({ path: r.id, outlet: r.outlet, annotations: r.annotations }));

    it('escapes it in HTML', function () {
      const html = reportHtml(buildReport(results));
      assert.ok(!html.includes('<script>alert'), 'no live script');
      assert.ok(html.includes('&lt;') || !html.includes('alert'), 'escaped');
    });

    it('neutralises spreadsheet formulas in CSV', function () {
      assert.equal(csvField('=1+1'), `"'=1+1"`);
      assert.equal(csvField('@SUM(A1)'), `"'@SUM(A1)"`);
      assert.equal(csvField('-2'), `"'-2"`);
      assert.equal(csvField('say "hi"'), '"say ""hi"""');
      const csv = exportAnnotations(files, 'csv');
      for (const line of csv.trim().split('\r\n')) for (const field of line.match(/"(?:[^"]|"")*"/g) ?? []) assert.ok(!/^"[=+\-@]/.test(field), field);
    });

    it('escapes Markdown in the Markdown export', function () {
      const md = exportAnnotations(files, 'md');
      assert.ok(!/(^|[^\\])\[click\]/.test(md));
      assert.ok(!/(^|[^\\])\*\*nobody/.test(md));
      assert.ok(md.startsWith('# Corroborate annotations'));
    });

    it('exports JSON in the CLI shape', function () {
      const json = JSON.parse(exportAnnotations(files, 'json'));
      assert.deepEqual(Object.keys(json.files[0]), ['path', 'outlet', 'annotations']);
    });
  });
});
