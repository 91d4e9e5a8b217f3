/**
 * The days of the week an article tells its story by ("on Thursday", "Saturday's operation").
 * News dates a happening by its weekday more often than by its calendar date, and two articles
 * about one kind of event (two navy raids on pirates, three years apart) share the kind of
 * figure but not the day: "intercepted three boats on Thursday" does not dispute an article that
 * dates its own raid by Saturday and never says Thursday.
 */
import type { ClaimIndex } from './corpusIndex.js';
import type { ClaimRecord } from './claims.js';
import { oncePerArticle } from './perArticle.js';

const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const weekdayCache = new WeakMap<ClaimRecord, Set<string>>();

/** The weekdays a claim names, in lower case, worked out once per claim. */
export function weekdaysOf(claim: ClaimRecord): Set<string> {
  let days = weekdayCache.get(claim);
  if (!days) {
    days = new Set((claim.text.match(WEEKDAYS) ?? []).map((d) => d.toLowerCase()));
    weekdayCache.set(claim, days);
  }
  return days;
}

/**
 * For one pass over the corpus: whether one sentence's weekday is foreign to the other article —
 * the sentence names a day, the other article names days of its own and never that one. Each
 * article's days are read once, from its claims.
 */
export function weekdaysApart(index: ClaimIndex): (id: string, claim: ClaimRecord, otherId: string, other: ClaimRecord) => boolean {
  const daysOf = oncePerArticle((id) => {
    const days = new Set<string>();
    for (const claim of index.claims(id)) for (const day of weekdaysOf(claim)) days.add(day);
    return days;
  });
  const foreign = (sentence: ClaimRecord, article: Set<string>) => {
    const days = weekdaysOf(sentence);
    return days.size > 0 && article.size > 0 && ![...days].some((day) => article.has(day));
  };
  return (id, claim, otherId, other) => foreign(claim, daysOf(otherId)) || foreign(other, daysOf(id));
}
