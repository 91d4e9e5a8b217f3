/**
 * Figures in a sentence: a number that counts or measures, money, a share, the year an event is
 * dated to. Read both by the check-worthiness rules (editorial.ts) and by the learned
 * check-worthiness model's features (checkWorthiness.ts).
 */
import type { TaggedToken } from '../nlp/tagger.js';

/** A year ("in 2019", "the 1990s"): a date, not a quantity. */
export const YEAR = /^(1[6-9]|20)\d\d$|^(1[6-9]|20)\d0s$/;
/** Number words large enough to be a figure ("thousands of", "a million"); "two" or "four" are not. */
const LARGE_NUMBER_WORD = /^(hundreds?|thousands?|millions?|billions?|trillions?|dozens?)$/i;
export const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;
export const MONEY_OR_PERCENT = /^[$€£¥%]$|^\d[\d.,]*%$|^[$€£¥]\d/;

/** A figure: a number that counts or measures, or the year an event is dated to (not a day of the month or a list item). */
export function isQuantity(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NUM') return false;
  if (!/\d/.test(t.text)) return LARGE_NUMBER_WORD.test(t.text);
  // A year dates the event ("built in 1962", "since 2015"); "a 2016 campaign" only names one.
  if (YEAR.test(t.text.replace(/['’]/g, ''))) return tokens[i - 1]?.pos === 'ADP';
  // "March 3", "3 March": a day of the month.
  if (MONTH.test(tokens[i - 1]?.lower ?? '') || MONTH.test(tokens[i + 1]?.lower ?? '')) return false;
  // "3." opening a list item or a subheading.
  if (i === 0 && tokens[i + 1]?.text === '.') return false;
  // "Ana Ruiz, 34, said": an age set off after a name.
  if (tokens[i - 1]?.text === ',' && tokens[i - 2]?.pos === 'PROPN' && (tokens[i + 1]?.text === ',' || tokens[i + 1]?.pos === 'PUNCT')) return false;
  return true;
}
