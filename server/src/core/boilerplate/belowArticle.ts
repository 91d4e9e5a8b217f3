/**
 * What the passes over the lines below the article read once the rules and the line model have
 * spoken (islands.ts, repeatedRuns.ts): the page's blocks, what is flagged so far, where the
 * article ends, and the blocks never to take.
 */
import type { BoilerplateCategory } from './categories.js';
import type { BlockFeatures } from './features.js';

export interface BelowArticle {
  features: readonly BlockFeatures[];
  /** The category of a block flagged so far; undefined for one kept. */
  flaggedCategory: (i: number) => BoilerplateCategory | undefined;
  /** The article's last paragraph; -1 for none. */
  articleEnd: number;
  /** The headline, a paragraph, a line that announces a list, a closed sentence of the article. */
  protectedBlock: (i: number) => boolean;
}

/** The blocks with words from `from` on, in order. */
export function wordedBlocks(features: readonly BlockFeatures[], from = 0): number[] {
  const worded: number[] = [];
  for (let i = Math.max(from, 0); i < features.length; i++) if (features[i]!.wordCount > 0) worded.push(i);
  return worded;
}
