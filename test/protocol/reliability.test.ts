/**
 * Reliability over the protocol: bad files in the workspace, bad documents in the editor, a
 * flood of edits, requests about documents the server does not hold, cancellation, edits that
 * race the analysis, and a pass that fails.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import protocol from 'vscode-languageserver-protocol/node.js';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/annotate.js';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir, uriOf } from '../support/paths.js';

const { CancellationTokenSource } = protocol;
const ledger = readFileSync(path.join(examplesDir, 'harbour-ledger.txt'), 'utf8');
type Status = { uri: string; version: number; state: string; reason?: string };

describe('reliability over the protocol', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-reliability-'));
    chmodSync(workspace, 0o755);
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const statusOf = (uri: string, version = 1) => client.waitForNotification('corroborate/status', (p) => (p as Status).uri === uri && (p as Status).version === version) as Promise<Status>;

  it('serves the good files of a workspace holding a symlink loop, an unreadable file and folder, and a binary file', async function () {
    for (const name of ['meridian-wire.txt', 'harbour-ledger.txt']) copyFileSync(path.join(examplesDir, name), path.join(workspace, name));
    symlinkSync(workspace, path.join(workspace, 'loop'));
    symlinkSync(path.join(workspace, 'self.txt'), path.join(workspace, 'self.txt'));
    writeFileSync(path.join(workspace, 'secret.txt'), ledger);
    chmodSync(path.join(workspace, 'secret.txt'), 0o000);
    mkdirSync(path.join(workspace, 'locked'));
    writeFileSync(path.join(workspace, 'locked', 'inside.txt'), ledger);
    chmodSync(path.join(workspace, 'locked'), 0o000);
    writeFileSync(path.join(workspace, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));

    client = new LspTestClient({ unprivileged: true });
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message));
    await client.initialize(uriOf(workspace));
    const summary = (await indexed) as { message: string };
    const log = () =>
      client.notifications
        .filter((n) => n.method === 'window/logMessage')
        .map((n) => (n.params as { message: string }).message)
        .join('\n');
    assert.match(log(), /skipped .*secret\.txt: .*permission/i);
    assert.match(log(), /skipped .*self\.txt: /);
    assert.match(log(), /skipped .*image\.txt: it is a binary file/);
    assert.match(log(), /skipped .*locked: the folder cannot be read \(.*permission denied/i);
    assert.match(summary.message, /indexed \d+ files, skipped [3-9]/);
    // The good files were indexed: a hover on an opened one lists the other.
    const meridian = uriOf(path.join(workspace, 'meridian-wire.txt'));
    await client.openAndWait(meridian, readFileSync(path.join(examplesDir, 'meridian-wire.txt'), 'utf8'));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: meridian }, position: { line: 0, character: 60 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /harbour-ledger/);
    chmodSync(path.join(workspace, 'locked'), 0o755);
  });

  it('finishes the scan when .gitignore is a FIFO, and says the .gitignore was not read', async function () {
    for (const name of ['meridian-wire.txt', 'harbour-ledger.txt']) copyFileSync(path.join(examplesDir, name), path.join(workspace, name));
    // Reading a FIFO waits for a writer that never comes.
    execFileSync('mkfifo', [path.join(workspace, '.gitignore')]);
    client = new LspTestClient();
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message), 20000);
    await client.initialize(uriOf(workspace));
    assert.match(((await indexed) as { message: string }).message, /indexed 2 files/);
    const log = client.notifications
      .filter((n) => n.method === 'window/logMessage')
      .map((n) => (n.params as { message: string }).message)
      .join('\n');
    assert.match(log, /\.gitignore was not read, so its rules are not applied: it is not a regular file/);
  });

  it('goes on when files are deleted and renamed while the workspace is scanned', async function () {
    const files: string[] = [];
    for (let i = 0; i < 300; i++) {
      const file = path.join(workspace, `article-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(file, ledger.replace('Port of Brennick', `Port of Brennick (copy ${i})`));
      files.push(file);
    }
    client = new LspTestClient();
    const done = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message), 30000);
    await client.initialize(uriOf(workspace));
    // The scan runs in slices; the files go while it runs.
    for (const [i, file] of files.entries()) {
      if (i % 3 === 0) unlinkSync(file);
      else if (i % 3 === 1) renameSync(file, file.replace('.txt', '.moved.txt'));
    }
    await done;
    const uri = uriOf(path.join(workspace, 'fresh.txt'));
    assert.ok((await client.openAndWait(uri, ledger)).length > 0, 'still serving');
  });

  it('scans a folder of 100,000 files and still serves the articles among them', async function () {
    this.timeout(180000);
    const bulk = path.join(workspace, 'bulk');
    mkdirSync(bulk);
    for (let i = 0; i < 100_000; i++) writeFileSync(path.join(bulk, `item-${i}.${i % 100 ? 'json' : 'txt'}`), i % 100 ? '{}' : '');
    for (const name of ['meridian-wire.txt', 'harbour-ledger.txt']) copyFileSync(path.join(examplesDir, name), path.join(workspace, name));
    client = new LspTestClient();
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message), 170000);
    await client.initialize(uriOf(workspace));
    assert.match(((await indexed) as { message: string }).message, /indexed 2 files, skipped 1000\b/);
    const meridian = uriOf(path.join(workspace, 'meridian-wire.txt'));
    await client.openAndWait(meridian, readFileSync(path.join(examplesDir, 'meridian-wire.txt'), 'utf8'));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: meridian }, position: { line: 0, character: 60 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /harbour-ledger/);
  });

  it('reports empty, blank, binary, huge and one-line documents with a reason and keeps serving', async function () {
    client = new LspTestClient();
    client.settings = { maxFileSize: 20 * 1024 * 1024 };
    await client.initialize(uriOf(workspace));
    const cases: [string, string, RegExp | 'analysed'][] = [
      ['empty.txt', '', /empty/],
      ['blank.txt', ' \n\t\n  \r\n', /empty|no text/],
      ['nul.txt', `${ledger.slice(0, 200)}\u0000\u0000\u0000${ledger.slice(200)}`, /binary|NUL/i],
      ['crlf.txt', ledger.replace(/\n/g, '\r\n'), 'analysed'],
      [
        'mixed.txt',
        ledger
          .split('\n')
          .map((l, i) => l + (i % 2 ? '\r\n' : '\n'))
          .join(''),
        'analysed',
      ],
      ['one-line.txt', 'word '.repeat(220_000), /line|article/],
      ['huge.txt', `${ledger}\n${'Another paragraph of the article, repeated. '.repeat(500_000)}`, /corroborate\.maxFileSize/],
    ];
    client.settings = { maxFileSize: 2 * 1024 * 1024 };
    for (const [name, text, expected] of cases) {
      const uri = uriOf(path.join(workspace, name));
      const status = statusOf(uri);
      await client.open(uri, text);
      const { state, reason } = await status;
      if (expected === 'analysed') assert.equal(state, 'analysed', name);
      else assert.match(reason ?? '', expected, `${name}: ${state} ${reason}`);
    }
    const crlf = client.diagnostics.get(uriOf(path.join(workspace, 'crlf.txt')))!.diagnostics;
    const lf = analyze(ledger)
      .annotations.filter((a) => a.kind === 'boilerplate')
      .map((a) => a.range.start.line);
    assert.deepEqual(
      crlf.filter((d) => String(d.code).startsWith('boilerplate/')).map((d) => d.range.start.line),
      lf,
      'CRLF changes no line',
    );
  });

  it('answers 1,000 edits in a second with diagnostics for the final version only', async function () {
    client = new LspTestClient();
    await client.initialize(uriOf(workspace));
    const uri = uriOf(path.join(workspace, 'ledger.txt'));
    await client.openAndWait(uri, ledger, 1);
    const seen = client.recordDiagnostics(uri);
    const final = client.waitForDiagnostics(uri, (p) => p.version === 1001, 30000);
    const started = Date.now();
    for (let version = 2; version <= 1001; version++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: version % 2 ? 'x' : 'y' }],
      });
    }
    assert.ok(Date.now() - started < 1000 + 2000, 'sent at about a thousand a second');
    await final;
    assert.deepEqual(
      seen.map((p) => p.version),
      [1001],
    );
  });

  it('gives empty answers about documents it does not hold, and an error for unknown commands', async function () {
    client = new LspTestClient();
    await client.initialize(uriOf(workspace));
    const uri = uriOf(path.join(workspace, 'never-opened.txt'));
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), null);
    assert.deepEqual(await client.connection.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } }), []);
    assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), []);
    assert.deepEqual(await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }), { data: [] });
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.nothing', arguments: [] }), /Unknown command/);
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.cleanCopy', arguments: [uri, 1] }));
  });

  it('stops analysing the workspace when the request is cancelled, in the scan or after it', async function () {
    const count = 300;
    for (let i = 0; i < count; i++) writeFileSync(path.join(workspace, `a${i}.txt`), ledger);
    type Outcome = { cancelled: boolean; files: number; findings: number };
    // A server that works out the findings of the whole folder, cancelled 20 ms in or as soon as
    // its scan is over (while the findings are worked out), or not at all; with `rewrite`, every
    // file changes on disk before the request, so that its scan analyses them all again.
    const analyzeWorkspace = async (cancel?: 'soon' | 'after the scan', rewrite = false): Promise<Outcome | Error> => {
      client = new LspTestClient();
      const scanned = () => client!.waitForNotification('window/logMessage', (p) => /index ready/.test((p as { message: string }).message), 30000);
      const firstScan = scanned();
      await client.initialize(uriOf(workspace));
      await firstScan;
      if (rewrite) for (let i = 0; i < count; i++) writeFileSync(path.join(workspace, `a${i}.txt`), `${ledger}\nRewritten as copy ${i}.\n`);
      const source = new CancellationTokenSource();
      const secondScan = scanned();
      const request = client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.analyzeWorkspace', arguments: [] }, source.token);
      if (cancel === 'soon') setTimeout(() => source.cancel(), 20);
      if (cancel === 'after the scan') void secondScan.then(() => source.cancel());
      const outcome = await request.then(
        (result) => result as Outcome,
        (error: Error) => error,
      );
      // A cancelled scan drops the files its workers had not finished, rather than analysing them here.
      const retried = client.notifications.filter((n) => n.method === 'window/logMessage' && /could not analyse/.test((n.params as { message: string }).message));
      assert.deepEqual(retried, []);
      await client.stop();
      return outcome;
    };
    const whole = await analyzeWorkspace();
    assert.ok(!(whole instanceof Error) && !whole.cancelled && whole.files === count && whole.findings > 0, JSON.stringify(whole));
    const soon = await analyzeWorkspace('soon');
    if (soon instanceof Error) assert.match(soon.message, /cancel/i);
    else assert.ok(soon.cancelled && (soon.files < count || soon.findings < whole.findings), JSON.stringify(soon));
    const afterScan = await analyzeWorkspace('after the scan');
    if (afterScan instanceof Error) assert.match(afterScan.message, /cancel/i);
    else assert.ok(afterScan.cancelled && afterScan.files === count && afterScan.findings < whole.findings, JSON.stringify(afterScan));
    const changed = await analyzeWorkspace('soon', true);
    if (changed instanceof Error) assert.match(changed.message, /cancel/i);
    else assert.ok(changed.cancelled && changed.files < count, JSON.stringify(changed));
  });

  it('computes a quick fix for the version it was asked about, so edits racing the analysis never remove article text', async function () {
    client = new LspTestClient();
    await client.initialize(uriOf(workspace));
    const uri = uriOf(path.join(workspace, 'ledger.txt'));
    await client.openAndWait(uri, ledger, 1);
    // The user inserts two lines at the top and asks for the fix at once, before any diagnostics.
    const edited = `A new first paragraph written by the user, about the strike at the port.\nAnother line.\n${ledger}`;
    await client.change(uri, 2, edited);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.corroborate'] },
    })) as CodeAction[];
    const edit = actions[0]!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(edit.textDocument.version, 2, 'computed for the text the user has now');
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 2, edited), edit.edits);
    const boilerplate = new Set(
      analyze(edited)
        .annotations.filter((a) => a.kind === 'boilerplate')
        .map((a) => a.range.start.line),
    );
    const kept = edited.split('\n').filter((line, i) => line.trim() && !boilerplate.has(i));
    assert.deepEqual(
      after.split('\n').filter((l) => l.trim()),
      kept,
      'exactly the boilerplate lines of version 2 go',
    );
  });

  it('logs a failing pass once and still publishes the other passes’ findings', async function () {
    client = new LspTestClient({ env: { CORROBORATE_FAULT_INJECTION: 'attribution' } });
    await client.initialize(uriOf(workspace));
    const uri = uriOf(path.join(workspace, 'ledger.txt'));
    const status = statusOf(uri);
    const diagnostics: Diagnostic[] = await client.openAndWait(uri, ledger, 1);
    assert.ok(
      diagnostics.some((d) => String(d.code).startsWith('boilerplate/')),
      'boilerplate still found',
    );
    assert.ok(!diagnostics.some((d) => String(d.code).startsWith('claim/')), 'no claims from the failed pass');
    assert.match((await status).reason ?? '', /the attribution pass failed on this article/);
    await client.change(uri, 2, `${ledger}\n`);
    await client.waitForDiagnostics(uri, (p) => p.version === 2);
    const errors = client.notifications.filter((n) => n.method === 'window/logMessage' && /attribution pass failed/.test((n.params as { message: string }).message));
    assert.equal(errors.length, 1, 'logged once, however often it fails');
    // Requests still answer (a hover has no source to show without the attribution pass).
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } });
    const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
    assert.deepEqual(tokens.data, [], 'no sources marked, and no error');
  });

  it('skips the files an analysis fails on, with the reason, and finishes the scan on worker threads and off them', async function () {
    for (const name of ['meridian-wire.txt', 'harbour-ledger.txt']) copyFileSync(path.join(examplesDir, name), path.join(workspace, name));
    for (const workers of ['2', '0']) {
      client = new LspTestClient({ env: { CORROBORATE_FAULT_INJECTION: 'analysis', CORROBORATE_WORKERS: workers } });
      const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message));
      await client.initialize(uriOf(workspace));
      const summary = (await indexed) as { message: string };
      assert.match(summary.message, /indexed 0 files, skipped 2\b/);
      const log = client.notifications
        .filter((n) => n.method === 'window/logMessage')
        .map((n) => (n.params as { message: string }).message)
        .join('\n');
      assert.match(log, /skipped .*meridian-wire\.txt: the analysis failed on it \(the analysis was made to fail/);
      // An open article says so in its status, and the server goes on answering.
      const uri = uriOf(path.join(workspace, 'harbour-ledger.txt'));
      const status = statusOf(uri);
      await client.open(uri, ledger, 1);
      assert.equal((await status).state, 'failed');
      assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
      await client.stop();
    }
  });
});
