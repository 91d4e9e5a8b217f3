/**
 * workspace/executeCommand handlers, one per command, with what they need of the server
 * passed as one CommandDependencies. The clean copy is written beside the article as
 * `<name>.clean.txt`; the original is never written to.
 */
import * as path from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type ExecuteCommandParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { analyze, cleanText, type Analysis, type AnalyzeOptions } from '../core/annotate.js';
import { boilerplateBlocks } from '../core/boilerplateBlocks.js';
import { cleanVerdict, describeGutting } from '../core/cleanVerdict.js';
import { cleanFileBytes } from '../io/cleanBytes.js';
import { readArticleFile, type ReadResult } from '../io/readArticleFile.js';
import { encodeText, UTF8 } from '../io/textEncoding.js';
import { writeFileSafely } from '../io/safeWrite.js';
import { cleanCopyPath } from './cleanCopyPath.js';
import { buildReport, type ReportModel } from '../core/report.js';
import { exportAnnotations } from '../report/render.js';
import type { CorpusResult } from '../core/corpus.js';
import type { DiskFiles } from './diskFiles.js';
import type { OpenDocuments } from './openDocuments.js';
import {
  CLEAN_COPY_REFUSED,
  cleanCopyMessage,
  COMMAND_ANALYZE,
  COMMAND_CHECK_DOCUMENT,
  COMMAND_CLEAN_COPY,
  COMMAND_EXPORT,
  COMMAND_REPORT,
  type AnalyzeWorkspaceResult,
  type CleanCopyOptions,
  type CleanCopyRefusal,
  type CleanCopyResult,
  type StatusParams,
} from './protocol.js';
import { analysisOptions, type SettingsStore } from './settings.js';
import { yieldToRequests, type WorkspaceScan } from './workspaceScan.js';

/** What the command handlers need of the server. */
export interface CommandDependencies {
  getDocument(uri: string): TextDocument | undefined;
  /** Every document of the corpus, open or on disk, with all its annotations. */
  corpusResults(): Promise<CorpusResult[]>;
  folders(): readonly string[];
  documents: Pick<OpenDocuments, 'checkNow'>;
  disk: Pick<DiskFiles, 'ensureFindings' | 'publishFindings'>;
  /** The findings the Problems panel lists now, open documents and unopened files alike. */
  panelFindings(): number;
  scan: Pick<WorkspaceScan, 'run'>;
  settings: Pick<SettingsStore, 'forDocument'>;
  /** The client says itself that a clean copy was written (VS Code's does, with a button to open it). */
  clientReportsCleanCopy(): boolean;
  showInformation(message: string): void;
}

type Handler = (args: unknown[] | undefined, token: CancellationToken, deps: CommandDependencies) => Promise<unknown>;

/** The corroboration report of the whole workspace. */
async function report(_args: unknown[] | undefined, _token: CancellationToken, deps: CommandDependencies): Promise<ReportModel> {
  return buildReport(await deps.corpusResults());
}

/** Every annotation of the workspace as JSON, CSV or Markdown. */
async function exportWorkspace(args: unknown[] | undefined, _token: CancellationToken, deps: CommandDependencies): Promise<string> {
  const format = args?.[0];
  if (format !== 'json' && format !== 'csv' && format !== 'md') throw new ResponseError(ErrorCodes.InvalidParams, 'Export takes a format: json, csv or md.');
  const results = await deps.corpusResults();
  // Paths for people (CSV, Markdown) are the workspace's; JSON keeps URIs, unambiguous for tools.
  const pathOf = (uri: string) => (format === 'json' ? uri : exportPath(uri, deps.folders()));
  return exportAnnotations(
    results.map((r) => ({ path: pathOf(r.id), outlet: r.outlet, annotations: r.annotations, text: r.analysis.text })),
    format,
  );
}

