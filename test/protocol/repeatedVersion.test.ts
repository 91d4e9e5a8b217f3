/**
 * A client may send a version number again with other text: a didChange that repeats a
 * version, or a didOpen after a close that starts counting again. Every answer must be for the
 * text the document holds, never for an earlier text that had the same version number. The
 * oracle is the same text opened fresh at another path with the same file name (so the corpus
 * and the outlet are the same): what the server answers there is what it must answer here.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, Position } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir, uriOf } from '../support/paths.js';

const ledger = readFileSync(path.join(examplesDir, 'harbour-ledger.txt'), 'utf8');
const meridian = readFileSync(path.join(examplesDir, 'meridian-wire.txt'), 'utf8');

describe('a version number sent again with other text', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;

  beforeEach(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-version-'));
    for (const folder of ['edited', 'fresh']) mkdirSync(path.join(workspace, folder));
    client = new LspTestClient();
    await client.initialize(uriOf(workspace));
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const hover = (uri: string, position: Position) => client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<Hover | null>;
  const fixAll = (uri: string) =>
    client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.corroborate'] },
    }) as Promise<CodeAction[]>;
  /** Positions on every line of the text, where hovers may differ. */
  const positions = (text: string) => text.split('\n').map((line, i) => ({ line: i, character: Math.floor(line.length / 2) }));
  const sameFile = (a: Diagnostic[]) => a.map(({ range, code, message }) => ({ range, code, message }));

  /** What the server answers for `text` opened fresh, at a path with the same file name. */
  async function answersForFresh(text: string, version: number) {
    const uri = uriOf(path.join(workspace, 'fresh', 'article.txt'));
    const diagnostics = await client.openAndWait(uri, text, version);
    const hovers = await Promise.all(positions(text).map((p) => hover(uri, p)));
    const actions = await fixAll(uri);
    return { diagnostics: sameFile(diagnostics), hovers, actions: JSON.stringify(actions).replaceAll(uri, '<uri>') };
  }

  /** Closes a document and waits for its diagnostics to be cleared, so that it has left the corpus. */
  async function closeAndWait(uri: string): Promise<void> {
    const cleared = client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.close(uri);
    await cleared;
  }

  it('answers hover, fix-all and diagnostics for the new text after a didChange that repeats the version', async function () {
    const uri = uriOf(path.join(workspace, 'edited', 'article.txt'));
    await client.openAndWait(uri, ledger, 1);
    const published = client.waitForDiagnostics(uri);
    await client.change(uri, 1, meridian);
    // Asked at once, before the new text's diagnostics, and after them.
    const hoversAtOnce = await Promise.all(positions(meridian).map((p) => hover(uri, p)));
    const actionsAtOnce = JSON.stringify(await fixAll(uri)).replaceAll(uri, '<uri>');
    const diagnostics = sameFile((await published).diagnostics);
    const hovers = await Promise.all(positions(meridian).map((p) => hover(uri, p)));
    await closeAndWait(uri);

    const fresh = await answersForFresh(meridian, 1);
    assert.deepEqual(diagnostics, fresh.diagnostics, 'diagnostics for the new text');
    assert.deepEqual(hoversAtOnce, fresh.hovers, 'hovers for the new text, asked before its diagnostics');
    assert.deepEqual(hovers, fresh.hovers, 'hovers for the new text');
    assert.equal(actionsAtOnce, fresh.actions, 'a fix-all that removes the new text’s boilerplate, tagged with the version');
  });

  it('answers for the new text after a second didOpen with the same version', async function () {
    const uri = uriOf(path.join(workspace, 'edited', 'article.txt'));
    await client.openAndWait(uri, ledger, 1);
    // A client that opens the document again (it lost track of it) and counts from 1 again.
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, meridian, 1);
    const hoversAtOnce = await Promise.all(positions(meridian).map((p) => hover(uri, p)));
    const actionsAtOnce = JSON.stringify(await fixAll(uri)).replaceAll(uri, '<uri>');
    const diagnostics = sameFile((await published).diagnostics);
    await closeAndWait(uri);

    const fresh = await answersForFresh(meridian, 1);
    assert.deepEqual(diagnostics, fresh.diagnostics, 'diagnostics for the new text');
    assert.deepEqual(hoversAtOnce, fresh.hovers, 'hovers for the new text');
    assert.equal(actionsAtOnce, fresh.actions, 'a fix-all for the new text');
  });
});
