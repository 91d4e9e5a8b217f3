/**
 * `corroborate.lexicons` with malformed entries among good ones, as a client's
 * workspace/configuration answer: each bad entry is left out with one log line naming it, and
 * the analysis is exactly the one the good entries alone give, every pass running.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient.js';
import { uriOf } from '../support/paths.js';

type Status = { uri: string; version: number; state: string; reason?: string };

const article = [
  'Dam inspection finds no cracks',
  '',
  'The mayor whispered that the dam was safe after the inspection on Monday.',
  '',
  'Engineers found 3 small leaks in the spillway, the water authority said.',
  '',
  'Onlookers believe the repairs will cost 2 million euros.',
  '',
  'Talkback corner',
  '',
  'Be the first to share your view on this story.',
].join('\n');

/** Good entries: a comments marker for line 8 and a reporting verb for line 2. */
const good = { boilerplate: { comments: { markers: ['Talkback corner'] } }, attribution: { speech: ['whisper'] } };
/** The same good entries with bad ones around them, each of a different kind. */
const mixed = {
  boilerplate: { comments: { markers: ['Talkback corner', 42, ''] }, share: 'oops' },
  attribution: { speech: ['whisper', null], vagueHeads: 'onlookers' },
};

describe('lexicon settings, entry by entry', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspTestClient;

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-lexicons-'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('leaves out each malformed entry with a log line naming it, and keeps the good ones', async function () {
    client = new LspTestClient();
    client.settings = { lexicons: mixed };
    await client.initialize(uriOf(workspace));
    const uri = uriOf(path.join(workspace, 'dam.txt'));
    const status = client.waitForNotification('corroborate/status', (p) => (p as Status).uri === uri) as Promise<Status>;
    const withMixed = await client.openAndWait(uri, article);
    const analysed = await status;
    assert.equal(analysed.state, 'analysed');
    assert.equal(analysed.reason, undefined, 'every pass ran');
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } })) as Hover;
    assert.match((hover.contents as { value: string }).value, /^\*\*Source:\*\* The mayor/, 'the good reporting verb is used');
    assert.ok(
      withMixed.some((d) => d.range.start.line === 8 && d.code === 'boilerplate/comments'),
      'the good marker is used',
    );

    const ignored = client.notifications
      .filter((n) => n.method === 'window/logMessage')
      .map((n) => (n.params as { message: string }).message)
      .filter((m) => m.startsWith('Corroborate ignored a setting entry'));
    const named = [
      'boilerplate.comments.markers[1] is 42',
      'boilerplate.comments.markers[2] is ""',
      'boilerplate.share is "oops"',
      'attribution.speech[1] is null',
      'attribution.vagueHeads is "onlookers"',
    ];
    assert.equal(ignored.length, named.length, ignored.join('\n'));
    for (const [i, entry] of named.entries()) assert.ok(ignored[i]!.includes(`corroborate.lexicons.${entry}`), `${ignored[i]} names ${entry}`);

    // The good entries alone give exactly the same findings.
    client.settings = { lexicons: good };
    const republished = client.waitForDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(withMixed, (await republished).diagnostics);
  });
});
