/**
 * Background told as background: a sentence dated before the story it stands in ("In December
 * 2008, three men emptied the Harry Winston store", "Last year, thousands of parents kept their
 * kids from the exams", "The same island was hit by a 6.1 quake in September" in a December
 * story). Blind readers of the flag batches rejected such sentences as "unattributed" claims more
 * than three times in four: an earlier event the article recalls is on the record, not the news
 * an editor asks a source for. The story's own time is read from the article: the latest year it
 * dates anything to, and the month of its dateline. A rate or a share of a past period is a
 * statistic, still asked for a source. So too a sentence that sets the story's event after an
 * earlier one ("The raid comes little over a month after a masked bandit…").
 */
import type { TaggedToken } from '../nlp/tagger.js';
import type { AttributionLexicon } from './lexicon.js';
import { MONTH, YEAR } from './figures.js';
import { wordsAt } from '../wordSequences.js';

/** When the story is told, as far as the article says. */
export interface StoryTime {
  /** The latest year the article dates anything to ("in 2016", "May 3, 2016", "05/03/2016"). */
  latestYear?: number;
  /** The month of the article's dateline (0 = January), when its first lines give a date. */
  month?: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/** A year that dates something: after a preposition of time, or in a date. */
const DATED_YEAR = new RegExp(`(?:\\b(?:in|since|during|of|from)\\s+|${MONTH_WORD}\\s+(?:\\d{1,2},?\\s+)?|\\b\\d{1,2}\\s+${MONTH_WORD},?\\s+)((?:19|20)\\d\\d)\\b`, 'g');
/** A date written in figures, as a page's date line gives it: "05 / 03 / 2013", "2013-05-03". */
const NUMERIC_DATE = /\b\d{1,2}\s?[/.]\s?\d{1,2}\s?[/.]\s?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-\d\d-\d\d\b/g;
/** A date in a dateline: "Sep 10, 2010", "Dec. 11 (UPI)", "Monday 09 September 2013". */
const DATELINE_DATE = new RegExp(`\\b(${MONTH_WORD})\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(${MONTH_WORD})\\b`);
/** How far into the article a dateline may stand. */
const DATELINE_REACH = 400;

const monthIndex = (word: string) => MONTH_NAMES.indexOf(word.toLowerCase().slice(0, 3));

/**
 * A date in a file's name, as scrapers and archives name articles ("breitbart_2016-07-29_…",
 * "20160729-story.txt"): year, month and day, the month and day checked.
 */
const FILE_DATE = /(?:^|\D)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/;

/**
 * The story's time, read from the article's text and, where the text names no later year, from a
 * date in its file's name (a wire story's dateline often gives the day without the year:
 * "PHILADELPHIA, July 29 (UPI)").
 */
export function storyTime(text: string, fileName?: string): StoryTime {
  let latestYear: number | undefined;
  for (const match of text.matchAll(DATED_YEAR)) {
    const year = Number(match[1]);
    if (latestYear === undefined || year > latestYear) latestYear = year;
  }
  // ("UPDATED 05 / 03 / 2013 at 11: 00 AM EDT": a date in figures dates the page, as a written one does.)
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const year = Number(match[1] ?? match[2]);
    if (latestYear === undefined || year > latestYear) latestYear = year;
  }
  const date = DATELINE_DATE.exec(text.slice(0, DATELINE_REACH));
  const month = date ? monthIndex(date[1] ?? date[2]!) : -1;
  // (The file's year only: its month would date "top donor in February" in a March story as
  // background, when a month back is still the story's news.)
  const filed = fileName === undefined ? null : FILE_DATE.exec(fileName);
  if (filed) {
    const year = Number(filed[1]);
    if (latestYear === undefined || year > latestYear) latestYear = year;
  }
  return { ...(latestYear !== undefined ? { latestYear } : {}), ...(month >= 0 ? { month } : {}) };
}

