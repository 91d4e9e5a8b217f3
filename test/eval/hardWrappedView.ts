/**
 * A view of a built set whose articles are hard-wrapped (round 348): each line longer than the
 * width has spaces turned into line breaks, as a wrapping tool breaks it. A break takes the
 * place of a space, so every offset of the set's labels still points at the same words, and the
 * kit's scorer reads the view as it reads the set.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The text with its long lines wrapped at `width` characters, each break in place of a space.
 * With `narrowest` below `width`, each line is wrapped at its own width between the two, as text
 * set in a proportional font is (a PDF's text layer: lines full in points hold more or fewer
 * characters); the widths come from a fixed sequence, so a view is the same on every run.
 */
export function hardWrap(text: string, width: number, narrowest = width): string {
  const characters = [...text];
  // A linear congruential sequence, seeded the same for every text.
  let state = 12345;
  const nextWidth = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return narrowest + Math.floor((state / 2147483648) * (width - narrowest + 1));
  };
  let lineWidth = nextWidth();
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < characters.length; i++) {
    const c = characters[i]!;
    if (c === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (c === ' ') lastSpace = i;
    if (i - lineStart >= lineWidth && lastSpace > lineStart) {
      characters[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
      lineWidth = nextWidth();
    }
  }
  return characters.join('');
}

/**
 * Writes under `root` a data folder with the set at `set` (relative to `devdata`), its articles
 * folder wrapped at `width` (each line between `narrowest` and `width`: see hardWrap) and every
 * other file of it linked; returns the folder.
 */
export function hardWrappedView(devdata: string, set: string, width: number, root: string, narrowest = width): string {
  const from = path.join(devdata, set);
  const to = path.join(root, set);
  mkdirSync(path.join(to, 'articles'), { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name !== 'articles') symlinkSync(path.join(from, entry.name), path.join(to, entry.name));
  }
  for (const name of readdirSync(path.join(from, 'articles'))) {
    writeFileSync(path.join(to, 'articles', name), hardWrap(readFileSync(path.join(from, 'articles', name), 'utf8'), width, narrowest));
  }
  return root;
}
