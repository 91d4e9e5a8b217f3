/**
 * Where the clean copy of an article goes: `<name>.clean.txt` beside it. Shared by the server,
 * which writes it, and the client, which names it when it asks before writing.
 * (No vscode or NLP imports here: the client bundles this file.)
 */
import * as path from 'node:path';

export function cleanCopyPath(articlePath: string): string {
  const parsed = path.parse(articlePath);
  const stem = parsed.ext.toLowerCase() === '.txt' ? parsed.name : parsed.base;
  return path.join(parsed.dir, `${stem}.clean.txt`);
}
