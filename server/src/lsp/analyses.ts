/**
 * Analysis of documents for the server: open documents debounced per document, run for one
 * version and dropped if the document moved on meanwhile, cached by (uri, version, settings
 * generation); files on disk indexed by the workspace scan. Every analysed document goes into
 * the one Corpus (core/corpus.ts), which analyses it against the others' template lines, indexes
 * its claims and corroborates them, so that hovers, references and conflicts read results
 * rather than recomputing them. Open documents override what is on disk.
 */
import type { CancellationToken, Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalyzeOptions } from '../core/annotate.js';
import { locateText, type LocatedText } from '../core/article.js';
import type { Annotation } from '../core/annotation.js';
import { Corpus, type AnnotateOptions, type CorpusResult } from '../core/corpus.js';
import { boilerplateBlocks } from '../core/boilerplateBlocks.js';
import { corpusEntry, type CorpusEntry } from '../core/corpusEntry.js';
import { corpusDigest as corpusDigestOf } from '../cache/analysisCache.js';
import type { AnalysisPool } from '../workers/analysisPool.js';
import { toDiagnostics } from './diagnostics.js';
import { analysisFromWorker, linesOf, locatedText } from './offThreadAnalysis.js';
import { holds, stateOf, type DocumentState } from './documentState.js';
import { baseName, checkInclusion } from './fileFilter.js';
import type { StatusParams } from './protocol.js';
import { StatusReporter } from './status.js';
import { analysisOptions, type Settings, type SettingsStore } from './settings.js';

export interface DocumentResult {
  /** The version and text analysed: a result answers for a document only while it holds both. */
  state: DocumentState;
  settingsVersion: number;
  /** Undefined when the document is not analysed; `reason` says why. */
  analysis?: Analysis;
  reason?: string;
  /** The analysis threw on this text (a bug): the reason says so, and the output has the stack. */
  failed?: boolean;
}

/** A large document's job on the worker; its result is undefined when the document or the settings moved on meanwhile. */
interface WorkerRun {
  state: DocumentState;
  settingsVersion: number;
  result: Promise<DocumentResult | undefined>;
}

/** A file the corpus holds from disk (not open); its text and what the scan kept of it are the corpus's. */
interface DiskFile {
  /** The cache key of the text, for the corpus digest; absent when indexed outside a scan. */
  key?: string;
}

/**
 * Open documents from this many characters on are analysed on a worker thread. The analysis
 * costs about 1.7 ms per 1,000 characters (a 1.9-million-character article: 3.4 s, the parse
 * alone 0.8 s), so from here on it holds every request of every document for 170 ms or more
 * per pause in typing. Below it, news articles (a few thousand to a few tens of thousands of
 * characters) stay here: copying the text and findings across threads, and parsing again for a
 * hover, would cost them more than it saves.
 */
export const LARGE_DOCUMENT = 100_000;

/** How long to gather index changes before republishing the documents they affect. */
const REPUBLISH_DELAY_MS = 200;

export class Analyses {
  private readonly results = new Map<string, DocumentResult>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Every analysed article, open or on disk: template lines, claims, outlets, corroboration. */
  readonly corpus = new Corpus();
  /** Files indexed from disk (not open), with their cache keys. */
  private readonly onDisk = new Map<string, DiskFile>();
  /** Unopened files that have conflict diagnostics published. */
  private readonly diskDiagnostics = new Set<string>();
  /** Unopened files whose every finding is shown (after "Analyze Workspace"), not just conflicts. */
  private readonly diskFullFindings = new Set<string>();
  private republishTimer: NodeJS.Timeout | undefined;
  private readonly pendingRepublish = new Set<string>();
  private workspaceFolders: string[] = [];
  /** Open documents whose findings have been published, and for which version and text, whatever the run mode. */
  private readonly published = new Map<string, DocumentState>();
  /** Large documents being analysed on the worker (one job each at most), with the state and settings they are analysed for. */
  private readonly running = new Map<string, WorkerRun>();
  private readonly annotatedCache = new Map<string, { generation: number; analysis: Analysis; annotations: Annotation[] }>();
  /** Nesting of running scans (see beginBulk). */
  private bulkDepth = 0;
  /** What the user sees of it all: diagnostics, the status of each document, failures logged once. */
  private readonly status: StatusReporter;

