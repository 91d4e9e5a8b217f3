/**
 * The stretch of a page where the article's prose is densest, found as body text extraction
 * (Finn, Kushmerick and Smyth, 2001) finds it: the run of blocks that holds the most words of
 * article prose against the fewest lines of anything else. On a scraped page the first and last
 * paragraphs of prose are often a menu's blurb and a teaser's summary, far from the article;
 * this run is where the article itself stands. Linear in the number of blocks.
 */
import type { BlockFeatures } from './features.js';

/** What a line that is not article prose costs the run, against a word of prose that pays for it. */
const OTHER_LINE_COST = 0.5;

export interface MainSpan {
  /** First and last block of the run; start > end when the page has no article prose. */
  start: number;
  end: number;
}

export function mainProseSpan(features: readonly BlockFeatures[], articleLike: readonly boolean[]): MainSpan {
  let best = 0;
  let span: MainSpan = { start: 0, end: -1 };
  let sum = 0;
  let start = 0;
  for (let i = 0; i < features.length; i++) {
    const words = features[i]!.wordCount;
    // A line of other text costs by its length (a paragraph of comments costs more than a
    // share button), and at least one word, so that a run of empty rows still costs.
    const value = articleLike[i] ? words : -OTHER_LINE_COST * Math.max(1, words);
    if (sum <= 0) {
      sum = value;
      start = i;
    } else sum += value;
    if (sum > best) {
      best = sum;
      span = { start, end: i };
    }
  }
  return span;
}

/** Blocks from each block to the run (0 inside it; the page's length when there is no run). */
export function distanceToSpan(span: MainSpan, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (span.start > span.end ? n : i < span.start ? span.start - i : i > span.end ? i - span.end : 0));
}
