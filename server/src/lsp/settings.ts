/**
 * The user's settings under `corroborate.*`, read through workspace/configuration per
 * document, cached until the client says they changed.
 */
import type { Connection } from 'vscode-languageserver';
import { ruleFor, type SeveritySetting } from '../core/rules.js';
import type { LexiconExtensions } from '../core/boilerplate/lexicon.js';
import type { AttributionExtensions } from '../core/attribution/lexicon.js';
import type { AnalyzeOptions } from '../core/annotate.js';
import type { AnnotateOptions } from '../core/corpus.js';
import { isRecord } from '../json/isRecord.js';
import { describe, validLexicons } from './lexiconSettings.js';

export interface Settings {
  include: string[];
  exclude: string[];
  rules: Record<string, SeveritySetting>;
  lexicons: { boilerplate: LexiconExtensions; attribution: AttributionExtensions };
  maxFileSize: number;
  debounceMs: number;
  similarityThreshold: number;
  demoteCorroboratedClaims: boolean;
  /** When open articles are analysed: as they are edited, when saved, or on request only. */
  run: RunMode;
  /** Fingerprints (rule:hash) of findings the user chose to ignore. */
  ignoredFindings: string[];
}

export type RunMode = 'onType' | 'onSave' | 'manual';
const RUN_MODES: ReadonlySet<string> = new Set<RunMode>(['onType', 'onSave', 'manual']);

export const DEFAULT_SETTINGS: Settings = {
  include: ['**/*.txt'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/*.clean.txt'],
  rules: Object.create(null) as Record<string, SeveritySetting>,
  lexicons: { boilerplate: {}, attribution: {} },
  maxFileSize: 2 * 1024 * 1024,
  debounceMs: 300,
  similarityThreshold: 0.3,
  demoteCorroboratedClaims: true,
  run: 'onType',
  ignoredFindings: [],
};

const SEVERITIES: ReadonlySet<string> = new Set<SeveritySetting>(['off', 'hint', 'information', 'warning', 'error']);

/**
 * The severity overrides of `corroborate.rules`, keyed by rule ids the user typed: a
 * null-prototype object (core looks them up as `overrides[code]`), so that no name, not
 * `__proto__` nor `constructor`, reaches or shadows Object.prototype. An entry naming no rule
 * or no severity is left out with a problem of its own, as lexicon entries are.
 */
function validRules(raw: unknown, problems: string[]): Record<string, SeveritySetting> {
  const rules = Object.create(null) as Record<string, SeveritySetting>;
  if (raw === undefined || raw === null) return rules;
  if (!isRecord(raw)) {
    problems.push(`corroborate.rules is ${describe(raw)}, not an object; every rule keeps its default severity`);
    return rules;
  }
  for (const [code, severity] of Object.entries(raw)) {
    const where = `corroborate.rules[${JSON.stringify(code)}]`;
    if (!ruleFor(code)) problems.push(`${where} is not a rule`);
    else if (typeof severity !== 'string' || !SEVERITIES.has(severity)) problems.push(`${where} is ${describe(severity)}, not a severity (${[...SEVERITIES].join(', ')})`);
    else rules[code] = severity as SeveritySetting;
  }
  return rules;
}

function stringArray(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fallback;
}

/**
 * Settings arrive from any client as untyped JSON: keep what is well-formed, default the rest.
 * Rule overrides and lexicon entries are kept or left out one by one; each one left out adds
 * to `problems`.
 */
export function normaliseSettings(raw: unknown, problems: string[] = []): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const number = (key: string, fallback: number) => {
    const v = value[key];
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
  };
  return {
    include: stringArray(value['include'], DEFAULT_SETTINGS.include),
    exclude: stringArray(value['exclude'], DEFAULT_SETTINGS.exclude),
    rules: validRules(value['rules'], problems),
    lexicons: validLexicons(value['lexicons'], problems),
    maxFileSize: number('maxFileSize', DEFAULT_SETTINGS.maxFileSize),
    debounceMs: number('debounceMs', DEFAULT_SETTINGS.debounceMs),
    similarityThreshold: Math.min(1, number('similarityThreshold', DEFAULT_SETTINGS.similarityThreshold)),
    demoteCorroboratedClaims: typeof value['demoteCorroboratedClaims'] === 'boolean' ? value['demoteCorroboratedClaims'] : DEFAULT_SETTINGS.demoteCorroboratedClaims,
    run: typeof value['run'] === 'string' && RUN_MODES.has(value['run']) ? (value['run'] as RunMode) : DEFAULT_SETTINGS.run,
    ignoredFindings: stringArray(value['ignoredFindings'], DEFAULT_SETTINGS.ignoredFindings),
  };
}

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
