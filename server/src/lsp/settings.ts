/**
 * The user's settings under `corroborate.*`, read through workspace/configuration per
 * document, cached until the client says they changed. What each setting is, its default and
 * its validation are declared once, in settingsRegistry.ts.
 */
import type { Connection } from 'vscode-languageserver';
import type { AnalyzeOptions } from '../core/annotate.js';
import type { AnnotateOptions } from '../core/corpus.js';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from './settingsRegistry.js';

export { DEFAULT_SETTINGS, normaliseSettings, type RunMode, type Settings } from './settingsRegistry.js';

/** What of the settings the core analysis takes: the user's extra lexicon entries. */
export function analysisOptions(settings: Settings): AnalyzeOptions {
  const options: AnalyzeOptions = { lexicon: settings.lexicons.boilerplate, attribution: settings.lexicons.attribution };
  // The reliability tests fail one pass on purpose to see the others still answer.
  const failPass = process.env['CORROBORATE_FAULT_INJECTION'];
  if (failPass === 'boilerplate' || failPass === 'attribution' || failPass === 'claims' || failPass === 'analysis') options.failPass = failPass;
  return options;
}

/** How the settings put a document's annotations together (corroboration across the corpus). */
export function annotateOptions(settings: Settings): AnnotateOptions {
  return { threshold: settings.similarityThreshold, demoteCorroboratedClaims: settings.demoteCorroboratedClaims };
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private generation = 0;
  /** Problems with the settings already logged since they last changed: every document reads the same settings. */
  private readonly logged = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly clientHasConfiguration: () => boolean,
  ) {}

  /** Bumped on every change, so cached results computed under old settings can be told apart. */
  get version(): number {
    return this.generation;
  }

  forDocument(uri: string): Promise<Settings> {
    if (!this.clientHasConfiguration()) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'corroborate' }).then(
        (raw: unknown) => {
          const problems: string[] = [];
          const normalised = normaliseSettings(raw, problems);
          this.logProblems(problems);
          return normalised;
        },
        () => DEFAULT_SETTINGS,
      );
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  invalidate(): void {
    this.cache.clear();
    this.logged.clear();
    this.generation++;
  }

  /** One line per setting entry left out, once until the settings change. */
  private logProblems(problems: readonly string[]): void {
    for (const problem of problems) {
      if (this.logged.has(problem)) continue;
      this.logged.add(problem);
      this.connection.console.warn(`Corroborate ignored a setting entry: ${problem}.`);
    }
  }
}
