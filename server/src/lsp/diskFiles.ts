/**
 * The corpus's files on disk that are not open: what the workspace scan (or a file watcher)
 * puts in, with each text's cache key for the corpus digest; their findings, worked out only
 * when asked (a report, "Analyze Workspace"); and the diagnostics they publish — their
 * conflicts, or every finding once the user analysed the workspace. Open documents override
 * what is on disk: nothing here touches a file that is open.
 */
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalyzeOptions } from '../core/annotate.js';
import { locateText } from '../core/article.js';
import type { StoredConflict } from '../cache/cacheRecords.js';
import type { Corpus } from '../core/corpus.js';
import { corpusEntry, type CorpusEntry } from '../core/corpusEntry.js';
import { corpusDigest as corpusDigestOf } from '../cache/analysisCache.js';
import type { AnalysisPool } from '../workers/analysisPool.js';
import { diagnosticsUnder } from './diagnostics.js';
import { analysisFailure, type ErrorLog } from './failures.js';
import { baseName, checkInclusion } from './fileFilter.js';
import { analysisOptions, annotateOptions, type Settings, type SettingsStore } from './settings.js';
import type { StatusReporter } from './status.js';

/** What the files on disk need of the server. */
export interface DiskFileDependencies {
  getDocument(uri: string): TextDocument | undefined;
  settings: Pick<SettingsStore, 'forDocument'>;
  corpus: Pick<Corpus, 'addEntry' | 'remove' | 'isIndexed' | 'indexedIds' | 'document' | 'setFindings' | 'analysisOf' | 'annotate' | 'corroboration'>;
  /** Worker threads, for working out the findings of many unopened files at once. */
  pool: Pick<AnalysisPool, 'analyze' | 'analyzeHere' | 'stopWorkers'>;
  status: Pick<StatusReporter, 'publishDiagnostics'>;
  /** Changes the file's place in the corpus, and republishes what that invalidates. */
  changeIndex<T>(uri: string, change: () => T): T;
  folders(): readonly string[];
  /** Where the rules are documented (the README), for each diagnostic's code link. */
  docsUrl: string | undefined;
  log: ErrorLog;
}

/** A file the corpus holds from disk (not open); its text and what the scan kept of it are the corpus's. */
interface DiskFile {
  /** The cache key of the text, for the corpus digest; absent when indexed outside a scan. */
  key?: string;
}

/** Unopened files whose findings are worked out together; fewer are analysed on this thread. */
const BATCH = 64;

export class DiskFiles {
  /** Files indexed from disk (not open), with their cache keys. */
  private readonly files = new Map<string, DiskFile>();
  /** Unopened files that have diagnostics published. */
  private readonly showing = new Set<string>();
  /** Unopened files whose every finding is shown (after "Analyze Workspace"), not just conflicts. */
  private readonly showingAll = new Set<string>();

  constructor(private readonly deps: DiskFileDependencies) {}

  /** Whether an unopened file has diagnostics published. */
  showsFindings(uri: string): boolean {
    return this.showing.has(uri);
  }

  /**
   * How a file on disk is to be analysed: undefined when it is open (open documents override
   * disk), the reason when it is excluded. `matched` is for a file that the scan's walk has
   * already matched against these settings (its name given): it needs no second look.
   */
  options(uri: string, settings: Settings, matched?: { fileName: string }): (AnalyzeOptions & { fileName: string }) | string | undefined {
    if (this.deps.getDocument(uri)) return undefined;
    if (matched) return { ...analysisOptions(settings), fileName: matched.fileName };
    const inclusion = checkInclusion(uri, settings, this.deps.folders());
    if (!inclusion.included) return inclusion.reason;
    return { ...analysisOptions(settings), fileName: baseName(uri) };
  }

  /** Indexes a file read from disk (a file changed outside the editor, or closed). */
  index(uri: string, text: string, settings: Settings): string | undefined {
    const options = this.options(uri, settings);
    if (typeof options !== 'object') return options;
    return this.commit(uri, text, corpusEntry(text, options));
  }

  /** Puts what was kept of a file on disk in the corpus; the skip reason when it is not an article. */
  commit(uri: string, text: string, entry: CorpusEntry, key?: string): string | undefined {
    if (this.deps.getDocument(uri)) return undefined; // opened meanwhile: the open document counts
    if (entry.skipped) {
      this.remove(uri);
      return entry.skipped;
    }
    this.deps.changeIndex(uri, () => this.deps.corpus.addEntry(uri, text, entry));
    this.files.set(uri, key ? { key } : {});
    return undefined;
  }

  remove(uri: string): void {
    if (this.deps.getDocument(uri)) return;
    const { corpus } = this.deps;
    this.files.delete(uri);
    if (corpus.isIndexed(uri)) this.deps.changeIndex(uri, () => corpus.remove(uri));
    else corpus.remove(uri);
  }

