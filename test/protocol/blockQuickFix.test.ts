/**
 * "Remove this boilerplate block" removes the block a reader sees, marker and items, as one
 * edit; the action titles count blocks, not lines.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

describe('removing a boilerplate block from the editor', function () {
  this.timeout(60000);
  let client: LspTestClient;
  let workspace: string;
  const coastline = readFileSync(path.join(examplesDir, 'coastline-daily.txt'), 'utf8');
  const lines = coastline.split('\n');

  beforeEach(async function () {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-blocks-'));
    client = new LspTestClient();
    await client.initialize(pathToFileURL(workspace).href);
  });

  afterEach(async function () {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('removes a "Read next" marker with all its teasers in one edit, from a teaser line', async function () {
    const uri = pathToFileURL(path.join(workspace, 'coastline.txt')).href;
    const diagnostics = await client.openAndWait(uri, coastline, 5);
    assert.equal(lines[13], 'Calder Bay braces for surge in diverted cargo');
    const teaser: Diagnostic = diagnostics.find((d) => d.range.start.line === 13 && String(d.code).startsWith('boilerplate/'))!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: teaser.range, context: { diagnostics: [teaser] } })) as CodeAction[];
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Remove')).map((a) => a.title),
      ['Remove this boilerplate block (related or read-next links, 7 lines)', 'Remove all boilerplate in this file (3 blocks)'],
    );
    const change = actions[0]!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 5 });
    assert.equal(change.edits.length, 1, 'one edit');
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 5, coastline), change.edits);
    assert.deepEqual(after.split('\n'), [...lines.slice(0, 11), ...lines.slice(18)], 'lines 12-18 (Read next … the last teaser) go, nothing else');
  });

  it('offers one action per block under the cursor, however many of its lines the cursor spans', async function () {
    const uri = pathToFileURL(path.join(workspace, 'coastline.txt')).href;
    const diagnostics = (await client.openAndWait(uri, coastline)).filter((d) => [12, 13, 14].includes(d.range.start.line));
    const range = { start: { line: 12, character: 0 }, end: { line: 14, character: 1 } };
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } })) as CodeAction[];
    const removeBlock = actions.filter((a) => a.title.startsWith('Remove this boilerplate block'));
    assert.equal(removeBlock.length, 1);
    assert.equal(removeBlock[0]!.diagnostics!.length, 3, 'it resolves the diagnostics of the block under the cursor');
  });
});
