/**
 * `corroborate.rules` as a client's workspace/configuration answer, keyed by whatever text the
 * user typed: a name that is no rule (`__proto__` and `constructor` among them) or a value that
 * is no severity is left out with one log line naming it, and the good overrides apply exactly
 * as they do alone.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir, uriOf } from '../support/paths.js';

const ledger = readFileSync(path.join(examplesDir, 'harbour-ledger.txt'), 'utf8');

const good = { 'claim/unattributed': 'off' };
// Parsed, as a settings file is: a literal would set the prototype rather than own a `__proto__` key.
const mixed = JSON.parse('{"__proto__": "off", "constructor": "error", "claim/unattributed": "off", "boilerplate/no-such-category": "hint", "corroboration/conflict": "loud"}') as Record<
  string,
  string
>;

describe('rule settings, entry by entry', function () {
  this.timeout(30000);
  let workspace: string;
  let client: LspTestClient;

  beforeEach(() => (workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-rules-'))));
  afterEach(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('leaves out each unknown rule name and bad severity with a log line naming it, and applies the good ones', async function () {
    assert.ok(Object.hasOwn(mixed, '__proto__'));
    client = new LspTestClient();
    client.settings = { rules: mixed };
    await client.initialize(uriOf(workspace));
    const uri = uriOf(path.join(workspace, 'harbour-ledger.txt'));
    const withMixed = await client.openAndWait(uri, ledger);
    assert.ok(withMixed.length > 0);
    assert.ok(!withMixed.some((d) => d.code === 'claim/unattributed'), 'the good override is applied');

    const ignored = client.notifications
      .filter((n) => n.method === 'window/logMessage')
      .map((n) => (n.params as { message: string }).message)
      .filter((m) => m.startsWith('Corroborate ignored a setting entry'));
    const named = ['["__proto__"] is not a rule', '["constructor"] is not a rule', '["boilerplate/no-such-category"] is not a rule', '["corroboration/conflict"] is "loud", not a severity'];
    assert.equal(ignored.length, named.length, ignored.join('\n'));
    for (const [i, entry] of named.entries()) assert.ok(ignored[i]!.includes(`corroborate.rules${entry}`), `${ignored[i]} names ${entry}`);

    // The good override alone gives exactly the same diagnostics, and it is what made them differ.
    client.settings = { rules: good };
    let republished = client.waitForDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await republished).diagnostics, withMixed);
    client.settings = {};
    republished = client.waitForDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(
      (await republished).diagnostics.some((d) => d.code === 'claim/unattributed'),
      'by default the ledger has unattributed claims',
    );
  });
});
