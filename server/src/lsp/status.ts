/**
 * What the user is told about documents: diagnostics published (and how many the Problems
 * panel lists, for "Analyze Workspace" to say), each document's status notification, and
 * pass failures, each logged once however often the article is analysed again.
 */
import { DiagnosticSeverity, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Analysis } from '../core/annotate.js';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol.js';

/** What the status needs of the connection. */
export interface StatusConnection {
  sendDiagnostics(params: PublishDiagnosticsParams): Promise<void> | void;
  sendNotification(method: string, params: StatusParams): Promise<void> | void;
  console: { error(message: string): void };
}

export class StatusReporter {
  /** Pass failures already logged (pass and message), so a failing pass is reported once. */
  private readonly loggedFailures = new Set<string>();
  /** Per URI, the published diagnostics the Problems panel lists (all but hints). */
  private readonly panelCounts = new Map<string, number>();

  constructor(private readonly connection: StatusConnection) {}

  /**
   * Logs each distinct pass failure once (with its stack), however often the article is
   * re-analysed, and says in a few words what is missing; undefined when every pass ran.
   */
  reportFailures(uri: string, analysis: Analysis | undefined): string | undefined {
    const failures = analysis?.failures ?? [];
    for (const failure of failures) {
      const key = `${failure.pass}\u0000${failure.message}`;
      if (this.loggedFailures.has(key)) continue;
      this.loggedFailures.add(key);
      this.connection.console.error(`Corroborate: the ${failure.pass} pass failed on ${uri}; the other passes still answer. ${failure.stack ?? failure.message}`);
    }
    if (failures.length === 0) return undefined;
    return `the ${[...new Set(failures.map((f) => f.pass))].join(' and ')} pass failed on this article; its findings are missing (see the Corroborate output)`;
  }

  /**
   * Every publish goes through here so that "Analyze Workspace" can say what the Problems panel
   * lists: hints (faded boilerplate) are not in the panel, so they are not counted.
   */
  publishDiagnostics(params: PublishDiagnosticsParams): void {
    const listed = params.diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).length;
    if (listed) this.panelCounts.set(params.uri, listed);
    else this.panelCounts.delete(params.uri);
    void this.connection.sendDiagnostics(params);
  }

  /** The findings the Problems panel lists now, open documents and unopened files alike. */
  panelFindings(): number {
    let total = 0;
    for (const count of this.panelCounts.values()) total += count;
    return total;
  }

  /** Tells the client how the document stands (analysed, skipped, failed): its status bar says it. */
  send(params: StatusParams): StatusParams {
    void this.connection.sendNotification(STATUS_NOTIFICATION, params);
    return params;
  }
}
