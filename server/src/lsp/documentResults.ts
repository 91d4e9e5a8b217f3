/**
 * The results of open documents, held to their version and text: a result answers for a
 * document only while it holds the version and text analysed and the settings are the same
 * generation (the version gate). An ordinary article is analysed here, a large one on a worker
 * thread, one job per document at a time. Every analysed text goes into the Corpus, which
 * corroborates it against the others; the change goes through `changeIndex`, which republishes
 * what it invalidates elsewhere.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/annotate.js';
import type { Annotation } from '../core/annotation.js';
import type { Corpus } from '../core/corpus.js';
import type { CorpusEntry } from '../core/corpusEntry.js';
import type { AnalysisPool } from '../workers/analysisPool.js';
import { holds, stateOf, type DocumentState } from './documentState.js';
import { ANALYSIS_FAILED, analysisFailure, type ErrorLog } from './failures.js';
import { baseName, checkInclusion } from './fileFilter.js';
import { analysisFromWorker } from './offThreadAnalysis.js';
import { analysisOptions, annotateOptions, type Settings, type SettingsStore } from './settings.js';

/**
 * Open documents from this many characters on are analysed on a worker thread. The analysis
 * costs about 1.7 ms per 1,000 characters (a 1.9-million-character article: 3.4 s, the parse
 * alone 0.8 s), so from here on it holds every request of every document for 170 ms or more
 * per pause in typing. Below it, news articles (a few thousand to a few tens of thousands of
 * characters) stay here: copying the text and findings across threads, and parsing again for a
 * hover, would cost them more than it saves.
 */
export const LARGE_DOCUMENT = 100_000;

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

/** An open document's analysis with all its annotations, corroboration included. */
export interface Annotated {
  analysis: Analysis;
  annotations: Annotation[];
}

/** What the results of open documents need of the server. */
export interface DocumentResultDependencies {
  getDocument(uri: string): TextDocument | undefined;
  openUris(): Iterable<string>;
  settings: Pick<SettingsStore, 'forDocument' | 'version'>;
  corpus: Pick<Corpus, 'addText' | 'addEntry' | 'linesForWorker' | 'annotate' | 'generation'>;
  /** A worker thread for large open documents, apart from the scan's, which stop when a scan ends. */
  pool: Pick<AnalysisPool, 'analyze' | 'parallel' | 'stopWorkers'>;
  /** Changes the document's place in the corpus, and republishes what that invalidates. */
  changeIndex<T>(uri: string, change: () => T): T;
  folders(): readonly string[];
  log: ErrorLog;
}

/** A large document's job on the worker; its result is undefined when the document or the settings moved on meanwhile. */
interface WorkerRun {
  state: DocumentState;
  settingsVersion: number;
  result: Promise<DocumentResult | undefined>;
}

export class DocumentResults {
  private readonly results = new Map<string, DocumentResult>();
  /** Large documents being analysed on the worker (one job each at most), with the state and settings they are analysed for. */
  private readonly running = new Map<string, WorkerRun>();
  private readonly annotatedCache = new Map<string, { generation: number } & Annotated>();

  constructor(private readonly deps: DocumentResultDependencies) {}

  /** Whether the document was ever analysed (since it was opened). */
  has(uri: string): boolean {
    return this.results.has(uri);
  }

  /**
   * The result for the document's current version and text, computing it now if needed: here
   * for an ordinary article, on a worker thread for a large one (see onWorker). A worker's
   * result that the document (or the settings) moved on from while it ran is dropped, and the
   * document as it is now is analysed instead.
   */
  async current(document: TextDocument): Promise<DocumentResult> {
    const settings = await this.deps.settings.forDocument(document.uri);
    const cached = this.results.get(document.uri);
    if (cached && holds(document, cached.state) && cached.settingsVersion === this.deps.settings.version) return cached;
    if (document.getText().length < LARGE_DOCUMENT || !this.deps.pool.parallel) return this.compute(document, settings);
    return this.onWorker(document, settings);
  }

  /**
   * An open document's current analysis with all its annotations (corroboration included), or
   * undefined when it is not analysed: what hover, references and publishing all need.
   */
  async annotated(document: TextDocument): Promise<Annotated | undefined> {
    const result = await this.current(document);
    if (!result.analysis || result.reason) return undefined;
    // Hovers and references ask again and again about the same text: corroboration is worked
    // out once per analysis (one version of text and settings) and generation of the corpus.
    const generation = this.deps.corpus.generation;
    const cached = this.annotatedCache.get(document.uri);
    if (cached && cached.analysis === result.analysis && cached.generation === generation) return { analysis: cached.analysis, annotations: cached.annotations };
    const annotations = this.deps.corpus.annotate(document.uri, annotateOptions(await this.deps.settings.forDocument(document.uri)), result.analysis);
    this.annotatedCache.set(document.uri, { generation, analysis: result.analysis, annotations });
    return { analysis: result.analysis, annotations };
  }

