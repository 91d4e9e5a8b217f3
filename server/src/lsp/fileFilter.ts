/**
 * Which documents Corroborate analyses: file paths matched against the include and exclude
 * globs, relative to the workspace folder that holds them (and absolute, for files outside).
 */
import picomatch from 'picomatch';
import { URI } from 'vscode-uri';
import type { Settings } from './settings.js';

const matcherCache = new Map<string, (path: string) => boolean>();

function matcher(globs: string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let match = matcherCache.get(key);
  if (!match) {
    match = globs.length ? picomatch(globs, { dot: true }) : () => false;
    matcherCache.set(key, match);
  }
  return match;
}

export type Inclusion = { included: true } | { included: false; reason: string };

export function checkInclusion(uri: string, settings: Settings, workspaceFolders: readonly string[]): Inclusion {
  const parsed = URI.parse(uri);
  // Unsaved documents have no path; whether they read as an article decides.
  if (parsed.scheme === 'untitled') return { included: true };
  if (parsed.scheme !== 'file') return { included: false, reason: `documents from "${parsed.scheme}:" are not analysed` };
  const absolute = parsed.fsPath.replace(/\\/g, '/');
  const candidates = [absolute];
  for (const folder of workspaceFolders) {
    const root = URI.parse(folder).fsPath.replace(/\\/g, '/').replace(/\/$/, '');
    if (absolute.startsWith(root + '/')) candidates.push(absolute.slice(root.length + 1));
  }
  if (!candidates.some(matcher(settings.include))) return { included: false, reason: 'it is not matched by corroborate.include' };
  if (candidates.some(matcher(settings.exclude))) return { included: false, reason: 'it is matched by corroborate.exclude' };
  return { included: true };
}

export function baseName(uri: string): string {
  const path = URI.parse(uri).path;
  return path.slice(path.lastIndexOf('/') + 1);
}
