/**
 * The language status item for the active article: what Corroborate found in it, or why it
 * was not analysed (excluded, too large, not an article).
 */
import * as vscode from 'vscode';
import { COMMANDS, type StatusParams } from '../../server/src/lsp/protocol.js';
import { fullSummary, shortSummary, statusDetail } from './statusText.js';

export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('corroborate.status', [{ language: 'plaintext' }, { language: 'news-article' }]);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscription: vscode.Disposable;
  private readonly showOutput: vscode.Command = { title: COMMANDS.showOutput.title, command: COMMANDS.showOutput.id };

  constructor() {
    this.item.name = 'Corroborate';
    this.item.command = this.showOutput;
    this.subscription = vscode.window.onDidChangeActiveTextEditor(() => this.render());
    this.render();
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.command = this.showOutput;
    if (!status) {
      this.item.text = 'Corroborate';
      this.item.detail = 'not analysed yet';
      return;
    }
    if (status.state !== 'analysed') {
      this.item.text = 'Corroborate: not analysed';
      this.item.detail = status.reason ?? '';
      this.item.severity = status.state === 'failed' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
      return;
    }
    // Short, so that the item's "Show Output" link stays in view; every count is in its tooltip.
    this.item.text = `Corroborate: ${shortSummary(status)}`;
    this.item.detail = statusDetail(status);
    this.item.command = { ...this.showOutput, tooltip: `${fullSummary(status)} in this article` };
    if ((status.counts?.['conflict'] ?? 0) > 0) this.item.severity = vscode.LanguageStatusSeverity.Warning;
    // Analysed in part: a pass failed on this article, and its findings are missing.
    if (status.reason) {
      this.item.detail = status.reason;
      this.item.severity = vscode.LanguageStatusSeverity.Error;
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
