/**
 * The server refuses to gut an article: "Write Clean Copy" answers an error the client
 * recognises (code and counts) unless forced, and remove-all is not offered, so that
 * `editor.codeActionsOnSave` cannot run it unattended.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResponseError, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { GUTTED_ARTICLE, GUTTED_ARTICLE_FORCED } from '../support/guttedArticle.js';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

const CLEAN_COPY = 'corroborate.cleanCopy';
/** CLEAN_COPY_REFUSED in server/src/lsp/protocol.ts: what clients look for. */
const REFUSED = 1001;

describe('clean copy and remove-all on an article they would gut', function () {
  this.timeout(60000);
  let client: LspTestClient;
  let workspace: string;
  let article: string;
  let uri: string;

  beforeEach(async function () {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-gut-'));
    article = path.join(workspace, 'strike.txt');
    writeFileSync(article, GUTTED_ARTICLE);
    uri = pathToFileURL(article).href;
    client = new LspTestClient();
    await client.initialize(pathToFileURL(workspace).href);
  });

  afterEach(async function () {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const cleanCopyPath = () => path.join(workspace, 'strike.clean.txt');

  it('refuses the clean copy with an error naming the counts, and writes nothing', async function () {
    await client.openAndWait(uri, GUTTED_ARTICLE, 2);
    const error = await client.connection.sendRequest('workspace/executeCommand', { command: CLEAN_COPY, arguments: [uri, 2] }).then(
      () => assert.fail('the copy was written'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ResponseError);
    assert.equal(error.code, REFUSED);
    assert.deepEqual(error.data, { proseLines: 4, removedProseLines: 3 });
    assert.equal(error.message, 'Corroborate did not write strike.clean.txt: it would remove 3 of 4 prose lines, more than half of the article. Check the boilerplate findings, or write it anyway.');
    assert.ok(!existsSync(cleanCopyPath()));
  });

  it('writes the clean copy when forced', async function () {
    await client.openAndWait(uri, GUTTED_ARTICLE, 2);
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: CLEAN_COPY, arguments: [uri, 2, { force: true }] });
    assert.deepEqual(result, { uri: pathToFileURL(cleanCopyPath()).href, removedBlocks: 1 });
    assert.equal(readFileSync(cleanCopyPath(), 'utf8'), GUTTED_ARTICLE_FORCED);
    assert.equal(readFileSync(article, 'utf8'), GUTTED_ARTICLE, 'original untouched');
  });

  const actionsAt = async (documentUri: string, diagnostic: Diagnostic | undefined, only?: string[]) =>
    (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: documentUri },
      range: diagnostic?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: diagnostic ? [diagnostic] : [], ...(only ? { only } : {}) },
    })) as CodeAction[];

  it('does not offer remove-all on it, as a quick fix or as source.fixAll, but keeps the per-block fix', async function () {
    const diagnostics = await client.openAndWait(uri, GUTTED_ARTICLE);
    const teaser = diagnostics.find((d) => d.range.start.line === 6)!;
    assert.ok(teaser, 'the classifier flags the paragraph under "Related"');
    const titles = (await actionsAt(uri, teaser)).map((a) => a.title);
    assert.ok(
      titles.some((t) => t.startsWith('Remove this boilerplate block')),
      titles.join(' | '),
    );
    assert.ok(!titles.some((t) => t.startsWith('Remove all boilerplate')), titles.join(' | '));
    assert.deepEqual(await actionsAt(uri, undefined, ['source.fixAll']), []);
  });

  it('offers remove-all on an article whose findings leave most of its prose', async function () {
    const ledger = readFileSync(path.join(examplesDir, 'harbour-ledger.txt'), 'utf8');
    const ledgerUri = pathToFileURL(path.join(workspace, 'ledger.txt')).href;
    const diagnostics = await client.openAndWait(ledgerUri, ledger);
    const comments = diagnostics.find((d) => d.code === 'boilerplate/comments')!;
    assert.ok((await actionsAt(ledgerUri, comments)).some((a) => a.title.startsWith('Remove all boilerplate')));
    assert.deepEqual(
      (await actionsAt(ledgerUri, undefined, ['source.fixAll'])).map((a) => a.kind),
      ['source.fixAll.corroborate'],
    );
  });
});
