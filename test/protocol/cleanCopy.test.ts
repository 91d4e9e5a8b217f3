/**
 * The server's clean copy in a folder it cannot trust: `<name>.clean.txt` planted as a link is
 * refused, and whatever the link points at is left byte for byte.
 */
import assert from 'node:assert/strict';
import { copyFileSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../support/lspClient.js';
import { examplesDir } from '../support/paths.js';

const CLEAN_COPY = 'corroborate.cleanCopy';

describe('clean copy in an untrusted folder', function () {
  this.timeout(60000);
  let client: LspTestClient;
  let workspace: string;
  let outside: string;
  let article: string;

  beforeEach(async function () {
    workspace = mkdtempSync(path.join(tmpdir(), 'corroborate-clean-'));
    outside = mkdtempSync(path.join(tmpdir(), 'corroborate-home-'));
    article = path.join(workspace, 'story.txt');
    copyFileSync(path.join(examplesDir, 'harbour-ledger.txt'), article);
    client = new LspTestClient();
    await client.initialize(pathToFileURL(workspace).href);
  });

  afterEach(async function () {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('refuses a clean copy whose name is a symbolic link to a file outside the folder', async function () {
    const bashrc = path.join(outside, '.bashrc');
    writeFileSync(bashrc, 'alias ll="ls -l"\n');
    symlinkSync(bashrc, path.join(workspace, 'story.clean.txt'));
    await assert.rejects(
      client.connection.sendRequest('workspace/executeCommand', { command: CLEAN_COPY, arguments: [pathToFileURL(article).href] }),
      /did not write story\.clean\.txt: it is a symbolic link/,
    );
    assert.equal(readFileSync(bashrc, 'utf8'), 'alias ll="ls -l"\n');
    assert.ok(lstatSync(path.join(workspace, 'story.clean.txt')).isSymbolicLink());
  });

  it('refuses a clean copy whose name is a symbolic link to the article itself', async function () {
    const original = readFileSync(article);
    symlinkSync(article, path.join(workspace, 'story.clean.txt'));
    const uri = pathToFileURL(article).href;
    await client.openAndWait(uri, original.toString('utf8'), 3);
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: CLEAN_COPY, arguments: [uri, 3] }), /symbolic link/);
    assert.ok(original.equals(readFileSync(article)), 'the article keeps every line');
  });
});
