/**
 * Protocol tests for how findings are governed: the run mode, dismissing a finding by its
 * fingerprint, and the rule documentation each diagnostic links to.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir, repoRoot } from '../support/paths.js';

const ledger = readFileSync(path.join(examplesDir, 'harbour-ledger.txt'), 'utf8');
/** Longer than the server's debounce with room to spare: how long "nothing was published" is watched. */
const QUIET_MS = 600;
const quiet = () => new Promise((resolve) => setTimeout(resolve, QUIET_MS));

describe('run mode, ignored findings and rule links', function () {
  let client: LspTestClient;
  let workspace: string;
  let uri: string;

  async function start(initializationOptions?: unknown, settings: Record<string, unknown> = {}): Promise<void> {
    client = new LspTestClient();
    client.settings = settings;
    await client.initialize(pathToFileURL(workspace).href, undefined, initializationOptions);
  }

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-modes-'));
    uri = pathToFileURL(path.join(workspace, 'ledger.txt')).href;
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('links every diagnostic to its rule in the README, where that anchor exists', async function () {
    await start();
    const diagnostics = await client.openAndWait(uri, ledger);
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    assert.ok(diagnostics.length > 0);
    for (const d of diagnostics) {
      const href = d.codeDescription?.href ?? '';
      assert.ok(href.startsWith(pathToFileURL(path.join(repoRoot, 'README.md')).href + '#rule-'), href);
      assert.ok(readme.includes(`<a id="${href.split('#')[1]}"></a>\`${String(d.code)}\``), `${String(d.code)} has its row`);
    }
  });

  it('analyses on save only when corroborate.run is onSave', async function () {
    await start(undefined, { run: 'onSave', debounceMs: 0 });
    await client.openAndWait(uri, ledger, 1);
    const seen = client.recordDiagnostics(uri);
    await client.change(uri, 2, `${ledger}\nComments (4)\n`);
    await quiet();
    // (Version 1 may be republished as the workspace scan ends; the edit is what must wait.)
    assert.deepEqual(
      seen.filter((p) => p.version !== 1).map((p) => [p.version, p.diagnostics.length]),
      [],
      'an edit alone publishes nothing',
    );
    const saved = client.waitForDiagnostics(uri, (p) => p.version === 2);
    await client.save(uri);
    assert.ok(
      (await saved).diagnostics.some((d) => d.range.start.line === ledger.split('\n').length),
      'the saved text is analysed',
    );
  });

  it('waits for Check Current Article when corroborate.run is manual', async function () {
    await start(undefined, { run: 'manual' });
    const seen = client.recordDiagnostics(uri);
    await client.open(uri, ledger, 1);
    await quiet();
    assert.deepEqual(seen, [], 'opening publishes nothing');
    const checked = client.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.length > 0);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.checkDocument', arguments: [uri] });
    await checked;
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.checkDocument', arguments: ['file:///not/open.txt'] }), /open document/);
  });

  it('offers "Ignore this finding" to a client that stores them, and drops an ignored finding until its text changes', async function () {
    await start({ ignoreFindings: true });
    const diagnostics = await client.openAndWait(uri, ledger, 1);
    const target = diagnostics.find((d) => d.code === 'claim/unattributed')!;
    assert.ok(target, 'an unattributed claim to dismiss');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] },
    })) as CodeAction[];
    const ignore = actions.find((a) => a.command?.command === 'corroborate.ignoreFinding');
    assert.ok(ignore, `offered: ${actions.map((a) => a.title).join('; ')}`);
    const fingerprint = ignore.command!.arguments![0] as string;
    assert.match(fingerprint, /^claim\/unattributed:[0-9a-f]{16}$/);

    const sameFinding = (d: Diagnostic) => (d.data as { fingerprint?: string } | undefined)?.fingerprint === fingerprint;
    client.settings = { ignoredFindings: [fingerprint] };
    const without = client.waitForDiagnostics(uri, (p) => !p.diagnostics.some(sameFinding));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await without).diagnostics.length, diagnostics.length - 1, 'only that finding goes');

    // An edit elsewhere moves the claim down a line; it stays dismissed.
    const lines = ledger.split('\n');
    const moved = `Extra line above, typed by the user.\n${ledger}`;
    const afterEdit = await new Promise<Diagnostic[]>((resolve) => {
      void client.waitForDiagnostics(uri, (p) => p.version === 2).then((p) => resolve(p.diagnostics));
      void client.change(uri, 2, moved);
    });
    assert.ok(!afterEdit.some(sameFinding));
    assert.ok(!afterEdit.some((d) => d.code === 'claim/unattributed' && d.range.start.line === target.range.start.line + 1), 'not at its new place either');

    // Rewording the claim makes it a different finding, shown again.
    const reworded = lines.map((l, i) => (i === target.range.start.line ? l.replace(/\.$/, ' at the port offices.') : l)).join('\n');
    const back = await new Promise<Diagnostic[]>((resolve) => {
      void client.waitForDiagnostics(uri, (p) => p.version === 3).then((p) => resolve(p.diagnostics));
      void client.change(uri, 3, reworded);
    });
    assert.ok(
      back.some((d) => d.range.start.line === target.range.start.line && !sameFinding(d)),
      'the changed sentence is flagged again',
    );
  });

  it('does not offer "Ignore this finding" to a client that cannot store it', async function () {
    await start();
    const diagnostics = await client.openAndWait(uri, ledger, 1);
    const target = diagnostics.find((d) => d.code === 'claim/unattributed')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
    assert.ok(!actions.some((a) => a.command?.command === 'corroborate.ignoreFinding'));
  });
});
