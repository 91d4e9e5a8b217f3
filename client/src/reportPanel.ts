/**
 * The corroboration report in a webview: the server builds the model, the shared renderer
 * writes theme-aware HTML under a strict Content-Security-Policy with a nonce, and a click on
 * a cell opens that sentence. The panel refreshes when articles change.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ReportModel } from '../../server/src/core/report.js';
import { reportHtml } from '../../server/src/report/render.js';

const SERVER_REPORT = 'corroborate.server.report';

export class ReportPanel {
  private static current: ReportPanel | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;

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
      vscode.workspace.onDidChangeTextDocument(() => this.refreshSoon()),
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
    if (!model) return;
    const nonce = randomBytes(16).toString('base64');
    this.panel.webview.html = reportHtml(model, { nonce, cspSource: this.panel.webview.cspSource });
  }
}
