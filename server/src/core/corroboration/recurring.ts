/**
 * A site's recurring line: a sentence that several articles print word for word while they are
 * not copies of one text — the editor's note a site appends to every story on a subject, a
 * credit line ("As published in…"). It is the site's line, not a report: two stories that both
 * print it have not both reported a fact. In a folder of a year of campaign news, 170 of the 558
 * distinct "also reported" links joined one outlet's editor's note under stories of different
 * events, and 13 more a credit line or a transcript's lead-in (QUALITY.md round 229).
 *
 * Versions of one story, wire copy that the reports of one event share word for word and a text
 * saved twice print the same sentences too, but those articles report other facts alike: they
 * count as one printer (`related`, from index.ts).
 */
import { foldQuotes } from '../text.js';
import type { ClaimRecord } from './claims.js';
import type { ScoredCandidate } from './corpusIndex.js';

/**
 * How many files (the claim's own included), none a copy of another, print a sentence word for
 * word before it counts as a site's line. Two stories quoting one remark are two reports of it;
 * a sentence three unrelated stories print is the site speaking.
 */
const RECURRING_FILES = 3;

/** A candidate this similar may be the same words (a cosine of the same terms is 1, a count's bonus on top). */
const SAME_WORDS_SCORE = 0.999;

/** A sentence as printed, with only its quotes' forms, case and runs of white space set aside. */
function asPrinted(text: string): string {
  return foldQuotes(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether `claim` of article `id` is printed word for word by enough other articles, none related
 * to this one or to another counted (a copy of it, another version of one story). `candidates`
 * are the claim's candidates from the index (corpusIndex.ts), where a sentence printed word for
 * word scores highest.
 */
export function isRecurringLine(id: string, claim: ClaimRecord, candidates: readonly ScoredCandidate[], related: (a: string, b: string) => boolean): boolean {
  // A headline is its own story's: reports of one event under one wire headline share it
  // ("Chargers' Jackson arrested on suspicion of DUI" over three of them).
  if (claim.headline) return false;
  let printed: string | undefined;
  // The other files printing it, first, by the words alone (a cheap test): most sentences printed
  // twice are one quote in two stories, and whether files are related costs their shared facts.
  const others: string[] = [];
  for (const { other, score } of candidates) {
    if (score < SAME_WORDS_SCORE || other.id === id || others.includes(other.id)) continue;
    printed ??= asPrinted(claim.text);
    if (asPrinted(other.claim.text) === printed) others.push(other.id);
  }
  if (others.length < RECURRING_FILES - 1) return false;
  const printers = [id];
  for (const other of others) {
    if (printers.some((printer) => related(printer, other))) continue;
    printers.push(other);
    if (printers.length >= RECURRING_FILES) return true;
  }
  return false;
}
