/**
 * The workspace scan: every article in the workspace folders is read and indexed, so that
 * corroboration covers files never opened. Files are read and analysed in batches on worker
 * threads (the next batch while this one is indexed); a file whose content the cache knows is
 * not analysed again, and a corpus the cache knows has its conflicts published without being
 * worked out. The scan yields between batches, so requests (hovers, edits) are answered
 * meanwhile; it reports LSP work-done progress and stops when the user cancels. Each skipped
 * file keeps its reason.
 */
import * as path from 'node:path';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { readArticleFile } from '../io/readArticleFile.js';
import { walkFiles, type WalkProblem } from '../io/walk.js';
import { AnalysisCache, contentKey } from '../cache/analysisCache.js';
import type { CorpusEntry } from '../core/corpusEntry.js';
import type { AnalysisPool } from '../workers/analysisPool.js';
import type { DiskFiles } from './diskFiles.js';
import { analysisFailure } from './failures.js';
import { checkInclusion } from './fileFilter.js';
import { gitignoreOf, gitRelative, ignoredByGit } from './gitignore.js';
import { outsideWorkspace, realFolders } from './workspaceBoundary.js';
import type { Republisher } from './republish.js';
import type { Settings, SettingsStore } from './settings.js';

/** Files read and analysed together; the scan yields to requests between batches. */
const BATCH_SIZE = 32;
export interface ScanResult {
  indexed: number;
  skipped: number;
  cancelled: boolean;
  /** A newer scan started before this one ended: that one reports the index. */
  superseded: boolean;
  uris: string[];
}

/** Batches read and analysed ahead of the one being indexed. */
const BATCHES_IN_FLIGHT = 4;

/** Where the persistent cache lives, and the analyser version that invalidates it. */
export interface ScanCacheOptions {
  /** The cache file; undefined keeps the cache in memory only. */
  file: string | undefined;
  version: string;
}

/** A file the walk found and matched against its folder's settings. */
interface WalkedFile {
  path: string;
  uri: string;
  settings: Settings;
}

/** A file of a batch, read and analysed (or found in the cache), or why it was not. */
type Prepared = { uri: string; text: string; entry: CorpusEntry; key: string } | { uri: string; reason: string } | { uri: string; open: true };

/** Lets the requests that arrived meanwhile (hovers, edits) be answered before going on. */
export const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the scan needs of the server. */
export interface ScanDependencies {
  connection: Pick<Connection, 'console' | 'window'>;
  folders(): readonly string[];
  settings: Pick<SettingsStore, 'forDocument'>;
  /** Where what the scan reads goes: the corpus's files on disk. */
  disk: Pick<DiskFiles, 'options' | 'commit' | 'index' | 'remove' | 'corpusDigest' | 'publishConflicts'>;
  /** Held back while the scan runs, so that links are settled once. */
  republish: Pick<Republisher, 'beginBulk' | 'endBulk'>;
  /** The corpus's generation: it changes with every edit. */
  corpusGeneration(): number;
  progressSupported(): boolean;
  pool: AnalysisPool;
  cacheOptions: ScanCacheOptions;
}

export class WorkspaceScan {
  /** Files not indexed, and why (too large, not an article, unreadable). */
  readonly skipped = new Map<string, string>();
  private generation = 0;
  private cache: Promise<AnalysisCache> | undefined;

  private readonly connection: ScanDependencies['connection'];
  private readonly pool: AnalysisPool;
  private readonly cacheOptions: ScanCacheOptions;

  constructor(private readonly deps: ScanDependencies) {
    this.connection = deps.connection;
    this.pool = deps.pool;
    this.cacheOptions = deps.cacheOptions;
  }

  /** The cache, loaded once per session; a problem with it is said and the scan goes on without it. */
  private openCache(): Promise<AnalysisCache> {
    this.cache ??= AnalysisCache.open(this.cacheOptions.file, this.cacheOptions.version).then(({ cache, problem }) => {
      if (problem) this.connection.console.warn(`Corroborate: ${problem}.`);
      return cache;
    });
    return this.cache;
  }

