/**
 * The VS Code side of Corroborate: starts the language server, selects the plain-text
 * documents it analyses, and registers the commands that need the editor. All analysis
 * happens in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, ResponseError, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { mayWriteCleanCopy } from './cleanCopyConsent.js';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settingsRegistry.js';
import { CLEAN_COPY_REFUSED, COMMANDS, STATUS_NOTIFICATION, type CleanCopyOptions, type CleanCopyRefusal, type StatusParams } from '../../server/src/lsp/protocol.js';
import { analyzeWorkspace, checkActiveArticle, editorFeedback, exportAnnotations, ignoreFinding } from './commands.js';
import { cleanCopyFeedback, isCleanCopyResult } from './feedback.js';
import { FindingMarkers } from './findingMarkers.js';
import { withRelabelledLines } from './outputLines.js';
import { ReportPanel } from './reportPanel.js';
import { ArticleStatus } from './status.js';

const CLEAN_COPY = COMMANDS.cleanCopy.id;

/** What `activate` returns, so end-to-end tests can observe the client. */
export interface CorroborateApi {
  readonly client: LanguageClient | undefined;
}

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;
let status: ArticleStatus | undefined;

function documentSelector(): DocumentSelector {
  const include = vscode.workspace.getConfiguration('corroborate').get<string[]>('include', DEFAULT_SETTINGS.include);
  // Plain text, and the news-article language for files a user associates with it.
  return ['plaintext', 'news-article'].flatMap((language) => [...include.map((pattern) => ({ scheme: 'file', language, pattern })), { scheme: 'untitled', language }]);
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

/** The Restricted Mode question, asked in this editor. */
function confirmCleanCopy(args: unknown[]): Promise<boolean> {
  return mayWriteCleanCopy(args, {
    isTrusted: vscode.workspace.isTrusted,
    relativePath: (file) => vscode.workspace.asRelativePath(file),
    ask: (question, detail, confirm) => vscode.window.showWarningMessage(question, { modal: true, detail }, confirm),
  });
}

/**
 * Sends the clean copy command. When the server refuses because the copy would remove most of
 * the article's prose, the user sees the counts and may write it anyway, which sends the
 * command again with `force`. Other failures are reported as the client reports any failed
 * request.
 */
async function sendCleanCopy(languageClient: LanguageClient, args: unknown[]): Promise<unknown> {
  const send = (sent: unknown[]) => languageClient.sendRequest(ExecuteCommandRequest.type, { command: CLEAN_COPY, arguments: sent });
  try {
    return await send(args);
  } catch (error) {
    if (!(error instanceof ResponseError) || error.code !== CLEAN_COPY_REFUSED) {
      return languageClient.handleFailedRequest(ExecuteCommandRequest.type, undefined, error, undefined);
    }
    const { removedProseLines, proseLines } = error.data as CleanCopyRefusal;
    const writeAnyway = 'Write anyway';
    const choice = await vscode.window.showWarningMessage(
      `Corroborate did not write the clean copy: it would remove ${removedProseLines} of ${proseLines} prose lines, more than half of the article. The boilerplate findings may be wrong; check the faded lines first.`,
      writeAnyway,
    );
    if (choice !== writeAnyway) return undefined;
    const force: CleanCopyOptions = { force: true };
    const forced = [args[0], typeof args[1] === 'number' ? args[1] : null, force];
    return send(forced).catch((failure: unknown) => languageClient.handleFailedRequest(ExecuteCommandRequest.type, undefined, failure, undefined));
  }
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // A restart is not an error: the client's "exited with code 0" line is logged as information.
  output ??= withRelabelledLines(vscode.window.createOutputChannel('Corroborate'));
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: {
      configurationSection: 'corroborate',
      // Articles changed, added or deleted outside the editor keep the corpus index current.
      fileEvents: vscode.workspace
        .getConfiguration('corroborate')
        .get<string[]>('include', DEFAULT_SETTINGS.include)
        .map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
    },
    outputChannel: output,
    // This client stores "Ignore this finding" in the workspace settings, so the server may offer it.
    // The persistent analysis cache lives in VS Code's storage for this workspace, so it goes
    // when the workspace's storage does.
    // It also says itself what Write Clean Copy wrote (with an Open button), so the server does not.
    initializationOptions: { ignoreFindings: true, reportsCleanCopy: true, cacheDirectory: (context.storageUri ?? context.globalStorageUri).fsPath },
    middleware: {
      executeCommand: async (command, args, next) => {
        if (command !== CLEAN_COPY) return next(command, args);
        const filled = await withActiveDocument(args);
        if (!filled || !(await confirmCleanCopy(filled))) return undefined;
        // Sent here rather than through `next`, which reports every error as a failed request:
        // a refusal to gut the article is a question for the user, not a failure.
        const result = await sendCleanCopy(created, filled);
        // Said here, with a button to open the copy; the server leaves it to this client (reportsCleanCopy).
        if (isCleanCopyResult(result)) void cleanCopyFeedback(editorFeedback(), result);
        return result;
      },
    },
  };
  const created = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
  created.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
    status?.update(params);
    ReportPanel.refreshIfOpen();
  });
  return created;
}

export async function activate(context: vscode.ExtensionContext): Promise<CorroborateApi> {
  status = new ArticleStatus();
  client = createClient(context);
  context.subscriptions.push(
    status,
    new FindingMarkers(),
    vscode.commands.registerCommand(COMMANDS.showReport.id, () => ReportPanel.show()),
    vscode.commands.registerCommand(COMMANDS.exportAnnotations.id, () => exportAnnotations()),
    vscode.commands.registerCommand(COMMANDS.analyzeWorkspace.id, () => analyzeWorkspace(client)),
    vscode.commands.registerCommand(COMMANDS.checkDocument.id, () => checkActiveArticle(client)),
    vscode.commands.registerCommand(COMMANDS.ignoreFinding.id, (fingerprint: unknown) => ignoreFinding(fingerprint)),
    vscode.commands.registerCommand(COMMANDS.restartServer.id, async () => {
      if (!client) return;
      await client.restart();
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput.id, () => output?.show(true)),
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
