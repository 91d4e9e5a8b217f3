/**
 * The output channel after a start whose first scan is superseded (the client's settings arrive
 * as the scan begins, as VS Code sends them): the index is reported once, with the files it
 * holds, not "0 of 5 files" beside a second summary.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

describe('scan logging', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;
  const articles = readdirSync(examplesDir).filter((n) => n.endsWith('.txt'));

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-scanlog-'));
    for (const name of articles) copyFileSync(path.join(examplesDir, name), path.join(workspace, name));
    client = new LspTestClient();
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('logs the index and the scan once, with the right count, when settings arrive as the scan starts', async function () {
    const done = client.waitForNotification('window/logMessage', (p) => new RegExp(`indexed ${articles.length} files`).test((p as { message: string }).message), 30000);
    await client.initialize(pathToFileURL(workspace).href);
    // Sent before the server's first scan can finish: it starts a second scan, which supersedes the first.
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await done;
    const log = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    assert.deepEqual(
      log.filter((l) => /index ready/.test(l)).map((l) => l.replace(/ in [\d.]+ s\.$/, '')),
      [`Corroborate index ready: ${articles.length} of ${articles.length} files`],
    );
    assert.equal(log.filter((l) => l.startsWith('Corroborate scan:')).length, 1);
    assert.equal(log.filter((l) => /^Corroborate indexed/.test(l)).length, 1);
  });
});
