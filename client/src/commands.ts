/** Palette commands that need the editor: export through a save dialog, analyse with progress. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node.js';
import { COMMAND_ANALYZE, COMMAND_CHECK_DOCUMENT, COMMAND_EXPORT, type AnalyzeWorkspaceResult, type StatusParams } from '../../server/src/lsp/protocol.js';
import { checkMessage, offerOpen, type FeedbackEditor } from './feedback.js';

const FORMATS = [
  { label: 'JSON', format: 'json', extension: 'json' },
  { label: 'CSV', format: 'csv', extension: 'csv' },
  { label: 'Markdown', format: 'md', extension: 'md' },
] as const;

export async function exportAnnotations(): Promise<vscode.Uri | undefined> {
  const choice = await vscode.window.showQuickPick(
    FORMATS.map((f) => ({ ...f, description: `.${f.extension}` })),
    { title: 'Export annotations as' },
  );
  if (!choice) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: 'Export Corroborate annotations',
    filters: { [choice.label]: [choice.extension] },
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `corroborate-annotations.${choice.extension}`) } : {}),
  });
  if (!target) return undefined;
  const text = await vscode.commands.executeCommand<string>(COMMAND_EXPORT, choice.format);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text ?? ''));
  void offerOpen(editorFeedback(), `Corroborate exported the annotations to ${vscode.workspace.asRelativePath(target)}.`, target.toString());
  return target;
}

export async function analyzeWorkspace(client: LanguageClient | undefined): Promise<AnalyzeWorkspaceResult | undefined> {
  if (!client) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Corroborate: analysing the workspace', cancellable: true },
    (_progress, token) => client.sendRequest(ExecuteCommandRequest.type, { command: COMMAND_ANALYZE, arguments: [] }, token) as Promise<AnalyzeWorkspaceResult>,
  );
  if (result) {
    const skipped = result.skipped ? `, ${result.skipped} skipped (see Corroborate output)` : '';
    void vscode.window.showInformationMessage(
      `Corroborate ${result.cancelled ? 'stopped after' : 'analysed'} ${result.files} article${result.files === 1 ? '' : 's'}${skipped}: ${result.findings} findings in the Problems panel.`,
    );
  }
  return result;
}

/** "Check Current Article": the manual run mode's trigger, usable in any mode. */
export async function checkActiveArticle(client: LanguageClient | undefined): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!client || !document) {
    void vscode.window.showWarningMessage('Corroborate: open an article first.');
    return;
  }
  const status = (await client.sendRequest(ExecuteCommandRequest.type, { command: COMMAND_CHECK_DOCUMENT, arguments: [document.uri.toString()] })) as StatusParams | null;
  void vscode.window.showInformationMessage(checkMessage(status));
}

/** The editor as the command feedback uses it. */
export function editorFeedback(): FeedbackEditor {
  return {
    inform: (message, ...buttons) => vscode.window.showInformationMessage(message, ...buttons),
    open: (uri) => vscode.window.showTextDocument(vscode.Uri.parse(uri)),
  };
}

/**
 * Stores a finding's fingerprint in `corroborate.ignoredFindings` of the workspace (the user's
 * settings when no folder is open) — never in the article. The server re-reads its settings and
 * drops the finding.
 */
export async function ignoreFinding(fingerprint: unknown, resource?: vscode.Uri): Promise<void> {
  if (typeof fingerprint !== 'string') return;
  const uri = resource ?? vscode.window.activeTextEditor?.document.uri;
  const configuration = vscode.workspace.getConfiguration('corroborate', uri);
  const inspected = configuration.inspect<string[]>('ignoredFindings');
  const inWorkspace = vscode.workspace.workspaceFolders !== undefined;
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(fingerprint)) return;
  await configuration.update('ignoredFindings', [...current, fingerprint], target);
}
