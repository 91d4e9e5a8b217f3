/**
 * What the commands give back for the client to say: Check Current Article returns what it
 * found; Write Clean Copy's message names the file, and is left to a client that says it itself
 * (`reportsCleanCopy`) so that the user does not read it twice.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StatusParams } from '../../server/src/lsp/protocol.js';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

describe('command feedback', function () {
  this.timeout(60000);
  let workspace: string;
  let article: string;
  let client: LspTestClient | undefined;

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-feedback-'));
    article = path.join(workspace, 'story.txt');
    copyFileSync(path.join(examplesDir, 'harbour-ledger.txt'), article);
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(workspace, { recursive: true, force: true });
  });

  async function start(initializationOptions?: object): Promise<LspTestClient> {
    client = new LspTestClient();
    await client.initialize(pathToFileURL(workspace).href, undefined, initializationOptions);
    return client;
  }
  const cleanCopy = (c: LspTestClient) => c.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.cleanCopy', arguments: [pathToFileURL(article).href] });
  const shown = (c: LspTestClient) => c.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);

  it('returns what Check Current Article found', async function () {
    const c = await start();
    const uri = pathToFileURL(article).href;
    await c.openAndWait(uri, readFileSync(article, 'utf8'));
    const status = (await c.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.checkDocument', arguments: [uri] })) as StatusParams;
    assert.equal(status.uri, uri);
    assert.equal(status.state, 'analysed');
    assert.ok((status.counts?.['boilerplate'] ?? 0) > 0 && (status.boilerplateBlocks ?? 0) > 0, JSON.stringify(status));
  });

  it('names the clean copy in its message to an editor without client feedback', async function () {
    const c = await start();
    const said = c.waitForNotification('window/showMessage');
    await cleanCopy(c);
    await said;
    assert.deepEqual(
      shown(c)
        .filter((m) => /clean|boilerplate/.test(m))
        .map((m) => m.replace(/\d+/, 'N')),
      ['Corroborate wrote story.clean.txt without N boilerplate blocks.'],
    );
  });

  it('leaves the message to a client that says it itself', async function () {
    const c = await start({ reportsCleanCopy: true });
    const result = (await cleanCopy(c)) as { uri: string; removedBlocks: number };
    assert.equal(path.basename(new URL(result.uri).pathname), 'story.clean.txt');
    // A request after it: a message sent with the command would have arrived before this answer.
    await c.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.export', arguments: ['json'] });
    assert.deepEqual(shown(c), []);
  });
});
