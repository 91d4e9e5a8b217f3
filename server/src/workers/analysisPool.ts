/**
 * Worker threads that analyse article texts in parallel, for scans of many files. Jobs go to
 * the least busy worker; a worker that dies is replaced and its jobs fail with the reason, so
 * the caller can analyse them itself. With no worker script (or zero workers) every job runs
 * on the calling thread, which is what single edits do anyway.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core/annotate.js';
import { corpusEntry, type CorpusEntry } from '../core/corpusEntry.js';
import { ANALYSIS_WORKER } from './analysisWorker.js';
import { entryReceived, SharedStrings } from './entryTransfer.js';
import type { AnalysisJob, AnalysisReply } from './protocol.js';
import { withRepeatedLines } from './repeatedLines.js';

interface Pending {
  /** The job's text: the claims that come back take their sentences from it. */
  text: string;
  resolve: (entry: CorpusEntry) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** Workers for a machine: one per core, at most four (each holds the tagger's model). */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export class AnalysisPool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 1;
  private disposed = false;
  /** The words of the claims the workers send back, one copy each (see entryTransfer.ts); renewed with the workers. */
  private strings = new SharedStrings();

  /**
   * `script` is a bundle whose entry serves analysis jobs when started with ANALYSIS_WORKER as
   * workerData (the language server's bundle does); without it jobs run on this thread.
   */
  constructor(
    private readonly script: string | undefined,
    readonly size = defaultWorkerCount(),
  ) {}

  get parallel(): boolean {
    return this.script !== undefined && this.size > 0;
  }

  /**
   * What the corpus keeps of the text; with its findings when `withFindings`. `repeatedElsewhere`
   * counts, for each normalised line held by other files, how many hold it (see AnalysisJob).
   */
  analyze(text: string, options: AnalyzeOptions & { fileName: string }, withFindings = false, repeatedElsewhere?: [string, number][]): Promise<CorpusEntry> {
    if (!this.parallel || this.disposed) return this.analyzeHere(text, withRepeatedLines(options, repeatedElsewhere), withFindings);
    const slot = this.leastBusy();
    const id = this.nextId++;
    return new Promise<CorpusEntry>((resolve, reject) => {
      slot.pending.set(id, { text, resolve, reject });
      const job: AnalysisJob = { id, text, options, withFindings, ...(repeatedElsewhere ? { repeatedElsewhere } : {}) };
      slot.worker.postMessage(job);
    });
  }

  /** The same job on the calling thread: for a job whose worker died. */
  async analyzeHere(text: string, options: AnalyzeOptions & { fileName: string }, withFindings = false): Promise<CorpusEntry> {
    return corpusEntry(text, options, withFindings);
  }

  /**
   * Stops the workers, freeing what they hold (each its own copy of the tagger's model); jobs
   * still running fail, and the next job starts new workers. The server calls it when a scan
   * is over, as edits are analysed on the main thread.
   */
  async stopWorkers(): Promise<void> {
    const workers = this.workers.splice(0);
    this.strings = new SharedStrings();
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  /** Stops the workers for good; later jobs run on the calling thread. */
  async dispose(): Promise<void> {
    this.disposed = true;
    await this.stopWorkers();
  }

  private leastBusy(): PoolWorker {
    while (this.workers.length < this.size) this.workers.push(this.start());
    return this.workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
  }

  private start(): PoolWorker {
    const slot: PoolWorker = { worker: new Worker(this.script!, { workerData: ANALYSIS_WORKER }), pending: new Map() };
    // Analysis of one file must never keep the server from exiting.
    slot.worker.unref();
    slot.worker.on('message', (reply: AnalysisReply) => {
      const pending = slot.pending.get(reply.id);
      if (!pending) return;
      slot.pending.delete(reply.id);
      if (reply.entry) pending.resolve(entryReceived(reply.entry, pending.text, this.strings));
      else pending.reject(new Error(reply.error));
    });
    const fail = (error: Error) => {
      const index = this.workers.indexOf(slot);
      if (index !== -1) this.workers.splice(index, 1);
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
    return slot;
  }
}
