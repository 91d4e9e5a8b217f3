/**
 * Every `corroborate.*` setting, declared once: its type, default, description and how the
 * server validates what a client sends. The server's defaults and normaliseSettings are built
 * from here, and `npm run manifest` writes package.json's `contributes.configuration` and the
 * README's settings table from here; the manifest test fails when they drift.
 */
import { DEFAULT_CONFLICT_THRESHOLD, DEFAULT_SIMILARITY_THRESHOLD } from '../core/corroboration/index.js';
import { BOILERPLATE_CATEGORIES } from '../core/boilerplate/categories.js';
import { RULES, ruleFor, type SeveritySetting } from '../core/rules.js';
import { DEFAULT_MAX_FILE_SIZE } from '../io/readArticleFile.js';
import { isRecord } from '../json/isRecord.js';
import { ATTRIBUTION_LISTS, describe, DOCUMENTED_CATEGORY_LISTS, validLexicons, type Lexicons } from './lexiconSettings.js';

/** A setting's JSON schema as package.json declares it. */
export interface SettingSchema {
  type?: string | string[];
  default?: unknown;
  description?: string;
  markdownDescription?: string;
  enum?: readonly unknown[];
  properties?: Record<string, SettingSchema>;
  [key: string]: unknown;
}

export type RunMode = 'onType' | 'onSave' | 'manual';
export const RUN_MODES = ['onType', 'onSave', 'manual'] as const satisfies readonly RunMode[];
export const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'] as const satisfies readonly SeveritySetting[];

export interface Settings {
  include: string[];
  exclude: string[];
  rules: Record<string, SeveritySetting>;
  lexicons: Lexicons;
  maxFileSize: number;
  debounceMs: number;
  similarityThreshold: number;
  demoteCorroboratedClaims: boolean;
  /** When open articles are analysed: as they are edited, when saved, or on request only. */
  run: RunMode;
  /** Fingerprints (rule:hash) of findings the user chose to ignore. */
  ignoredFindings: string[];
}

/** One setting: its default, its schema (without the default), and, if the server reads it, its validation. */
export interface SettingSpec<T> {
  default: T;
  /** package.json's default when it is written differently from the server's (an empty object for no entries). */
  manifestDefault?: unknown;
  schema: SettingSchema;
  /** The well-formed value, or the default; entries left out add to `problems`. */
  read?(raw: unknown, problems: string[]): T;
}

type ServerSettingSpecs = { [K in keyof Settings]: SettingSpec<Settings[K]> & Required<Pick<SettingSpec<Settings[K]>, 'read'>> };

const stringArray = (fallback: string[]) => (value: unknown) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fallback);
const nonNegative = (fallback: number) => (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);
const INCLUDE = ['**/*.txt'];
const EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/*.clean.txt'];
const NO_RULES = Object.create(null) as Record<string, SeveritySetting>;
const strings = { type: 'array', items: { type: 'string' } };

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
  const severities: readonly string[] = SEVERITIES;
  for (const [code, severity] of Object.entries(raw)) {
    const where = `corroborate.rules[${JSON.stringify(code)}]`;
    if (!ruleFor(code)) problems.push(`${where} is not a rule`);
    else if (typeof severity !== 'string' || !severities.includes(severity)) problems.push(`${where} is ${describe(severity)}, not a severity (${SEVERITIES.join(', ')})`);
    else rules[code] = severity as SeveritySetting;
  }
  return rules;
}

/** The `properties` of `corroborate.rules`: one entry per rule, its default and description. */
export function rulesSettingProperties(): Record<string, SettingSchema> {
  const properties: Record<string, SettingSchema> = {};
  for (const rule of RULES) properties[rule.code] = { type: 'string', enum: SEVERITIES, default: rule.defaultSeverity, markdownDescription: rule.description };
  return properties;
}

/** The `properties` of `corroborate.lexicons`: a category's lists for each boilerplate category, and the attribution lists. */
function lexiconProperties(): Record<string, SettingSchema> {
  const lists = (names: readonly string[]): SettingSchema => ({ type: 'object', properties: Object.fromEntries(names.map((name) => [name, strings])), additionalProperties: false });
  return {
    boilerplate: { type: 'object', properties: Object.fromEntries(BOILERPLATE_CATEGORIES.map((c) => [c.id, lists(DOCUMENTED_CATEGORY_LISTS)])), additionalProperties: false },
    attribution: lists(ATTRIBUTION_LISTS),
  };
}

