/**
 * A market report tells a market's own record: which shares and indexes moved and by how much,
 * at what price they closed, how much traded, their range over the year. That record is public
 * as a match result is, and the report's other sentences are its writer's notes on the day ("The
 * company held its first test flight on Sunday"). A blind reader rejected every one of the 15
 * "unattributed" flags the pass raised in the market reports of the web pages' article texts (14
 * as market data, QUALITY.md round 568); the sentence rule `marketRecord` (editorial.ts) knew only
 * a share or an index named by a market noun ("Shares in Acme rose…"), not a firm's name with its
 * ticker ("The Boeing Co. (NYSE: BA) traded higher by 0.71% at $132.57"). So, as for a sports
 * report, no sentence of a market report is flagged. A story is one when a quarter of its
 * sentences report a market, and two at least.
 */
import type { TaggedToken } from '../nlp/tagger.js';
import { escapeRegExp } from '../text.js';
import { marketRecord } from './editorial.js';
import type { SentenceAttribution } from './index.js';
import type { AttributionLexicon } from './lexicon.js';
import { storyBody } from './storyBody.js';

/** The share of the story's sentences that report a market for it to be a market report. */
export const MARKET_SHARE = 0.25;
/** How many such sentences it needs at least: one share price is a detail of another story. */
export const MARKET_SENTENCES = 2;
/** How far after a market's verb its change may stand: "traded higher by 0.71%", "closed down about 1.9 percent". */
const CHANGE_REACH = 4;

/** The units a market's change is given in: "0.71%", "1.9 percent", "27 points". */
const CHANGE_UNIT = /^(%|percent|per|points?)$/;

/** A wire service's code for a listed share, in brackets: "(LART.NS)", "(AAPL.O)". */
const INSTRUMENT_CODE = /\([A-Z]{1,6}\.[A-Z]{1,2}\)/;

const tickerPatterns = new WeakMap<ReadonlySet<string>, RegExp>();

/** A ticker with its exchange, in brackets: "(NYSE: BA)", "(NASDAQ:CSCO)". */
function tickerPattern(exchanges: ReadonlySet<string>): RegExp {
  let pattern = tickerPatterns.get(exchanges);
  if (!pattern) {
    const names = [...exchanges].map(escapeRegExp).join('|');
    pattern = new RegExp(String.raw`\((?:${names})\s*:\s*[A-Z][A-Z.\-]{0,7}\)`);
    tickerPatterns.set(exchanges, pattern);
  }
  return pattern;
}

/** A market's verb with its change after it: "gained 0.03 percent", "traded up 0.48%", "closed down 1.9 percent". */
function movesBy(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  return tokens.some(
    (t, i) =>
      t.pos === 'VERB' &&
      (lexicon.marketMoves.has(t.lemma) || lexicon.marketMoves.has(t.lower)) &&
      tokens.slice(i + 1, i + 1 + CHANGE_REACH).some((n, j, after) => n.pos === 'NUM' && CHANGE_UNIT.test(after[j + 1]?.lower ?? '')),
  );
}

/** Whether a sentence reports a market: a ticker, a wire's code for a share, a move with its change, or a market noun that moved. */
function reportsMarket(result: SentenceAttribution, lexicon: AttributionLexicon): boolean {
  return tickerPattern(lexicon.stockExchanges).test(result.text) || INSTRUMENT_CODE.test(result.text) || movesBy(result.tokens, lexicon) || marketRecord(result.tokens, lexicon);
}

/** Whether the story under the headline is a market report. */
export function isMarketReport(results: readonly SentenceAttribution[], lexicon: AttributionLexicon): boolean {
  const body = storyBody(results);
  if (body.length === 0) return false;
  const sentences = body.filter((result) => reportsMarket(result, lexicon)).length;
  return sentences >= MARKET_SENTENCES && sentences / body.length >= MARKET_SHARE;
}

/** Clears every "unattributed" flag of a market report. */
export function spareMarketReport(results: readonly SentenceAttribution[], lexicon: AttributionLexicon): void {
  if (!results.some((result) => result.unattributed) || !isMarketReport(results, lexicon)) return;
  for (const result of results) if (result.unattributed) delete result.unattributed;
}
