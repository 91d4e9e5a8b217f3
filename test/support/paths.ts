/** Where things are, from the compiled test files (out/test/...). */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const examplesDir = path.join(repoRoot, 'examples');
export const labelledDir = path.join(repoRoot, 'test', 'fixtures', 'labelled');
export const heldoutDir = path.join(repoRoot, 'test', 'fixtures', 'heldout');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
export const serverBundle = path.join(repoRoot, 'dist', 'server.cjs');
export const cliBundle = path.join(repoRoot, 'dist', 'cli.cjs');

/** A file's URI as the editor sends it. */
export const uriOf = (file: string) => pathToFileURL(file).href;
