/**
 * The headline as a claim for corroboration. A headline states the article's main fact ("Ellen
 * DeGeneres to host the Oscars", "Chargers' Jackson arrested on suspicion of DUI") and other
 * outlets' headlines and lead sentences state it again, but it has no final full stop, so the
 * attribution pass reads it for its source only, never as a claim. On news clusters
 * (QUALITY.md round 21) almost half of the pairs a strict reader called the same fact had a
 * headline on one side.
 *
 * It is a claim for the index only: a headline is never flagged unattributed (it summarises the
 * article below it), and its figures are rounded for the line ("nabs 26 pirates") so they never
 * make a conflict (index.ts).
 *
 * It is read in the case running text would give it (attribution/headline.ts).
 */
import type { Article, Block } from '../article.js';
import { isClaim } from '../attribution/claims.js';
import { isRunningText } from '../attribution/index.js';
import { attributionLexicon } from '../attribution/lexicon.js';
import { cappedHeadline, HEADLINE_WORD, headlineLine, sentenceCase, taggedHeadline } from '../attribution/headline.js';
import { claimTerms, nameStem, type ClaimRecord } from './claims.js';
import { corroborationLexicon } from './lexicon.js';
import { findQuantities } from './quantities.js';
import { findDates } from './dates.js';
import { dateFrames } from './frames.js';

/** "Watch live", "Obituary": too short to state a fact. */
const MIN_HEADLINE_WORDS = 4;

/**
 * The headline, when the attribution pass does not read it as running text (so it is not
 * already a sentence of its own) and it is long enough to state a fact.
 */
function headlineBlock(article: Article, contentBlocks: ReadonlySet<number>): Block | undefined {
  const block = headlineLine(article, contentBlocks);
  if (!block || isRunningText(block)) return undefined;
  return (block.text.match(HEADLINE_WORD)?.length ?? 0) >= MIN_HEADLINE_WORDS ? block : undefined;
}

/** The headline's claim record, when the article has a headline that states a fact. */
export function headlineClaim(article: Article, contentBlocks: ReadonlySet<number>): ClaimRecord | undefined {
  const block = headlineBlock(article, contentBlocks);
  if (!block) return undefined;
  const tokens = taggedHeadline(article, block);
  if (!isClaim(tokens, attributionLexicon())) return undefined;
  const { terms, entities } = claimTerms(tokens);
  if (terms.length === 0) return undefined;
  return {
    start: block.start,
    end: block.end,
    range: article.rangeOf(block.start, block.end),
    text: block.text,
    terms,
    entities,
    quantities: findQuantities(tokens, article.text, corroborationLexicon(), {}),
    dates: dateFrames(tokens, block.start, findDates(block.text)),
    headline: true,
  };
}

/**
 * A headline claim's text as it was tagged, for reading its words again (sameFact.ts): the record
 * keeps the names found, so a word keeps its capitals when it is one of them.
 */
export function headlineReading(claim: Pick<ClaimRecord, 'text' | 'entities'>): string {
  if (!cappedHeadline(claim.text)) return claim.text;
  const names = new Set(claim.entities);
  return sentenceCase(claim.text, (word) => (names.has(nameStem(word)) ? word : undefined));
}
