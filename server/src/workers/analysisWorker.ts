/**
 * The worker side of the analysis pool (analysisPool.ts): the analysis is a pure function of
 * the text and options, so a workspace scan spreads it over the cores. The parsed article
 * stays here; what crosses back is what the corpus keeps of a file on disk. The language
 * server's own bundle runs this when started as a worker, so no second bundle ships.
 */
import type { MessagePort } from 'node:worker_threads';
import { corpusEntry } from '../core/corpusEntry.js';
import { entryForTransfer } from './entryTransfer.js';
import type { AnalysisJob, AnalysisReply } from './protocol.js';
import { withRepeatedLines } from './repeatedLines.js';

/** The workerData that makes a thread an analysis worker. */
export const ANALYSIS_WORKER = 'corroborate-analysis-worker';

export function serveAnalysisJobs(port: MessagePort): void {
  port.on('message', (job: AnalysisJob) => {
    let reply: AnalysisReply;
    try {
      reply = { id: job.id, entry: entryForTransfer(corpusEntry(job.text, withRepeatedLines(job.options, job.repeatedElsewhere), job.withFindings)) };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
