/**
 * The workspace scan: every article in the workspace folders is read and indexed, so that
 * corroboration covers files never opened. It runs in slices, yielding between files, so
 * requests (hovers, edits) are answered meanwhile; it reports LSP work-done progress and stops
 * when the user cancels. Each skipped file keeps its reason.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { readArticleFile } from '../io/readArticleFile.js';
import { walkFiles, type WalkProblem } from '../io/walk.js';
import type { Analyses } from './analyses.js';
import { checkInclusion } from './fileFilter.js';
import type { Settings, SettingsStore } from './settings.js';

/** Files read between yields to the event loop. */
const FILES_PER_SLICE = 8;

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceScan {
  /** Files not indexed, and why (too large, not an article, unreadable). */
  readonly skipped = new Map<string, string>();
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly analyses: Analyses,
    private readonly settings: SettingsStore,
    private readonly progressSupported: () => boolean,
  ) {}

  /** Scans all workspace folders; a newer call supersedes a running one. */
  async run(token?: CancellationToken): Promise<{ indexed: number; skipped: number; cancelled: boolean; files: string[] }> {
    const generation = ++this.generation;
    const started = Date.now();
    const progress = this.progressSupported() ? await this.connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Corroborate: indexing articles', 0, 'finding files', true);
    const files: { path: string; settings: Settings }[] = [];
    for (const folder of this.analyses.folders) {
      const root = URI.parse(folder);
      if (root.scheme !== 'file') continue;
      const settings = await this.settings.forDocument(folder);
      const ignored = await gitignoreOf(root.fsPath);
      const problems: WalkProblem[] = [];
      const found = await walkFiles(root.fsPath, problems, (_name, fullPath) => {
        const relative = path.relative(root.fsPath, fullPath).split(path.sep).join('/');
        if (ignored?.ignores(relative)) return false;
        return checkInclusion(URI.file(fullPath).toString(), settings, this.analyses.folders).included;
      });
      // One settings request per folder, not per file: a scan of 10,000 files would otherwise wait on 10,000 round trips.
      files.push(...found.map((file) => ({ path: file, settings })));
      // A folder that cannot be read is said once, like a file that cannot.
      for (const problem of problems) this.noteSkipped(URI.file(problem.path).toString(), `the folder cannot be read (${problem.reason})`);
    }
    let indexed = 0;
    let cancelled = false;
    this.analyses.beginBulk();
    try {
      for (let i = 0; i < files.length; i++) {
        if (generation !== this.generation) break;
        if (progress?.token.isCancellationRequested || token?.isCancellationRequested) {
          cancelled = true;
          break;
        }
        await this.indexFile(files[i]!.path, files[i]!.settings);
        indexed++;
        if (i % FILES_PER_SLICE === FILES_PER_SLICE - 1) {
          progress?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1} of ${files.length} files`);
          await yieldToRequests();
        }
      }
    } finally {
      this.analyses.endBulk();
    }
    const indexedAt = Date.now();
    progress?.done();
    // Once the corpus is known, conflicts of unopened files go to the Problems panel.
    if (generation === this.generation) for (const file of files) await this.analyses.publishDiskConflicts(URI.file(file.path).toString());
    this.connection.console.log(`Corroborate scan: ${files.length} files read and analysed in ${((indexedAt - started) / 1000).toFixed(1)} s, conflicts published in ${((Date.now() - indexedAt) / 1000).toFixed(1)} s.`);
    return { indexed, skipped: this.skipped.size, cancelled, files: files.map((f) => f.path) };
  }

  /** Reads one file from disk into the index; a file deleted meanwhile is simply dropped. */
  async indexFile(path: string, folderSettings?: Settings): Promise<void> {
    const uri = URI.file(path).toString();
    const settings = folderSettings ?? (await this.settings.forDocument(uri));
    const read = await readArticleFile(path, settings.maxFileSize);
    if (!read.ok) {
      this.noteSkipped(uri, read.reason);
      this.analyses.removeFromDisk(uri);
      return;
    }
    const reason = this.analyses.indexFromDisk(uri, read.text, settings);
    if (reason) this.noteSkipped(uri, reason);
    else this.skipped.delete(uri);
  }

  /** Every skipped file says why in the Corroborate output, once per reason. */
  private noteSkipped(uri: string, reason: string): void {
    if (this.skipped.get(uri) !== reason) this.connection.console.info(`Corroborate skipped ${URI.parse(uri).fsPath}: ${reason}.`);
    this.skipped.set(uri, reason);
  }

  removeFile(path: string): void {
    const uri = URI.file(path).toString();
    this.skipped.delete(uri);
    this.analyses.removeFromDisk(uri);
  }
}

/** The rules of the folder's .gitignore, if it has one: what git ignores is not the user's corpus. */
async function gitignoreOf(folder: string): Promise<Ignore | undefined> {
  try {
      return ignore().add(await fs.readFile(path.join(folder, '.gitignore'), 'utf8'));
    } catch {
      return undefined;
    }
  }
