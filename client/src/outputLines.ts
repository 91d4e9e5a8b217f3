/**
 * The Corroborate output channel as the language client writes to it, with one line told
 * truthfully. vscode-languageclient logs every exit of the server process as an error, "Server
 * process exited with code 0" included, which is what a restart (or a shutdown) looks like:
 * the user reads a failure where nothing failed. A non-zero code or a signal stays an error.
 * Kept apart from the vscode API so that it is tested without an editor.
 */

const CLEAN_EXIT = /^\[Error\s*- ([^\]]*)\] Server process exited with code 0\.?$/;

/** The client's line, relabelled as information when it is a clean exit. */
export function relabelLine(line: string): string {
  const clean = CLEAN_EXIT.exec(line);
  return clean ? `[Info  - ${clean[1]}] Server process exited normally (a restart or shutdown).` : line;
}

/** The channel, unchanged but for the lines written with `appendLine`. */
export function withRelabelledLines<T extends { appendLine(value: string): void }>(channel: T): T {
  return new Proxy(channel, {
    get(target, property, receiver) {
      if (property === 'appendLine') return (value: string) => target.appendLine(relabelLine(value));
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