  /** A document closed: its results go, and the worker with the last large document. */
  forget(uri: string): void {
    this.results.delete(uri);
    this.running.delete(uri);
    this.annotatedCache.delete(uri);
    // The worker holds its own copy of the tagger's model: it goes with the last large document.
    const { getDocument, openUris } = this.deps;
    if (![...openUris()].some((open) => open !== uri && (getDocument(open)?.getText().length ?? 0) >= LARGE_DOCUMENT)) void this.deps.pool.stopWorkers();
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
    if (running && holds(document, running.state) && running.settingsVersion === this.deps.settings.version) return (await running.result) ?? this.currentOf(uri, running);
    if (running) {
      // A throw is the waiting run's to report; this request is for another state.
      await running.result.catch(() => undefined);
      return this.currentOf(uri, running);
    }
    const state = stateOf(document);
    // Closed (and perhaps reopened) while settings were read: that text is no longer open.
    if (!holds(this.deps.getDocument(uri), state)) return this.currentOf(uri, { state, settingsVersion: this.deps.settings.version });
    const run: WorkerRun = { state, settingsVersion: this.deps.settings.version, result: Promise.resolve(undefined) };
    // Off the list before anyone waiting on it resumes, so that they start the next job.
    run.result = this.computeOnWorker(document, settings).finally(() => {
      if (this.running.get(uri) === run) this.running.delete(uri);
    });
    this.running.set(uri, run);
    return (await run.result) ?? this.currentOf(uri, run);
  }

  /** After a dropped run: the result for what the document holds now. */
  private currentOf(uri: string, dropped: { state: DocumentState; settingsVersion: number }): Promise<DocumentResult> {
    const document = this.deps.getDocument(uri);
    if (!document) return Promise.resolve({ ...dropped, reason: 'the document was closed' });
    return this.current(document);
  }

  /** Why an open document is not analysed at all; undefined when it is. */
  private refusal(uri: string, text: string, settings: Settings): string | undefined {
    const inclusion = checkInclusion(uri, settings, this.deps.folders());
    if (!inclusion.included) return inclusion.reason;
    if (text.length > settings.maxFileSize) return `it is larger than corroborate.maxFileSize (${settings.maxFileSize} characters)`;
    return undefined;
  }

  private compute(document: TextDocument, settings: Settings): DocumentResult {
    const base = { state: stateOf(document), settingsVersion: this.deps.settings.version };
    const text = base.state.text;
    const refused = this.refusal(document.uri, text, settings);
    if (refused) return this.remember(document.uri, { ...base, reason: refused });
    let analysis: Analysis;
    try {
      analysis = this.deps.changeIndex(document.uri, () => this.deps.corpus.addText(document.uri, text, { ...analysisOptions(settings), fileName: baseName(document.uri) }));
    } catch (error) {
      // Every request about this version gets an empty answer rather than an error.
      this.deps.log.error(analysisFailure(document.uri, error));
      return this.remember(document.uri, { ...base, failed: true, reason: ANALYSIS_FAILED });
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
    const base = { state: stateOf(document), settingsVersion: this.deps.settings.version };
    const text = base.state.text;
    const refused = this.refusal(uri, text, settings);
    if (refused) return this.remember(uri, { ...base, reason: refused });
    const repeatedElsewhere = this.deps.corpus.linesForWorker(uri, text);
    const moved = () => !holds(this.deps.getDocument(uri), base.state) || this.deps.settings.version !== base.settingsVersion;
    let entry: CorpusEntry;
    try {
      entry = await this.deps.pool.analyze(text, { ...analysisOptions(settings), fileName: baseName(uri) }, true, repeatedElsewhere);
    } catch {
      // The analysis threw on this text, or the worker died: analysed here, where a throw is
      // logged and answered as compute() answers it.
      const now = this.deps.getDocument(uri);
      return now && !moved() ? this.compute(now, settings) : undefined;
    }
    if (moved()) return undefined;
    const analysis = analysisFromWorker(text, entry);
    this.deps.changeIndex(uri, () => this.deps.corpus.addEntry(uri, text, entry, false));
    return this.remember(uri, { ...base, analysis, ...(entry.skipped ? { reason: entry.skipped } : {}) });
  }

  private remember(uri: string, result: DocumentResult): DocumentResult {
    this.results.set(uri, result);
    return result;
  }
}
