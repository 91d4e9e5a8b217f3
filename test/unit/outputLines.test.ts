import assert from 'node:assert/strict';
import { relabelLine, withRelabelledLines } from '../../client/src/outputLines.js';

describe('the output channel’s lines', function () {
  it('logs a clean exit of the server (a restart) as information', function () {
    assert.equal(relabelLine('[Error - 10:42:01 AM] Server process exited with code 0.'), '[Info  - 10:42:01 AM] Server process exited normally (a restart or shutdown).');
  });

  it('keeps a crash an error', function () {
    for (const line of [
      '[Error - 10:42:01 AM] Server process exited with code 1.',
      '[Error - 10:42:01 AM] Server process exited with signal SIGKILL.',
      '[Info  - 10:42:01 AM] Corroborate index ready: 5 of 5 files in 0.4 s.',
    ]) {
      assert.equal(relabelLine(line), line);
    }
  });

  it('relabels what the client appends and passes everything else through', function () {
    const written: string[] = [];
    const channel = {
      name: 'Corroborate',
      appendLine(value: string) {
        written.push(value);
      },
      append(value: string) {
        written.push(`+${value}`);
      },
    };
    const wrapped = withRelabelledLines(channel);
    wrapped.appendLine('[Error - 1:00:00 PM] Server process exited with code 0.');
    wrapped.append('raw');
    assert.equal(wrapped.name, 'Corroborate');
    assert.deepEqual(written, ['[Info  - 1:00:00 PM] Server process exited normally (a restart or shutdown).', '+raw']);
  });
});
