/**
 * The LSP lifecycle, spoken raw over stdio (the test client would refuse to send these):
 * requests before initialize get ServerNotInitialized (-32002), notifications before it are
 * dropped (exit aside), and requests after shutdown get InvalidRequest (-32600).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { serverBundle } from '../support/paths.js';

interface Incoming {
  id?: number;
  method?: string;
  params?: { uri?: string };
  result?: unknown;
  error?: { code: number; message: string };
}

/** JSON-RPC over stdio with Content-Length frames, written and read by hand. */
class RawServer {
  readonly process: ChildProcess;
  readonly received: Incoming[] = [];
  private buffer = Buffer.alloc(0);
  private waiters: { match: (m: Incoming) => boolean; resolve: (m: Incoming) => void }[] = [];

  constructor() {
    this.process = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout!.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd === -1) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))![1]);
        if (this.buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Incoming;
        this.buffer = this.buffer.subarray(headerEnd + 4 + length);
        this.received.push(message);
        this.waiters = this.waiters.filter((w) => {
          if (!w.match(message)) return true;
          w.resolve(message);
          return false;
        });
      }
    });
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.process.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Sends a request and resolves with its response. */
  request(id: number, method: string, params?: object): Promise<Incoming> {
    const response = new Promise<Incoming>((resolve) => this.waiters.push({ match: (m) => m.id === id && m.method === undefined, resolve }));
    this.send({ id, method, ...(params ? { params } : {}) });
    return response;
  }

  exited(): Promise<number | null> {
    if (this.process.exitCode !== null) return Promise.resolve(this.process.exitCode);
    return new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
  }
}

const uri = 'untitled:lifecycle';
const article = 'The minister said on Monday that 4,000 workers had walked out.\nThe port authority declined to comment.\n';
const hoverParams = { textDocument: { uri }, position: { line: 0, character: 5 } };

describe('protocol lifecycle over raw stdio', function () {
  this.timeout(30000);
  let server: RawServer;

  afterEach(() => {
    if (server.process.exitCode === null) server.process.kill();
  });

  it('refuses requests before initialize with ServerNotInitialized and drops notifications', async function () {
    server = new RawServer();
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text: article } } });
    const hover = await server.request(1, 'textDocument/hover', hoverParams);
    assert.equal(hover.error?.code, -32002, JSON.stringify(hover));
    const command = await server.request(2, 'workspace/executeCommand', { command: 'corroborate.server.report' });
    assert.equal(command.error?.code, -32002, JSON.stringify(command));

    const initialized = await server.request(3, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.ok(initialized.result, 'initialize is answered');
    server.send({ method: 'initialized', params: {} });
    // The didOpen sent before initialize was dropped: the server does not hold that document.
    assert.equal((await server.request(4, 'textDocument/hover', hoverParams)).result, null);
    // Opened now, it is served, which shows the hover above was not refused for another reason.
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text: article } } });
    const served = await server.request(5, 'textDocument/hover', hoverParams);
    assert.ok(served.result, JSON.stringify(served));
    const early = server.received.filter((m) => m.method === 'textDocument/publishDiagnostics' || m.method === 'corroborate/status');
    assert.ok(
      early.every((m) => server.received.indexOf(m) > server.received.indexOf(initialized)),
      'nothing was analysed before initialize',
    );

    assert.equal((await server.request(6, 'shutdown')).error, undefined);
    server.send({ method: 'exit' });
    assert.equal(await server.exited(), 0);
  });

  it('refuses requests after shutdown with InvalidRequest, and still exits on exit', async function () {
    server = new RawServer();
    await server.request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    server.send({ method: 'initialized', params: {} });
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text: article } } });
    assert.ok((await server.request(2, 'textDocument/hover', hoverParams)).result);
    assert.equal((await server.request(3, 'shutdown')).error, undefined);
    for (const [id, method, params] of [
      [4, 'textDocument/hover', hoverParams],
      [5, 'workspace/executeCommand', { command: 'corroborate.server.report' }],
      [6, 'shutdown', undefined],
    ] as const) {
      const response = await server.request(id, method, params);
      assert.equal(response.error?.code, -32600, `${method}: ${JSON.stringify(response)}`);
    }
    server.send({ method: 'exit' });
    assert.equal(await server.exited(), 0);
  });

  it('exits before initialize, with the code that says it was not shut down', async function () {
    server = new RawServer();
    server.send({ method: 'exit' });
    assert.equal(await server.exited(), 1);
  });
});
