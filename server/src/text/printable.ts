/**
 * Text that came from outside (a file name, a reason naming a file, an article's words) made
 * safe to print as part of one line. A file may be called "a.txt\nb.txt:1:1 error …": printed
 * as it is, it forges a finding (a row of an export, a line of the CLI's output), and an ESC in
 * a name can drive the terminal. Control characters, line and paragraph separators and
 * bidirectional overrides are escaped instead, and so is the backslash itself, so that a name
 * holding a real newline never prints like one holding a backslash and an n. Shared by the CLI and the exports (report/).
 */
const UNPRINTABLE = /[\\\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeCharacter(character: string): string {
  const named = NAMED[character];
  if (named) return named;
  const code = character.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeCharacter);
}

/** `path: message`, the shape of every note the CLI prints about a file. */
export function fileNote(file: string, message: string): string {
  return `${printable(file)}: ${printable(message)}`;
}
