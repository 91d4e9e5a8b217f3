/**
 * A minimal LSP client for protocol tests: starts the built server over stdio, answers its
 * requests (configuration, registrations) and collects what it publishes. Waits are on
 * messages, never on fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import protocol from 'vscode-languageserver-protocol/node.js';
import type { ClientCapabilities, Diagnostic, InitializeResult, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { serverBundle } from './paths.js';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;

/** The command prefix that drops root to nobody (util-linux setpriv); nothing when not root. */
export function asUnprivilegedUser(): string[] {
  return process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
}

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  window: { workDoneProgress: true },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
};

interface Waiter<T> {
  match: (value: T) => boolean;
  resolve: (value: T) => void;
}

/** Resolves the waiter when the value is what it waits for; says whether it did. */
function settle<T>(waiter: Waiter<T>, value: T): boolean {
  if (!waiter.match(value)) return false;
  waiter.resolve(value);
  return true;
}

export class LspTestClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly notifications: { method: string; params: unknown }[] = [];
  /** Extra observers of every publishDiagnostics (JSON-RPC allows one handler per method). */
  readonly diagnosticListeners: ((p: PublishDiagnosticsParams) => void)[] = [];
  stderr = '';
  settings: Record<string, unknown> = {};
  private diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private notificationWaiters: Waiter<{ method: string; params: unknown }>[] = [];

  /**
   * `env` adds to the server's environment; `unprivileged` runs it as nobody when the tests run
   * as root, so that file permissions bind it as they bind a user.
   */
  constructor(options: { env?: Record<string, string>; unprivileged?: boolean; nodeArgs?: string[] } = {}) {
    const command = [process.execPath, ...(options.nodeArgs ?? []), serverBundle, '--stdio'];
    const [program, ...args] = options.unprivileged ? [...asUnprivilegedUser(), ...command] : command;
    this.process = spawn(program!, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    this.process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', () => undefined);
    // Recorded like the notification, so tests wait for either the same way.
    this.connection.onRequest('window/showMessageRequest', (params: unknown) => {
      this.record({ method: 'window/showMessage', params });
      return null;
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      for (const listener of this.diagnosticListeners) listener(params);
      this.diagnosticWaiters = this.diagnosticWaiters.filter((w) => !settle(w, params));
    });
    this.connection.onUnhandledNotification((message) => this.record({ method: message.method, params: message.params }));
    this.connection.listen();
  }

  private record(entry: { method: string; params: unknown }): void {
    this.notifications.push(entry);
    this.notificationWaiters = this.notificationWaiters.filter((w) => !settle(w, entry));
  }

  /** The texts of window/showMessage notifications so far. */
  get messages(): string[] {
    return this.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);
  }

  async initialize(rootUri: string | null, capabilities: ClientCapabilities = CLIENT_CAPABILITIES, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'test' }] : null,
      capabilities,
      // No persistent cache unless a test asks for one: each test starts from its own files.
      initializationOptions: { cacheDirectory: false, ...(initializationOptions as object | undefined) },
    })) as InitializeResult;
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `match` (or the latest, if it already does). */
  waitForDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.diagnosticWaiters.push({
        match: (p) => p.uri === uri && match(p),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  waitForNotification(method: string, match: (params: unknown) => boolean = () => true, timeoutMs = 10000): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      this.notificationWaiters.push({
        match: (n) => n.method === method && match(n.params),
        resolve: (n) => {
          clearTimeout(timer);
          resolve(n.params);
        },
      });
    });
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  }

  /** Opens a document and waits for its first diagnostics (as long as `timeoutMs`: a hang guard, no timing). */
  async openAndWait(uri: string, text: string, version = 1, timeoutMs = 10000): Promise<Diagnostic[]> {
    const published = this.waitForDiagnostics(uri, (p) => p.version === version, timeoutMs);
    await this.open(uri, text, version);
    return (await published).diagnostics;
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  save(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  /** Every diagnostics notification for `uri` from now on, for asserting what did not arrive. */
  recordDiagnostics(uri: string): PublishDiagnosticsParams[] {
    const seen: PublishDiagnosticsParams[] = [];
    this.diagnosticListeners.push((p) => p.uri === uri && seen.push(p));
    return seen;
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Shuts the server down the polite way and resolves with its exit code. */
  /** Shuts the server down; stopping a stopped server again returns its exit code at once. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return this.process.exitCode;
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
