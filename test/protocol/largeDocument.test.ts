/**
 * A large open document is analysed on a worker thread: while it is, requests about other
 * documents are answered, and an analysis the document moved on from is dropped, not
 * published. Orderings and answers only; the mocha timeout is a hang guard.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core/annotate.js';
import { TemplateLines } from '../../server/src/core/boilerplate/templates.js';
import { LARGE_DOCUMENT } from '../../server/src/lsp/analyses.js';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

const example = (name: string) => readFileSync(path.join(examplesDir, name), 'utf8');
const uriOf = (file: string) => pathToFileURL(file).href;

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
    const headline = ledger.split('\n')[0]!;
    // Two files on disk share the ledger's headline: in the large document it is a template
    // line, which only the corpus (on the main thread) knows.
    const disk = { 'valmora-post.txt': `${example('valmora-post.txt')}\n${headline}\n`, 'northern-gazette.txt': `${example('northern-gazette.txt')}\n${headline}\n` };
    for (const [name, text] of Object.entries(disk)) writeFileSync(path.join(workspace, name), text);
    let large = '';
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

    await client.openAndWait(largeUri, large, 1);
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
    // The worker's findings are the main thread's: the same boilerplate, the shared headline included.
    const templates = new TemplateLines();
    for (const [name, text] of Object.entries(disk)) templates.set(name, text);
    templates.set('small', small);
    const expected = analyze(edited, { fileName: 'ledger-archive.txt', repeatedElsewhere: templates.lookupFor('large') })
      .annotations.filter((a) => a.kind === 'boilerplate')
      .map((a) => `${a.range.start.line} ${a.code}`);
    const boilerplate = published.diagnostics.filter((d) => String(d.code).startsWith('boilerplate/')).map((d) => `${d.range.start.line} ${String(d.code)}`);
    assert.deepEqual(boilerplate, expected);
    assert.ok(expected.some((line) => line.startsWith('0 ')), 'the shared headline is template here');

    // A hover on the large document itself is answered for its latest text.
    const own = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: largeUri }, position: { line: 2, character: 5 } })) as Hover | null;
    assert.equal(own?.range?.start.line, 2);
  });
});
