/**
 * lsp/documentResults.ts: the version gate. A result answers for a document only while it holds
 * the version and text analysed under the same settings; an analysis that throws is one empty,
 * logged answer, not an error.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../server/src/core/annotate.js';
import { DocumentResults } from '../../server/src/lsp/documentResults.js';
import { ANALYSIS_FAILED } from '../../server/src/lsp/failures.js';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings.js';

const URI_A = 'file:///w/a.txt';

function harness(options: { maxFileSize?: number; throws?: boolean } = {}) {
  let document = TextDocument.create(URI_A, 'plaintext', 1, 'One text.');
  const settingsStore = { version: 0, forDocument: async () => ({ ...DEFAULT_SETTINGS, maxFileSize: options.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize }) };
  const added: string[] = [];
  const changed: string[] = [];
  const errors: string[] = [];
  const results = new DocumentResults({
    getDocument: () => document,
    openUris: () => [URI_A],
    settings: settingsStore,
    corpus: {
      addText: (_uri: string, text: string) => {
        if (options.throws) throw new Error('boom');
        added.push(text);
        return { text, annotations: [], claims: [] } as unknown as Analysis;
      },
      addEntry: () => undefined,
      linesForWorker: () => [],
      annotate: () => [],
      generation: 0,
    },
    pool: { analyze: () => Promise.reject(new Error('no worker')), parallel: false, stopWorkers: async () => undefined },
    changeIndex: (uri, change) => {
      changed.push(uri);
      return change();
    },
    folders: () => ['file:///w'],
    log: { error: (message) => void errors.push(message) },
  });
  const set = (version: number, text: string) => (document = TextDocument.create(URI_A, 'plaintext', version, text));
  return { results, added, changed, errors, settingsStore, set, document: () => document };
}

describe('document results', function () {
  it('keeps a result while the document holds its version and text, and the settings are the same', async function () {
    const h = harness();
    const first = await h.results.current(h.document());
    assert.equal(await h.results.current(h.document()), first);
    assert.deepEqual(h.added, ['One text.']);
    assert.deepEqual(h.changed, [URI_A], 'the corpus change goes through changeIndex');
    h.set(1, 'Same version, other text.');
    const second = await h.results.current(h.document());
    assert.notEqual(second, first);
    assert.equal(second.state.text, 'Same version, other text.');
    h.settingsStore.version++;
    assert.notEqual(await h.results.current(h.document()), second);
    assert.equal(h.added.length, 3);
    assert.ok(h.results.has(URI_A));
    h.results.forget(URI_A);
    assert.ok(!h.results.has(URI_A));
  });

  it('refuses a document larger than corroborate.maxFileSize without analysing it', async function () {
    const h = harness({ maxFileSize: 4 });
    const result = await h.results.current(h.document());
    assert.match(result.reason ?? '', /larger than corroborate\.maxFileSize \(4 characters\)/);
    assert.deepEqual(h.added, []);
    assert.equal(await h.results.annotated(h.document()), undefined);
  });

  it('answers an analysis that throws with a failed result, logged with its stack', async function () {
    const h = harness({ throws: true });
    const result = await h.results.current(h.document());
    assert.equal(result.failed, true);
    assert.equal(result.reason, ANALYSIS_FAILED);
    assert.equal(h.errors.length, 1);
    assert.match(h.errors[0]!, /^Corroborate could not analyse file:\/\/\/w\/a\.txt: Error: boom\n/);
  });
});
