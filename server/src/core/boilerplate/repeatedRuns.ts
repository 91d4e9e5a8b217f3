/**
 * Runs of short lines that the page prints again below the article. A widget repeated down a page
 * — an ad box's "Ad is Hidden", "Why did you hide this ad?", "Misleading", "Irrelevant" under each
 * sponsored teaser, a post's "Reply", "Share", "Report" under each reply — prints the same lines in
 * the same order every time; an article does not repeat three of its own lines in a row. What
 * repeats is told from the page alone, as the corpus tells a site's template from the lines other
 * files share (templates.ts).
 */
import type { BoilerplateCategory } from './categories.js';
import { type BelowArticle, wordedBlocks } from './belowArticle.js';

/** The fewest lines with words in a row that, printed again in the same order, make a widget. */
const RUN_LINES = 3;
/** A widget's line is a label or a prompt: at most this many words. */
const RUN_LINE_WORDS = 8;

/**
 * The kept blocks below the article that stand in a run of RUN_LINES or more short lines with
 * words which the page prints again, word for word and in the same order, elsewhere below the
 * article; each with the category of the nearest flagged block above it ('navigation' when there
 * is none). A protected block is never taken, nor is a run that holds one.
 */
export function repeatedRunsBelowArticle({ features, flaggedCategory, articleEnd, protectedBlock }: BelowArticle): Map<number, BoilerplateCategory> {
  const out = new Map<number, BoilerplateCategory>();
  if (articleEnd < 0) return out;
  // The short lines with words below the article, in order; a longer line breaks a run.
  const worded = wordedBlocks(features, articleEnd + 1);
  if (worded.length < 2 * RUN_LINES) return out;
  const short = worded.map((i) => features[i]!.wordCount <= RUN_LINE_WORDS && !protectedBlock(i));
  // Word for word, figures included: a table's rows ("6817 387") differ in their figures only.
  const text = worded.map((i, k) => (short[k] ? features[i]!.text.trim().toLowerCase().replace(/\s+/g, ' ') : ''));
  // Where each run of RUN_LINES short lines starts, by its lines' text.
  const starts = new Map<string, number[]>();
  let shortInRow = 0;
  for (let k = 0; k < worded.length; k++) {
    shortInRow = short[k] ? shortInRow + 1 : 0;
    if (shortInRow < RUN_LINES) continue;
    const first = k - RUN_LINES + 1;
    const key = text.slice(first, k + 1).join('\n');
    const list = starts.get(key);
    if (list) list.push(first);
    else starts.set(key, [first]);
  }
  const inRun = new Array<boolean>(worded.length).fill(false);
  for (const list of starts.values()) {
    // Copies that overlap one another are one line said three times, not a widget printed twice.
    const apart = list.filter((k, j) => list.some((other, m) => m !== j && Math.abs(other - k) >= RUN_LINES));
    for (const k of apart) for (let j = k; j < k + RUN_LINES; j++) inRun[j] = true;
  }
  let category: BoilerplateCategory = 'navigation';
  let scanned = articleEnd;
  for (let k = 0; k < worded.length; k++) {
    const i = worded[k]!;
    for (; scanned < i; scanned++) category = flaggedCategory(scanned) ?? category;
    if (inRun[k] && flaggedCategory(i) === undefined) out.set(i, category);
  }
  return out;
}
