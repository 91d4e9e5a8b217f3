/**
 * The seed articles' boilerplate lines as the foundation issue states them (1-based). The
 * seeds stay in ../shared; only these line numbers live here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { LabelledFile } from '../support/labels.js';
import { seedsDir } from '../support/paths.js';

export const SEED_BOILERPLATE_LINES: Record<string, number[]> = {
  '000': [13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23],
  '001': [1, 13, 27, 29, 31, 33],
  '002': [6, 10, 11],
  '003': [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
  '004': [2, 10, 11],
};

export function seedFile(prefix: string): string {
  const name = readdirSync(seedsDir).find((f) => f.startsWith(prefix + '_'));
  if (!name) throw new Error(`no seed ${prefix} in ${seedsDir}`);
  return path.join(seedsDir, name);
}

export function seedLabelledFiles(): LabelledFile[] {
  return Object.entries(SEED_BOILERPLATE_LINES).map(([prefix, lines]) => {
    const file = seedFile(prefix);
    return {
      name: path.basename(file),
      path: file,
      text: readFileSync(file, 'utf8'),
      boilerplate: new Map(lines.map((l) => [l - 1, 'boilerplate'])),
    };
  });
}