  /** Scans all workspace folders; a newer call supersedes a running one. */
  async run(token?: CancellationToken): Promise<ScanResult> {
    const generation = ++this.generation;
    const started = Date.now();
    const progress = this.deps.progressSupported() ? await this.connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Corroborate: indexing articles', 0, 'finding files', true);
    // The cache is read while the folders are walked.
    const opening = this.openCache();
    const files: WalkedFile[] = [];
    for (const folder of this.deps.folders()) {
      const root = URI.parse(folder);
      if (root.scheme !== 'file') continue;
      const settings = await this.deps.settings.forDocument(folder);
      const { rules: ignored, problem: gitignoreProblem } = await gitignoreOf(root.fsPath);
      if (gitignoreProblem) this.connection.console.warn(`Corroborate: ${gitignoreProblem}.`);
      const problems: WalkProblem[] = [];
      // Each file's URI is worked out once, here, for every later step of the scan.
      const uris = new Map<string, string>();
      const found = await walkFiles(root.fsPath, problems, (_name, fullPath) => {
        if (ignored?.ignores(gitRelative(root.fsPath, fullPath))) return false;
        const uri = URI.file(fullPath).toString();
        uris.set(fullPath, uri);
        return checkInclusion(uri, settings, this.deps.folders()).included;
      });
      // One settings request per folder, not per file: a scan of 10,000 files would otherwise wait on 10,000 round trips.
      files.push(...found.map((file) => ({ path: file, uri: uris.get(file) ?? URI.file(file).toString(), settings })));
      // A folder that cannot be read is said once, like a file that cannot.
      for (const problem of problems) this.noteSkipped(URI.file(problem.path).toString(), `the folder cannot be read (${problem.reason})`);
    }
    const cache = await opening;
    const roots = await realFolders(this.deps.folders());
    const hitsBefore = cache.hits;
    let indexed = 0;
    let done = 0;
    let cancelled = false;
    this.deps.republish.beginBulk();
    try {
      // While one batch is indexed here, the next ones are read and analysed on the workers:
      // several in flight keep the workers and the disk busy while this thread indexes.
      // Once the scan is cancelled or superseded, the batches still in flight analyse nothing more.
      const wanted = () => generation === this.generation && !progress?.token.isCancellationRequested && !token?.isCancellationRequested;
      const pending: Promise<Prepared[]>[] = [];
      let queued = 0;
      const queueBatch = () => {
        if (queued >= files.length) return;
        pending.push(this.prepareBatch(files.slice(queued, queued + BATCH_SIZE), cache, roots, wanted));
        queued += BATCH_SIZE;
      };
      for (let i = 0; i < BATCHES_IN_FLIGHT; i++) queueBatch();
      while (pending.length) {
        const batch = await pending.shift()!;
        if (generation !== this.generation) break;
        if (progress?.token.isCancellationRequested || token?.isCancellationRequested) {
          cancelled = true;
          break;
        }
        queueBatch();
        // Skipped files are counted as skipped only, not as indexed too.
        for (const file of batch) if (this.commit(file)) indexed++;
        done += batch.length;
        progress?.report(Math.round((done / files.length) * 100), `${done} of ${files.length} files`);
        await yieldToRequests();
      }
    } finally {
      this.deps.republish.endBulk();
    }
    // Edits are analysed on the main thread: once every file is read, idle workers only hold memory.
    if (generation === this.generation) await this.pool.stopWorkers();
    const indexedAt = Date.now();
    progress?.done();
    // A newer scan (settings arrived, folders changed) took over: it says how the index ends up,
    // once; this one would log "0 of N files" and a second summary beside it.
    const superseded = generation !== this.generation;
    if (superseded) return { indexed, skipped: this.skipped.size, cancelled, superseded, uris: files.map((f) => f.uri) };
    // From here hovers and references see the whole corpus; the Problems panel fills next.
    this.connection.console.log(`Corroborate index ready: ${indexed} of ${files.length} files in ${((indexedAt - started) / 1000).toFixed(1)} s.`);
    let conflictsFrom = 'worked out';
    // Once the corpus is known, conflicts of unopened files go to the Problems panel.
    if (generation === this.generation) {
      const settingsKey = JSON.stringify(files.length ? [...new Set(files.map((f) => f.settings))] : []);
      const digest = cancelled ? undefined : this.deps.disk.corpusDigest(settingsKey, (text) => contentKey(text, this.cacheOptions.version));
      const known = digest === undefined ? undefined : cache.conflictsFor(digest);
      if (known) conflictsFrom = 'from the cache';
      const published = new Map<string, string>();
      // An edit while this runs makes it another corpus: from then on conflicts are worked out.
      const corpusAt = this.deps.corpusGeneration();
      const sameCorpus = () => this.deps.corpusGeneration() === corpusAt;
      for (const [i, { uri }] of files.entries()) {
        const conflicts = await this.deps.disk.publishConflicts(uri, sameCorpus() ? known?.of(uri) : undefined);
        if (conflicts.length && !known) published.set(uri, JSON.stringify(conflicts));
        // Tens of thousands of files: hovers and edits are answered in between.
        if (i % BATCH_SIZE === BATCH_SIZE - 1) await yieldToRequests();
      }
      if (digest !== undefined && !known && sameCorpus()) cache.rememberConflicts(digest, published);
    }
    const reused = cache.hits - hitsBefore;
    this.connection.console.log(
      `Corroborate scan: ${files.length} files read and analysed in ${((indexedAt - started) / 1000).toFixed(1)} s (${reused} from the cache, ${this.pool.parallel ? `${this.pool.size} worker threads` : 'on the main thread'}), conflicts ${conflictsFrom} and published in ${((Date.now() - indexedAt) / 1000).toFixed(1)} s.`,
    );
    if (!cancelled && generation === this.generation) await this.saveCache(cache);
    return { indexed, skipped: this.skipped.size, cancelled, superseded, uris: files.map((f) => f.uri) };
  }

