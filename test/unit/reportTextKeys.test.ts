/**
 * Outlet names are text from the articles, so they may be any word, including the names of
 * Object.prototype's members: `__proto__`, `constructor`, `toString`. Each still has its own
 * column, in the model, in its JSON (as the CLI prints it and the report panel receives it), in
 * HTML and in Markdown; and the report is the one it would be under ordinary names.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { buildReport, type ReportModel } from '../../server/src/core/report.js';
import { reportHtml, reportMarkdown } from '../../server/src/report/render.js';
import { cliBundle, examplesDir } from '../support/paths.js';

/** Example files whose outlet is their file name, and the awkward names they take here. */
const RENAMED = new Map([
  ['coastline-daily.txt', '__proto__.txt'],
  ['harbour-ledger.txt', 'constructor.txt'],
  ['valmora-post.txt', 'toString.txt'],
]);
const AWKWARD = ['__proto__', 'constructor', 'toString'];
const outletOfName = (name: string) => name.replace(/\.txt$/, '');
/** Awkward outlet name → the ordinary one it stands for. */
const ORDINARY = new Map([...RENAMED].map(([ordinary, awkward]) => [outletOfName(awkward), outletOfName(ordinary)]));

const names = readdirSync(examplesDir).filter((n) => n.endsWith('.txt'));
/** The examples, under their own file names or the awkward ones (same ids, so the same order). */
const report = (rename: boolean): ReportModel =>
  buildReport(analyzeCorpus(names.map((n) => ({ id: n, text: readFileSync(path.join(examplesDir, n), 'utf8'), fileName: rename ? (RENAMED.get(n) ?? n) : n }))));

/** The model with outlets named back to the ordinary names, cells in outlet order, through JSON. */
function ordinary(model: ReportModel): unknown {
  const name = (outlet: string) => ORDINARY.get(outlet) ?? outlet;
  const outlets = model.outlets.map(name).sort();
  return {
    outlets,
    rows: model.rows.map((row) => {
      const cells = new Map(Object.entries(row.cells).map(([outlet, cell]) => [name(outlet), cell]));
      return { ...row, outlet: name(row.outlet), cells: outlets.map((o) => [o, cells.get(o)]) };
    }),
  };
}

/** Every row has exactly one own cell per outlet. */
function assertColumns(model: ReportModel) {
  for (const outlet of AWKWARD) assert.ok(model.outlets.includes(outlet), `${outlet} in ${model.outlets.join(', ')}`);
  assert.ok(model.rows.length > 0);
  for (const row of model.rows) assert.deepEqual(Object.keys(row.cells).sort(), [...model.outlets].sort(), row.claim);
}

/** The number of cells in each body row of a rendered HTML table. */
/** Cells in each claim's row (an event's heading row is one cell across the table). */
const htmlCellsPerRow = (html: string) => (html.match(/<tr class="fact">.*<\/tr>/g) ?? []).map((tr) => tr.match(/<td /g)?.length ?? 0);

describe('report: outlets named like Object.prototype members', function () {
  it('gives each outlet its own column, and the report the ordinary names give', function () {
    const awkward = report(true);
    assertColumns(awkward);
    assert.ok(
      awkward.rows.some((row) => AWKWARD.some((o) => row.cells[o]!.status !== 'not-reported')),
      'the awkward outlets report facts',
    );
    assert.deepEqual(ordinary(awkward), ordinary(report(false)));
  });

  it('keeps every column through JSON, as the CLI prints it and the report panel receives it', function () {
    const model = report(true);
    const received = JSON.parse(JSON.stringify(model)) as ReportModel;
    assertColumns(received);
    assert.deepEqual(ordinary(received), ordinary(model));
  });

  it('renders HTML and Markdown with a cell per outlet, from the model or its JSON', function () {
    const model = report(true);
    const received = JSON.parse(JSON.stringify(model)) as ReportModel;
    for (const options of [{}, { nonce: 'n0nce', cspSource: 'vscode-resource:' }]) {
      const html = reportHtml(model, options);
      assert.equal(reportHtml(received, options), html);
      for (const outlet of AWKWARD) assert.ok(html.includes(`<th class="outlet" title="${outlet}">${outlet}</th>`), outlet);
      assert.deepEqual(new Set(htmlCellsPerRow(html)), new Set([model.outlets.length + 1]));
    }
    const markdown = reportMarkdown(received);
    assert.equal(markdown, reportMarkdown(model));
    const tableRows = markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Claim') && !l.startsWith('| ---'));
    for (const line of tableRows) assert.equal(line.split(' | ').length, model.outlets.length + 1, line);
  });

  describe('from the CLI', function () {
    let folder: string;
    before(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'corroborate-report-keys-'));
      for (const name of names) copyFileSync(path.join(examplesDir, name), path.join(folder, RENAMED.get(name) ?? name));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    const cli = (format: string) => {
      const run = spawnSync(process.execPath, [cliBundle, 'report', folder, '--format', format], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
      return run.stdout;
    };

    it('prints JSON with a column for each outlet', function () {
      const model = JSON.parse(cli('json')) as ReportModel;
      assertColumns(model);
      const inProcess = report(true);
      assert.deepEqual(model.outlets, inProcess.outlets);
      assert.equal(model.rows.length, inProcess.rows.length);
    });

    it('prints HTML with a column for each outlet', function () {
      const html = cli('html');
      for (const outlet of AWKWARD) assert.ok(html.includes(`<th class="outlet" title="${outlet}">${outlet}</th>`), outlet);
      const cells = htmlCellsPerRow(html);
      assert.ok(cells.length > 0);
      assert.deepEqual(new Set(cells), new Set([6]));
    });
  });
});
