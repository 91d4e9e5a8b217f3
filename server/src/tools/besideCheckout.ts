/**
 * Where the development data and its kit sit: beside the checkout (`../devdata-build`,
 * `../shared/devdata`). A git worktree of the project sits apart from the main checkout while
 * the data sits beside the main one, so both are tried, this checkout first. Shared by
 * `npm run eval:dev` and `npm run train`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** git's answer in `cwd`, or undefined when git fails (not a repository, no git). */
export function git(cwd: string, args: string[]): string | undefined {
  const out = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return out.status === 0 ? out.stdout.trim() : undefined;
}

/** `relative` beside this checkout or beside the main one, whichever exists (the main one's when neither does). */
export function besideCheckout(repoRoot: string, relative: string): string {
  const common = git(repoRoot, ['rev-parse', '--path-format=absolute', '--git-common-dir']);
  const main = common && path.basename(common) === '.git' ? path.dirname(common) : repoRoot;
  const candidates = [...new Set([repoRoot, main])].map((root) => path.resolve(root, '..', relative));
  return candidates.find((dir) => existsSync(dir)) ?? candidates[candidates.length - 1]!;
}
