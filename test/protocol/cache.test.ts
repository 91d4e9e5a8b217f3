/**
 * The persistent cache and the worker threads, over the protocol: a second start reads
 * unchanged files from the cache and analyses only what changed, finds exactly what a cold
 * start finds, takes the conflicts of an unchanged corpus from the cache, and survives a
 * damaged or outdated cache file; analysis on worker threads finds what the main thread finds.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { cacheFileFor } from '../../server/src/cache/cacheLocation.js';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir, uriOf } from '../support/paths.js';

interface Started {
  client: LspTestClient;
  /** The scan's summary line: how many files came from the cache, how conflicts were had. */
  scanLog: string;
  log: () => string;
}

describe('persistent cache and worker threads over the protocol', function () {
  this.timeout(60000);
  let workspace: string;
  let cacheDirectory: string;
  const clients: LspTestClient[] = [];

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-cache-ws-'));
    cacheDirectory = mkdtempSync(path.join(tmpdir(), 'corroborate-cache-'));
    for (const name of readdirSync(examplesDir).filter((n) => n.endsWith('.txt'))) copyFileSync(path.join(examplesDir, name), path.join(workspace, name));
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.stop();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(cacheDirectory, { recursive: true, force: true });
  });

  /** `beforeInitialize` runs once the server process exists and before it learns its workspace. */
  async function start(options: { workers?: number; cache?: boolean; unprivileged?: boolean; beforeInitialize?: (client: LspTestClient) => void } = {}): Promise<Started> {
    const client = new LspTestClient({ ...(options.workers === undefined ? {} : { env: { CORROBORATE_WORKERS: String(options.workers) } }), unprivileged: options.unprivileged ?? false });
    clients.push(client);
    options.beforeInitialize?.(client);
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message), 30000);
    await client.initialize(uriOf(workspace), undefined, { cacheDirectory: options.cache === false ? false : cacheDirectory });
    await indexed;
    const log = () =>
      client.notifications
        .filter((n) => n.method === 'window/logMessage')
        .map((n) => (n.params as { message: string }).message)
        .join('\n');
    const scanLog = /Corroborate scan: .*/.exec(log())?.[0] ?? '';
    return { client, scanLog, log };
  }

  /** Everything the server holds of the corpus, as the JSON export gives it. */
  const exported = (client: LspTestClient) => client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.export', arguments: ['json'] }) as Promise<string>;

  /** The diagnostics published for unopened files, by file name. */
  function diskDiagnostics(client: LspTestClient): Record<string, PublishDiagnosticsParams['diagnostics']> {
    const byName: Record<string, PublishDiagnosticsParams['diagnostics']> = {};
    for (const [uri, params] of client.diagnostics) byName[path.basename(uri)] = params.diagnostics;
    return byName;
  }

  const cacheFile = () => path.join(cacheDirectory, readdirSync(cacheDirectory).find((n) => n.startsWith('corpus-'))!);

  it('starts warm from the cache, analysing only the file that changed, and finds what a cold start finds', async function () {
    const cold = await start();
    assert.match(cold.scanLog, /\(0 from the cache/);
    const coldExport = await exported(cold.client);
    const coldConflicts = diskDiagnostics(cold.client);
    assert.ok(
      Object.values(coldConflicts).some((d) => d.length > 0),
      'the examples have conflicts between unopened files',
    );
    await cold.client.stop();

    const warm = await start();
    assert.match(warm.scanLog, /5 files read .*\(5 from the cache.*conflicts from the cache/);
    assert.equal(await exported(warm.client), coldExport);
    assert.deepEqual(diskDiagnostics(warm.client), coldConflicts);
    await warm.client.stop();

    // One article changes on disk: only it is analysed again, and the corpus is a new one.
    const changed = path.join(workspace, 'harbour-ledger.txt');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\n/, '\nA line added while the editor was closed, officials said on Monday.\n'));
    const after = await start();
    assert.match(after.scanLog, /\(4 from the cache.*conflicts worked out/);
    const fresh = await start({ cache: false });
    assert.equal(await exported(after.client), await exported(fresh.client));
  });

  it('works out the findings of files started from the cache when Analyze Workspace asks, as a cold start has them', async function () {
    const analyzeWorkspace = (client: LspTestClient) =>
      client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.analyzeWorkspace' }) as Promise<{ files: number; findings: number }>;
    const cold = await start({ cache: false });
    const coldResult = await analyzeWorkspace(cold.client);
    assert.ok(coldResult.findings > 10, `findings in the examples: ${coldResult.findings}`);
    await (await start()).client.stop();
    const warm = await start();
    assert.match(warm.scanLog, /\(5 from the cache/);
    assert.deepEqual(await analyzeWorkspace(warm.client), coldResult);
    assert.deepEqual(diskDiagnostics(warm.client), diskDiagnostics(cold.client));
  });

  it('says a damaged cache is damaged, analyses everything, and rewrites it', async function () {
    await (await start()).client.stop();
    // A write cut short: the header is whole, a record is not.
    const [header] = readFileSync(cacheFile(), 'utf8').split('\n');
    writeFileSync(cacheFile(), `${header}\nE\tbroken`);
    const damaged = await start();
    assert.match(damaged.log(), /cache .* is damaged; it will be rebuilt/);
    assert.match(damaged.scanLog, /\(0 from the cache/);
    await damaged.client.stop();
    const rebuilt = await start();
    assert.match(rebuilt.scanLog, /\(5 from the cache/);
  });

  it('goes on without the cache when its folder cannot be written, and says so once', async function () {
    // The server runs as nobody when the tests run as root, so that permissions bind it.
    chmodSync(workspace, 0o755);
    chmodSync(cacheDirectory, 0o555);
    const unwritable = await start({ unprivileged: true });
    assert.match(unwritable.scanLog, /5 files read .*\(0 from the cache/);
    assert.equal(unwritable.log().match(/could not write its cache/g)?.length, 1, unwritable.log());
    assert.ok(
      Object.values(diskDiagnostics(unwritable.client)).some((d) => d.length > 0),
      'conflicts are still published',
    );
  });

  it("never writes through a link planted at the cache's name or at the temporary name it used to write", async function () {
    const outside = mkdtempSync(path.join(tmpdir(), 'corroborate-outside-'));
    try {
      const victim = path.join(outside, 'victim.txt');
      writeFileSync(victim, 'not the cache\n');
      const file = cacheFileFor([uriOf(workspace)], cacheDirectory, process.env)!;
      symlinkSync(victim, file);
      // The name the cache was once written to first: predictable from the server's process id.
      const first = await start({ beforeInitialize: (client) => symlinkSync(victim, `${file}.${client.process.pid}.tmp`) });
      await first.client.stop();
      assert.equal(readFileSync(victim, 'utf8'), 'not the cache\n');
      // The link at the cache's name was replaced by the cache, which the next start uses.
      assert.ok(lstatSync(file).isFile(), 'the cache is a file of its own');
      assert.match((await start()).scanLog, /\(5 from the cache/);
      assert.equal(readFileSync(victim, 'utf8'), 'not the cache\n');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('goes on without the cache when a FIFO is planted at its name, and says so', async function () {
    const file = cacheFileFor([uriOf(workspace)], cacheDirectory, process.env)!;
    // Reading a FIFO waits for a writer that never comes.
    execFileSync('mkfifo', [file]);
    const started = await start();
    assert.match(started.scanLog, /5 files read .*\(0 from the cache/);
    assert.match(started.log(), /the cache .* cannot be read \(it is not a regular file\)/);
  });

  it('ignores a cache written by another version of the analyser', async function () {
    await (await start()).client.stop();
    const [header, ...records] = readFileSync(cacheFile(), 'utf8').split('\n');
    writeFileSync(cacheFile(), [JSON.stringify({ ...JSON.parse(header!), version: 'another build' }), ...records].join('\n'));
    const outdated = await start();
    assert.match(outdated.scanLog, /\(0 from the cache/);
    assert.doesNotMatch(outdated.log(), /damaged/);
  });

  it('finds on worker threads exactly what it finds on the main thread', async function () {
    const threaded = await start({ workers: 2, cache: false });
    assert.match(threaded.scanLog, /2 worker threads/);
    const single = await start({ workers: 0, cache: false });
    assert.match(single.scanLog, /on the main thread/);
    assert.equal(await exported(threaded.client), await exported(single.client));
    assert.deepEqual(diskDiagnostics(threaded.client), diskDiagnostics(single.client));
  });
});
