/**
 * The inverted pyramid: a news story's first paragraph sums up what the paragraphs under it
 * source ("A Republican advertising onslaught will hit the airwaves in Iowa…" over "…, according
 * to data from Kantar Media"; "Esther Williams … has died." over "…, according to her
 * publicist"). Wire style lets the lede leave its attribution to the next paragraph, and an editor
 * reading on does not ask "says who?" of it. Blind readers shown the paragraphs after such a lede
 * rejected most "unattributed" flags on it (QUALITY.md rounds 293 and 294), so the lede is not
 * flagged when the next paragraph names a source of its own. (Reaching two paragraphs down spared
 * flags the readers would keep about as often as the flags kept: round 294.) Where the paragraphs
 * are single sentences, as wire and BBC styles write them, one paragraph is one sentence, and the
 * source of "A 23-year-old man has been charged with the murders…" stands two lines down ("…,
 * police said"): the reach runs on to the second sentence below (round 443).
 */
import type { SentenceAttribution } from './index.js';
import { ownSourceOf, storyBody } from './storyBody.js';

/** How many sentences below the lede may give its source: the next paragraph, and the one after when the next is a single sentence. */
export const LEDE_SENTENCE_REACH = 2;

/**
 * Clears the "unattributed" flag of the lede's sentences when the paragraphs below it (the next,
 * or the next two when the first is one sentence) name a source of their own (`ownSourceOf`):
 * someone named, a group ("police", "the ministry"), or a vague one ("sources told the Daily
 * News"), which is warned of where it stands.
 */
export function spareLedeSourcedBelow(results: readonly SentenceAttribution[]): void {
  const body = storyBody(results);
  const paragraphs = [...new Set(body.map((r) => r.blockIndex))];
  const lede = paragraphs[0];
  if (lede === undefined) return;
  const below = new Set<number>();
  let covered = 0;
  for (const paragraph of paragraphs.slice(1)) {
    if (covered >= LEDE_SENTENCE_REACH) break;
    below.add(paragraph);
    covered += body.filter((r) => r.blockIndex === paragraph).length;
  }
  if (!body.some((r) => below.has(r.blockIndex) && ownSourceOf(r) !== undefined)) return;
  for (const result of body) if (result.blockIndex === lede && result.unattributed) delete result.unattributed;
}
