/**
 * The CSV export from the editor: paths relative to the workspace folder (not file: URIs), and a
 * `text` column with the sentence each finding flags.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

/** RFC 4180 rows: quoted fields, doubled quotes. */
function parseCsv(csv: string): string[][] {
  return csv
    .split('\r\n')
    .filter((line) => line)
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

describe('CSV export over the protocol', function () {
  this.timeout(60000);
  let workspace: string;
  let client: LspTestClient;
  const articles = readdirSync(examplesDir).filter((n) => n.endsWith('.txt'));

  beforeEach(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-csv-'));
    mkdirSync(path.join(workspace, 'desk'));
    for (const name of articles) copyFileSync(path.join(examplesDir, name), path.join(workspace, 'desk', name));
    client = new LspTestClient();
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message), 30000);
    await client.initialize(pathToFileURL(workspace).href);
    await indexed;
  });
  afterEach(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('names files relative to the workspace folder and gives the flagged sentence', async function () {
    const csv = (await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.export', arguments: ['csv'] })) as string;
    const [header, ...rows] = parseCsv(csv);
    assert.deepEqual(header!.slice(0, 3), ['path', 'line', 'column']);
    const at = (name: string) => header!.indexOf(name);
    assert.ok(at('text') > 0, header!.join(','));
    assert.deepEqual([...new Set(rows.map((r) => r[at('path')]))].sort(), articles.map((n) => `desk/${n}`).sort());
    const claims = rows.filter((r) => r[at('kind')] === 'unattributed-claim');
    assert.ok(claims.length > 0);
    for (const row of claims) {
      const lines = readFileSync(path.join(workspace, row[at('path')]!), 'utf8').split(/\r\n|\r|\n/);
      const line = lines[Number(row[at('line')]) - 1]!;
      const text = row[at('text')]!;
      assert.ok(text.length > 10 && line.slice(Number(row[at('column')]) - 1).startsWith(text), `${text} | ${line}`);
    }
  });
});
