/**
 * A short label for an event, drawn from its articles: the names most of them use in their
 * linked claims ("North Korea, Russia, Vladimir Putin"), and the date they share ("June 19").
 * Without a name or a date two of its articles share, the label is its most-linked claim, cut.
 */
import type { ClaimDate } from '../corroboration/dates.js';
import { nameStem } from '../corroboration/names.js';
import { cutText } from '../text.js';

/** One claim of an event's rows, with the article that makes it. */
export interface EventClaim {
  article: string;
  text: string;
  /** The claim's name stems (claims.ts): which capitalised words of its text are names. */
  entities: readonly string[];
  dates: readonly ClaimDate[];
}

/** Names in a label: enough to tell events apart, few enough to read in a narrow panel. */
const MOST_NAMES = 3;
/** A label that falls back to a claim stays on a line or two of a side panel. */
const LONGEST_CLAIM = 80;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Capitalised, but never part of a name: "On 19 June Putin arrived" names Putin, not "June Putin". */
const CALENDAR = new Set([...MONTHS, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((w) => w.toLowerCase()));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

/**
 * Runs of adjacent capitalised words holding a name ("Vladimir Putin", "North Korea": "North" is
 * no name of its own, but is part of this one), a trailing possessive dropped. A capitalised word
 * that starts the sentence is a name only if it is one on its own ("The", "It" are not).
 */
export function namePhrases(text: string, entities: readonly string[]): string[] {
  const names = new Set(entities);
  const phrases: string[] = [];
  let run: string[] = [];
  let named = false;
  let runEnd = -1;
  const close = () => {
    // "Sam's Club" keeps its possessive; "Russia's" at the end of a name does not.
    if (named) phrases.push(run.join(' ').replace(/['’]s$/, ''));
    run = [];
    named = false;
  };
  for (const m of text.matchAll(WORD)) {
    // An initial keeps its dot ("U. S."); another word loses what trails it.
    const word = /^\p{L}\.$/u.test(m[0]) ? m[0] : m[0].replace(/[.’'-]+$/, '');
    const isName = /^\p{Lu}/u.test(word) && names.has(nameStem(word.replace(/['’]s$/, '')));
    // "I", "I'm" are capitalised and sometimes tagged as names; they are the speaker.
    const pronoun = /^I(?:['’]\p{L}+)?$/u.test(word);
    const capitalised = /^\p{Lu}/u.test(word) && (isName || m.index > 0) && !CALENDAR.has(word.toLowerCase()) && !pronoun;
    // Only a single space joins two words of one name: "Korea, Russia" is two names.
    if (!capitalised || (run.length > 0 && text.slice(runEnd, m.index) !== ' ')) close();
    if (capitalised) {
      run.push(word);
      named ||= isName;
      runEnd = m.index + m[0].length;
    }
  }
  close();
  return phrases;
}

/** One key for the forms of a name ("Korea", "Korean"; "North Korea", "North Korean"). */
const nameKey = (phrase: string) => phrase.split(' ').map(nameStem).join(' ');

/** Something several articles say, with the articles that say it and how they write it. */
class Shared {
  private readonly articles = new Map<string, Set<string>>();
  private readonly forms = new Map<string, Map<string, number>>();
  private readonly firstSeen = new Map<string, number>();

  add(key: string, form: string, article: string): void {
    if (!this.articles.has(key)) {
      this.articles.set(key, new Set());
      this.forms.set(key, new Map());
      this.firstSeen.set(key, this.firstSeen.size);
    }
    this.articles.get(key)!.add(article);
    const forms = this.forms.get(key)!;
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }

  /** The keys two or more articles share, those of the most articles first, and each one's commonest form. */
  ranked(): { key: string; form: string; articles: number }[] {
    return [...this.articles]
      .filter(([, articles]) => articles.size >= 2)
      .map(([key, articles]) => ({ key, form: this.commonestForm(key), articles: articles.size }))
      .sort((a, b) => b.articles - a.articles || this.firstSeen.get(a.key)! - this.firstSeen.get(b.key)!);
  }

  /** The form written most often; between two as common, the longer ("Vladimir Putin" over "Putin"). */
  private commonestForm(key: string): string {
    return [...this.forms.get(key)!].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
  }
}

/**
 * The names most of the event's articles use. Articles are counted per name word ("Putin" in
 * "Vladimir Putin" and in "Putin"; "Korea" in "North Korea"), each shown in its commonest
 * written form; a name sharing a word with one already chosen adds nothing ("Korea" after
 * "North Korea").
 */
function sharedNames(claims: readonly EventClaim[]): string[] {
  const shared = new Shared();
  for (const claim of claims) {
    const names = new Set(claim.entities);
    for (const phrase of namePhrases(claim.text, claim.entities)) for (const stem of nameKey(phrase).split(' ')) if (names.has(stem)) shared.add(stem, phrase, claim.article);
  }
  const chosen: string[] = [];
  const used = new Set<string>();
  for (const { form } of shared.ranked()) {
    const stems = nameKey(form).split(' ');
    if (stems.some((s) => used.has(s))) continue;
    for (const s of stems) used.add(s);
    chosen.push(form);
    if (chosen.length === MOST_NAMES) break;
  }
  return chosen;
}

function sharedDate(claims: readonly EventClaim[]): string | undefined {
  const shared = new Shared();
  for (const claim of claims) {
    for (const date of claim.dates) {
      const form = `${MONTHS[date.month - 1]} ${date.day}${date.year !== undefined ? `, ${date.year}` : ''}`;
      shared.add(`${date.month}-${date.day}`, form, claim.article);
    }
  }
  return shared.ranked()[0]?.form;
}

/** The label of an event whose rows hold these claims; `headline` is its most-linked claim. */
export function eventLabel(claims: readonly EventClaim[], headline: string): string {
  const names = sharedNames(claims);
  const date = sharedDate(claims);
  if (names.length === 0 && date === undefined) return cutText(headline, LONGEST_CLAIM);
  return [names.join(', '), date].filter(Boolean).join(' · ');
}
