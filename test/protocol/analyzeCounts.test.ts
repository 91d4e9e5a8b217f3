/**
 * "Analyze Workspace" says one number of findings: what the Problems panel lists (every
 * published diagnostic but hints, which the panel leaves out), whether the articles are open
 * or not; a skipped file is counted as skipped, not also as analysed.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

interface Result {
  files: number;
  skipped: number;
  findings: number;
}

/** What the Problems panel would list from what the client was sent. */
function panelCount(client: LspTestClient): number {
  let total = 0;
  for (const { diagnostics } of client.diagnostics.values()) total += diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).length;
  return total;
}

describe('Analyze Workspace counts', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;
  const articles = readdirSync(examplesDir).filter((n) => n.endsWith('.txt'));

  beforeEach(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-counts-'));
    for (const name of articles) copyFileSync(path.join(examplesDir, name), path.join(workspace, name));
    writeFileSync(path.join(workspace, 'binary.txt'), Buffer.from([0x41, 0, 0x42, 0, 0x43]));
    client = new LspTestClient();
    await client.initialize(pathToFileURL(workspace).href);
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const analyze = () => client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.analyzeWorkspace', arguments: [] }) as Promise<Result>;

  it('counts what the Problems panel lists with no article open, and each skipped file once', async function () {
    const result = await analyze();
    assert.equal(result.skipped, 1);
    assert.equal(result.files, articles.length);
    assert.ok(result.findings > 0);
    assert.equal(result.findings, panelCount(client));
  });

  it('counts the open articles’ findings too, the same number as with none open', async function () {
    const closed = await analyze();
    for (const name of articles) {
      const uri = pathToFileURL(path.join(workspace, name)).href;
      await client.openAndWait(uri, readFileSync(path.join(workspace, name), 'utf8'));
    }
    const open = await analyze();
    assert.equal(open.findings, panelCount(client));
    assert.equal(open.findings, closed.findings);
  });
});
