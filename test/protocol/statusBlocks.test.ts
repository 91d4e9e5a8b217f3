/**
 * The status notification counts boilerplate in blocks, as a reader sees them and the quick fix
 * removes them, beside the findings by kind (which count boilerplate lines).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StatusParams } from '../../server/src/lsp/protocol.js';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

describe('status notification', function () {
  this.timeout(60000);
  let client: LspTestClient;
  let workspace: string;

  beforeEach(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-status-'));
    client = new LspTestClient();
    await client.initialize(pathToFileURL(workspace).href);
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('carries the boilerplate blocks, fewer than the boilerplate lines where lines belong together', async function () {
    const statuses: StatusParams[] = [];
    for (const name of readdirSync(examplesDir).filter((n) => n.endsWith('.txt'))) {
      const uri = pathToFileURL(path.join(workspace, name)).href;
      const status = client.waitForNotification('corroborate/status', (p) => (p as StatusParams).uri === uri, 30000);
      await client.open(uri, readFileSync(path.join(examplesDir, name), 'utf8'));
      statuses.push((await status) as StatusParams);
    }
    for (const status of statuses) {
      const lines = status.counts?.['boilerplate'] ?? 0;
      assert.equal(typeof status.boilerplateBlocks, 'number', status.uri);
      assert.ok(status.boilerplateBlocks! <= lines && (lines === 0) === (status.boilerplateBlocks === 0), `${status.uri}: ${status.boilerplateBlocks} blocks of ${lines} lines`);
    }
    assert.ok(
      statuses.some((s) => s.boilerplateBlocks! < (s.counts?.['boilerplate'] ?? 0)),
      'some article has a block of several lines',
    );
  });
});