  private async saveCache(cache: AnalysisCache): Promise<void> {
    try {
      await cache.save();
    } catch (error) {
      this.connection.console.warn(`Corroborate could not write its cache ${cache.file ?? ''}: ${error instanceof Error ? error.message : String(error)}; the next start analyses every file again.`);
    }
  }

  /** Reads and analyses a batch of files, each from the cache if it knows the content. */
  private prepareBatch(files: readonly WalkedFile[], cache: AnalysisCache, roots: readonly string[], wanted: () => boolean): Promise<Prepared[]> {
    return Promise.all(files.map((file) => this.prepare(file, cache, roots, wanted)));
  }

  /**
   * `roots` are the workspace folders' real paths: a file whose links lead outside them is not
   * read. `wanted` turns false for good when the scan is cancelled or superseded: its results
   * are dropped.
   */
  private async prepare({ path: filePath, uri, settings }: WalkedFile, cache: AnalysisCache, roots: readonly string[], wanted: () => boolean): Promise<Prepared> {
    const read = await readArticleFile(filePath, settings.maxFileSize, (real) => outsideWorkspace(real, roots));
    if (!read.ok) return { uri, reason: read.reason };
    const options = this.deps.disk.options(uri, settings, { fileName: path.basename(filePath) });
    if (options === undefined) return { uri, open: true };
    if (typeof options === 'string') return { uri, reason: options };
    const key = contentKey(read.text, `${this.cacheOptions.version}\0${JSON.stringify(options)}`);
    const cached = cache.lookup(key, read.text);
    if (cached) return { uri, text: read.text, entry: cached, key };
    const dropped = { uri, reason: 'the scan stopped before analysing it' };
    if (!wanted()) return dropped;
    let entry: CorpusEntry;
    try {
      try {
        entry = await this.pool.analyze(read.text, options);
      } catch (error) {
        if (!this.pool.parallel) throw error;
        // Workers stopped because the scan was cancelled: nothing is waiting for this file.
        if (!wanted()) return dropped;
        // A worker that died takes its jobs with it; they are done here instead.
        this.connection.console.warn(`Corroborate: a worker could not analyse ${filePath} (${firstLine(error)}); analysing it on the main thread.`);
        entry = await this.pool.analyzeHere(read.text, options);
      }
    } catch (error) {
      // A text the analysis itself fails on is one file skipped, not a scan lost.
      this.connection.console.error(analysisFailure(filePath, error));
      return { uri, reason: `the analysis failed on it (${firstLine(error)}); see the Corroborate output` };
    }
    cache.store(key, entry);
    return { uri, text: read.text, entry, key };
  }

  /** Returns whether the file is in the index now (an open document is, from its editor). */
  private commit(file: Prepared): boolean {
    if ('open' in file) return true;
    if ('reason' in file) {
      this.noteSkipped(file.uri, file.reason);
      this.deps.disk.remove(file.uri);
      return false;
    }
    return this.settle(file.uri, this.deps.disk.commit(file.uri, file.text, file.entry, file.key));
  }

  /**
   * Reads one file from disk into the index, held to the scan's rules: what git ignores is left
   * out (and taken out, if the rules changed), a link out of the workspace is refused. A file
   * deleted meanwhile is simply dropped. `closed` is for the file of a document just closed: one
   * that cannot be read (never saved, deleted) is simply not in the corpus, not a skipped file.
   */
  async indexFile(path: string, closed = false): Promise<void> {
    const uri = URI.file(path).toString();
    if (await ignoredByGit(path, this.deps.folders())) return this.removeFile(path);
    const roots = await realFolders(this.deps.folders());
    const settings = await this.deps.settings.forDocument(uri);
    const read = await readArticleFile(path, settings.maxFileSize, (real) => outsideWorkspace(real, roots));
    if (!read.ok) {
      if (closed) this.removeFile(path);
      else this.commit({ uri, reason: read.reason });
      return;
    }
    this.settle(uri, this.deps.disk.index(uri, read.text, settings));
  }

  /** A file indexed, or not analysed for this reason. */
  private settle(uri: string, reason: string | undefined): boolean {
    if (reason) this.noteSkipped(uri, reason);
    else this.skipped.delete(uri);
    return reason === undefined;
  }

  /** Every skipped file says why in the Corroborate output, once per reason. */
  private noteSkipped(uri: string, reason: string): void {
    if (this.skipped.get(uri) !== reason) this.connection.console.info(`Corroborate skipped ${URI.parse(uri).fsPath}: ${reason}.`);
    this.skipped.set(uri, reason);
  }

  removeFile(path: string): void {
    const uri = URI.file(path).toString();
    this.skipped.delete(uri);
    this.deps.disk.remove(uri);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
