/**
 * Open documents: when each is analysed (the run mode: as it is edited, when saved, or on
 * request; edits debounced per document) and what is published for it (diagnostics and a
 * status), only for the text the client still holds. The results themselves, held to each
 * version, are DocumentResults'.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/annotate.js';
import type { Annotation } from '../core/annotation.js';
import { boilerplateBlocks } from '../core/boilerplateBlocks.js';
import { diagnosticsUnder } from './diagnostics.js';
import type { DocumentResult, DocumentResults } from './documentResults.js';
import { holds, stateOf, type DocumentState } from './documentState.js';
import { ANALYSIS_FAILED, analysisFailure, type ErrorLog } from './failures.js';
import { linesOf, locatedText } from './offThreadAnalysis.js';
import type { StatusParams } from './protocol.js';
import type { Settings, SettingsStore } from './settings.js';
import type { StatusReporter } from './status.js';

/** What open documents need of the server. */
export interface OpenDocumentDependencies {
  getDocument(uri: string): TextDocument | undefined;
  settings: Pick<SettingsStore, 'forDocument'>;
  results: Pick<DocumentResults, 'has' | 'current' | 'annotated'>;
  status: Pick<StatusReporter, 'publishDiagnostics' | 'send' | 'reportFailures'>;
  /** Where the rules are documented (the README), for each diagnostic's code link. */
  docsUrl: string | undefined;
  log: ErrorLog;
}

export class OpenDocuments {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Open documents whose findings have been published, and for which version and text, whatever the run mode. */
  private readonly published = new Map<string, DocumentState>();

  constructor(private readonly deps: OpenDocumentDependencies) {}

  /**
   * An open document's text changed (opening counts): analyse it if the run mode says so —
   * on every edit, or on opening only when it runs on save. Manual mode waits for a command.
   */
  async edited(uri: string): Promise<void> {
    const { run } = await this.deps.settings.forDocument(uri);
    if (run === 'onType') await this.schedule(uri);
    else if (run === 'onSave' && !this.published.has(uri)) await this.schedule(uri, this.stateNow(uri));
  }

  async saved(uri: string): Promise<void> {
    if ((await this.deps.settings.forDocument(uri)).run === 'onSave') await this.schedule(uri, this.stateNow(uri));
  }

  /** Analyses and publishes now, whatever the run mode: the "check" command. */
  async checkNow(uri: string): Promise<StatusParams | undefined> {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    return this.publish(uri);
  }

  /**
   * Something other than the text changed (settings, the corpus): bring the document's findings
   * up to date if it is analysed automatically or has findings showing that may now be wrong.
   */
  async refresh(uri: string): Promise<void> {
    if ((await this.deps.settings.forDocument(uri)).run === 'onType') return this.schedule(uri);
    // On save or on request, findings are for the text as last analysed: they are brought up
    // to date for that text only, never for edits the user has not saved or asked about.
    const shown = this.published.get(uri);
    if (holds(this.deps.getDocument(uri), shown)) await this.schedule(uri, shown);
  }

  refreshAll(uris: Iterable<string>): void {
    for (const uri of uris) void this.refresh(uri);
  }

  /** A document closed: nothing more is published for it, and its diagnostics go. */
  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.published.delete(uri);
    this.deps.status.publishDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /**
   * Analyse soon: at once for a document never analysed, after the debounce delay otherwise.
   * With `only`, only if the document still holds that version and text when the time comes (on
   * save or on request, an edit that arrives meanwhile must wait for its own save or request).
   */
  private async schedule(uri: string, only?: DocumentState): Promise<void> {
    const delay = this.deps.results.has(uri) ? (await this.deps.settings.forDocument(uri)).debounceMs : 0;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        if (only !== undefined && !holds(this.deps.getDocument(uri), only)) return;
        void this.publish(uri);
      }, delay),
    );
  }

  private stateNow(uri: string): DocumentState | undefined {
    const document = this.deps.getDocument(uri);
    return document && stateOf(document);
  }

  /** Returns the status sent, if the document was published (not superseded by newer text). */
  private async publish(uri: string): Promise<StatusParams | undefined> {
    const { getDocument, status } = this.deps;
    const document = getDocument(uri);
    if (!document) return;
    const state = stateOf(document);
    const version = state.version;
    let settings: Settings;
    let result: DocumentResult;
    let annotations: Annotation[] = [];
    let analysis: Analysis | undefined;
    try {
      settings = await this.deps.settings.forDocument(uri);
      // The document changed while settings were fetched: the newer text has its own run.
      if (!holds(getDocument(uri), state)) return;
      result = await this.deps.results.current(document);
      const annotated = await this.deps.results.annotated(document);
      // The text changed while it was analysed: the findings are for text the client no longer
      // holds, perhaps under the same version number; the newer text has its own run.
      if (!holds(getDocument(uri), state)) return;
      annotations = annotated?.annotations ?? [];
      analysis = annotated?.analysis;
    } catch (error) {
      this.deps.log.error(analysisFailure(uri, error));
      status.publishDiagnostics({ uri, version, diagnostics: [] });
      return status.send({ uri, version, state: 'failed', reason: ANALYSIS_FAILED });
    }
    this.published.set(uri, state);
    status.publishDiagnostics({ uri, version, diagnostics: analysis && !analysis.skipped ? diagnosticsUnder(annotations, locatedText(analysis), settings, this.deps.docsUrl) : [] });
    if (result.reason) return status.send({ uri, version, state: result.failed ? 'failed' : 'skipped', reason: result.reason });
    const counts: Record<string, number> = {};
    for (const a of annotations) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
    const failed = status.reportFailures(uri, analysis);
    return status.send({ uri, version, state: 'analysed', counts, boilerplateBlocks: blockCount(analysis, annotations), ...(failed ? { reason: failed } : {}) });
  }
}

/**
 * Boilerplate as the reader sees it: blocks (a "Read next" list, a comment section), not the
 * lines the findings are on; grouped by core, as the quick fix groups them.
 */
function blockCount(analysis: Analysis | undefined, annotations: readonly Annotation[]): number {
  const boilerplate = annotations.filter((a) => a.kind === 'boilerplate');
  const lines = boilerplate.length && analysis ? linesOf(analysis) : undefined;
  return lines ? boilerplateBlocks(lines, boilerplate).length : 0;
}
