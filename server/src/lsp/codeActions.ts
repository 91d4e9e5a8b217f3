/**
 * Quick fixes for boilerplate: remove one block (the lines core groups with the one under the
 * cursor, core/boilerplateBlocks.ts), or all of them. Edits are computed for the
 * document version the server holds and sent as versioned TextDocumentEdits, so a client
 * refuses them if the text changed in between.
 */
import { CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/annotate.js';
import type { Article } from '../core/article.js';
import { blockAtLine, boilerplateBlocks, removalsForBlock, type BoilerplateBlock } from '../core/boilerplateBlocks.js';
import type { TextRemoval } from '../core/clean.js';
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
function removalEdits(text: Pick<Article, 'rangeOf'>, removals: TextRemoval[]): TextEdit[] {
  return removals.map((r) => ({ range: text.rangeOf(r.start, r.end), newText: '' }));
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
  const blocks = boilerplateBlocks(text, boilerplate);
  const diagnosticsOn = (block: BoilerplateBlock): Diagnostic[] =>
    params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && String(d.code).startsWith('boilerplate/') && block.lines.includes(d.range.start.line));

  // One action per block under the cursor, however many of its lines the selection covers.
  const here = [...new Set(boilerplate.filter((a) => overlaps(a.range, params.range)).flatMap((a) => blockAtLine(blocks, a.range.start.line) ?? []))];
  if (wants(params, CodeActionKind.QuickFix)) {
    for (const block of here) {
      const size = block.lines.length > 1 ? `, ${block.lines.length} lines` : '';
      actions.push({
        title: `Remove this boilerplate block (${block.label}${size})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: diagnosticsOn(block),
        isPreferred: true,
        edit: workspaceEdit(document, removalEdits(text, removalsForBlock(text, block)), versionedEdits),
      });
    }
  }
  const offerQuickFix = here.length > 0 && wants(params, CodeActionKind.QuickFix);
  const offerFixAll = params.context.only !== undefined && wants(params, FIX_ALL_KIND);
  if (!offerQuickFix && !offerFixAll) return actions;
  // Removing everything would gut the article: the findings are more likely wrong than the
  // page mostly furniture, and fix-all may run unattended on save. Single blocks stay removable.
  const verdict = cleanVerdict(analysis, text.lines);
  if (verdict.gutsArticle) return actions;
  // The same removals as the clean copy.
  const removeAll = (kind: string): CodeAction => ({
    title: `Remove all boilerplate in this file (${blocks.length} block${blocks.length === 1 ? '' : 's'})`,
    kind,
    diagnostics: here.flatMap(diagnosticsOn),
    edit: workspaceEdit(document, removalEdits(text, verdict.removals), versionedEdits),
  });
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