/** In the order of Settings' fields: the scan's cache keys settings by their JSON. */
const SERVER_SETTINGS: ServerSettingSpecs = {
  include: {
    default: INCLUDE,
    schema: {
      ...strings,
      scope: 'resource',
      description: 'Glob patterns of the plain-text files to analyse. Files that do not read as prose articles (licences, requirement lists, logs, tables) are skipped whatever these say.',
    },
    read: stringArray(INCLUDE),
  },
  exclude: {
    default: EXCLUDE,
    schema: { ...strings, scope: 'resource', markdownDescription: 'Glob patterns of files never to analyse, even when `corroborate.include` matches them.' },
    read: stringArray(EXCLUDE),
  },
  rules: {
    default: NO_RULES,
    schema: {
      type: 'object',
      scope: 'resource',
      markdownDescription:
        'Severity per rule, or `off`. Boilerplate rules default to `hint` (faded, kept out of the Problems panel); `claim/unattributed` and `claim/vague-source` to `information`; `attribution/source` is `off` as a diagnostic (sources show on hover and are highlighted). `corroboration/conflict` defaults to `warning`; `corroboration/match` and `claim/single-source` are `off` as diagnostics (matches show on hover and as references).',
      properties: rulesSettingProperties(),
      additionalProperties: false,
    },
    read: validRules,
  },
  lexicons: {
    default: { boilerplate: {}, attribution: {} },
    manifestDefault: {},
    schema: {
      type: 'object',
      scope: 'resource',
      markdownDescription:
        'Extra lexicon entries, added to the built-in ones. `boilerplate` takes a category (e.g. `comments`) mapped to `markers` (whole lines), `prefixes` (a line starting with the phrase and a colon), `sentences` (decisive anywhere), `phrases` and `words`. `attribution` takes `speech` (reporting verbs, as lemmas: `say`), `clausal` (belief and evidence verbs that need a clause), `vagueHeads` (nouns that name no one: `observers`) and `groupHeads` (`officials`).',
      properties: lexiconProperties(),
    },
    read: validLexicons,
  },
  maxFileSize: {
    default: DEFAULT_MAX_FILE_SIZE,
    schema: { type: 'number', minimum: 1, scope: 'resource', description: 'Documents larger than this many characters are not analysed; the status says so.' },
    read: nonNegative(DEFAULT_MAX_FILE_SIZE),
  },
  debounceMs: {
    default: 300,
    schema: { type: 'number', minimum: 0, scope: 'resource', description: 'How long to wait after the last keystroke before analysing a document again, in milliseconds.' },
    read: nonNegative(300),
  },
  similarityThreshold: {
    default: DEFAULT_SIMILARITY_THRESHOLD,
    schema: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      scope: 'resource',
      description: `How similar two claims must be (0 to 1) to count as the same fact. Claims whose figures disagree count as a conflict from ${DEFAULT_CONFLICT_THRESHOLD} or this value, whichever is lower.`,
    },
    read: (value) => Math.min(1, nonNegative(DEFAULT_SIMILARITY_THRESHOLD)(value)),
  },
  demoteCorroboratedClaims: {
    default: true,
    schema: {
      type: 'boolean',
      scope: 'resource',
      description:
        'Show an unattributed claim one severity lower when two or more independent sources in the workspace report it (outlets running one wire story, copies of one text, or outlets citing one source count as one).',
    },
    read: (value) => (typeof value === 'boolean' ? value : true),
  },
  run: {
    default: 'onType',
    schema: {
      type: 'string',
      enum: RUN_MODES,
      scope: 'resource',
      enumDescriptions: [
        'Analyse as you type, after corroborate.debounceMs.',
        'Analyse when the article is opened and each time it is saved.',
        'Analyse only when you run Corroborate: Check Current Article (or Analyze Workspace).',
      ],
      description: 'When open articles are analysed: as you type, on save, or only on request. Hovers always answer for the current text.',
    },
    read: (value) => (typeof value === 'string' && (RUN_MODES as readonly string[]).includes(value) ? (value as RunMode) : 'onType'),
  },
  ignoredFindings: {
    default: [],
    schema: {
      type: 'array',
      items: { type: 'string', pattern: '^[a-z-]+/[a-z-]+:[0-9a-f]{16}$' },
      scope: 'resource',
      markdownDescription:
        'Findings dismissed with the quick fix **Ignore this finding in the workspace**, as `rule:hash` of the flagged text. The article itself is never changed; an entry stops applying when the flagged text changes. Remove an entry to see its finding again.',
    },
    read: stringArray([]),
  },
};

/** Settings only the client reads (vscode-languageclient's trace), declared for the manifest. */
const CLIENT_SETTINGS: Record<string, SettingSpec<unknown>> = {
  'trace.server': {
    default: 'off',
    schema: {
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      scope: 'window',
      description: 'Traces the communication between VS Code and the Corroborate language server in the output channel.',
    },
  },
};

/** The settings in the order the Settings UI and the README list them (a client setting sits among the server's). */
const ORDER = ['include', 'exclude', 'rules', 'lexicons', 'maxFileSize', 'debounceMs', 'run', 'trace.server', 'similarityThreshold', 'demoteCorroboratedClaims', 'ignoredFindings'] as const;

/** Every setting, under its key without the `corroborate.` prefix, in the manifest's order. */
export const SETTINGS: ReadonlyMap<string, SettingSpec<unknown>> = new Map(
  ORDER.map((key) => [key, (SERVER_SETTINGS as unknown as Record<string, SettingSpec<unknown>>)[key] ?? CLIENT_SETTINGS[key]!]),
);

const SERVER_KEYS = Object.keys(SERVER_SETTINGS) as (keyof Settings)[];

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(SERVER_KEYS.map((key) => [key, SERVER_SETTINGS[key].default])) as unknown as Settings;

/**
 * Settings arrive from any client as untyped JSON: keep what is well-formed, default the rest.
 * Rule overrides and lexicon entries are kept or left out one by one; each one left out adds
 * to `problems`.
 */
export function normaliseSettings(raw: unknown, problems: string[] = []): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return Object.fromEntries(SERVER_KEYS.map((key) => [key, SERVER_SETTINGS[key].read(value[key], problems)])) as unknown as Settings;
}

/** package.json's `contributes.configuration.properties`: each setting's schema with its default. */
export function configurationProperties(): Record<string, SettingSchema> {
  const properties: Record<string, SettingSchema> = {};
  for (const [key, spec] of SETTINGS) {
    // The default follows the type (and its items or choices), as the manifest has always listed it.
    const entries = Object.entries(spec.schema);
    const at = Math.max(...['type', 'items', 'enum'].map((k) => entries.findIndex(([name]) => name === k))) + 1;
    const manifestDefault = 'manifestDefault' in spec ? spec.manifestDefault : spec.default;
    properties[`corroborate.${key}`] = Object.fromEntries([...entries.slice(0, at), ['default', manifestDefault], ...entries.slice(at)]) as SettingSchema;
  }
  return properties;
}
