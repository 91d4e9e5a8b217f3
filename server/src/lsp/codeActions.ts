/**
 * Quick fixes for boilerplate: remove one block, or all of them. Edits are computed for the
 * document version the server holds and sent as versioned TextDocumentEdits, so a client
 * refuses them if the text changed in between.
 */
import { CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/annotate.js';
import type { Annotation } from '../core/annotation.js';
import type { Article } from '../core/article.js';
import { removalsForLines } from '../core/clean.js';
import { cleanVerdict } from '../core/cleanVerdict.js';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';
import { linesOf } from './offThreadAnalysis.js';
import { COMMAND_IGNORE_FINDING } from './protocol.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.corroborate`;

function overlaps(a: Range, b: Range): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Removals need only the text's lines and positions: never the parsed article (see offThreadAnalysis.ts). */
function removalEdits(text: Pick<Article, 'lines' | 'rangeOf'>, lines: number[]): TextEdit[] {
  return removalsForLines(text, lines).map((r) => ({ range: text.rangeOf(r.start, r.end), newText: '' }));
}

function workspaceEdit(document: TextDocument, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  if (versioned) return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
  return { changes: { [document.uri]: edits } };
}

function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((requested) => kind === requested || kind.startsWith(requested + '.'));
}

export function boilerplateCodeActions(document: TextDocument, analysis: Analysis, params: CodeActionParams, versionedEdits: boolean): CodeAction[] {
  const boilerplate = analysis.annotations.filter((a) => a.kind === 'boilerplate');
  const text = boilerplate.length === 0 ? undefined : linesOf(analysis);
  if (!text) return [];
  const actions: CodeAction[] = [];
  const diagnosticFor = (annotation: Annotation): Diagnostic[] =>
    params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === annotation.code && d.range.start.line === annotation.range.start.line);

  const here = boilerplate.filter((a) => overlaps(a.range, params.range));
  if (wants(params, CodeActionKind.QuickFix)) {
    for (const annotation of here) {
      actions.push({
        title: `Remove this boilerplate block (${String(annotation.data['label'] ?? annotation.data['category'])})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: diagnosticFor(annotation),
        isPreferred: true,
        edit: workspaceEdit(document, removalEdits(text, [annotation.range.start.line]), versionedEdits),
      });
    }
  }
  const allLines = boilerplate.map((a) => a.range.start.line);
  const removeAll = (kind: string): CodeAction => ({
    title: `Remove all boilerplate in this file (${allLines.length} block${allLines.length === 1 ? '' : 's'})`,
    kind,
    diagnostics: here.flatMap(diagnosticFor),
    edit: workspaceEdit(document, removalEdits(text, allLines), versionedEdits),
  });
  const offerQuickFix = here.length > 0 && wants(params, CodeActionKind.QuickFix);
  const offerFixAll = params.context.only !== undefined && wants(params, FIX_ALL_KIND);
  // Removing everything would gut the article: the findings are more likely wrong than the
  // page mostly furniture, and fix-all may run unattended on save. Single blocks stay removable.
  if ((!offerQuickFix && !offerFixAll) || cleanVerdict(analysis, text.lines).gutsArticle) return actions;
  if (offerQuickFix) actions.push(removeAll(CodeActionKind.QuickFix));
  if (offerFixAll) actions.push(removeAll(FIX_ALL_KIND));
  return actions;
}

/**
 * "Ignore this finding" for each of our diagnostics under the cursor. The client stores the
 * fingerprint in the workspace's settings (never in the article), so only clients that say
 * they can are offered it.
 */
export function ignoreFindingActions(params: CodeActionParams): CodeAction[] {
  if (!wants(params, CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const fingerprint = (diagnostic.data as { fingerprint?: unknown } | undefined)?.fingerprint;
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof fingerprint !== 'string') continue;
    const title = `Ignore this finding in the workspace (${String(diagnostic.code)})`;
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: COMMAND_IGNORE_FINDING, arguments: [fingerprint] } });
  }
  return actions;
}
