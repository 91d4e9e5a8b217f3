/**
 * A sports report tells its public record: the result, who scored, the injuries and the signings
 * a club announces. Blind readers of the flag batches asked "says who?" of almost none of its
 * sentences (11.5 of 198 labelled in sports stories, against one in five elsewhere), and of the 11
 * "unattributed" flags the pass raised in such stories they agreed with one, a contract's figures
 * (QUALITY.md round 298). So no sentence of a sports report is flagged. A story is one when a quarter of its
 * sentences use a word only sport uses (the lexicon's `sportsWords`), and two such words at least.
 */
import type { TaggedToken } from '../nlp/tagger.js';
import type { SentenceAttribution } from './index.js';
import type { AttributionLexicon } from './lexicon.js';
import { storyBody } from './storyBody.js';

/** The share of the story's sentences with a sport's word that makes it a sports report. */
export const SPORTS_SHARE = 0.25;
/** How many different words of sport it needs: one word ("game", "the season") is a figure of speech. */
export const SPORTS_WORDS = 2;

/** A word of sport as written: in lower case, or a league's acronym ("NFL"); not "Games" of "The Hunger Games". */
function sportsWord(t: TaggedToken, lexicon: AttributionLexicon): boolean {
  return lexicon.sportsWords.has(t.lower) && (t.text === t.lower || t.text === t.text.toUpperCase());
}

/** Whether the story under the headline is a sports report. */
export function isSportsReport(results: readonly SentenceAttribution[], lexicon: AttributionLexicon): boolean {
  const body = storyBody(results);
  if (body.length === 0) return false;
  const words = new Set<string>();
  let sentences = 0;
  for (const result of body) {
    const found = result.tokens.filter((t) => sportsWord(t, lexicon));
    if (found.length === 0) continue;
    sentences++;
    for (const t of found) words.add(t.lower);
  }
  return sentences / body.length >= SPORTS_SHARE && words.size >= SPORTS_WORDS;
}

/** Clears every "unattributed" flag of a sports report. */
export function spareSportsReport(results: readonly SentenceAttribution[], lexicon: AttributionLexicon): void {
  if (!isSportsReport(results, lexicon)) return;
  for (const result of results) if (result.unattributed) delete result.unattributed;
}
