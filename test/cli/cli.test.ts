/** CLI tests: the built `corroborate` bundle run as a user would run it. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliBundle, examplesDir, fixturesDir, repoRoot } from '../support/paths.js';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [cliBundle, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('corroborate CLI', function () {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('checks a folder and prints path:line:col severity message [rule]', function () {
    const { code, stdout } = cli(['check', 'examples']);
    assert.equal(code, 0, 'only errors fail the run by default');
    const lines = stdout.trim().split('\n');
    assert.ok(lines.includes('examples/harbour-ledger.txt:19:1 hint Not part of the article: comment section or comment policy. [boilerplate/comments]'));
    assert.ok(lines.includes('examples/harbour-ledger.txt:15:1 information Unattributed claim: “Talks are scheduled to resume on…” [claim/unattributed]'));
    const findings = lines.slice(0, -1);
    const count = (pattern: RegExp) => findings.filter((l) => pattern.test(l)).length;
    assert.equal(count(/ hint .+\[boilerplate\//), 35);
    assert.equal(lines.at(-1), `${findings.length} findings in 5 files (0 errors, ${count(/ warning /)} warnings, ${count(/ information /)} information, ${count(/ hint /)} hints)`);
    for (const line of findings) {
      assert.match(line, /^examples\/[\w-]+\.txt:\d+:\d+ (hint|information|warning) .+ \[(boilerplate\/[\w-]+|claim\/(unattributed|vague-source)|corroboration\/conflict)\]$/);
    }
  });

  it('prints the annotations as JSON in the DESIGN.md shape', function () {
    const { code, stdout } = cli(['check', 'examples/meridian-wire.txt', '--format', 'json']);
    assert.equal(code, 0);
    const json = JSON.parse(stdout);
    assert.deepEqual(Object.keys(json), ['files']);
    assert.equal(json.files[0].path, 'examples/meridian-wire.txt');
    assert.deepEqual(
      json.files[0].annotations.find((a: { code: string }) => a.code === 'boilerplate/copyright'),
      {
        kind: 'boilerplate',
        code: 'boilerplate/copyright',
        range: { start: { line: 8, character: 0 }, end: { line: 8, character: '© 2025 Meridian News Agency. All rights reserved.'.length } },
        message: 'Not part of the article: copyright or rights notice.',
        data: { category: 'copyright', label: 'copyright or rights notice', reason: 'a rights notice', line: 8 },
      },
    );
  });

  it('reports, across the files of a folder, which claims others corroborate and where figures conflict', function () {
    const { stdout } = cli(['check', 'examples', '--format', 'json']);
    const files = JSON.parse(stdout).files as { path: string; outlet: string; annotations: { kind: string; range: { start: { line: number } }; data: Record<string, unknown> }[] }[];
    const ledger = files.find((f) => f.path === 'examples/harbour-ledger.txt')!;
    const meridian = files.find((f) => f.path === 'examples/meridian-wire.txt')!;
    assert.equal(meridian.outlet, 'Meridian News Agency', 'the outlet from the rights line');
    const vessels = ledger.annotations.find((a) => a.kind === 'conflict' && a.range.start.line === 10)!;
    assert.deepEqual(vessels.data['matches'], [
      {
        uri: 'examples/meridian-wire.txt',
        range: meridian.annotations.find((a) => a.kind === 'conflict' && a.range.start.line === 3)!.range,
        text: 'Up to 25 ships were waiting to berth on Monday afternoon, a port spokesman said, adding that perishable cargo was being given priority.',
        outlet: 'Meridian News Agency',
        score: (vessels.data['matches'] as { score: number }[])[0]!.score,
        relation: 'conflicts',
        values: { here: 'At least 60 vessels', there: 'Up to 25 ships', compared: 'figures' },
        wire: 'Meridian',
      },
    ]);
    const walkout = ledger.annotations.find((a) => a.kind === 'corroboration' && a.range.start.line === 2)!;
    const matches = walkout.data['matches'] as { uri: string; relation: string }[];
    assert.ok(
      matches.some((m) => m.uri === 'examples/meridian-wire.txt' && m.relation === 'agrees'),
      JSON.stringify(matches),
    );
  });

  it('joins paths to the folder given', function () {
    const { stdout } = cli(['check', path.join(repoRoot, 'examples'), '--format', 'json']);
    const paths = JSON.parse(stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(
      paths,
      ['coastline-daily.txt', 'harbour-ledger.txt', 'meridian-wire.txt', 'northern-gazette.txt', 'valmora-post.txt'].map((f) => path.join(repoRoot, 'examples', f)),
    );
  });

  it('exits 1 when findings reach --fail-on', function () {
    assert.equal(cli(['check', 'examples', '--fail-on', 'hint']).code, 1);
    assert.equal(cli(['check', 'examples', '--fail-on', 'info']).code, 1, 'unattributed claims are information');
    assert.equal(cli(['check', 'examples', '--fail-on', 'warning']).code, 1, 'conflicting figures are warnings');
    assert.equal(cli(['check', 'examples', '--fail-on', 'error']).code, 0);
  });

  it('exits 2 on usage errors', function () {
    for (const args of [[], ['check'], ['frobnicate'], ['check', 'examples', '--format', 'xml'], ['check', 'examples', '--fail-on', 'loud'], ['check', 'examples', '--bogus']]) {
      const { code, stderr } = cli(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage:/);
    }
  });

  it('reports unreadable, binary, oversized and non-article files on stderr and goes on', function () {
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), path.join(dir, 'good.txt'));
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(path.join(dir, 'huge.txt'), 'word '.repeat(3000));
    copyFileSync(path.join(fixturesDir, 'not-articles', 'requirements.txt'), path.join(dir, 'requirements.txt'));
    const { code, stdout, stderr } = cli(['check', dir, path.join(dir, 'missing.txt'), '--max-file-size', '10000']);
    assert.equal(code, 0);
    assert.match(stderr, /missing\.txt: skipped: no such file or folder/);
    assert.match(stderr, /binary\.txt: skipped: it is a binary file \(it contains NUL bytes\)/);
    assert.match(stderr, /huge\.txt: skipped: it is 15 KB, larger than the limit of 10 KB \(maxFileSize\)/);
    assert.match(stderr, /requirements\.txt: skipped: "requirements\.txt" is a kind of file that is not a news article/);
    assert.match(stdout, /good\.txt:9:1 hint/);
  });

  it('prints a clean copy, or writes it with -o, never over the original', function () {
    const printed = cli(['clean', 'examples/meridian-wire.txt']);
    assert.equal(printed.code, 0);
    assert.ok(!printed.stdout.includes('©'));
    assert.ok(printed.stdout.includes('The port handled 6.1 million containers last year'));
    const out = path.join(dir, 'clean.txt');
    assert.equal(cli(['clean', 'examples/meridian-wire.txt', '-o', out]).code, 0);
    assert.equal(readFileSync(out, 'utf8'), printed.stdout);
    const original = path.join(dir, 'original.txt');
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), original);
    const refused = cli(['clean', original, '-o', original]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /cannot write .*original\.txt: it is the input file itself/);
    assert.equal(readFileSync(original, 'utf8'), readFileSync(path.join(examplesDir, 'meridian-wire.txt'), 'utf8'));
  });

  it('walks folders for .txt files, skipping clean copies and dependency folders', function () {
    mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(path.join(dir, 'sub'));
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), path.join(dir, 'sub', 'a.txt'));
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), path.join(dir, 'sub', 'a.clean.txt'));
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), path.join(dir, 'node_modules', 'pkg', 'b.txt'));
    writeFileSync(path.join(dir, 'notes.md'), '# not a txt');
    const files = JSON.parse(cli(['check', dir, '--format', 'json']).stdout).files.map((f: { path: string }) => path.relative(dir, f.path));
    assert.deepEqual(files, [path.join('sub', 'a.txt')]);
  });

  it('writes the corroboration report as HTML, Markdown or JSON', function () {
    const md = cli(['report', 'examples', '--format', 'md']);
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^# Corroboration report/);
    const json = JSON.parse(cli(['report', 'examples', '--format', 'json']).stdout);
    // The walkout and the ships waiting: the facts several outlets report. (A third row, the
    // union's "walkout would continue", was a link to another fact, gone with round 16.)
    assert.ok(json.rows.length >= 2);
    const out = path.join(dir, 'report.html');
    assert.equal(cli(['report', 'examples', '-o', out]).code, 0);
    assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
    assert.equal(cli(['report', 'examples', '--format', 'pdf']).code, 2);
  });

  it('groups the report’s rows under the event their articles report, in every format', function () {
    // The examples are three reports of one strike and two articles of their own: one event.
    const json = JSON.parse(cli(['report', 'examples', '--format', 'json']).stdout);
    assert.equal(json.events.length, 1);
    const [strike] = json.events;
    assert.match(strike.label, /Brennick/);
    assert.ok(strike.articles.length >= 2 && strike.articles.every((a: string) => a.startsWith('examples/')), strike.articles.join(', '));
    // The event's rows come first, under it; a row whose articles share no event (one linked
    // claim between two articles is no event) comes after them, with none.
    const eventRows = json.rows.filter((row: { event?: number }) => row.event === 0);
    assert.ok(eventRows.length >= 1);
    assert.deepEqual(json.rows.slice(0, eventRows.length), eventRows);
    for (const row of json.rows.slice(eventRows.length)) assert.equal(row.event, undefined, row.claim);
    const md = cli(['report', 'examples', '--format', 'md']).stdout;
    assert.match(md, /in 1 event\.$/m);
    const heading = new RegExp(`^## ${strike.label}\n\n${strike.articles.length} articles · ${eventRows.length} claims?.\n\n\\| Claim \\|`, 'm');
    assert.match(md, heading);
    const html = cli(['report', 'examples', '--format', 'html']).stdout;
    assert.ok(html.includes(`<tr class="event"><th colspan="${json.outlets.length + 1}" scope="rowgroup"><span class="event-label">${strike.label}</span>`), 'the event heads its rows');
  });

  it('says in each cell which figure the outlet gives', function () {
    const md = cli(['report', 'examples', '--format', 'md']).stdout;
    const walkout = md.split('\n').find((l) => l.startsWith('| ') && l.includes('Some 4,200 port workers went on strike'))!;
    assert.match(walkout, /\| agrees: About 4,000 dockworkers \| reports: Some 4,200 port workers \|/);
    // A fact with no figure compared is reported, not "agreed": every "agrees" names its figure.
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && l.includes('agrees'))) assert.doesNotMatch(line, /agrees \|/, line);
  });

  it('exports findings as CSV and Markdown', function () {
    const csv = cli(['check', 'examples', '--format', 'csv']);
    const [header, ...rows] = csv.stdout.split('\r\n');
    assert.equal(header, '"path","line","column","kind","code","severity","message","source","source kind","outlet","text"');
    // The text column holds the flagged line or sentence, as the editor's export does.
    const unattributed = rows.find((row) => row.includes('"claim/unattributed"'));
    assert.ok(unattributed && /,"[^"]{20,}"$/.test(unattributed), `no claim text in ${unattributed}`);
    assert.match(cli(['check', 'examples', '--format', 'md']).stdout, /^# Corroborate annotations/);
  });

  it('answers --version and --help', function () {
    assert.equal(cli(['--version']).stdout.trim(), '0.1.0');
    assert.match(cli(['--help']).stdout, /corroborate check <files\|folders\.\.\.>/);
  });
});
