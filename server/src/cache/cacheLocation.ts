/**
 * Where a workspace's cache file lives: in the directory the client names
 * (`initializationOptions.cacheDirectory`; the VS Code client passes the workspace's storage),
 * else under $XDG_CACHE_HOME/corroborate (~/.cache/corroborate), one file per set of
 * workspace folders. `cacheDirectory: false` keeps the cache in memory only.
 */
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import * as path from 'node:path';

export function cacheFileFor(folders: readonly string[], cacheDirectory: unknown, env: NodeJS.ProcessEnv): string | undefined {
  if (cacheDirectory === false || folders.length === 0) return undefined;
  const directory = typeof cacheDirectory === 'string' && cacheDirectory ? cacheDirectory : path.join(env['XDG_CACHE_HOME'] || path.join(homedir(), '.cache'), 'corroborate');
  const workspace = createHash('sha256')
    .update([...folders].sort().join('\n'))
    .digest('hex')
    .slice(0, 16);
  return path.join(directory, `corpus-${workspace}.json`);
}
