/**
 * The VS Code side of Corroborate: starts the language server, selects the plain-text
 * documents it analyses, and registers the commands that need the editor. All analysis
 * happens in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

const CLEAN_COPY = 'corroborate.cleanCopy';

/** What `activate` returns, so end-to-end tests can observe the client. */
export interface CorroborateApi {
  readonly client: LanguageClient | undefined;
}

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

function documentSelector(): DocumentSelector {
  const include = vscode.workspace.getConfiguration('corroborate').get<string[]>('include', ['**/*.txt']);
  return [
    ...include.map((pattern) => ({ scheme: 'file', language: 'plaintext', pattern })),
    { scheme: 'untitled', language: 'plaintext' },
  ];
}

/** Commands run from the palette carry no arguments: use the active article, at its current version. */
async function withActiveDocument(args: unknown[]): Promise<unknown[] | undefined> {
  if (args.length > 0) return args;
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showWarningMessage('Corroborate: open an article first.');
    return undefined;
  }
  if (document.isUntitled) {
    void vscode.window.showWarningMessage('Corroborate: save the article first; the clean copy is written beside it.');
    return undefined;
  }
  return [document.uri.toString(), document.version];
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  output ??= vscode.window.createOutputChannel('Corroborate');
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: {
      configurationSection: 'corroborate',
      // Articles changed, added or deleted outside the editor keep the corpus index current.
      fileEvents: vscode.workspace.getConfiguration('corroborate').get<string[]>('include', ['**/*.txt']).map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
    },
    outputChannel: output,
    middleware: {
      executeCommand: async (command, args, next) => {
        if (command !== CLEAN_COPY) return next(command, args);
        const filled = await withActiveDocument(args);
        return filled ? next(command, filled) : undefined;
      },
    },
  };
  return new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<CorroborateApi> {
  client = createClient(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('corroborate.restartServer', async () => {
      if (!client) return;
      await client.restart();
    }),
    vscode.commands.registerCommand('corroborate.showOutput', () => output?.show(true)),
    // The document selector is fixed when the client starts; a new include list needs a new client.
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('corroborate.include') || !client) return;
      await client.stop();
      client = createClient(context);
      await client.start();
    }),
  );
  await client.start();
  return {
    get client() {
      return client;
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