/** Whether the token at `i` is a year that dates an event: "in 2009", "from 1973", "December 2008", "Oct. 21, 2011". */
function datesEvent(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (t.pos !== 'NUM' || !YEAR.test(t.text) || /s$/.test(t.text) || !before) return false;
  if (before.lower === 'since' || /^(as|than)$/.test(tokens[i - 2]?.lower ?? '')) return false;
  return before.pos === 'ADP' || MONTH.test(before.lower) || (before.pos === 'NUM' && MONTH.test(tokens[i - 2]?.lower ?? '')) || (before.text === ',' && tokens[i - 2]?.pos === 'NUM');
}

/** How many words a span of time may take between "comes" and "after": "a day", "little over a month", "just 24 hours". */
const SPAN_WORDS = 5;
const SPAN_HEDGES = /^(over|than|about|under|around)$/;

/**
 * The story's event set after an earlier one: "It comes a day after three bank workers died…",
 * "The raid comes little over a month after a masked bandit…", "The decision comes 20 months
 * after he struck down…". The clause after "after" recalls what went before; blind readers of the
 * flag batches queried none of the six such sentences they labelled. Not "come" in a relative
 * clause ("a move that comes amid…", whose sentence tells the news) nor "came to" ("came to his
 * support after…").
 */
function comesAfter(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lemma !== 'come' || t.pos !== 'VERB' || /^(that|which|who)$/.test(tokens[i - 1]?.lower ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 1 + SPAN_WORDS; k++) {
    const x = tokens[k]!;
    if (x.lower === 'after') return true;
    // (A span's hedges may be prepositions: "little over a month", "more than a week".)
    if (!/^(DET|NUM|ADJ|NOUN|ADV)$/.test(x.pos) && !SPAN_HEDGES.test(x.lower)) return false;
  }
  return false;
}

/** Words that put a sentence's month ahead of the story, not behind it. */
const AHEAD = /^(will|'ll|’ll|would|next|upcoming|scheduled|expected|plans?|planned)$/;

/**
 * Whether the sentence dates what it tells before the story: a phrase of time past (the
 * lexicon's `backgroundPhrases`: "last year", "four years ago"), a year earlier than the latest
 * the article dates anything to, or a month other than its dateline's ("in February", "At the
 * end of July") in a sentence that does not look ahead.
 */
export function toldAsBackground(tokens: readonly TaggedToken[], time: StoryTime, lexicon: AttributionLexicon): boolean {
  // (A rate of a past period is a statistic to source, not an event recalled: "The unemployment
  // rate was at 7.8 percent when Obama took office in January 2009", "From 2000 to 2013,
  // Alzheimer's deaths increased 71%".)
  // ("Veterans in 2014 were killing themselves at three times the rate of civilians": a rate too.)
  if (tokens.some((t, i) => /%$/.test(t.text) || t.lower === 'percent' || /^rates?$/.test(t.lower) || (t.lower === 'cent' && tokens[i - 1]?.lower === 'per'))) return false;
  if (tokens.some((t, i) => (lexicon.backgroundPhrasesByFirstWord.get(t.lower) ?? []).some((phrase) => wordsAt(tokens, i, phrase)))) return true;
  if (tokens.some((_t, i) => comesAfter(tokens, i))) return true;
  // The years that date the sentence's event, not a comparison's ("twice as many as in 2010") nor
  // a period running up to now ("since 2019"): all of them before the story's latest.
  if (time.latestYear !== undefined) {
    const years = tokens.filter((_t, i) => datesEvent(tokens, i)).map((t) => Number(t.text));
    if (years.length > 0) return years.every((year) => year < time.latestYear!);
  }
  if (time.month === undefined || tokens.some((t) => AHEAD.test(t.lower))) return false;
  return tokens.some((t, i) => {
    // (A month named as one, capitalised, after a preposition of time and with no year after it: "may" is a verb.)
    if (!/^\p{Lu}/u.test(t.text) || !MONTH.test(t.lower) || tokens[i - 1]?.pos !== 'ADP') return false;
    // ("in September 2010", "on Oct. 19, 2012": the year rule has dated it.)
    let after = i + 1;
    if (tokens[after]?.pos === 'NUM' && !YEAR.test(tokens[after]!.text)) after++;
    if (tokens[after]?.text === ',') after++;
    if (tokens[after]?.pos === 'NUM' && YEAR.test(tokens[after]!.text)) return false;
    return monthIndex(t.lower) !== time.month;
  });
}