  /**
   * A digest of the corpus as indexed: the content key of every file on disk and of every open
   * document's text, with the settings. Undefined when some file has no key (indexed outside a
   * scan), as nothing could be said to be the same corpus then.
   */
  corpusDigest(settingsKey: string, keyOf: (text: string) => string): string | undefined {
    const keys = new Map<string, string>();
    for (const uri of this.deps.corpus.indexedIds()) {
      const document = this.deps.getDocument(uri);
      const key = document ? `open:${keyOf(document.getText())}` : this.files.get(uri)?.key;
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
    const { corpus, pool } = this.deps;
    const missing = uris.filter((uri) => this.files.has(uri) && corpus.document(uri)?.annotations === undefined);
    // Starting workers (each loads the bundle and the tagger's model) costs more than a few
    // dozen analyses: fewer files than a batch are analysed here.
    const onWorkers = missing.length >= BATCH;
    const here = (text: string, options: AnalyzeOptions & { fileName: string }) => pool.analyzeHere(text, options, true);
    // A worker that died takes its jobs with it; they are done here instead.
    const analyse = onWorkers ? (text: string, options: AnalyzeOptions & { fileName: string }) => pool.analyze(text, options, true).catch(() => here(text, options)) : here;
    for (let i = 0; i < missing.length && !token?.isCancellationRequested; i += BATCH) {
      await Promise.all(
        missing.slice(i, i + BATCH).map(async (uri) => {
          const file = corpus.document(uri);
          if (!file || !this.files.has(uri)) return;
          const settings = await this.deps.settings.forDocument(uri);
          const options = { ...analysisOptions(settings), fileName: baseName(uri) };
          // The same text and options give the same claims; only the findings were missing.
          const entry = await analyse(file.text, options).catch((error: unknown) => {
            // The scan read this file's claims; its findings alone are missing.
            this.deps.log.error(analysisFailure(uri, error));
            return undefined;
          });
          if (corpus.document(uri) === file) corpus.setFindings(uri, entry?.annotations ?? []);
        }),
      );
    }
    if (onWorkers) await pool.stopWorkers();
  }

  /** A file on disk with its findings, worked out first if they were not kept (a cache load). */
  async analysis(uri: string): Promise<Analysis | undefined> {
    if (!this.files.has(uri)) return undefined;
    if (this.deps.corpus.document(uri)?.annotations === undefined) await this.ensureFindings([uri]);
    return this.files.has(uri) ? this.deps.corpus.analysisOf(uri) : undefined;
  }

  /** Publishes every finding of an unopened file (after "Analyze Workspace"), not just its conflicts. */
  async publishFindings(uri: string): Promise<number> {
    if (this.deps.getDocument(uri)) return 0;
    const analysis = await this.analysis(uri);
    if (!analysis) return 0;
    const settings = await this.deps.settings.forDocument(uri);
    const diagnostics = diagnosticsUnder(this.deps.corpus.annotate(uri, annotateOptions(settings), analysis), locateText(analysis.text), settings, this.deps.docsUrl);
    this.showing.add(uri);
    this.showingAll.add(uri);
    this.deps.status.publishDiagnostics({ uri, diagnostics });
    return diagnostics.length;
  }

  /**
   * Unopened files show only their conflicts, so the Problems panel covers the whole folder.
   * `known` are the file's conflicts when they are known already (the same corpus as a cached
   * scan). Returns the conflicts published.
   */
  async publishConflicts(uri: string, known?: StoredConflict[]): Promise<StoredConflict[]> {
    // An open document publishes its own findings; disk findings would overwrite them.
    if (this.deps.getDocument(uri)) return [];
    const file = this.files.has(uri) ? this.deps.corpus.document(uri) : undefined;
    if (!file) {
      this.showingAll.delete(uri);
      if (this.showing.delete(uri)) this.deps.status.publishDiagnostics({ uri, diagnostics: [] });
      return [];
    }
    // A file the user asked to see in full stays in full: a later change elsewhere only updates it.
    if (this.showingAll.has(uri)) {
      await this.publishFindings(uri);
      return [];
    }
    const settings = await this.deps.settings.forDocument(uri);
    const conflicts = known ?? this.deps.corpus.corroboration(uri, { threshold: settings.similarityThreshold, conflictsOnly: true }).filter((a) => a.kind === 'conflict');
    if (conflicts.length === 0 && !this.showing.has(uri)) return conflicts;
    if (conflicts.length === 0) this.showing.delete(uri);
    else this.showing.add(uri);
    this.deps.status.publishDiagnostics({ uri, diagnostics: diagnosticsUnder(conflicts, locateText(file.text), settings, this.deps.docsUrl) });
    return conflicts;
  }

  /** Settings changed: unopened files with findings showing show them under the new settings. */
  refresh(): void {
    for (const uri of this.showing) void this.publishConflicts(uri);
  }
}
