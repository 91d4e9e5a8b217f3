/**
 * The language server: wires documents, settings, the corpus and its owners, code actions and
 * commands to a connection. Knows LSP, not NLP: every finding comes from core's Corpus.
 *
 *   didChange → OpenDocuments (run mode, debounce, publish) → DocumentResults (version gate,
 *   analysis into the Corpus) → Republisher (what the change invalidates elsewhere);
 *   files not open → DiskFiles (fed by WorkspaceScan); what the user sees → StatusReporter.
 */
import { URI } from 'vscode-uri';
import {
  CodeActionKind,
  FileChangeType,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../core/corpus.js';
import { corpusResults } from './corpusResults.js';
import { DiskFiles } from './diskFiles.js';
import { DocumentResults } from './documentResults.js';
import { OpenDocuments } from './openDocuments.js';
import { Republisher } from './republish.js';
import { StatusReporter } from './status.js';
import { boilerplateCodeActions, FIX_ALL_KIND, ignoreFindingActions } from './codeActions.js';
import { executeCommand } from './commands.js';
import { SERVER_COMMANDS } from './protocol.js';
import { SettingsStore } from './settings.js';
import { hoverAt } from './hover.js';
import { referencesAt } from './references.js';
import { WorkspaceScan, type ScanCacheOptions } from './workspaceScan.js';
import { AnalysisPool, defaultWorkerCount } from '../workers/analysisPool.js';
import { cacheFileFor } from '../cache/cacheLocation.js';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens.js';
import { VERSION } from '../version.js';

export interface ServerOptions {
  /** The README's file URL: each diagnostic's code links to its rule there. */
  docsUrl?: string;
  /** A bundle that serves analysis jobs when started as a worker (the server's own); without it scans analyse on the main thread. */
  workerScript?: string;
  /** Worker threads for scans (default: one per core, at most four; 0 for none). */
  workers?: number;
  /** Changes whenever the analysis may (the server's build): it invalidates the persistent cache. */
  analyzerVersion?: string;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let hasConfiguration = false;
  let hasDynamicConfiguration = false;
  let hasVersionedEdits = false;
  let hasWorkspaceFolderEvents = false;
  let hasSemanticTokensRefresh = false;
  let hasWorkDoneProgress = false;
  let canIgnoreFindings = false;
  let clientReportsCleanCopy = false;
  const settings = new SettingsStore(connection, () => hasConfiguration);
  const pool = new AnalysisPool(options.workerScript, options.workers ?? defaultWorkerCount());
  // One thread for large open documents, so that their analysis neither blocks requests nor
  // waits behind a scan's batches (nor is stopped when a scan ends).
  const documentPool = new AnalysisPool(options.workerScript, Math.min(1, options.workers ?? 1));
  const getDocument = (uri: string) => documents.get(uri);
  const openUris = () => documents.keys();
  const log = connection.console;
  let folders: string[] = [];
  const workspaceFolders = () => folders;
  /** Every analysed article, open or on disk: template lines, claims, outlets, corroboration. */
  const corpus = new Corpus();
  const status = new StatusReporter(connection);
  const republish = new Republisher({
    linkedTo: (uri) => corpus.linkedTo(uri),
    isOpen: (uri) => documents.get(uri) !== undefined,
    openUris,
    showsDiskFindings: (uri) => disk.showsFindings(uri),
    refreshOpen: (uri) => void open.refresh(uri),
    refreshDisk: (uri) => void disk.publishConflicts(uri),
  });
  const changeIndex = <T>(uri: string, change: () => T): T => republish.change(uri, change);
  const results = new DocumentResults({ getDocument, openUris, settings, corpus, pool: documentPool, changeIndex, folders: workspaceFolders, log });
  const open = new OpenDocuments({ getDocument, settings, results, status, docsUrl: options.docsUrl, log });
  const disk = new DiskFiles({ getDocument, settings, corpus, pool, status, changeIndex, folders: workspaceFolders, docsUrl: options.docsUrl, log });
  // The cache file is known once the client says which folders (and where it keeps storage).
  const cacheOptions: ScanCacheOptions = { file: undefined, version: options.analyzerVersion ?? 'unversioned' };
  const scan = new WorkspaceScan({
    connection,
    folders: workspaceFolders,
    settings,
    disk,
    republish,
    corpusGeneration: () => corpus.generation,
    progressSupported: () => hasWorkDoneProgress,
    pool,
    cacheOptions,
  });
  const rescan = () => {
    void scan.run().then(
      ({ indexed, skipped, cancelled, superseded }) => {
        if (!superseded) connection.console.info(`Corroborate indexed ${indexed} files${skipped ? `, skipped ${skipped}` : ''}${cancelled ? ' (cancelled)' : ''}.`);
      },
      (error: unknown) => connection.console.error(`Corroborate could not scan the workspace: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    hasConfiguration = capabilities.workspace?.configuration === true;
    hasDynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    hasVersionedEdits = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    hasWorkspaceFolderEvents = capabilities.workspace?.workspaceFolders === true;
    hasSemanticTokensRefresh = capabilities.workspace?.semanticTokens?.refreshSupport === true;
    hasWorkDoneProgress = capabilities.window?.workDoneProgress === true;
    // A client that can store ignored findings in the workspace says so (the VS Code client does).
    canIgnoreFindings = (params.initializationOptions as { ignoreFindings?: unknown } | undefined)?.ignoreFindings === true;
    clientReportsCleanCopy = (params.initializationOptions as { reportsCleanCopy?: unknown } | undefined)?.reportsCleanCopy === true;
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    cacheOptions.file = cacheFileFor(folders, (params.initializationOptions as { cacheDirectory?: unknown } | undefined)?.cacheDirectory, process.env);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        referencesProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'corroborate-ls', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (hasDynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' });
    if (hasWorkspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        folders = ((await connection.workspace.getWorkspaceFolders()) ?? []).map((f) => f.uri);
        open.refreshAll(documents.keys());
        rescan();
      });
    }
    // Requests are answered while the scan runs: it yields between files.
    rescan();
  });
  connection.onDidChangeConfiguration(() => {
    settings.invalidate();
    open.refreshAll(documents.keys());
    disk.refresh();
    rescan();
    // Lexicon settings change what is a source.
    if (hasSemanticTokensRefresh) void connection.languages.semanticTokens.refresh();
  });

  documents.onDidChangeContent(({ document }) => void open.edited(document.uri));
  documents.onDidSave(({ document }) => void open.saved(document.uri));
  documents.onDidClose(({ document }) => {
    settings.forget(document.uri);
    // A closed document's diagnostics and its place in the index go: the file on disk, if
    // any, is indexed next under the workspace scan's rules.
    open.forget(document.uri);
    results.forget(document.uri);
    disk.remove(document.uri);
    // The file on disk takes the closed document's place in the corpus (unsaved edits are gone),
    // held to the scan's rules: a file git ignores, or a link out of the workspace, stays out.
    // Done after forgetting, so that a document opened again meanwhile is not forgotten.
    const uri = URI.parse(document.uri);
    if (uri.scheme === 'file') void scan.indexFile(uri.fsPath, true);
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      const uri = URI.parse(change.uri);
      if (uri.scheme !== 'file' || documents.get(change.uri)) continue; // open documents override disk
      if (change.type === FileChangeType.Deleted) scan.removeFile(uri.fsPath);
      else await scan.indexFile(uri.fsPath);
    }
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const result = await results.current(document);
    if (!result.analysis || result.reason) return [];
    const ignore = canIgnoreFindings ? ignoreFindingActions(params) : [];
    return [...boilerplateCodeActions(document, result.analysis, params, hasVersionedEdits), ...ignore];
  });

  connection.onHover(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const annotated = await results.annotated(document);
    if (token.isCancellationRequested || !annotated?.analysis.article) return null;
    return hoverAt(annotated.analysis.article, annotated.annotations, params.position);
  });

  connection.onReferences(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const annotated = await results.annotated(document);
    if (token.isCancellationRequested || !annotated) return [];
    return referencesAt(annotated.annotations, params.position);
  });

  connection.languages.semanticTokens.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    const result = await results.current(document);
    if (!result.analysis || result.reason) return { data: [] };
    return semanticTokens(result.analysis);
  });

  connection.onExecuteCommand((params, token) =>
    executeCommand(params, token, {
      getDocument: (uri) => documents.get(uri),
      corpusResults: () => corpusResults({ getDocument, corpus, results, disk, settings }),
      folders: workspaceFolders,
      documents: open,
      disk,
      panelFindings: () => status.panelFindings(),
      scan,
      settings,
      clientReportsCleanCopy: () => clientReportsCleanCopy,
      showInformation: (message) => void connection.window.showInformationMessage(message),
    }),
  );

  connection.onShutdown(async () => {
    open.dispose();
    republish.dispose();
    await Promise.all([pool.dispose(), documentPool.dispose()]);
  });

  documents.listen(connection);
  connection.listen();
}
