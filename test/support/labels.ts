/** Reading our hand-labelled corpora: labels.json maps a file to its boilerplate lines (1-based ranges) and their categories. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface LabelledFile {
  name: string;
  path: string;
  text: string;
  /** 0-based line -> category, for the boilerplate lines. */
  boilerplate: Map<number, string>;
}

export function readLabelledFolder(folder: string): LabelledFile[] {
  const labels = JSON.parse(readFileSync(path.join(folder, 'labels.json'), 'utf8')) as Record<string, Record<string, string>>;
  return Object.entries(labels).map(([name, ranges]) => {
    const boilerplate = new Map<number, string>();
    for (const [range, category] of Object.entries(ranges)) {
      const [from, to] = range.split('-').map(Number) as [number, number | undefined];
      for (let line = from; line <= (to ?? from); line++) boilerplate.set(line - 1, category);
    }
    const file = path.join(folder, name);
    return { name, path: file, text: readFileSync(file, 'utf8'), boilerplate };
  });
}
