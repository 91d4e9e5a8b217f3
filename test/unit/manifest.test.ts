import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BOILERPLATE_CATEGORIES } from '../../server/src/core/boilerplate/categories.js';
import { RULES } from '../../server/src/core/rules.js';
import { DEFAULT_CONFLICT_THRESHOLD, DEFAULT_SIMILARITY_THRESHOLD } from '../../server/src/core/corroboration/index.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/io/readArticleFile.js';
import { COMMANDS, SERVER_COMMANDS } from '../../server/src/lsp/protocol.js';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../server/src/lsp/settings.js';
import { VERSION } from '../../server/src/version.js';
import { syncedFiles } from '../../server/src/tools/syncManifest.js';
import { repoRoot } from '../support/paths.js';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties;
const lexicons = JSON.parse(readFileSync(path.join(repoRoot, 'server/src/core/boilerplate/lexicons/categories.json'), 'utf8'));

describe('extension manifest', function () {
  it('is generated from the rule registry: package.json rule settings and the README tables are what npm run manifest writes', function () {
    const packageJson = readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const synced = syncedFiles(packageJson, readme);
    assert.equal(synced.packageJson, packageJson, 'package.json: run npm run manifest');
    assert.equal(synced.readme, readme, 'README.md: run npm run manifest');
    assert.equal(synced.grammar, readFileSync(path.join(repoRoot, 'syntaxes', 'news-article.tmLanguage.json'), 'utf8'), 'the grammar: run npm run manifest');
  });

  it('contributes the news-article language without taking over .txt files', function () {
    const [language] = manifest.contributes.languages;
    assert.equal(language.id, 'news-article');
    assert.equal(language.extensions, undefined, 'no extension: users opt in with files.associations');
    assert.deepEqual(language.filenamePatterns, ['*.article.txt']);
    const [grammar] = manifest.contributes.grammars;
    assert.equal(grammar.scopeName, 'text.news-article');
    for (const file of [language.configuration, grammar.path]) JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
  });

  it('opens news articles with word wrap on, as a language default (a paragraph is one line)', function () {
    assert.deepEqual(manifest.contributes.configurationDefaults, { '[news-article]': { 'editor.wordWrap': 'on' } });
  });

  it('gives every rule setting its registry default', function () {
    for (const rule of RULES) assert.equal(properties['corroborate.rules'].properties[rule.code].default, rule.defaultSeverity, rule.code);
  });

  it('lists every rule of the registry in corroborate.rules, and no other', function () {
    assert.deepEqual(Object.keys(properties['corroborate.rules'].properties).sort(), RULES.map((r) => r.code).sort());
  });

  it('has a lexicon for every boilerplate category, and settings for each', function () {
    const ids = BOILERPLATE_CATEGORIES.map((c) => c.id).sort();
    assert.deepEqual(
      Object.keys(lexicons)
        .filter((k) => !k.startsWith('$'))
        .sort(),
      ids,
    );
    assert.deepEqual(Object.keys(properties['corroborate.lexicons'].properties.boilerplate.properties).sort(), ids);
    assert.deepEqual(Object.keys(properties['corroborate.lexicons'].properties.attribution.properties).sort(), ['clausal', 'groupHeads', 'speech', 'vagueHeads']);
  });

  it('contributes every server command to the palette under the Corroborate category', function () {
    const commands = manifest.contributes.commands.map((c: { command: string; category: string }) => {
      assert.equal(c.category, 'Corroborate');
      return c.command;
    });
    for (const command of SERVER_COMMANDS) assert.ok(commands.includes(command), command);
  });

  it('uses the server defaults as setting defaults', function () {
    assert.deepEqual(properties['corroborate.include'].default, DEFAULT_SETTINGS.include);
    assert.deepEqual(properties['corroborate.exclude'].default, DEFAULT_SETTINGS.exclude);
    assert.equal(properties['corroborate.maxFileSize'].default, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(properties['corroborate.debounceMs'].default, DEFAULT_SETTINGS.debounceMs);
    assert.equal(properties['corroborate.run'].default, DEFAULT_SETTINGS.run);
    assert.deepEqual(properties['corroborate.run'].enum, ['onType', 'onSave', 'manual']);
    assert.deepEqual(properties['corroborate.ignoredFindings'].default, DEFAULT_SETTINGS.ignoredFindings);
    assert.equal(properties['corroborate.similarityThreshold'].default, DEFAULT_SETTINGS.similarityThreshold);
    assert.equal(properties['corroborate.demoteCorroboratedClaims'].default, DEFAULT_SETTINGS.demoteCorroboratedClaims);
  });

  it('keeps compiled output out of the source folders (a stray .js would shadow its .ts in the bundles)', function () {
    const stray: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(js|js\.map|d\.ts)$/.test(entry.name)) stray.push(path.relative(repoRoot, full));
      }
    };
    walk(path.join(repoRoot, 'server', 'src'));
    walk(path.join(repoRoot, 'client', 'src'));
    assert.deepEqual(stray, []);
  });

  it('gives a setting whose description uses Markdown a markdownDescription (the Settings UI shows a description raw)', function () {
    const raw: string[] = [];
    const markdown = /`|\*\*|\]\(/;
    const walk = (schema: unknown, at: string) => {
      if (typeof schema !== 'object' || schema === null) return;
      const { description, enumDescriptions, properties: children, items } = schema as Record<string, unknown>;
      if (typeof description === 'string' && markdown.test(description)) raw.push(at);
      if (Array.isArray(enumDescriptions) && enumDescriptions.some((d) => markdown.test(String(d)))) raw.push(`${at} (enumDescriptions)`);
      for (const [key, child] of Object.entries((children as Record<string, unknown>) ?? {})) walk(child, `${at}.${key}`);
      walk(items, `${at}[]`);
    };
    for (const [key, schema] of Object.entries(properties)) walk(schema, key);
    assert.deepEqual(raw, []);
  });

  it('colours a vague source as weak, not as invalid, and contributes the colours the client draws with', function () {
    const scopes = manifest.contributes.semanticTokenScopes.flatMap((s: { scopes: Record<string, string[]> }) => Object.values(s.scopes).flat());
    assert.deepEqual(
      scopes.filter((s: string) => s.startsWith('invalid')),
      [],
      'themes colour invalid.* as errors',
    );
    const colors = manifest.contributes.colors as { id: string; defaults: Record<string, string> }[];
    const client = readFileSync(path.join(repoRoot, 'client', 'src', 'findingMarkers.ts'), 'utf8');
    const used = [...client.matchAll(/ThemeColor\('([^']+)'\)/g)].map((m) => m[1]).sort();
    assert.deepEqual(colors.map((c) => c.id).sort(), used);
    for (const color of colors) assert.deepEqual(Object.keys(color.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], color.id);
  });

  it('points main and bin at the bundles', function () {
    assert.equal(manifest.main, './dist/extension.cjs');
    assert.deepEqual(manifest.bin, { corroborate: 'dist/cli.cjs', 'corroborate-ls': 'dist/server.cjs' });
  });
});

describe('settings and commands registries', function () {
  it('declares the server commands, and only those, as handled by the server', function () {
    const server = Object.values(COMMANDS)
      .filter((c) => c.handler === 'server')
      .map((c) => c.id);
    assert.deepEqual([...SERVER_COMMANDS].sort(), server.sort());
  });

  it('has the client register every client command of the registry by its constant, and no command id typed out', function () {
    const sources = readdirSync(path.join(repoRoot, 'client', 'src'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(path.join(repoRoot, 'client', 'src', f), 'utf8'))
      .join('\n');
    const registered = [...sources.matchAll(/registerCommand\(COMMANDS\.(\w+)\.id/g)].map((m) => m[1]!);
    const client = Object.entries(COMMANDS)
      .filter(([, c]) => c.handler === 'client')
      .map(([name]) => name);
    assert.deepEqual(registered.sort(), client.sort());
    const ids = new Set<string>(Object.values(COMMANDS).map((c) => c.id));
    const typed = [...sources.matchAll(/'(corroborate\.[\w.]+)'/g)].map((m) => m[1]!).filter((id) => ids.has(id));
    assert.deepEqual(typed, []);
  });

  it('takes the defaults named once elsewhere from where they are named', function () {
    assert.equal(DEFAULT_SETTINGS.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.equal(DEFAULT_SETTINGS.similarityThreshold, DEFAULT_SIMILARITY_THRESHOLD);
    assert.ok(properties['corroborate.similarityThreshold'].description.includes(`from ${DEFAULT_CONFLICT_THRESHOLD} `));
    assert.equal(manifest.version, VERSION);
  });

  it('reads every setting it declares: an empty configuration gives the defaults', function () {
    const problems: string[] = [];
    assert.deepEqual(normaliseSettings({}, problems), DEFAULT_SETTINGS);
    assert.deepEqual(problems, []);
    // Every server setting is in the manifest, and every setting of the manifest but the client's trace is the server's.
    const serverKeys = Object.keys(DEFAULT_SETTINGS).map((key) => `corroborate.${key}`);
    assert.deepEqual(
      Object.keys(properties)
        .filter((key) => key !== 'corroborate.trace.server')
        .sort(),
      serverKeys.sort(),
    );
  });
});