/** "Analyze Workspace": scans, then publishes every finding of every file, and says how many the Problems panel lists. */
async function analyzeWorkspace(_args: unknown[] | undefined, token: CancellationToken, deps: CommandDependencies): Promise<AnalyzeWorkspaceResult> {
  const { disk } = deps;
  const scanned = await deps.scan.run(token);
  const uris = scanned.uris;
  // Cancelling stops whichever step is running: the scan, the findings or their publishing.
  const cancelled = () => scanned.cancelled || token.isCancellationRequested;
  if (!cancelled()) await disk.ensureFindings(uris, token);
  for (const [i, uri] of uris.entries()) {
    if (cancelled()) break;
    await disk.publishFindings(uri);
    // Thousands of files: hovers and edits are answered in between.
    if (i % 32 === 31) await yieldToRequests();
  }
  // The number the Problems panel shows: open documents' findings too, hints (faded boilerplate) not.
  return { files: scanned.indexed, skipped: scanned.skipped, findings: deps.panelFindings(), cancelled: cancelled() };
}

/** Analyses an open document now, whatever the run mode; the status it now shows, for the client to say. */
async function checkDocument(args: unknown[] | undefined, _token: CancellationToken, deps: CommandDependencies): Promise<StatusParams | null> {
  const uri = args?.[0];
  if (typeof uri !== 'string' || !deps.getDocument(uri)) throw new ResponseError(ErrorCodes.InvalidParams, 'Check takes the URI of an open document.');
  return (await deps.documents.checkNow(uri)) ?? null;
}

async function writeCleanCopy(args: unknown[] | undefined, _token: CancellationToken, deps: CommandDependencies): Promise<CleanCopyResult> {
  const uri = typeof args?.[0] === 'string' ? args[0] : '';
  const documentSettings = await deps.settings.forDocument(uri);
  const result = await cleanCopy(args, { getDocument: deps.getDocument, analysisOptions: analysisOptions(documentSettings) });
  // A client that says so (VS Code's) tells the user itself, with a button to open the copy.
  if (!deps.clientReportsCleanCopy()) deps.showInformation(cleanCopyMessage(result));
  return result;
}

const HANDLERS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
  [COMMAND_REPORT, report],
  [COMMAND_EXPORT, exportWorkspace],
  [COMMAND_ANALYZE, analyzeWorkspace],
  [COMMAND_CHECK_DOCUMENT, checkDocument],
  [COMMAND_CLEAN_COPY, writeCleanCopy],
]);

/** The commands with a handler here: the server declares SERVER_COMMANDS, and a test holds the two together. */
export const HANDLED_COMMANDS: readonly string[] = [...HANDLERS.keys()];

/** workspace/executeCommand: the command's handler, or MethodNotFound. */
export function executeCommand(params: ExecuteCommandParams, token: CancellationToken, deps: CommandDependencies): Promise<unknown> {
  const handler = HANDLERS.get(params.command);
  if (!handler) return Promise.reject(new ResponseError(ErrorCodes.MethodNotFound, `Unknown command: ${params.command}`));
  return handler(params.arguments, token, deps);
}

function uriArgument(args: unknown[] | undefined): string {
  const first = args?.[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { uri?: unknown }).uri === 'string') return (first as { uri: string }).uri;
  throw new ResponseError(ErrorCodes.InvalidParams, 'corroborate.cleanCopy needs the URI of an article as its first argument');
}

function forceArgument(args: unknown[] | undefined): boolean {
  const options = args?.[2];
  return typeof options === 'object' && options !== null && (options as CleanCopyOptions).force === true;
}

/**
 * The copy's bytes. When the text analysed is the file's (read from disk, or an open document
 * without unsaved edits), the boilerplate lines are cut out of the file's own bytes and nothing
 * else changes: encoding, BOM, line ends, invalid bytes. An open document with unsaved edits
 * has no bytes yet: its clean text is written in the file's encoding, BOM included (each of
 * the encodings read can hold any text), or in UTF-8 when the file cannot be read.
 */
