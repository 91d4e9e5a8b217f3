/**
 * Kept lines stranded among furniture below the article. Once the article has ended, a line or
 * two that the rules and the model keep with a run of furniture above and below it is the
 * furniture's too: a teaser whose title reads as a sentence between two flagged ones, a feed's
 * blurb between its bylines, a widget's label. Context decides it, as jusText classifies its
 * short and near-good blocks by the blocks around them (Pomikálek, 2011).
 */
import type { BoilerplateCategory } from './categories.js';
import { type BelowArticle, wordedBlocks } from './belowArticle.js';

/** At most this many lines with words make an island. */
const ISLAND_LINES = 2;
/** Of the nearest lines with words on either side, this many must be furniture… */
const SHORE_LINES = 2;
/** …out of this many. */
const SHORE_WINDOW = 3;
/** Lines with words an island stands below the article's last paragraph, at least. */
const ISLAND_BELOW_SPAN = 3;

/**
 * The kept blocks to flag, with the category of the furniture above them; blocks without words
 * are skipped.
 */
export function islandsBelowArticle({ features, flaggedCategory, articleEnd, protectedBlock }: BelowArticle): Map<number, BoilerplateCategory> {
  const out = new Map<number, BoilerplateCategory>();
  if (articleEnd < 0) return out;
  const worded = wordedBlocks(features);
  const afterSpan = worded.findIndex((i) => i > articleEnd);
  if (afterSpan === -1) return out;
  const first = afterSpan + ISLAND_BELOW_SPAN - 1;
  // A shore: the line right beside the island is furniture, and so are most of the lines beyond it.
  const shore = (from: number, step: 1 | -1) => {
    if (from < 0 || from >= worded.length || flaggedCategory(worded[from]!) === undefined) return false;
    let count = 0;
    for (let j = from, seen = 0; j >= 0 && j < worded.length && seen < SHORE_WINDOW; j += step, seen++) if (flaggedCategory(worded[j]!) !== undefined) count++;
    return count >= SHORE_LINES;
  };
  for (let k = Math.max(first, SHORE_LINES); k < worded.length; ) {
    if (flaggedCategory(worded[k]!) !== undefined) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < worded.length && flaggedCategory(worded[end + 1]!) === undefined) end++;
    const size = end - k + 1;
    if (size <= ISLAND_LINES && shore(k - 1, -1) && shore(end + 1, 1)) {
      const island = worded.slice(k, end + 1);
      if (!island.some(protectedBlock)) for (const i of island) out.set(i, flaggedCategory(worded[k - 1]!)!);
    }
    k = end + 1;
  }
  return out;
}
