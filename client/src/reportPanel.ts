/**
 * The corroboration report in a webview: the server builds the model, the shared renderer
 * writes theme-aware HTML under a strict Content-Security-Policy with a nonce, and a click on
 * a cell opens that sentence. The panel refreshes when articles change and when the server
 * has analysed more of them (a report opened while the workspace is still being read fills in),
 * and is rewritten only when the report itself changed, so the reader keeps their place.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ReportModel } from '../../server/src/core/report.js';
import { reportHtml } from '../../server/src/report/render.js';
import { COMMAND_REPORT } from '../../server/src/lsp/protocol.js';

const SERVER_REPORT = COMMAND_REPORT;

export class ReportPanel {
  private static current: ReportPanel | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  /** The model the panel shows, as JSON. */
  private shown: string | undefined;

  /** Brings an open report up to date soon: the server has published new findings. */
  static refreshIfOpen(): void {
    ReportPanel.current?.refreshSoon();
  }

  static async show(): Promise<void> {
    if (ReportPanel.current) {
      ReportPanel.current.panel.reveal();
      await ReportPanel.current.refresh();
      return;
    }
    const panel = vscode.window.createWebviewPanel('corroborate.report', 'Corroboration Report', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [],
    });
    ReportPanel.current = new ReportPanel(panel);
    await ReportPanel.current.refresh();
  }

  private constructor(private readonly panel: vscode.WebviewPanel) {
    const disposables: vscode.Disposable[] = [
      panel.webview.onDidReceiveMessage((message: { type?: string; uri?: string; line?: number }) => {
        if (message.type !== 'open' || typeof message.uri !== 'string' || typeof message.line !== 'number') return;
        const position = new vscode.Position(message.line, 0);
        void vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
      }),
      vscode.workspace.onDidSaveTextDocument(() => this.refreshSoon()),
      // Not for the output channels' documents, which change with every line logged.
      vscode.workspace.onDidChangeTextDocument((event) => event.document.uri.scheme !== 'output' && this.refreshSoon()),
    ];
    panel.onDidDispose(() => {
      clearTimeout(this.refreshTimer);
      for (const d of disposables) d.dispose();
      ReportPanel.current = undefined;
    });
  }

  private refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 1000);
  }

  private async refresh(): Promise<void> {
    const model = await vscode.commands.executeCommand<ReportModel>(SERVER_REPORT);
    if (!model || ReportPanel.current !== this) return;
    const json = JSON.stringify(model);
    if (json === this.shown) return;
    this.shown = json;
    const nonce = randomBytes(16).toString('base64');
    this.panel.webview.html = reportHtml(model, { nonce, cspSource: this.panel.webview.cspSource });
  }
}
