/**
 * Analysis of open documents: debounced per document, run for one version and dropped if the
 * document moved on meanwhile, cached by (uri, version, settings generation) so that hovers and
 * code actions read results instead of recomputing them.
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../core/annotate.js';
import { TemplateLines } from '../core/boilerplate/templates.js';
import { toDiagnostics } from './diagnostics.js';
import { baseName, checkInclusion } from './fileFilter.js';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol.js';
import type { Settings, SettingsStore } from './settings.js';

export interface DocumentResult {
  version: number;
  settingsVersion: number;
  /** Undefined when the document is not analysed; `reason` says why. */
  analysis?: Analysis;
  reason?: string;
}

export class Analyses {
  private readonly results = new Map<string, DocumentResult>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Lines repeated across open documents are template (the workspace index extends this). */
  readonly templates = new TemplateLines();
  private workspaceFolders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly getDocument: (uri: string) => TextDocument | undefined,
    private readonly settings: SettingsStore,
  ) {}

  setWorkspaceFolders(folders: string[]): void {
    this.workspaceFolders = folders;
  }

  /** Analyse soon: at once for a document never analysed, after the debounce delay otherwise. */
  async schedule(uri: string): Promise<void> {
    const delay = this.results.has(uri) ? (await this.settings.forDocument(uri)).debounceMs : 0;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.publish(uri);
      }, delay),
    );
  }

  scheduleAll(uris: Iterable<string>): void {
    for (const uri of uris) void this.schedule(uri);
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.results.delete(uri);
    this.templates.remove(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** The result for the document's current version, computing it now if needed. */
  async current(document: TextDocument): Promise<DocumentResult> {
    const settings = await this.settings.forDocument(document.uri);
    const cached = this.results.get(document.uri);
    if (cached && cached.version === document.version && cached.settingsVersion === this.settings.version) return cached;
    return this.compute(document, settings);
  }

  private compute(document: TextDocument, settings: Settings): DocumentResult {
    const base = { version: document.version, settingsVersion: this.settings.version };
    const inclusion = checkInclusion(document.uri, settings, this.workspaceFolders);
    if (!inclusion.included) return this.remember(document.uri, { ...base, reason: inclusion.reason });
    const text = document.getText();
    if (text.length > settings.maxFileSize) {
      return this.remember(document.uri, { ...base, reason: `it is larger than corroborate.maxFileSize (${settings.maxFileSize} characters)` });
    }
    this.templates.set(document.uri, text);
    const analysis = analyze(text, {
      fileName: baseName(document.uri),
      lexicon: settings.lexicons.boilerplate,
      attribution: settings.lexicons.attribution,
      repeatedElsewhere: this.templates.lookupFor(document.uri),
    });
    return this.remember(document.uri, { ...base, analysis, ...(analysis.skipped ? { reason: analysis.skipped } : {}) });
  }

  private remember(uri: string, result: DocumentResult): DocumentResult {
    this.results.set(uri, result);
    return result;
  }

  private async publish(uri: string): Promise<void> {
    const document = this.getDocument(uri);
    if (!document) return;
    const version = document.version;
    let settings: Settings;
    let result: DocumentResult;
    try {
      settings = await this.settings.forDocument(uri);
      // The document changed while settings were fetched: the newer version has its own run.
      if (this.getDocument(uri)?.version !== version) return;
      result = this.compute(document, settings);
    } catch (error) {
      this.connection.console.error(`Corroborate could not analyse ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      this.sendStatus({ uri, version, state: 'failed', reason: 'the analysis failed; see the Corroborate output' });
      return;
    }
    const annotations = result.analysis?.annotations ?? [];
    void this.connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(annotations, settings.rules) });
    if (result.reason) {
      this.sendStatus({ uri, version, state: 'skipped', reason: result.reason });
    } else {
      const counts: Record<string, number> = {};
      for (const a of annotations) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
      this.sendStatus({ uri, version, state: 'analysed', counts });
    }
  }

  private sendStatus(params: StatusParams): void {
    void this.connection.sendNotification(STATUS_NOTIFICATION, params);
  }
}
