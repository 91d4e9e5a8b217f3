/**
 * Protocol tests: the built server (dist/server.cjs) over stdio, spoken to as an editor would.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

const HINT = 4;
const UNNECESSARY = 1;

function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits);
}

describe('language server over stdio', function () {
  let client: LspTestClient;
  let workspace: string;
  const ledger = readFileSync(path.join(examplesDir, 'harbour-ledger.txt'), 'utf8');

  beforeEach(async function () {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-lsp-'));
    client = new LspTestClient();
    await client.initialize(uriOf(workspace));
  });

  afterEach(async function () {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('announces its capabilities', async function () {
    const other = new LspTestClient();
    try {
      const result = await other.initialize(null);
      assert.deepEqual(result.capabilities, {
        textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.corroborate'] },
        hoverProvider: true,
        referencesProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: ['attributionSource', 'attributionCue'], tokenModifiers: ['vague'] }, full: true },
        executeCommandProvider: {
          commands: ['corroborate.cleanCopy', 'corroborate.server.report', 'corroborate.server.export', 'corroborate.server.analyzeWorkspace', 'corroborate.server.checkDocument'],
        },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      });
      assert.equal(result.serverInfo?.name, 'corroborate-ls');
    } finally {
      // Stopped whatever happened above: a leaked server would keep the test run alive.
      assert.equal(await other.stop(), 0);
    }
  });

  it('publishes boilerplate as faded hints on open, for the opened version', async function () {
    const uri = uriOf(path.join(workspace, 'ledger.txt'));
    const all = await client.openAndWait(uri, ledger, 7);
    assert.equal(client.diagnostics.get(uri)?.version, 7);
    const diagnostics = all.filter((d) => String(d.code).startsWith('boilerplate/'));
    assert.deepEqual(
      diagnostics.map((d) => d.range.start.line + 1),
      [17, 19, 21, 23, 25],
    );
    for (const d of diagnostics) {
      assert.equal(d.severity, HINT);
      assert.deepEqual(d.tags, [UNNECESSARY]);
      assert.equal(d.source, 'corroborate');
      assert.match(String(d.code), /^boilerplate\//);
    }
    const comments = diagnostics.find((d) => d.range.start.line === 18)!;
    assert.equal(comments.code, 'boilerplate/comments');
    assert.equal(comments.message, 'Not part of the article: comment section or comment policy.');
    assert.deepEqual(comments.range, { start: { line: 18, character: 0 }, end: { line: 18, character: 'Comments'.length } });
  });

  it('publishes nothing for files that are not articles, and says why', async function () {
    const uri = uriOf(path.join(workspace, 'LICENSE.txt'));
    const status = client.waitForNotification('corroborate/status', (p) => (p as { uri: string }).uri === uri);
    const diagnostics = await client.openAndWait(uri, 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software.\n');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(await status, { uri, version: 1, state: 'skipped', reason: '"LICENSE.txt" is a kind of file that is not a news article' });
  });

  it('skips documents outside corroborate.include', async function () {
    const uri = uriOf(path.join(workspace, 'notes.md'));
    assert.deepEqual(await client.openAndWait(uri, ledger), []);
  });

  it('answers a burst of edits with diagnostics for the final version only', async function () {
    const uri = uriOf(path.join(workspace, 'ledger.txt'));
    await client.openAndWait(uri, ledger, 1);
    const seen: number[] = [];
    client.diagnosticListeners.push((p) => {
      if (p.uri === uri && p.version !== undefined) seen.push(p.version);
    });
    const final = client.waitForDiagnostics(uri, (p) => p.version === 20);
    for (let version = 2; version <= 20; version++) {
      await client.change(uri, version, ledger.replace('Comments', version === 20 ? 'Article text goes on.' : `Comments ${version}`));
    }
    const last = await final;
    assert.deepEqual(seen, [20], 'no diagnostics for intermediate versions');
    assert.ok(!last.diagnostics.some((d) => d.range.start.line === 18 && d.code === 'boilerplate/comments'), 'the edited line is no longer a comments marker');
  });

  it('offers exact, versioned edits to remove one block or all boilerplate', async function () {
    const uri = uriOf(path.join(workspace, 'ledger.txt'));
    const diagnostics = (await client.openAndWait(uri, ledger, 3)).filter((d) => String(d.code).startsWith('boilerplate/'));
    const target: Diagnostic = diagnostics.find((d) => d.range.start.line === 16)!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => a.title),
      // The newsletter line, then the comment section with its policy paragraphs.
      ['Remove this boilerplate block (subscription, newsletter or cookie notice)', 'Remove all boilerplate in this file (2 blocks)'],
    );
    const [one, all] = actions.map((a) => a.edit!.documentChanges![0] as TextDocumentEdit);
    assert.deepEqual(one!.textDocument, { uri, version: 3 });
    const withoutOne = applyEdits(ledger, one!.edits);
    assert.ok(!withoutOne.includes('Sign up for the Ledger Morning Briefing'));
    assert.equal(withoutOne.split('\n').length, ledger.split('\n').length - 2, 'the line and one blank separator go');
    const cleaned = applyEdits(ledger, all!.edits);
    assert.ok(cleaned.trimEnd().endsWith('Talks are scheduled to resume on Thursday.'));
    assert.ok(cleaned.includes('Brennick dockworkers walk out over automation plans'), 'the headline stays');
  });

  it('offers remove-all as source.fixAll.corroborate when asked for that kind only', async function () {
    const uri = uriOf(path.join(workspace, 'ledger.txt'));
    await client.openAndWait(uri, ledger);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => a.kind),
      ['source.fixAll.corroborate'],
    );
  });

  it('writes a clean copy beside the article and leaves the original alone', async function () {
    const file = path.join(workspace, 'ledger.txt');
    copyFileSync(path.join(examplesDir, 'harbour-ledger.txt'), file);
    const uri = uriOf(file);
    await client.openAndWait(uri, ledger, 4);
    const told = client.waitForNotification('window/showMessage');
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.cleanCopy', arguments: [uri, 4] })) as { uri: string; removedBlocks: number };
    const cleanFile = path.join(workspace, 'ledger.clean.txt');
    assert.deepEqual(result, { uri: uriOf(cleanFile), removedBlocks: 2 });
    assert.equal(readFileSync(file, 'utf8'), ledger, 'original untouched');
    const clean = readFileSync(cleanFile, 'utf8');
    assert.ok(!clean.includes('Comments'));
    assert.ok(clean.endsWith('Talks are scheduled to resume on Thursday.\n'));
    assert.match(((await told) as { message: string }).message, /without 2 boilerplate blocks/);
  });

  it('refuses a clean copy for a stale version and an unknown command', async function () {
    const file = path.join(workspace, 'ledger.txt');
    writeFileSync(file, ledger);
    const uri = uriOf(file);
    await client.openAndWait(uri, ledger, 2);
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.cleanCopy', arguments: [uri, 1] }), /changed/);
    assert.ok(!existsSync(path.join(workspace, 'ledger.clean.txt')));
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.nope', arguments: [] }), /Unknown command/);
  });

  it('applies per-rule severity settings when the configuration changes', async function () {
    const uri = uriOf(path.join(workspace, 'ledger.txt'));
    await client.openAndWait(uri, ledger, 1);
    client.settings = { rules: { 'boilerplate/comments': 'off', 'boilerplate/subscription': 'warning', 'claim/unattributed': 'off', 'claim/vague-source': 'off' } };
    const republished = client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 1);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const [only] = (await republished).diagnostics;
    assert.equal(only!.code, 'boilerplate/subscription');
    assert.equal(only!.severity, 2);
  });

  it('clears diagnostics when a document closes, and exits cleanly', async function () {
    const uri = uriOf(path.join(workspace, 'ledger.txt'));
    await client.openAndWait(uri, ledger);
    const cleared = client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.close(uri);
    await cleared;
    assert.deepEqual(
      await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      }),
      [],
    );
  });

  describe('hover and source highlighting', function () {
    const article = [
      'Reservoir rises after record rain',
      'The reservoir rose by 4 metres overnight, the water authority said. “We are watching it hourly,” said engineer Lena Vos.',
      'Some residents fear the dam could fail.',
      'The dam was built in 1962.',
      'Sign up for our newsletter',
      'Analyst Jo [Click](command:workbench.action.quit) Banks said the *spillway* is sound.',
    ].join('\n');
    const hoverText = async (uri: string, line: number, character: number) => {
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as { contents: { kind: string; value: string } } | null;
      return hover?.contents.value ?? null;
    };

    it('shows the source and cue of a sentence, and the speaker of a quote', async function () {
      const uri = uriOf(path.join(workspace, 'dam.txt'));
      await client.openAndWait(uri, article);
      assert.equal(await hoverText(uri, 1, 5), '**Source:** the water authority — named source  \n**Cue:** “said”\n\nNo other article in the workspace reports this claim.');
      assert.match((await hoverText(uri, 1, 75))!, /^\*\*Source:\*\* engineer Lena Vos — named source/);
      const vague = (await hoverText(uri, 2, 3))!;
      assert.match(vague, /^\*\*Source:\*\* Some residents — vague source/);
      assert.doesNotMatch(vague, /names no one/, 'the vague-source diagnostic already says so in the same hover');
      assert.equal(await hoverText(uri, 3, 3), 'No other article in the workspace reports this claim.', 'unattributed: the diagnostic says it has no source');
      assert.equal(await hoverText(uri, 4, 3), null, 'boilerplate: the diagnostic speaks for itself');
    });

    it('escapes article text in hovers', async function () {
      const uri = uriOf(path.join(workspace, 'dam.txt'));
      await client.openAndWait(uri, article);
      const text = (await hoverText(uri, 5, 3))!;
      assert.ok(!/(^|[^\\])\[Click\]/.test(text) && !/(^|[^\\])\(command:/.test(text), text);
    });

    it('marks sources and cues with semantic tokens', async function () {
      const uri = uriOf(path.join(workspace, 'dam.txt'));
      await client.openAndWait(uri, article);
      const { data } = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
      const tokens: [number, number, number, number, number][] = [];
      let line = 0,
        character = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i]!;
        character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
        tokens.push([line, character, data[i + 2]!, data[i + 3]!, data[i + 4]!]);
      }
      const lines = article.split('\n');
      const word = (l: number, start: number, length: number) => lines[l]!.slice(start, start + length);
      const described = tokens.map(([l, c, len, type, mods]) => `${l}:${word(l, c, len)}:${type === 0 ? 'source' : 'cue'}${mods ? ':vague' : ''}`);
      assert.ok(described.includes('1:the water authority:source'), described.join(' | '));
      assert.ok(described.includes('1:said:cue'));
      assert.ok(described.includes('2:Some residents:source:vague'));
    });
  });

  describe('an unattributed claim that independent sources report', function () {
    // Three outlets, none a copy of another, tell one fact in near the same words: the article
    // that gives it no source is shown one severity lower.
    const ARTICLES: Record<string, string> = {
      'halden-post.txt': [
        'Ferry crossings halted as storm hits the Halden coast',
        '',
        'The Halden Ferry Company cancelled every crossing to Lindqvist island on Tuesday as winds reached 120 kilometres an hour.',
        'Residents of the island stocked up on bread and fuel before the last boat left on Monday night.',
        '',
      ].join('\n'),
      'coast-radio.txt': [
        'Lindqvist cut off by storm',
        '',
        'The Halden Ferry Company cancelled every crossing to Lindqvist island on Tuesday as winds reached 120 kilometres an hour, the company said.',
        'A spokeswoman said services would resume once the harbour master judged the sea safe.',
        '',
      ].join('\n'),
      'island-news.txt': [
        'Storm strands islanders',
        '',
        'All crossings to Lindqvist island were cancelled by the Halden Ferry Company on Tuesday as winds reached 120 kilometres an hour, according to the harbour office.',
        'Shopkeepers on the island said they had enough supplies for a week.',
        '',
      ].join('\n'),
    };
    let corpus: string;
    let corpusClient: LspTestClient;
    const fileUri = (name: string) => uriOf(path.join(corpus, name));

    beforeEach(async function () {
      corpus = mkdtempSync(path.join(tmpdir(), 'corroborate-demoted-'));
      for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(corpus, name), text);
      corpusClient = new LspTestClient();
      const indexed = corpusClient.waitForNotification('window/logMessage', (p) => /indexed 3 files/.test((p as { message: string }).message));
      await corpusClient.initialize(uriOf(corpus));
      await indexed;
    });

    afterEach(async function () {
      await corpusClient.stop();
      rmSync(corpus, { recursive: true, force: true });
    });

    it('says over the whole sentence why a corroborated unattributed claim is shown one severity lower', async function () {
      const uri = fileUri('halden-post.txt');
      const text = ARTICLES['halden-post.txt']!;
      const diagnostics = await corpusClient.openAndWait(uri, text);
      const demoted = diagnostics.find((d) => d.code === 'claim/unattributed' && (d.data as { demoted?: boolean }).demoted)!;
      assert.equal(demoted.severity, HINT, 'information, one lower');
      const sentence = text.split(/\r?\n/)[demoted.range.start.line]!;
      assert.deepEqual([demoted.range.start.character, demoted.range.end.character], [0, sentence.length], 'the diagnostic spans the sentence');
      // Past the two characters VS Code gives a Hint's own hover: the middle of the sentence.
      const middle = { line: demoted.range.start.line, character: Math.floor(sentence.length / 2) };
      const hover = (await corpusClient.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: middle })) as { contents: { value: string }; range: unknown };
      assert.match(
        hover.contents.value,
        /^\*\*Unattributed claim, shown one severity lower\*\* because independent sources report it \(`corroborate\.demoteCorroboratedClaims`\)\.\n\n\*\*Also reported by \d other outlets:\*\*/,
      );
      assert.deepEqual(hover.range, demoted.range);
    });
  });

  describe('corroboration across the workspace', function () {
    let corpus: string;
    let corpusClient: LspTestClient;
    const fileUri = (name: string) => uriOf(path.join(corpus, name));

    beforeEach(async function () {
      corpus = mkdtempSync(path.join(tmpdir(), 'corroborate-corpus-'));
      for (const name of ['harbour-ledger.txt', 'northern-gazette.txt', 'valmora-post.txt', 'meridian-wire.txt', 'coastline-daily.txt']) {
        copyFileSync(path.join(examplesDir, name), path.join(corpus, name));
      }
      // What git ignores, and clean copies, are not part of the corpus.
      mkdirSync(path.join(corpus, 'scratch'));
      copyFileSync(path.join(examplesDir, 'harbour-ledger.txt'), path.join(corpus, 'scratch', 'draft.txt'));
      copyFileSync(path.join(examplesDir, 'harbour-ledger.txt'), path.join(corpus, 'harbour-ledger.clean.txt'));
      writeFileSync(path.join(corpus, '.gitignore'), 'scratch/\n');
      corpusClient = new LspTestClient();
      const indexed = corpusClient.waitForNotification('window/logMessage', (p) => /indexed 5 files/.test((p as { message: string }).message));
      await corpusClient.initialize(uriOf(corpus));
      await indexed;
    });

    afterEach(async function () {
      await corpusClient.stop();
      rmSync(corpus, { recursive: true, force: true });
    });

    it('publishes conflicts for files never opened, pointing at the sentences that disagree', async function () {
      const valmora = corpusClient.diagnostics.get(fileUri('valmora-post.txt')) ?? (await corpusClient.waitForDiagnostics(fileUri('valmora-post.txt')));
      const conflict = valmora.diagnostics.find((d) => d.code === 'corroboration/conflict')!;
      assert.equal(conflict.severity, 2);
      assert.match(conflict.message, /^Figures disagree: “Tens of thousands of workers” \(the union\) here/);
      const related = conflict.relatedInformation!.map((r) => `${path.basename(URI_PATH(r.location.uri))}:${r.location.range.start.line + 1} ${r.message}`);
      assert.ok(related.includes('harbour-ledger.txt:3 harbour-ledger: “About 4,000 dockworkers”'), related.join(' | '));

      // Once opened, the article publishes for itself: a settings change never brings back the disk's view.
      const uri = fileUri('valmora-post.txt');
      await corpusClient.openAndWait(uri, readFileSync(path.join(corpus, 'valmora-post.txt'), 'utf8'), 9);
      const publishes = corpusClient.recordDiagnostics(uri);
      const republished = corpusClient.waitForDiagnostics(uri, (p) => p.version === 9);
      await corpusClient.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await republished;
      assert.deepEqual(
        publishes.map((p) => p.version),
        [9],
      );
    });

    it('hovers and references a claim with the other articles that report it, opened or not', async function () {
      const uri = fileUri('harbour-ledger.txt');
      await corpusClient.openAndWait(uri, readFileSync(path.join(corpus, 'harbour-ledger.txt'), 'utf8'));
      const hover = (await corpusClient.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } })) as { contents: { value: string } };
      assert.match(hover.contents.value, /\*\*Also reported by \d other outlets?:\*\*/);
      assert.match(hover.contents.value, /\*Meridian News Agency\* \(\[line 1\]\(file:.*meridian-wire\.txt#L1\)\)/);
      assert.match(
        hover.contents.value,
        /^“About 4,000 dockworkers” \(the Brennick Dockworkers' Union\) here vs “Tens of thousands of workers” \(the union\) in \*valmora\\-post\* \(\[line 9\]\(file:.*valmora-post\.txt#L9\)\)\n\n/,
      );
      const references = (await corpusClient.connection.sendRequest('textDocument/references', {
        textDocument: { uri },
        position: { line: 2, character: 10 },
        context: { includeDeclaration: false },
      })) as { uri: string; range: { start: { line: number } } }[];
      const where = references.map((r) => `${path.basename(URI_PATH(r.uri))}:${r.range.start.line + 1}`);
      assert.ok(where.includes('meridian-wire.txt:1'), where.join(' '));
      assert.ok(where.includes('valmora-post.txt:9'), where.join(' '));
    });

    it('builds the corroboration report of the whole workspace', async function () {
      const model = (await corpusClient.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.report', arguments: [] })) as {
        outlets: string[];
        rows: { claim: string; cells: Record<string, { status: string }> }[];
      };
      assert.equal(model.outlets.length, 5);
      const ships = model.rows.find((r) => r.claim.startsWith('Up to 25 ships'))!;
      assert.equal(ships.cells['harbour-ledger']!.status, 'conflicts');
    });

    it('exports every annotation of the workspace as JSON, CSV or Markdown, and refuses other formats', async function () {
      const exported = (format: string) => corpusClient.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.export', arguments: [format] }) as Promise<string>;
      const json = JSON.parse(await exported('json')) as { files: { path: string }[] };
      assert.equal(json.files.length, 5);
      assert.match(await exported('csv'), /^"path","line","column"/);
      assert.match(await exported('md'), /^# Corroborate annotations/);
      await assert.rejects(exported('xml'), /json, csv or md/);
    });

    it('analyses the workspace on request and publishes every finding of unopened files', async function () {
      const ledger = corpusClient.waitForDiagnostics(fileUri('harbour-ledger.txt'), (p) => p.diagnostics.some((d) => d.code === 'claim/unattributed'));
      const result = (await corpusClient.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.server.analyzeWorkspace', arguments: [] })) as {
        files: number;
        findings: number;
        cancelled: boolean;
      };
      assert.equal(result.files, 5);
      assert.equal(result.cancelled, false);
      // What the Problems panel lists: every diagnostic the client holds but hints (faded boilerplate).
      const listed = [...corpusClient.diagnostics.values()].reduce((n, p) => n + p.diagnostics.filter((d) => d.severity !== 4).length, 0);
      assert.ok(result.findings > 10);
      assert.equal(result.findings, listed);
      const diagnostics = (await ledger).diagnostics;
      assert.ok(diagnostics.some((d) => d.code === 'corroboration/conflict'));

      // An article opened after that publishes its own findings; the disk's never overwrite them.
      const gazette = fileUri('northern-gazette.txt');
      await corpusClient.openAndWait(gazette, readFileSync(path.join(corpus, 'northern-gazette.txt'), 'utf8'), 9);
      const gazettePublishes = corpusClient.recordDiagnostics(gazette);

      // A settings change later keeps every finding of those files showing, under the new settings.
      const rescored = corpusClient.waitForDiagnostics(fileUri('harbour-ledger.txt'), (p) => p.diagnostics.some((d) => d.code === 'claim/unattributed' && d.severity === 2));
      const gazetteRepublished = corpusClient.waitForDiagnostics(gazette);
      corpusClient.settings = { rules: { 'claim/unattributed': 'warning' } };
      await corpusClient.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = (await rescored).diagnostics;
      assert.equal((await gazetteRepublished).version, 9);
      assert.ok(
        after.some((d) => String(d.code).startsWith('boilerplate/')),
        'boilerplate still shown',
      );
      const restored = corpusClient.waitForDiagnostics(fileUri('harbour-ledger.txt'), (p) => p.diagnostics.some((d) => d.code === 'claim/unattributed' && d.severity === 3));
      corpusClient.settings = {};
      await corpusClient.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await restored;
      assert.ok(gazettePublishes.length > 0);
      for (const p of gazettePublishes) assert.equal(p.version, 9, 'only the open document publishes for itself');
      await corpusClient.close(gazette);
    });

    it('follows deletions on disk', async function () {
      const uri = fileUri('harbour-ledger.txt');
      await corpusClient.openAndWait(uri, readFileSync(path.join(corpus, 'harbour-ledger.txt'), 'utf8'));
      const referencesNow = async () =>
        (
          (await corpusClient.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: { line: 2, character: 10 }, context: { includeDeclaration: false } })) as {
            uri: string;
          }[]
        ).map((r) => path.basename(URI_PATH(r.uri)));
      assert.ok((await referencesNow()).includes('valmora-post.txt'));
      rmSync(path.join(corpus, 'valmora-post.txt'));
      const cleared = corpusClient.waitForDiagnostics(fileUri('valmora-post.txt'), (p) => p.diagnostics.length === 0);
      await corpusClient.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri('valmora-post.txt'), type: 3 }] });
      await cleared;
      assert.ok(!(await referencesNow()).includes('valmora-post.txt'));
    });
  });
});

function URI_PATH(uri: string): string {
  return new URL(uri).pathname;
}