  constructor(
    private readonly connection: Connection,
    private readonly getDocument: (uri: string) => TextDocument | undefined,
    private readonly openUris: () => Iterable<string>,
    private readonly settings: SettingsStore,
    /** Where the rules are documented (the README), for each diagnostic's code link. */
    private readonly docsUrl: string | undefined,
    /** Worker threads, for working out the findings of many unopened files at once. */
    private readonly pool: AnalysisPool,
    /** A worker thread for large open documents, apart from the scan's, which stop when a scan ends. */
    private readonly documentPool: AnalysisPool,
  ) {
    this.status = new StatusReporter(connection);
  }

  /** The findings the Problems panel lists now, open documents and unopened files alike. */
  panelFindings(): number {
    return this.status.panelFindings();
  }

  setWorkspaceFolders(folders: string[]): void {
    this.workspaceFolders = folders;
  }

  get folders(): readonly string[] {
    return this.workspaceFolders;
  }

  /**
   * Analyse soon: at once for a document never analysed, after the debounce delay otherwise.
   * With `only`, only if the document still holds that version and text when the time comes (on
   * save or on request, an edit that arrives meanwhile must wait for its own save or request).
   */
  async schedule(uri: string, only?: DocumentState): Promise<void> {
    const delay = this.results.has(uri) ? (await this.settings.forDocument(uri)).debounceMs : 0;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        if (only !== undefined && !holds(this.getDocument(uri), only)) return;
        void this.publish(uri);
      }, delay),
    );
  }

  /** Analyses and publishes now, whatever the run mode: the "check" command. */
  async checkNow(uri: string): Promise<StatusParams | undefined> {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    return this.publish(uri);
  }

  /**
   * An open document's text changed (opening counts): analyse it if the run mode says so —
   * on every edit, or on opening only when it runs on save. Manual mode waits for a command.
   */
  async edited(uri: string): Promise<void> {
    const { run } = await this.settings.forDocument(uri);
    if (run === 'onType') await this.schedule(uri);
    else if (run === 'onSave' && !this.published.has(uri)) await this.schedule(uri, this.stateNow(uri));
  }

  async saved(uri: string): Promise<void> {
    if ((await this.settings.forDocument(uri)).run === 'onSave') await this.schedule(uri, this.stateNow(uri));
  }

  /**
   * Something other than the text changed (settings, the corpus): bring the document's findings
   * up to date if it is analysed automatically or has findings showing that may now be wrong.
   */
  async refresh(uri: string): Promise<void> {
    if ((await this.settings.forDocument(uri)).run === 'onType') return this.schedule(uri);
    // On save or on request, findings are for the text as last analysed: they are brought up
    // to date for that text only, never for edits the user has not saved or asked about.
    const shown = this.published.get(uri);
    if (holds(this.getDocument(uri), shown)) await this.schedule(uri, shown);
  }

  private stateNow(uri: string): DocumentState | undefined {
    const document = this.getDocument(uri);
    return document && stateOf(document);
  }

  refreshAll(uris: Iterable<string>): void {
    for (const uri of uris) void this.refresh(uri);
  }

  /** Settings changed: unopened files with findings showing show them under the new settings. */
  refreshDisk(): void {
    for (const uri of this.diskDiagnostics) void this.publishDiskConflicts(uri);
  }

  /**
   * A document closed: its diagnostics and its place in the index go (the server then indexes
   * the file on disk, if any, under the workspace scan's rules).
   */
  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.results.delete(uri);
    this.running.delete(uri);
    this.annotatedCache.delete(uri);
    // The worker holds its own copy of the tagger's model: it goes with the last large document.
    if (![...this.openUris()].some((open) => open !== uri && (this.getDocument(open)?.getText().length ?? 0) >= LARGE_DOCUMENT)) void this.documentPool.stopWorkers();
    this.published.delete(uri);
    this.status.publishDiagnostics({ uri, diagnostics: [] });
    this.removeFromDisk(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    clearTimeout(this.republishTimer);
  }

  /**
   * The result for the document's current version and text, computing it now if needed: here
   * for an ordinary article, on a worker thread for a large one (see onWorker). A worker's
   * result that the document (or the settings) moved on from while it ran is dropped, and the
   * document as it is now is analysed instead.
   */
  async current(document: TextDocument): Promise<DocumentResult> {
    const settings = await this.settings.forDocument(document.uri);
    const cached = this.results.get(document.uri);
    if (cached && holds(document, cached.state) && cached.settingsVersion === this.settings.version) return cached;
    if (document.getText().length < LARGE_DOCUMENT || !this.documentPool.parallel) return this.compute(document, settings);
    return this.onWorker(document, settings);
  }

  /**
   * A large document's result from the worker, one job per document at a time. The pool's one
   * thread cannot drop a job it holds, so a job started for each pause in typing would queue
   * seconds of work for versions nobody will see, ahead of the latest. Every request for the
   * state being analysed shares its run; a request for another state waits for that run to end
   * and then asks for what the document holds by then: the requests that waited share one job
   * for the newest state, and the versions passed through meanwhile are never analysed.
   */
  private async onWorker(document: TextDocument, settings: Settings): Promise<DocumentResult> {
    const uri = document.uri;
    const running = this.running.get(uri);
    if (running && holds(document, running.state) && running.settingsVersion === this.settings.version) return (await running.result) ?? this.currentOf(uri, running);
    if (running) {
      // A throw is the waiting run's to report; this request is for another state.
      await running.result.catch(() => undefined);
      return this.currentOf(uri, running);
    }
    const state = stateOf(document);
    // Closed (and perhaps reopened) while settings were read: that text is no longer open.
    if (!holds(this.getDocument(uri), state)) return this.currentOf(uri, { state, settingsVersion: this.settings.version });
    const run: WorkerRun = { state, settingsVersion: this.settings.version, result: Promise.resolve(undefined) };
    // Off the list before anyone waiting on it resumes, so that they start the next job.
    run.result = this.computeOnWorker(document, settings).finally(() => {
      if (this.running.get(uri) === run) this.running.delete(uri);
    });
    this.running.set(uri, run);
    return (await run.result) ?? this.currentOf(uri, run);
  }

  /** After a dropped run: the result for what the document holds now. */
  private currentOf(uri: string, dropped: { state: DocumentState; settingsVersion: number }): Promise<DocumentResult> {
    const document = this.getDocument(uri);
    if (!document) return Promise.resolve({ ...dropped, reason: 'the document was closed' });
    return this.current(document);
  }

  /**
   * An open document's current analysis with all its annotations (corroboration included), or
   * undefined when it is not analysed: what hover, references and publishing all need.
   */
  async annotated(document: TextDocument): Promise<{ analysis: Analysis; annotations: Annotation[] } | undefined> {
    const result = await this.current(document);
    if (!result.analysis || result.reason) return undefined;
    // Hovers and references ask again and again about the same text: corroboration is worked
    // out once per analysis (one version of text and settings) and generation of the corpus.
    const generation = this.corpus.generation;
    const cached = this.annotatedCache.get(document.uri);
    if (cached && cached.analysis === result.analysis && cached.generation === generation) return { analysis: cached.analysis, annotations: cached.annotations };
    const annotations = this.corpus.annotate(document.uri, annotateOptions(await this.settings.forDocument(document.uri)), result.analysis);
    this.annotatedCache.set(document.uri, { generation, analysis: result.analysis, annotations });
    return { analysis: result.analysis, annotations };
  }

  /** While a scan indexes many files, republishing waits for its end. */
  beginBulk(): void {
    this.bulkDepth++;
  }

  /** The scan is over: open documents see the new corpus (the scan publishes the unopened ones). */
  endBulk(): void {
    this.bulkDepth = Math.max(0, this.bulkDepth - 1);
    if (this.bulkDepth === 0) this.refreshAll(this.openUris());
  }

  /** Indexes a file read from disk (a file changed outside the editor, or closed). */
  indexFromDisk(uri: string, text: string, settings: Settings): string | undefined {
    const options = this.diskOptions(uri, settings);
    if (typeof options !== 'object') return options;
    return this.commitDisk(uri, text, corpusEntry(text, options));
  }

  /**
   * How a file on disk is to be analysed: undefined when it is open (open documents override
   * disk), the reason when it is excluded. `matched` is for a file that the scan's walk has
   * already matched against these settings (its name given): it needs no second look.
   */
  diskOptions(uri: string, settings: Settings, matched?: { fileName: string }): (AnalyzeOptions & { fileName: string }) | string | undefined {
    if (this.getDocument(uri)) return undefined;
    if (matched) return { ...analysisOptions(settings), fileName: matched.fileName };
    const inclusion = checkInclusion(uri, settings, this.workspaceFolders);
    if (!inclusion.included) return inclusion.reason;
    return { ...analysisOptions(settings), fileName: baseName(uri) };
  }

  /** Puts what was kept of a file on disk in the corpus; the skip reason when it is not an article. */
  commitDisk(uri: string, text: string, entry: CorpusEntry, key?: string): string | undefined {
    if (this.getDocument(uri)) return undefined; // opened meanwhile: the open document counts
    if (entry.skipped) {
      this.removeFromDisk(uri);
      return entry.skipped;
    }
    this.updateIndex(uri, () => this.corpus.addEntry(uri, text, entry));
    this.onDisk.set(uri, key ? { key } : {});
    return undefined;
  }

  /**
   * A digest of the corpus as indexed: the content key of every file on disk and of every open
   * document's text, with the settings. Undefined when some file has no key (indexed outside a
   * scan), as nothing could be said to be the same corpus then.
   */
  corpusDigest(settingsKey: string, keyOf: (text: string) => string): string | undefined {
    const keys = new Map<string, string>();
    for (const uri of this.corpus.indexedIds()) {
      const document = this.getDocument(uri);
      const key = document ? `open:${keyOf(document.getText())}` : this.onDisk.get(uri)?.key;
      if (key === undefined) return undefined;
      keys.set(uri, key);
    }
    return corpusDigestOf(keys, settingsKey);
  }

  /**
   * Works out the findings of unopened files that do not hold them (nobody asked yet), in
   * batches and, for many files, on the worker threads, so that a report or "Analyze Workspace"
   * over thousands of files neither blocks the server nor waits on one core. A cancelled
   * request stops it between batches.
   */
  async ensureFindings(uris: readonly string[], token?: CancellationToken): Promise<void> {
    const missing = uris.filter((uri) => this.onDisk.has(uri) && this.corpus.document(uri)?.annotations === undefined);
    const BATCH = 64;
    // Starting workers (each loads the bundle and the tagger's model) costs more than a few
    // dozen analyses: fewer files than a batch are analysed here.
    const onWorkers = missing.length >= BATCH;
    const here = (text: string, options: AnalyzeOptions & { fileName: string }) => this.pool.analyzeHere(text, options, true);
    // A worker that died takes its jobs with it; they are done here instead.
    const analyse = onWorkers ? (text: string, options: AnalyzeOptions & { fileName: string }) => this.pool.analyze(text, options, true).catch(() => here(text, options)) : here;
    for (let i = 0; i < missing.length && !token?.isCancellationRequested; i += BATCH) {
      await Promise.all(
        missing.slice(i, i + BATCH).map(async (uri) => {
          const file = this.corpus.document(uri);
          if (!file || !this.onDisk.has(uri)) return;
          const settings = await this.settings.forDocument(uri);
          const options = { ...analysisOptions(settings), fileName: baseName(uri) };
          // The same text and options give the same claims; only the findings were missing.
          const entry = await analyse(file.text, options).catch((error: unknown) => {
            // The scan read this file's claims; its findings alone are missing.
            this.connection.console.error(`Corroborate could not analyse ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
            return undefined;
          });
          if (this.corpus.document(uri) === file) this.corpus.setFindings(uri, entry?.annotations ?? []);
        }),
      );
    }
    if (onWorkers) await this.pool.stopWorkers();
  }

  /** A file on disk with its findings, worked out first if they were not kept (a cache load). */
  private async diskAnalysis(uri: string): Promise<Analysis | undefined> {
    if (!this.onDisk.has(uri)) return undefined;
    if (this.corpus.document(uri)?.annotations === undefined) await this.ensureFindings([uri]);
    return this.onDisk.has(uri) ? this.corpus.analysisOf(uri) : undefined;
  }

  removeFromDisk(uri: string): void {
    if (this.getDocument(uri)) return;
    this.onDisk.delete(uri);
    if (this.corpus.isIndexed(uri)) this.updateIndex(uri, () => this.corpus.remove(uri));
    else this.corpus.remove(uri);
  }

  /** Why an open document is not analysed at all; undefined when it is. */
  private refusal(uri: string, text: string, settings: Settings): string | undefined {
    const inclusion = checkInclusion(uri, settings, this.workspaceFolders);
    if (!inclusion.included) return inclusion.reason;
    if (text.length > settings.maxFileSize) return `it is larger than corroborate.maxFileSize (${settings.maxFileSize} characters)`;
    return undefined;
  }

  private compute(document: TextDocument, settings: Settings): DocumentResult {
    const base = { state: stateOf(document), settingsVersion: this.settings.version };
    const text = base.state.text;
    const refused = this.refusal(document.uri, text, settings);
    if (refused) return this.remember(document.uri, { ...base, reason: refused });
    let analysis: Analysis;
    try {
      analysis = this.updateIndex(document.uri, () => this.corpus.addText(document.uri, text, { ...analysisOptions(settings), fileName: baseName(document.uri) }));
    } catch (error) {
      // Every request about this version gets an empty answer rather than an error.
      this.connection.console.error(`Corroborate could not analyse ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return this.remember(document.uri, { ...base, failed: true, reason: 'the analysis failed; see the Corroborate output' });
    }
    return this.remember(document.uri, { ...base, analysis, ...(analysis.skipped ? { reason: analysis.skipped } : {}) });
  }

  /**
   * compute() on a worker thread, for a large document: the same analysis (the corpus's
   * template lines go with the text), while this thread answers requests. Undefined when the
   * document or the settings moved on meanwhile: that result is for nobody and is not kept.
   */
  private async computeOnWorker(document: TextDocument, settings: Settings): Promise<DocumentResult | undefined> {
    const uri = document.uri;
    const base = { state: stateOf(document), settingsVersion: this.settings.version };
    const text = base.state.text;
    const refused = this.refusal(uri, text, settings);
    if (refused) return this.remember(uri, { ...base, reason: refused });
    const repeatedElsewhere = this.corpus.linesForWorker(uri, text);
    const moved = () => !holds(this.getDocument(uri), base.state) || this.settings.version !== base.settingsVersion;
    let entry: CorpusEntry;
    try {
      entry = await this.documentPool.analyze(text, { ...analysisOptions(settings), fileName: baseName(uri) }, true, repeatedElsewhere);
    } catch {
      // The analysis threw on this text, or the worker died: analysed here, where a throw is
      // logged and answered as compute() answers it.
      const now = this.getDocument(uri);
      return now && !moved() ? this.compute(now, settings) : undefined;
    }
    if (moved()) return undefined;
    const analysis = analysisFromWorker(text, entry);
    this.updateIndex(uri, () => this.corpus.addEntry(uri, text, entry, false));
    return this.remember(uri, { ...base, analysis, ...(entry.skipped ? { reason: entry.skipped } : {}) });
  }

  /**
   * Changes a document's place in the corpus (`change` puts its claims in the index or takes
   * them out; a throw still counts as a change), then republishes the documents whose
   * corroboration may have changed: open ones, and unopened ones linked before or after.
   */
  private updateIndex<T>(uri: string, change: () => T): T {
    // A scan adds files by the thousand: who links to whom is settled once, when it ends.
    if (this.bulkDepth > 0) return change();
    const linkedBefore = this.corpus.linkedTo(uri);
    try {
      return change();
    } finally {
      for (const other of [...linkedBefore, ...this.corpus.linkedTo(uri)]) if (other !== uri) this.pendingRepublish.add(other);
      // An unopened file with findings showing shows them for its new text.
      if (this.diskDiagnostics.has(uri) && !this.getDocument(uri)) this.pendingRepublish.add(uri);
      for (const open of this.openUris()) if (open !== uri) this.pendingRepublish.add(open);
      clearTimeout(this.republishTimer);
      this.republishTimer = setTimeout(() => this.republishPending(), REPUBLISH_DELAY_MS);
    }
  }

  private republishPending(): void {
    const uris = [...this.pendingRepublish];
    this.pendingRepublish.clear();
    for (const uri of uris) {
      if (this.getDocument(uri)) void this.refresh(uri);
      else void this.publishDiskConflicts(uri);
    }
  }

  /** Every document of the corpus, open or on disk, with all its annotations: for reports and exports. */
  async corpusResults(): Promise<CorpusResult[]> {
    await this.ensureFindings(this.corpus.indexedIds());
    const results: CorpusResult[] = [];
    for (const uri of this.corpus.indexedIds()) {
      const document = this.getDocument(uri);
      let annotated: { analysis: Analysis; annotations: Annotation[] } | undefined;
      if (document) {
        annotated = await this.annotated(document);
      } else {
        const analysis = await this.diskAnalysis(uri);
        if (analysis) annotated = { analysis, annotations: this.corpus.annotate(uri, annotateOptions(await this.settings.forDocument(uri)), analysis) };
      }
      if (!annotated) continue;
      results.push({ id: uri, outlet: this.corpus.outlet(uri) ?? baseName(uri), ...annotated });
    }
    return results.sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Publishes every finding of an unopened file (after "Analyze Workspace"), not just its conflicts. */
  async publishDiskFindings(uri: string): Promise<number> {
    if (this.getDocument(uri)) return 0;
    const analysis = await this.diskAnalysis(uri);
    if (!analysis) return 0;
    const settings = await this.settings.forDocument(uri);
    const diagnostics = this.diagnostics(this.corpus.annotate(uri, annotateOptions(settings), analysis), locateText(analysis.text), settings);
    this.diskDiagnostics.add(uri);
    this.diskFullFindings.add(uri);
    this.status.publishDiagnostics({ uri, diagnostics });
    return diagnostics.length;
  }

  /**
   * Unopened files show only their conflicts, so the Problems panel covers the whole folder.
   * `known` are the file's conflicts when they are known already (the same corpus as a cached
   * scan). Returns the conflicts published.
   */
  async publishDiskConflicts(uri: string, known?: Annotation[]): Promise<Annotation[]> {
    // An open document publishes its own findings; disk findings would overwrite them.
    if (this.getDocument(uri)) return [];
    const file = this.onDisk.has(uri) ? this.corpus.document(uri) : undefined;
    if (!file) {
      this.diskFullFindings.delete(uri);
      if (this.diskDiagnostics.delete(uri)) this.status.publishDiagnostics({ uri, diagnostics: [] });
      return [];
    }
    // A file the user asked to see in full stays in full: a later change elsewhere only updates it.
    if (this.diskFullFindings.has(uri)) {
      await this.publishDiskFindings(uri);
      return [];
    }
    const settings = await this.settings.forDocument(uri);
    const conflicts = known ?? this.corpus.corroboration(uri, { threshold: settings.similarityThreshold, conflictsOnly: true }).filter((a) => a.kind === 'conflict');
    if (conflicts.length === 0 && !this.diskDiagnostics.has(uri)) return conflicts;
    if (conflicts.length === 0) this.diskDiagnostics.delete(uri);
    else this.diskDiagnostics.add(uri);
    this.status.publishDiagnostics({ uri, diagnostics: this.diagnostics(conflicts, locateText(file.text), settings) });
    return conflicts;
  }

  private diagnostics(annotations: Annotation[], located: LocatedText, settings: Settings): Diagnostic[] {
    return toDiagnostics(annotations, located, { overrides: settings.rules, ignored: new Set(settings.ignoredFindings), docsUrl: this.docsUrl });
  }

  private remember(uri: string, result: DocumentResult): DocumentResult {
    this.results.set(uri, result);
    return result;
  }

  /** Returns the status sent, if the document was published (not superseded by newer text). */
  private async publish(uri: string): Promise<StatusParams | undefined> {
    const document = this.getDocument(uri);
    if (!document) return;
    const state = stateOf(document);
    const version = state.version;
    let settings: Settings;
    let result: DocumentResult;
    let annotations: Annotation[] = [];
    let analysis: Analysis | undefined;
    try {
      settings = await this.settings.forDocument(uri);
      // The document changed while settings were fetched: the newer text has its own run.
      if (!holds(this.getDocument(uri), state)) return;
      result = await this.current(document);
      const annotated = await this.annotated(document);
      // The text changed while it was analysed: the findings are for text the client no longer
      // holds, perhaps under the same version number; the newer text has its own run.
      if (!holds(this.getDocument(uri), state)) return;
      annotations = annotated?.annotations ?? [];
      analysis = annotated?.analysis;
    } catch (error) {
      this.connection.console.error(`Corroborate could not analyse ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.status.publishDiagnostics({ uri, version, diagnostics: [] });
      return this.status.send({ uri, version, state: 'failed', reason: 'the analysis failed; see the Corroborate output' });
    }
    this.published.set(uri, state);
    this.status.publishDiagnostics({ uri, version, diagnostics: analysis && !analysis.skipped ? this.diagnostics(annotations, locatedText(analysis), settings) : [] });
    if (result.reason) {
      return this.status.send({ uri, version, state: result.failed ? 'failed' : 'skipped', reason: result.reason });
    } else {
      const counts: Record<string, number> = {};
      for (const a of annotations) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
      const failed = this.status.reportFailures(uri, analysis);
      return this.status.send({ uri, version, state: 'analysed', counts, boilerplateBlocks: blockCount(analysis, annotations), ...(failed ? { reason: failed } : {}) });
    }
  }


}

/** How the settings put a document's annotations together. */
function annotateOptions(settings: Settings): AnnotateOptions {
  return { threshold: settings.similarityThreshold, demoteCorroboratedClaims: settings.demoteCorroboratedClaims };
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
