/**
 * What enters the corpus from disk after the scan is held to the scan's rules: a file git
 * ignores stays out when it changes, and a `.txt` that links out of the workspace is never
 * read (its text would be quoted in hovers and reports), neither by the scan nor on a file
 * event nor when it is closed. The corpus is read through the JSON export, which lists every
 * file it holds.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir, uriOf } from '../support/paths.js';

const CREATED = 1;

describe('workspace boundaries', function () {
  this.timeout(60000);
  let workspace: string;
  let outside: string;
  let client: LspTestClient;

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-boundary-'));
    outside = mkdtempSync(path.join(tmpdir(), 'corroborate-outside-'));
    copyFileSync(path.join(examplesDir, 'harbour-ledger.txt'), path.join(workspace, 'harbour-ledger.txt'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  /** Starts the server on the workspace and waits for its scan. */
  async function start(): Promise<void> {
    client = new LspTestClient();
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message));
    await client.initialize(uriOf(workspace));
    await indexed;
  }

  /** The files of the corpus, by name relative to the workspace. */
  async function corpus(): Promise<string[]> {
    const exported = JSON.parse((await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.export', arguments: ['json'] })) as string) as {
      files: { path: string }[];
    };
    return exported.files.map((f) => path.relative(workspace, new URL(f.path).pathname)).sort();
  }

  /**
   * Sends file events and waits until the server has handled them all: the last file is an
   * article that joins the corpus, which republishes the open document.
   */
  async function fileEvents(files: string[], open: string): Promise<void> {
    const marker = path.join(workspace, 'valmora-post.txt');
    copyFileSync(path.join(examplesDir, 'valmora-post.txt'), marker);
    const republished = client.waitForDiagnostics(open);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [...files, marker].map((file) => ({ uri: uriOf(file), type: CREATED })) });
    await republished;
  }

  const log = () =>
    client.notifications
      .filter((n) => n.method === 'window/logMessage')
      .map((n) => (n.params as { message: string }).message)
      .join('\n');

  it('leaves a file git ignores out of the corpus when it changes on disk, as the scan does', async function () {
    writeFileSync(path.join(workspace, '.gitignore'), 'drafts/\nscratch.txt\n');
    await start();
    const open = uriOf(path.join(workspace, 'northern-gazette.txt'));
    await client.openAndWait(open, readFileSync(path.join(examplesDir, 'northern-gazette.txt'), 'utf8'));
    const scratch = path.join(workspace, 'scratch.txt');
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), scratch);
    await fileEvents([scratch], open);
    assert.deepEqual(await corpus(), ['harbour-ledger.txt', 'northern-gazette.txt', 'valmora-post.txt']);
  });

  it('does not read a .txt that links out of the workspace: not in the scan, not on a file event, not when closed', async function () {
    const secret = path.join(outside, 'private-notes.txt');
    copyFileSync(path.join(examplesDir, 'meridian-wire.txt'), secret);
    symlinkSync(secret, path.join(workspace, 'linked-notes.txt'));
    await start();
    assert.match(log(), /skipped .*linked-notes\.txt: it is a link to .*private-notes\.txt, outside the workspace folders/);
    assert.deepEqual(await corpus(), ['harbour-ledger.txt']);

    const open = uriOf(path.join(workspace, 'northern-gazette.txt'));
    await client.openAndWait(open, readFileSync(path.join(examplesDir, 'northern-gazette.txt'), 'utf8'));
    // A link made after the scan, and a file under a linked folder.
    symlinkSync(secret, path.join(workspace, 'later-link.txt'));
    symlinkSync(outside, path.join(workspace, 'linked-folder'));
    await fileEvents([path.join(workspace, 'later-link.txt'), path.join(workspace, 'linked-folder', 'private-notes.txt')], open);
    assert.match(log(), /skipped .*later-link\.txt: it is a link to .*private-notes\.txt, outside the workspace folders/);
    assert.match(log(), /skipped .*linked-folder\/private-notes\.txt: it is a link to .*private-notes\.txt, outside the workspace folders/);
    assert.deepEqual(await corpus(), ['harbour-ledger.txt', 'northern-gazette.txt', 'valmora-post.txt']);

    // Opened on purpose, the link is the user's document; once closed, its file stays out.
    const linked = uriOf(path.join(workspace, 'linked-notes.txt'));
    await client.openAndWait(linked, readFileSync(secret, 'utf8'));
    const cleared = client.waitForDiagnostics(linked, (p) => p.diagnostics.length === 0);
    await client.close(linked);
    await cleared;
    await fileEvents([], open);
    assert.deepEqual(await corpus(), ['harbour-ledger.txt', 'northern-gazette.txt', 'valmora-post.txt']);
  });
});
