/**
 * Draws what `findingMarks.ts` selects: a faint dotted underline under a finding shown as a
 * Hint (VS Code itself draws three dots under its first two letters), and the weak colour of a
 * source that names no one. Both colours are contributed (package.json `contributes.colors`),
 * so themes may change them. Kept in step with the diagnostics and the visible editors.
 */
import * as vscode from 'vscode';
import { hintRanges, vagueSourceRanges, type RangeLike } from './findingMarks.js';

const toRange = ({ start, end }: RangeLike) => new vscode.Range(start.line, start.character, end.line, end.character);

export class FindingMarkers implements vscode.Disposable {
  private readonly hint = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('corroborate.hintUnderline'),
  });
  private readonly vague = vscode.window.createTextEditorDecorationType({ color: new vscode.ThemeColor('corroborate.vagueSourceForeground') });
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics((event) => {
        const changed = new Set(event.uris.map((uri) => uri.toString()));
        for (const editor of vscode.window.visibleTextEditors) if (changed.has(editor.document.uri.toString())) this.draw(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.drawAll(editors)),
    ];
    this.drawAll(vscode.window.visibleTextEditors);
  }

  private drawAll(editors: readonly vscode.TextEditor[]): void {
    for (const editor of editors) this.draw(editor);
  }

  private draw(editor: vscode.TextEditor): void {
    const diagnostics = vscode.languages.getDiagnostics(editor.document.uri);
    editor.setDecorations(this.hint, hintRanges(diagnostics));
    editor.setDecorations(this.vague, vagueSourceRanges(diagnostics as readonly (vscode.Diagnostic & { data?: unknown })[]).map(toRange));
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.hint.dispose();
    this.vague.dispose();
  }
}
