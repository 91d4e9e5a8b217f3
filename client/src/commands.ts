/** Palette commands that need the editor: export through a save dialog, analyse with progress. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node.js';
import type { AnalyzeWorkspaceResult } from '../../server/src/lsp/protocol.js';

const FORMATS = [
  { label: 'JSON', format: 'json', extension: 'json' },
  { label: 'CSV', format: 'csv', extension: 'csv' },
  { label: 'Markdown', format: 'md', extension: 'md' },
] as const;

export async function exportAnnotations(): Promise<vscode.Uri | undefined> {
  const choice = await vscode.window.showQuickPick(FORMATS.map((f) => ({ ...f, description: `.${f.extension}` })), { title: 'Export annotations as' });
  if (!choice) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: 'Export Corroborate annotations',
    filters: { [choice.label]: [choice.extension] },
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `corroborate-annotations.${choice.extension}`) } : {}),
  });
  if (!target) return undefined;
  const text = await vscode.commands.executeCommand<string>('corroborate.server.export', choice.format);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text ?? ''));
  void vscode.window.showInformationMessage(`Corroborate exported the annotations to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}

export async function analyzeWorkspace(client: LanguageClient | undefined): Promise<AnalyzeWorkspaceResult | undefined> {
  if (!client) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Corroborate: analysing the workspace', cancellable: true },
    (_progress, token) => client.sendRequest(ExecuteCommandRequest.type, { command: 'corroborate.server.analyzeWorkspace', arguments: [] }, token) as Promise<AnalyzeWorkspaceResult>,
  );
  if (result) {
    const skipped = result.skipped ? `, ${result.skipped} skipped (see Corroborate output)` : '';
    void vscode.window.showInformationMessage(
      `Corroborate ${result.cancelled ? 'stopped after' : 'analysed'} ${result.files} article${result.files === 1 ? '' : 's'}${skipped}: ${result.findings} findings in the Problems panel.`,
    );
  }
  return result;
}
