/**
 * Every command the server declares has its handler in lsp/commands.ts, and a command without
 * one is refused as the protocol says.
 */
import assert from 'node:assert/strict';
import { CancellationToken, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { executeCommand, HANDLED_COMMANDS, type CommandDependencies } from '../../server/src/lsp/commands.js';
import { COMMAND_CHECK_DOCUMENT, COMMAND_EXPORT, SERVER_COMMANDS } from '../../server/src/lsp/protocol.js';

const unused = () => {
  throw new Error('not expected to be called');
};
const deps: CommandDependencies = {
  getDocument: () => undefined,
  corpusResults: unused,
  folders: () => [],
  documents: { checkNow: unused },
  disk: { ensureFindings: unused, publishFindings: unused },
  panelFindings: unused,
  scan: { run: unused },
  settings: { forDocument: unused },
  clientReportsCleanCopy: () => true,
  showInformation: unused,
};

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ResponseError, String(error));
  return error.code;
};

describe('command handlers', function () {
  it('has one handler for each command the server declares, and no other', function () {
    assert.deepEqual([...HANDLED_COMMANDS].sort(), [...SERVER_COMMANDS].sort());
  });

  it('refuses an unknown command, and bad arguments before touching the server', async function () {
    assert.equal(await codeOf(executeCommand({ command: 'corroborate.nothing' }, CancellationToken.None, deps)), ErrorCodes.MethodNotFound);
    assert.equal(await codeOf(executeCommand({ command: COMMAND_EXPORT, arguments: ['xml'] }, CancellationToken.None, deps)), ErrorCodes.InvalidParams);
    assert.equal(await codeOf(executeCommand({ command: COMMAND_CHECK_DOCUMENT, arguments: ['file:///closed.txt'] }, CancellationToken.None, deps)), ErrorCodes.InvalidParams);
  });
});
