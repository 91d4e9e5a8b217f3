/**
 * Write Clean Copy answers for the version it was asked about (issue 16, results follow the
 * text): an edit that arrives while the file is being read must not slip into the copy.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cleanCopy } from '../../server/src/lsp/commands.js';
import { examplesDir } from '../support/paths.js';

describe('clean copy of an open article', function () {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'corroborate-clean-version-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('copies the version asked for, even when an edit lands while the file is read', async function () {
    const file = path.join(folder, 'harbour-ledger.txt');
    copyFileSync(path.join(examplesDir, 'harbour-ledger.txt'), file);
    const original = readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).href;
    const document = TextDocument.create(uri, 'plaintext', 1, original);
    const written = cleanCopy([uri, 1], { getDocument: () => document, analysisOptions: {} });
    // The server applies the next didChange to the same object while the command awaits the file.
    const edited = 'A wholly different article.\n\nThe council met on Tuesday and said nothing of the harbour, officials said.\n';
    TextDocument.update(document, [{ text: edited }], 2);
    await written;
    const copy = readFileSync(path.join(folder, 'harbour-ledger.clean.txt'), 'utf8');
    assert.ok(!copy.includes('A wholly different article'), 'the copy holds the later edit');
    assert.ok(copy.length > 0 && original.startsWith(copy.split('\n')[0]!), 'the copy is of version 1');
  });
});
