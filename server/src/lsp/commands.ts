/**
 * workspace/executeCommand handlers. The clean copy is written beside the article as
 * `<name>.clean.txt`; the original is never written to.
 */
import * as path from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
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
import { CLEAN_COPY_REFUSED, type CleanCopyOptions, type CleanCopyRefusal, type CleanCopyResult } from './protocol.js';

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
