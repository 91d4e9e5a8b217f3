/**
 * Entry point of the language server (`corroborate-ls --stdio`, or node IPC when started by
 * the VS Code client). The transport is chosen from the command line by vscode-languageserver.
 * The same bundle, started as a worker thread by the server's analysis pool, serves analysis
 * jobs instead.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { ANALYSIS_WORKER, serveAnalysisJobs } from '../workers/analysisWorker.js';
import { LifecycleGate } from './lifecycle.js';
import { startServer } from './server.js';
import { VERSION } from '../version.js';

function startLanguageServer(): void {
  if (process.argv.includes('--version')) {
    process.stdout.write(`${VERSION}\n`);
    process.exit(0);
  }

  const lifecycle = new LifecycleGate();
  const connection = createConnection(ProposedFeatures.all, { messageStrategy: lifecycle.messageStrategy });
  lifecycle.answerRefusals(connection);
  // Nothing may write to stdout but the protocol: route stray console output to the client's log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  process.on('uncaughtException', (error) => connection.console.error(`Corroborate: unexpected error: ${error.stack ?? error.message}`));
  // The bundle sits in dist/, beside the README that documents every rule; vsce stores it in the
  // .vsix as readme.md.
  const self = fileURLToPath(import.meta.url);
  const root = path.resolve(path.dirname(self), '..');
  const readme = ['README.md', 'readme.md'].map((name) => path.join(root, name)).find((file) => existsSync(file));
  // CORROBORATE_WORKERS sets the number of worker threads (0: none), for measuring and for small machines.
  const workers = process.env['CORROBORATE_WORKERS'] ? Number(process.env['CORROBORATE_WORKERS']) : undefined;
  startServer(connection, {
    ...(readme ? { docsUrl: pathToFileURL(readme).href } : {}),
    workerScript: self,
    ...(workers !== undefined && Number.isInteger(workers) && workers >= 0 ? { workers } : {}),
    // Any change to the server's code may change what an analysis finds: its hash versions the cache.
    analyzerVersion: createHash('sha256').update(readFileSync(self)).digest('hex').slice(0, 16),
  });
}

if (!isMainThread && parentPort && workerData === ANALYSIS_WORKER) serveAnalysisJobs(parentPort);
else startLanguageServer();
