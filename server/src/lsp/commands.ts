/**
 * workspace/executeCommand handlers. The clean copy is written beside the article as
 * `<name>.clean.txt`; the original is never written to.
 */
import * as path from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { analyze, cleanText, type AnalyzeOptions } from '../core/annotate.js';
import { readArticleFile } from '../io/readArticleFile.js';
import { writeFileSafely } from '../io/safeWrite.js';
import { cleanCopyPath } from './cleanCopyPath.js';
import type { CleanCopyResult } from './protocol.js';

function uriArgument(args: unknown[] | undefined): string {
  const first = args?.[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { uri?: unknown }).uri === 'string') return (first as { uri: string }).uri;
  throw new ResponseError(ErrorCodes.InvalidParams, 'corroborate.cleanCopy needs the URI of an article as its first argument');
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
  let text: string;
  if (document) {
    text = document.getText();
  } else {
    const read = await readArticleFile(parsed.fsPath);
    if (!read.ok) throw new ResponseError(ErrorCodes.InvalidRequest, `Cannot read ${path.basename(parsed.fsPath)}: ${read.reason}.`);
    text = read.text;
  }
  const analysis = analyze(text, { ...context.analysisOptions, fileName: path.basename(parsed.fsPath) });
  if (analysis.skipped) throw new ResponseError(ErrorCodes.InvalidRequest, `${path.basename(parsed.fsPath)} is not analysed: ${analysis.skipped}.`);
  const target = cleanCopyPath(parsed.fsPath);
  // The workspace may be untrusted: the copy's name can be a link planted to have a file replaced.
  const written = await writeFileSafely(target, cleanText(analysis), { input: parsed.fsPath });
  if (!written.ok) throw new ResponseError(ErrorCodes.InvalidRequest, `Corroborate did not write ${path.basename(target)}: ${written.reason}.`);
  return { uri: URI.file(target).toString(), removedBlocks: analysis.annotations.filter((a) => a.kind === 'boilerplate').length };
}