function cleanCopyBytes(analysis: Analysis, onDisk: ReadResult): Uint8Array {
  if (onDisk.ok && onDisk.text === analysis.text) return cleanFileBytes(onDisk, analysis);
  return encodeText(cleanText(analysis), onDisk.ok ? onDisk.encoding : UTF8);
}

export interface CleanCopyContext {
  getDocument(uri: string): TextDocument | undefined;
  analysisOptions: AnalyzeOptions;
}

export async function cleanCopy(args: unknown[] | undefined, context: CleanCopyContext): Promise<CleanCopyResult> {
  const uri = uriArgument(args);
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') throw new ResponseError(ErrorCodes.InvalidParams, 'A clean copy can only be written for a file saved on disk.');
  const expectedVersion = typeof args?.[1] === 'number' ? args[1] : undefined;
  const document = context.getDocument(uri);
  if (document && expectedVersion !== undefined && document.version !== expectedVersion) {
    throw new ResponseError(LSPErrorCodes.ContentModified, 'The article changed while the clean copy was requested; run the command again.');
  }
  const fileName = path.basename(parsed.fsPath);
  // The text of the version asked for, taken before any wait: the document object is updated in
  // place by edits that arrive while the file is read.
  const documentText = document?.getText();
  // Read even when the document is open: the copy is cut from the file's bytes when it can be.
  const onDisk = await readArticleFile(parsed.fsPath);
  let text: string;
  if (documentText !== undefined) text = documentText;
  else if (onDisk.ok) text = onDisk.text;
  else throw new ResponseError(ErrorCodes.InvalidRequest, `Cannot read ${fileName}: ${onDisk.reason}.`);
  const analysis = analyze(text, { ...context.analysisOptions, fileName });
  if (analysis.skipped) throw new ResponseError(ErrorCodes.InvalidRequest, `${fileName} is not analysed: ${analysis.skipped}.`);
  const target = cleanCopyPath(parsed.fsPath);
  // Findings that take most of the prose are more likely wrong than the page mostly furniture.
  const verdict = cleanVerdict(analysis);
  if (verdict.gutsArticle && !forceArgument(args)) {
    const refusal: CleanCopyRefusal = { proseLines: verdict.proseLines, removedProseLines: verdict.removedProseLines };
    throw new ResponseError(
      CLEAN_COPY_REFUSED,
      `Corroborate did not write ${path.basename(target)}: it would remove ${describeGutting(verdict)}, more than half of the article. Check the boilerplate findings, or write it anyway.`,
      refusal,
    );
  }
  // The workspace may be untrusted: the copy's name can be a link planted to have a file replaced.
  const written = await writeFileSafely(target, cleanCopyBytes(analysis, onDisk), { input: parsed.fsPath });
  if (!written.ok) throw new ResponseError(ErrorCodes.InvalidRequest, `Corroborate did not write ${path.basename(target)}: ${written.reason}.`);
  // Blocks as the editor's quick fixes count them: a marker with its teasers is one.
  return { uri: URI.file(target).toString(), removedBlocks: analysis.article ? boilerplateBlocks(analysis.article, analysis.annotations).length : 0 };
}

/**
 * A file's path in an export, as the user knows it: relative to the workspace folder that holds
 * it (prefixed with the folder's name when there are several, as VS Code shows it), with forward
 * slashes; the URI itself for a file in no folder (or with no folders known).
 */
export function exportPath(uri: string, folders: readonly string[]): string {
  const file = URI.parse(uri);
  if (file.scheme !== 'file') return uri;
  for (const folder of folders) {
    const root = URI.parse(folder);
    if (root.scheme !== 'file') continue;
    const relative = path.relative(root.fsPath, file.fsPath);
    if (!relative || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) continue;
    const inFolder = relative.split(path.sep).join('/');
    return folders.length > 1 ? `${path.basename(root.fsPath)}/${inFolder}` : inFolder;
  }
  return uri;
}
