/** Entry point of the `corroborate` command. */
import { run } from './run.js';

/**
 * Set once the reader of stdout has gone (`corroborate check … | head`): the rest of the output
 * is not wanted, and the command ends quietly, as Unix tools do, rather than with an EPIPE stack
 * trace. The exit status is still the command's own, for scripts that run with pipefail.
 */
let stdoutClosed = false;

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || stdoutClosed) {
    stdoutClosed = true;
    return;
  }
  process.stderr.write(`corroborate: cannot write the output: ${error.message}\n`);
  process.exit(3);
});
// Nowhere left to say anything when stderr's reader is gone too.
process.stderr.on('error', () => undefined);

run(process.argv.slice(2), {
  out: (text) => {
    if (!stdoutClosed) process.stdout.write(text + '\n');
  },
  outBytes: (bytes) => {
    if (!stdoutClosed) process.stdout.write(bytes);
  },
  err: (text) => process.stderr.write(text + '\n'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`corroborate: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 3;
  },
);
