/**
 * lsp/openDocuments.ts: the run mode decides when an open document is analysed, edits are
 * debounced, and nothing is published for text the document no longer holds.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentResult } from '../../server/src/lsp/documentResults.js';
import { stateOf } from '../../server/src/lsp/documentState.js';
import { OpenDocuments } from '../../server/src/lsp/openDocuments.js';
import type { StatusParams } from '../../server/src/lsp/protocol.js';
import { DEFAULT_SETTINGS, type RunMode } from '../../server/src/lsp/settings.js';

const URI_A = 'file:///w/a.txt';
const DEBOUNCE = 20;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function harness(run: RunMode, options: { duringAnalysis?: () => void } = {}) {
  let document: TextDocument | undefined = TextDocument.create(URI_A, 'plaintext', 1, 'First text.');
  const sent: StatusParams[] = [];
  const analysed: number[] = [];
  const settings = { ...DEFAULT_SETTINGS, run, debounceMs: DEFAULT_SETTINGS.debounceMs === DEBOUNCE ? DEBOUNCE + 1 : DEBOUNCE };
  const open = new OpenDocuments({
    getDocument: (uri) => (uri === URI_A ? document : undefined),
    settings: { forDocument: async () => settings },
    results: {
      has: () => analysed.length > 0,
      current: async (doc): Promise<DocumentResult> => {
        analysed.push(doc.version);
        options.duringAnalysis?.();
        return { state: stateOf(doc), settingsVersion: 0, reason: 'a test' };
      },
      annotated: async () => undefined,
    },
    status: {
      publishDiagnostics: () => undefined,
      send: (p) => {
        sent.push(p);
        return p;
      },
      reportFailures: () => undefined,
    },
    docsUrl: undefined,
    log: { error: () => undefined },
  });
  const edit = (text: string) => {
    document = TextDocument.create(URI_A, 'plaintext', document!.version + 1, text);
  };
  return { open, sent, analysed, edit, close: () => (document = undefined), settle: () => wait(settings.debounceMs * 3) };
}

describe('open documents', function () {
  it('analyses a new document at once and a burst of edits once, for the latest version (onType)', async function () {
    const { open, sent, edit, settle } = harness('onType');
    await open.edited(URI_A);
    await wait(5);
    assert.deepEqual(
      sent.map((s) => s.version),
      [1],
      'a document never analysed is analysed without waiting',
    );
    for (const text of ['Second.', 'Third.', 'Fourth.']) {
      edit(text);
      await open.edited(URI_A);
    }
    await wait(5);
    assert.equal(sent.length, 1, 'edits wait for the debounce');
    await settle();
    assert.deepEqual(
      sent.map((s) => s.version),
      [1, 4],
    );
  });

  it('analyses on opening and on save only, and drops a save overtaken by an edit (onSave)', async function () {
    const { open, sent, edit, settle } = harness('onSave');
    await open.edited(URI_A);
    await settle();
    edit('Edited, not saved.');
    await open.edited(URI_A);
    await settle();
    assert.deepEqual(
      sent.map((s) => s.version),
      [1],
      'edits after opening wait for a save',
    );
    await open.saved(URI_A);
    await settle();
    assert.deepEqual(
      sent.map((s) => s.version),
      [1, 2],
    );
    await open.saved(URI_A);
    edit('Typed after the save.');
    await settle();
    assert.deepEqual(
      sent.map((s) => s.version),
      [1, 2],
      'the saved version is gone: its run is dropped',
    );
  });

  it('waits for a request in manual mode, and a request analyses now', async function () {
    const { open, sent, settle } = harness('manual');
    await open.edited(URI_A);
    await open.saved(URI_A);
    await open.refresh(URI_A);
    await settle();
    assert.deepEqual(sent, []);
    const status = await open.checkNow(URI_A);
    assert.equal(status?.version, 1);
    assert.equal(status?.state, 'skipped');
  });

  it('publishes nothing for text that changed while it was analysed', async function () {
    let h: ReturnType<typeof harness> | undefined;
    h = harness('manual', { duringAnalysis: () => h!.edit('Newer text.') });
    assert.equal(await h.open.checkNow(URI_A), undefined);
    assert.deepEqual(h.sent, []);
  });

  it('brings findings shown up to date for the text they are for, not for unsaved edits (onSave)', async function () {
    const { open, sent, edit, settle, analysed } = harness('onSave');
    await open.edited(URI_A);
    await settle();
    await open.refresh(URI_A);
    await settle();
    assert.deepEqual(
      sent.map((s) => s.version),
      [1, 1],
    );
    edit('Unsaved.');
    await open.refresh(URI_A);
    await settle();
    assert.deepEqual(analysed, [1, 1], 'unsaved text is not analysed on a refresh');
  });
});
