/**
 * A damaged cache file over the protocol: whatever the damage (cut short before or inside the
 * conflict records, a record of the wrong shape, a record missing), the server says once that
 * the cache is rebuilt, scans cold, and publishes exactly the conflicts a cold start publishes.
 * A cache file that cannot be replaced leaves no temporary file beside it.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

describe('a damaged cache over the protocol', function () {
  this.timeout(60000);
  let workspace: string;
  let cacheDirectory: string;
  const clients: LspTestClient[] = [];

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-damage-ws-'));
    cacheDirectory = mkdtempSync(path.join(tmpdir(), 'corroborate-damage-'));
    for (const name of readdirSync(examplesDir).filter((n) => n.endsWith('.txt'))) copyFileSync(path.join(examplesDir, name), path.join(workspace, name));
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.stop();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(cacheDirectory, { recursive: true, force: true });
  });

  /** Starts a server on the workspace, waits for its scan, and stops it; what it published and logged. */
  async function startAndStop() {
    const client = new LspTestClient({});
    clients.push(client);
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message), 30000);
    await client.initialize(pathToFileURL(workspace).href, undefined, { cacheDirectory });
    await indexed;
    await client.stop();
    const log = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    const conflicts: Record<string, PublishDiagnosticsParams['diagnostics']> = Object.create(null);
    for (const [uri, params] of client.diagnostics) conflicts[path.basename(uri)] = params.diagnostics;
    return { log, conflicts, scanLog: log.find((l) => l.startsWith('Corroborate scan:')) ?? '' };
  }

  const cacheFile = () => path.join(cacheDirectory, readdirSync(cacheDirectory).find((n) => n.startsWith('corpus-'))!);
  const cacheLines = () =>
    readFileSync(cacheFile(), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
  const writeCache = (lines: string[]) => writeFileSync(cacheFile(), lines.map((l) => `${l}\n`).join(''));

  /** A cold start writes the cache; `damage` spoils it; the next start must find what the cold one found. */
  async function assertRebuiltAfter(damage: (lines: string[]) => string[]) {
    const cold = await startAndStop();
    assert.match(cold.scanLog, /\(0 from the cache/);
    assert.ok(
      Object.values(cold.conflicts).some((d) => d.length > 0),
      'the examples have conflicts between unopened files',
    );
    const lines = cacheLines();
    assert.ok(
      lines.some((l) => l.startsWith('C\t')),
      'the cache holds conflicts',
    );
    writeCache(damage(lines));
    const damaged = await startAndStop();
    assert.deepEqual(damaged.conflicts, cold.conflicts);
    assert.equal(damaged.log.filter((l) => /cache .* is damaged; it will be rebuilt/.test(l)).length, 1, damaged.log.join('\n'));
    assert.match(damaged.scanLog, /\(0 from the cache.*conflicts worked out/);
    // And the cache is whole again.
    const warm = await startAndStop();
    assert.match(warm.scanLog, /\(5 from the cache.*conflicts from the cache/);
    assert.deepEqual(warm.conflicts, cold.conflicts);
    assert.ok(!warm.log.some((l) => /damaged/.test(l)));
  }

  it('is rebuilt when cut short before its conflict records', async function () {
    await assertRebuiltAfter((lines) => lines.filter((l) => !l.startsWith('C\t')));
  });

  it('is rebuilt when cut short inside a conflict record', async function () {
    await assertRebuiltAfter((lines) => {
      const first = lines.findIndex((l) => l.startsWith('C\t'));
      return [...lines.slice(0, first), lines[first]!.slice(0, Math.floor(lines[first]!.length / 2))];
    });
  });

  it('is rebuilt when a record has the wrong shape', async function () {
    await assertRebuiltAfter((lines) =>
      lines.map((line, i) => {
        if (i !== 1) return line;
        // The first entry's claims are no longer a list.
        const second = line.indexOf('\t', 2);
        const row = JSON.parse(line.slice(second + 1));
        row[2] = { claims: row[2] };
        return `${line.slice(0, second + 1)}${JSON.stringify(row)}`;
      }),
    );
  });

  it('is rebuilt when a conflict record is missing from the middle', async function () {
    await assertRebuiltAfter((lines) => {
      const first = lines.findIndex((l) => l.startsWith('C\t'));
      assert.ok(
        lines.slice(first + 1).some((l) => l.startsWith('C\t')),
        'a conflict record after the one dropped',
      );
      return lines.filter((_, i) => i !== first);
    });
  });

  it('leaves no temporary file when its file cannot be replaced', async function () {
    await startAndStop();
    const file = cacheFile();
    rmSync(file);
    // A non-empty folder where the file was: a rename cannot replace it.
    mkdirSync(path.join(file, 'inside'), { recursive: true });
    const blocked = await startAndStop();
    assert.equal(blocked.log.filter((l) => /could not write its cache/.test(l)).length, 1, blocked.log.join('\n'));
    assert.deepEqual(readdirSync(cacheDirectory), [path.basename(file)]);
  });
});
