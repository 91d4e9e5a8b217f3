/**
 * A large open document is analysed on a worker thread: while it is, requests about other
 * documents are answered, and an analysis the document moved on from is dropped, not
 * published. Orderings and answers only; the mocha timeout is a hang guard.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { blockAtLine, boilerplateBlocks, removalsForBlock } from '../../server/src/core/boilerplateBlocks.js';
import { removalsForLines, type TextRemoval } from '../../server/src/core/clean.js';
import { TemplateLines } from '../../server/src/core/boilerplate/templates.js';
import { LARGE_DOCUMENT } from '../../server/src/lsp/documentResults.js';
import { FIX_ALL_KIND } from '../../server/src/lsp/codeActions.js';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir, serverBundle, uriOf } from '../support/paths.js';

const example = (name: string) => readFileSync(path.join(examplesDir, name), 'utf8');

/**
 * How long a large document's first diagnostics may take before a test calls it hung: a cold
 * worker analyses 600 KB in seconds, but a loaded CI machine has taken more than 10 s.
 */
const LARGE_FIRST_ANALYSIS_MS = 120000;

describe('large open documents', function () {
  this.timeout(180000);
  let workspace: string;
  let client: LspTestClient;

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-large-'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('answers a hover on a small document while a large one is analysed, and publishes the large one for its latest version only', async function () {
    const ledger = example('harbour-ledger.txt');
    // Two files on disk share a label line with the large document, where it stands among the
    // first copy's paragraphs: there it is a template line, which only the corpus (on the main
    // thread) knows. (It used to be the ledger's headline; a headline is the article's whatever
    // other files repeat, issue 13.)
    const label = 'Blue Anchor Media';
    const disk = { 'valmora-post.txt': `${example('valmora-post.txt')}\n${label}\n`, 'northern-gazette.txt': `${example('northern-gazette.txt')}\n${label}\n` };
    for (const [name, text] of Object.entries(disk)) writeFileSync(path.join(workspace, name), text);
    const ledgerLines = ledger.split('\n');
    let large = `${[...ledgerLines.slice(0, 8), label, ...ledgerLines.slice(8)].join('\n')}\n`;
    while (large.length < 6 * LARGE_DOCUMENT) large += `${ledger}\n`;
    const edits = ['One more paragraph, added by the user.', 'And another one.'].map((_, i, added) => `${large}${added.slice(0, i + 1).join('\n')}\n`);
    const edited = edits[edits.length - 1]!;
    const small = example('meridian-wire.txt');

    client = new LspTestClient();
    // Each edit is analysed as soon as it is handled, so that a request sent after it waits on
    // that analysis unless the analysis runs elsewhere.
    client.settings = { debounceMs: 0 };
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message), 60000);
    await client.initialize(uriOf(workspace));
    await indexed;
    const smallUri = uriOf(path.join(workspace, 'open', 'meridian-wire.txt'));
    const largeUri = uriOf(path.join(workspace, 'open', 'ledger-archive.txt'));
    await client.openAndWait(smallUri, small);

    await client.openAndWait(largeUri, large, 1, LARGE_FIRST_ANALYSIS_MS);
    const events: string[] = [];
    client.diagnosticListeners.push((p) => p.uri === largeUri && events.push(`diagnostics v${p.version}`));
    const final = client.waitForDiagnostics(largeUri, (p) => p.version === 3, 120000);
    // Version 2 is being analysed when version 3 arrives; the hover comes right after.
    for (const [i, text] of edits.entries()) await client.change(largeUri, i + 2, text);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: smallUri }, position: { line: 1, character: 10 } })) as Hover | null;
    events.push('hover');
    assert.ok(hover, 'the small document is analysed and hovered');
    const published = await final;

    assert.equal(events[0], 'hover', `the hover is answered before the large document's diagnostics: ${events.join(', ')}`);
    assert.deepEqual(events.slice(1), ['diagnostics v3'], 'the analysis of version 2 is dropped, not published');
    // The worker's findings are the main thread's: the same boilerplate, the shared label included.
    const templates = new TemplateLines();
    for (const [name, text] of Object.entries(disk)) templates.set(name, text);
    templates.set('small', small);
    const expected = analyze(edited, { fileName: 'ledger-archive.txt', repeatedElsewhere: templates.lookupFor('large') })
      .annotations.filter((a) => a.kind === 'boilerplate')
      .map((a) => `${a.range.start.line} ${a.code}`);
    const boilerplate = published.diagnostics.filter((d) => String(d.code).startsWith('boilerplate/')).map((d) => `${d.range.start.line} ${String(d.code)}`);
    assert.deepEqual(boilerplate, expected);
    assert.ok(
      expected.some((line) => line.startsWith('8 ')),
      'the shared label is template here',
    );

    // A hover on the large document itself is answered for its latest text.
    const own = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: largeUri }, position: { line: 2, character: 5 } })) as Hover | null;
    assert.equal(own?.range?.start.line, 2);
  });

  it('finds in a large document whose paragraphs are parted by U+2029 the template lines the main thread finds', async function () {
    const [headline, , ...body] = example('harbour-ledger.txt').split('\n');
    const tagline = 'Harbour Ledger staff';
    // Two files on disk hold a masthead and the tagline as lines of their own. (Not the headline,
    // nor a tagline naming the story's town: a line on the article's topic is the article's
    // whatever other files repeat, issue 13.)
    const masthead = 'Blue Anchor Media';
    const shared = `${masthead}\n${tagline}\n`;
    const disk = { 'valmora-post.txt': `${example('valmora-post.txt')}\n${shared}`, 'northern-gazette.txt': `${example('northern-gazette.txt')}\n${shared}` };
    for (const [name, text] of Object.entries(disk)) writeFileSync(path.join(workspace, name), text);
    // In the large document they are one line of the editor, two paragraphs parted by U+2029:
    // each paragraph is a block, and the line is template only when both are found repeated.
    const copy = `${masthead}\u2029${tagline}\n${headline}\n\n${body.join('\n')}`;
    let large = '';
    while (large.length < 2 * LARGE_DOCUMENT) large += `${copy}\n`;

    client = new LspTestClient();
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message), 60000);
    await client.initialize(uriOf(workspace));
    await indexed;
    const diagnostics = await client.openAndWait(uriOf(path.join(workspace, 'open', 'ledger-archive.txt')), large, 1, LARGE_FIRST_ANALYSIS_MS);

    const templates = new TemplateLines();
    for (const [name, text] of Object.entries(disk)) templates.set(name, text);
    const expected = analyze(large, { fileName: 'ledger-archive.txt', repeatedElsewhere: templates.lookupFor('large') }).annotations.filter((a) => a.kind === 'boilerplate');
    const boilerplate = diagnostics.filter((d) => String(d.code).startsWith('boilerplate/'));
    const where = (range: { start: { line: number; character: number } }, code: unknown) => `${range.start.line}:${range.start.character} ${String(code)}`;
    assert.deepEqual(
      boilerplate.map((d) => where(d.range, d.code)),
      expected.map((a) => where(a.range, a.code)),
    );
    assert.ok(expected.filter((a) => a.range.start.line === 0 && a.data?.reason === 'repeated in other files').length === 2, 'both shared paragraphs are template here');
  });

  /**
   * How many times the server's main thread called a function of the bundle, from the call
   * counts V8 keeps under NODE_V8_COVERAGE (exact counts, written per thread when it exits;
   * the main thread's file ends in -0.json). Counted, not timed, and nothing in the server is
   * replaced.
   */
  function mainThreadCalls(coverage: string, name: string): number {
    let calls = 0;
    for (const file of readdirSync(coverage).filter((n) => n.endsWith('-0.json'))) {
      const { result } = JSON.parse(readFileSync(path.join(coverage, file), 'utf8')) as { result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] };
      for (const script of result.filter((s) => s.url === uriOf(serverBundle))) {
        for (const fn of script.functions) if (fn.functionName === name) calls += fn.ranges[0]!.count;
      }
    }
    return calls;
  }

  /** Runs a session under coverage; how many times the main thread called `counted`. */
  async function withCoverage(run: (client: LspTestClient) => Promise<void>, counted = 'parseArticle', settings: Record<string, unknown> = {}): Promise<number> {
    const coverage = mkdtempSync(path.join(tmpdir(), 'corroborate-coverage-'));
    try {
      client = new LspTestClient({ env: { NODE_V8_COVERAGE: coverage } });
      client.settings = settings;
      await client.initialize(uriOf(workspace));
      await run(client);
      await client.stop();
      return mainThreadCalls(coverage, counted);
    } finally {
      rmSync(coverage, { recursive: true, force: true });
    }
  }

  it('answers code actions on a large document from its lines, never parsing it on the main thread', async function () {
    const ledger = example('harbour-ledger.txt');
    // A BOM, CRLF and LF line breaks: the positions worked out from the lines must be the parsed article's.
    let large = '\uFEFF';
    for (let i = 0; large.length < LARGE_DOCUMENT * 1.2; i++) large += `${i % 2 ? ledger.replace(/\n/g, '\r\n') : ledger}\n`;
    const uri = uriOf(path.join(workspace, 'ledger-archive.txt'));
    const editsOf = (action: CodeAction | undefined) => (action?.edit?.documentChanges?.[0] as TextDocumentEdit | undefined)?.edits;
    const parsed = parseArticle(large);
    const editsFor = (removals: TextRemoval[]) => removals.map((r) => ({ range: parsed.rangeOf(r.start, r.end), newText: '' }));
    const expectedEdits = (lines: number[]) => editsFor(removalsForLines(parsed, lines));
    // The block of a line as core groups it on the parsed article.
    const blocks = boilerplateBlocks(parsed, analyze(large, { fileName: 'ledger-archive.txt' }).annotations);
    const expectedBlockEdits = (line: number) => editsFor(removalsForBlock(parsed, blockAtLine(blocks, line)!));

    const parses = await withCoverage(async () => {
      const boilerplate = (await client.openAndWait(uri, large, 1, LARGE_FIRST_ANALYSIS_MS)).filter((d: Diagnostic) => String(d.code).startsWith('boilerplate/'));
      assert.ok(boilerplate.length > 4, `boilerplate in the large document: ${boilerplate.length}`);
      const target = boilerplate[3]!;
      const quickFixes = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
      assert.deepEqual(editsOf(quickFixes.find((a) => a.title.startsWith('Remove this boilerplate block'))), expectedBlockEdits(target.range.start.line));
      const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: target.range,
        context: { diagnostics: [], only: [FIX_ALL_KIND] },
      })) as CodeAction[];
      // The same edits as the parsed article gives, as for a small document.
      assert.deepEqual(editsOf(fixAll[0]), expectedEdits(boilerplate.map((d) => d.range.start.line)));
    });
    assert.equal(parses, 0, 'the main thread parsed no article');

    // The count sees the main thread's parses: a small document is analysed (parsed) there.
    const control = await withCoverage(async () => {
      await client.openAndWait(uriOf(path.join(workspace, 'meridian-wire.txt')), example('meridian-wire.txt'));
    });
    assert.ok(control > 0, `parses of a small document on the main thread: ${control}`);
  });

  it('keeps one job per large document on the worker: of the versions typed while one is analysed, only the newest is analysed', async function () {
    const ledger = example('harbour-ledger.txt');
    let large = '';
    while (large.length < 6 * LARGE_DOCUMENT) large += `${ledger}\n`;
    const small = example('meridian-wire.txt');
    const largeUri = uriOf(path.join(workspace, 'ledger-archive.txt'));
    const smallUri = uriOf(path.join(workspace, 'meridian-wire.txt'));
    const typed = [2, 3, 4, 5];
    const published: number[] = [];

    // The main thread calls documentLines once for each job it gives the worker.
    const jobs = await withCoverage(
      async () => {
        await client.openAndWait(smallUri, small);
        await client.openAndWait(largeUri, large, 1, LARGE_FIRST_ANALYSIS_MS);
        client.diagnosticListeners.push((p) => p.uri === largeUri && published.push(p.version!));
        const last = client.waitForDiagnostics(largeUri, (p) => p.version === typed[typed.length - 1], 120000);
        for (const version of typed) {
          await client.change(largeUri, version, `${large}Edit number ${version}.\n`);
          // A pause in typing: the small document's debounce, as long as the large one's and
          // set after it, ends after it, so its diagnostics say that the large document's
          // analysis has been asked for this version. Version 2 is on the worker meanwhile.
          const paused = client.waitForDiagnostics(smallUri, (p) => p.version === version);
          await client.change(smallUri, version, small);
          await paused;
        }
        const final = await last;
        assert.ok(
          final.diagnostics.some((d) => String(d.code).startsWith('boilerplate/')),
          'the last version has its findings',
        );
      },
      'documentLines',
      { debounceMs: 0 },
    );
    assert.ok(published.length > 0 && published.every((version) => version === 5), `only the last version is published: ${published.join(', ')}`);
    assert.equal(jobs, 3, 'the worker analysed versions 1, 2 (running when 3 came) and 5, never 3 or 4');
  });
});
