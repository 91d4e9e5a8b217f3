/**
 * The report over the protocol, for articles whose outlet names are those of Object.prototype's
 * members (`__proto__.txt`, `constructor.txt`, `toString.txt`): the model the report panel
 * receives has a cell for every outlet in every row, and renders without throwing.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReportModel } from '../../server/src/core/report.js';
import { reportHtml } from '../../server/src/report/render.js';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

const RENAMED = new Map([
  ['coastline-daily.txt', '__proto__.txt'],
  ['harbour-ledger.txt', 'constructor.txt'],
  ['valmora-post.txt', 'toString.txt'],
]);

describe('report over the protocol: outlets named like Object.prototype members', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;

  before(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-report-keys-ws-'));
    for (const name of readdirSync(examplesDir).filter((n) => n.endsWith('.txt'))) copyFileSync(path.join(examplesDir, name), path.join(workspace, RENAMED.get(name) ?? name));
    client = new LspTestClient();
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message), 30000);
    await client.initialize(pathToFileURL(workspace).href);
    await indexed;
  });
  after(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('sends the report panel a cell for every outlet in every row', async function () {
    const model = (await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.report' })) as ReportModel;
    for (const outlet of ['__proto__', 'constructor', 'toString']) assert.ok(model.outlets.includes(outlet), `${outlet} in ${model.outlets.join(', ')}`);
    assert.ok(model.rows.length > 0);
    for (const row of model.rows) assert.deepEqual(Object.keys(row.cells).sort(), [...model.outlets].sort(), row.claim);
    const html = reportHtml(model, { nonce: 'n0nce', cspSource: 'vscode-resource:' });
    assert.ok(html.includes('<th class="outlet" title="__proto__">__proto__</th>'));
  });
});
