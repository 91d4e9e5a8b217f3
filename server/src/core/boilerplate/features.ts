/**
 * Plain-text features of one block, the evidence the classifier weighs: length, stopword
 * share, sentence shape, capitalisation, digits, addresses, site voice and lexicon hits.
 */
import { wordsOf, type Block } from '../article.js';
import { foldQuotes, isCapitalised, isLetter, stem, trimEdgeEmoji } from '../text.js';
import { BOILERPLATE_CATEGORIES, type BoilerplateCategory } from './categories.js';
import { boundedMemo } from '../boundedMemo.js';
import { phraseLabelsIn, type BoilerplateLexicon } from './lexicon.js';
import {
  CURRENCY_PATTERN,
  PERCENT_PATTERN,
  SOCIAL_HANDLE_PATTERN,
  hasEmail,
  hasPhone,
  hasUrl,
  isBreadcrumbLine,
  isGalleryCounter,
  isDashCreditLine,
  isPictureCredit,
  isTimestampLine,
  isUrlOnlyLine,
  wordAfterCounter,
  wordAfterQuantity,
} from './shapes.js';

export interface BlockFeatures {
  block: Block;
  text: string;
  normalised: string;
  wordCount: number;
  stopwordRatio: number;
  capitalisedRatio: number;
  /**
   * The share of the words other than stopwords that start with a capital and go on in small
   * letters: 1 for a headline in title case ("2014 Was a Great Year for Feminism. Is a Backlash
   * Coming?"), whose small words ("a", "for") keep their lower case, and low for a sentence,
   * however many names it holds.
   */
  titleCaseRatio: number;
  digitRatio: number;
  /** Ends like a sentence (., !, ?, … possibly followed by a closing quote or bracket). */
  terminal: boolean;
  isQuestion: boolean;
  startsLikeSentence: boolean;
  /** First- and second-person words outside quotation marks: the site speaking to readers. */
  siteVoice: number;
  hasUrl: boolean;
  urlOnly: boolean;
  hasContact: boolean;
  hasMoney: boolean;
  timestampOnly: boolean;
  dashCredit: boolean;
  /** A picture's credit on its own line ("Evan Vucci/AP") or closing a caption in brackets. */
  pictureCredit: boolean;
  breadcrumb: boolean;
  galleryCounter: boolean;
  /** Opens with a quantity and its unit ("1/4 cup packed brown sugar"): a recipe's or a table's line, no slide's counter. */
  measureFirst: boolean;
  /** Starts with "By", "Words by"… followed by a capitalised name. */
  byline: boolean;
  /** Two to four capitalised words and nothing else: a person's name or a title. */
  nameLike: boolean;
  /** Stemmed content words (no stopwords, three letters or more). */
  terms: string[];
  /** Category whose marker this whole line is ("Read next", "Comments (3)"). */
  marker: BoilerplateCategory | undefined;
  /** Category whose prefix starts the line ("Source:", "Read more:"). */
  prefix: BoilerplateCategory | undefined;
  /** Category of a phrase that decides even inside a sentence ("contributed to this report"). */
  sentence: BoilerplateCategory | undefined;
  /** Categories with a phrase in the line, in lexicon order. */
  phrases: BoilerplateCategory[];
  /** Every phrase of the line stands inside quotation marks: someone's words. */
  quotedPhrasesOnly: boolean;
  /** For each category, the share of the line's words that are its weak words. */
  wordShare: Map<BoilerplateCategory, number>;
  /** Mentions a job title such as "editor" or "correspondent". */
  hasTitle: boolean;
}

const BOILERPLATE_CATEGORY_IDS: readonly BoilerplateCategory[] = BOILERPLATE_CATEGORIES.map((c) => c.id);

// A closing quote may stand after a space ('wreck. "'), as scrapers leave it.
const TERMINAL = /[.!?…](?:\s?["'”’»)\]])*$/u;
const LETTER = /\p{L}/u;
const OPENING_QUOTE = /["“‘«]/;

/** ASCII digits, as \d counts them. */
function countDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) count++;
  }
  return count;
}

/**
 * Quotation marks other than the double quote written as one, in text whose quotes are folded:
 * two apostrophes, as wire archives write them (''We will…''), and a single quote that opens
 * at a word and closes after a sentence's punctuation, as British papers write them ('We will
 * not give up,' he said.). An apostrophe ("family's", "players'") is neither.
 */
function withDoubleQuotes(folded: string): string {
  let text = folded.includes("''") ? folded.replace(/''/g, '"') : folded;
  if (text.includes("'")) text = text.replace(/(^|[\s([])'(?=[\p{L}\d])(.*?[.,!?])'(?=$|[\s)\]—–-])/gu, '$1"$2"');
  return text;
}

/** Whether the line quotes someone: a quotation mark of any of the forms above. */
export function holdsQuotation(text: string): boolean {
  return withDoubleQuotes(foldQuotes(text)).includes('"');
}

/**
 * The text (quotes folded) outside quotation marks; an unclosed quote runs to the end of the
 * line. A line that ends on a quotation mark it never opened closes a quote begun on an earlier
 * line (a quote running over paragraphs): all of it before that mark is the speaker's.
 */
function outsideQuotes(text: string): string {
  const folded = withDoubleQuotes(text);
  const marks = folded.split('"').length - 1;
  const closesEarlier = marks % 2 === 1 && /"[)\].,!?\s]*$/.test(folded);
  return (closesEarlier ? '"' + folded : folded).replace(/"[^"]*(?:"|$)/g, ' ');
}

/**
 * Words of the site's address to its readers ("we", "your") outside quotation marks; words
 * are runs of letters and apostrophes, and a word in capitals ("US") is not one of them.
 * One pass without splitting, and an ASCII word is only looked up when its length and first
 * letter fit some address word: every line of every file goes through here.
 */
function countAddress(text: string, lexicon: BoilerplateLexicon): number {
  const folded = foldQuotes(text);
  const outside = folded.includes('"') || folded.includes("'") ? outsideQuotes(folded) : folded;
  const shape = lexicon.addressShape;
  let count = 0;
  let start = -1;
  let ascii = true;
  for (let i = 0; i <= outside.length; i++) {
    const code = i < outside.length ? outside.charCodeAt(i) : 0x20;
    let inWord: boolean;
    if (code < 0x80) inWord = code === 0x27 || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    else {
      const codePoint = outside.codePointAt(i)!;
      inWord = isLetter(codePoint);
      if (inWord) {
        // Started before stepping over the second half of a letter outside the BMP.
        if (start === -1) start = i;
        ascii = false;
        if (codePoint > 0xffff) i++;
      }
    }
    if (inWord) {
      if (start === -1) start = i;
      continue;
    }
    if (start === -1) continue;
    const length = i - start;
    const fits = ascii ? shape.asciiLengths.has(length) && shape.asciiFirst.has(outside.charCodeAt(start) | 0x20) : length <= shape.maxLength;
    if (fits) {
      const raw = outside.slice(start, i);
      if ((length === 1 || raw !== raw.toUpperCase()) && lexicon.address.has(raw.toLowerCase())) count++;
    }
    start = -1;
    ascii = true;
  }
  return count;
}

/** Whether every character of the text is ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

const ASCII_LETTER = /[a-z]/;
const isUpperAscii = (code: number) => code >= 0x41 && code <= 0x5a;

/** The stems of words already met. */
const stemOf = boundedMemo(stem, 50_000);

/**
 * A comment section's heading that counts the comments and quotes the post's title: "22 comments
 * on “…”", "One thought on “…”", "3 Responses to “…”". The title in quotation marks, closed at the
 * line's end, tells it from a headline that reads alike ("5 Thoughts on Why the Academy Picked…").
 */
const COMMENTS_ON_TITLE = /^(?:\d+|one|no)\s+(?:comments?|thoughts?|responses?|replies|reactions?)\s+(?:on|to)\s+["“‘«].*["”’»]\s*$/i;
/** The most words such a heading takes, the title's included. */
const COMMENTS_HEADING_WORDS = 25;

/** The length of the longest key of each lexicon map asked about. */
const longestKeys = new WeakMap<ReadonlyMap<string, unknown>, number>();

function longestKey(map: ReadonlyMap<string, unknown>): number {
  let longest = longestKeys.get(map);
  if (longest === undefined) {
    longest = 0;
    for (const key of map.keys()) longest = Math.max(longest, key.length);
    longestKeys.set(map, longest);
  }
  return longest;
}

export function blockFeatures(block: Block, lexicon: BoilerplateLexicon): BlockFeatures {
  const text = block.text;
  const words = wordsOf(block);
  const wordCount = words.length;
  const lowerText = foldQuotes(text).toLowerCase();
  // In an ASCII line (most lines of English text) a word folded and in lower case is its
  // stretch of the line folded and in lower case: no quote to fold, no letter whose lower case
  // is longer or depends on the letters around it.
  const ascii = isAscii(text);
  // One pass over the words: every line of every file goes through here.
  let stopwords = 0;
  let capitalised = 0;
  let capitalisedContent = 0;
  let contentWords = 0;
  let hasTitle = false;
  const terms: string[] = [];
  const wordHits = new Map<BoilerplateCategory, number>();
  for (let i = 0; i < wordCount; i++) {
    const token = words[i]!;
    const word = token.text;
    const lower = ascii ? lowerText.slice(token.start - block.start, token.end - block.start) : foldQuotes(word).toLowerCase();
    const stopword = lexicon.stopwords.has(lower);
    if (stopword) stopwords++;
    // A content word: no stopword, a letter in it (stopwords need no look).
    const content = !stopword && (ascii ? ASCII_LETTER : LETTER).test(lower);
    if (isCapitalised(word)) {
      capitalised++;
      // A word in capitals throughout ("PRODUCER") is shouted or an acronym, not title case.
      if (!stopword && !isUpperAscii(word.charCodeAt(1))) capitalisedContent++;
    }
    if (content) contentWords++;
    if (!hasTitle && lexicon.titles.has(lower)) hasTitle = true;
    const categories = lexicon.words.get(lower);
    if (categories) for (const category of categories) wordHits.set(category, (wordHits.get(category) ?? 0) + 1);
    // Stemmed content words: no stopwords, three letters or more.
    if (lower.length >= 3 && content) terms.push(stemOf(lower));
  }
  const digits = countDigits(text);
  const normalised = block.normalised;
  const url = hasUrl(text);
  // Emoji at a line's edges ("🔴 The council voted… 👇") decorate it; its shape is the text's.
  const shape = trimEdgeEmoji(text);
  const terminal = TERMINAL.test(shape);

  // A line longer than every marker is none: no look-up, which would hash the whole line.
  let marker = normalised && normalised.length <= longestKey(lexicon.markers) ? lexicon.markers.get(normalised) : undefined;
  // Every prefix ends in a colon: a line without one needs no look.
  const prefix = /[:：]/.test(lowerText) ? lexicon.prefixes.find((matcher) => matcher.prefix.test(lowerText))?.category : undefined;
  // A "©" stuck to a letter is the end of an "é" read in the wrong encoding ("clichÃ©"), not a rights sign.
  const lexiconText = lowerText.includes('©') ? lowerText.replace(/([\p{L}\p{M}])©/gu, '$1') : lowerText;
  const { sentences, phrases: phraseCategories } = phraseLabelsIn(lexicon, lexiconText);
  const sentence = sentences.size > 0 ? BOILERPLATE_CATEGORY_IDS.find((id) => sentences.has(id)) : undefined;
  const phrases = phraseCategories.size > 0 ? BOILERPLATE_CATEGORY_IDS.filter((id) => phraseCategories.has(id)) : [];
  // Someone's quoted words ("get in touch with my feminine side", "what do you think") are
  // theirs, not the site's: a phrase heard only inside quotation marks.
  const quotedPhrasesOnly = phrases.length > 0 && (lowerText.includes('"') || lowerText.includes("'")) && phraseLabelsIn(lexicon, outsideQuotes(lexiconText)).phrases.size === 0;
  // In lexicon order, as the classifier reads them.
  const wordShare = new Map<BoilerplateCategory, number>();
  if (wordHits.size > 0) {
    for (const id of BOILERPLATE_CATEGORY_IDS) {
      const hits = wordHits.get(id);
      if (hits) wordShare.set(id, hits / wordCount);
    }
  }

  // "Related Internet Links", "More from Local": a short heading over links, whatever its last words.
  if (!marker && wordCount > 0 && wordCount <= 5 && !terminal && lexicon.relatedHeading.test(normalised)) marker = 'related';
  // "22 comments on “Title of the post”": a comment section's heading that quotes the post's title.
  if (!marker && wordCount <= COMMENTS_HEADING_WORDS && COMMENTS_ON_TITLE.test(text)) marker = 'comments';
  const nameLike =
    wordCount >= 2 &&
    wordCount <= 4 &&
    capitalised === wordCount &&
    // Unfolded here: a curly apostrophe keeps a word out of the stopwords.
    words.every((w) => !lexicon.stopwords.has(w.text.toLowerCase())) &&
    !/\d/.test(text) &&
    !terminal &&
    !/[:|]/.test(text);

  return {
    block,
    text,
    normalised,
    wordCount,
    stopwordRatio: wordCount ? stopwords / wordCount : 0,
    capitalisedRatio: wordCount ? capitalised / wordCount : 0,
    titleCaseRatio: contentWords ? capitalisedContent / contentWords : 0,
    digitRatio: text.length ? digits / text.length : 0,
    terminal,
    isQuestion: /\?["'”’»)\]]*$/u.test(shape),
    // Two apostrophes, or one, open a quote in some wire archives (''We will…'', 'We're looking…').
    startsLikeSentence: /^(?:["“‘«(']|'')?[\p{Lu}\d]/u.test(shape) || OPENING_QUOTE.test(shape[0] ?? ''),
    siteVoice: countAddress(text, lexicon),
    hasUrl: url,
    urlOnly: url && isUrlOnlyLine(text),
    // Patterns tried only where they can match: a telephone number has eight digits or more, a
    // price or a share a digit, a handle an @ (most lines of prose have none of these).
    hasContact: hasEmail(text) || (digits >= 8 && hasPhone(text)) || (text.includes('@') && SOCIAL_HANDLE_PATTERN.test(text)),
    hasMoney: digits > 0 && (CURRENCY_PATTERN.test(text) || PERCENT_PATTERN.test(text)),
    timestampOnly: wordCount <= 16 && isTimestampLine(text),
    dashCredit: isDashCreditLine(text),
    pictureCredit: isPictureCredit(text, lexicon.creditSources, lexicon.givenNames),
    breadcrumb: isBreadcrumbLine(text),
    galleryCounter: digits > 0 && isGalleryCounter(text),
    measureFirst: digits > 0 && (lexicon.measures.has(wordAfterCounter(text) ?? '') || lexicon.measures.has(wordAfterQuantity(text) ?? '')),
    byline: lexicon.byline.test(text),
    nameLike,
    terms,
    marker,
    prefix,
    sentence,
    phrases,
    quotedPhrasesOnly,
    wordShare,
    hasTitle,
  };
}

/** The share of its words other than stopwords a headline in title case capitalises ("He Visited This Gas Station…."). */
const TITLE_CASE_SHARE = 0.8;

/** A line in title case: a headline's, whatever its marks; the article's prose is in sentence case. */
export function isTitleCased(f: BlockFeatures): boolean {
  return f.titleCaseRatio >= TITLE_CASE_SHARE;
}

/** Prose: a sentence-shaped line with enough function words to be running text ("He denied wrongdoing." counts). */
export function isProse(f: BlockFeatures): boolean {
  return f.terminal && f.wordCount >= 3 && f.stopwordRatio >= 0.15 && f.startsLikeSentence;
}

/** Words and function words enough for a sentence's worth of text, however it starts or ends. */
function hasSentenceBody(f: BlockFeatures): boolean {
  return f.wordCount >= 8 && f.stopwordRatio >= 0.2;
}

/** Reads like a sentence even without its full stop: a headline's standfirst, a long subheading. */
export function isSentenceLike(f: BlockFeatures): boolean {
  return hasSentenceBody(f) && f.startsLikeSentence;
}

/**
 * The rest of a sentence the line above left open: a text wrapped mid-sentence ("Michael Silverman
 * reports that the Red Sox" / "have made an offer, the biggest yet for this ownership group.").
 * It opens in small letters where the line above stops without a mark, and it ends the sentence.
 */
export function finishesSentenceAbove(above: BlockFeatures, f: BlockFeatures): boolean {
  return !above.terminal && above.wordCount >= 3 && /^\p{Ll}/u.test(f.text) && f.terminal && hasSentenceBody(f);
}

/** Words a paragraph of running text has at least: no menu row, label or teaser is this long and this wordy. */
const RUNNING_TEXT_WORDS = 15;
const RUNNING_TEXT_STOPWORDS = 0.25;

/**
 * Running text, whatever its punctuation: a paragraph cut off mid-sentence, a quote that runs
 * on, a sentence ending in a semicolon. Furniture is rarely this; when it is (a comment, a
 * biography) it carries markers of its own.
 */
export function isRunningText(f: BlockFeatures): boolean {
  return f.wordCount >= RUNNING_TEXT_WORDS && f.stopwordRatio >= RUNNING_TEXT_STOPWORDS;
}

/** An item of a numbered list or ranking: "1. Donald Trump (Last week: 2.)", "10 Mike Huckabee". */
export function isListItem(f: BlockFeatures): boolean {
  return /^\d{1,3}[.)]?\s+["“]?\p{Lu}/u.test(f.text);
}

/** A name or a short title in capitals and small letters ("Ted Cruz.", "Economic Scene"), not a label in capitals ("FULL TEXT."). */
const NAME_ROW = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*\.?$/u;
/** "Label: value" with a short label: a line-up, a tally, a result, a fact ("Sales: 14.2bn euros (up 2%)"). */
const LABELLED_ROW = /^[^:]{1,40}:\s*\S/u;

/**
 * "Booked: Akers, Sharkey, Carrick.", "Subs not used: Webb, Linton, Yates.": a short label, then
 * a list of names or figures, two or more, each of a few words — a match report's line-up and
 * its notes, a list of nominees. A teaser's headline with a colon ("Rubio: I Will Win Florida")
 * lists nothing.
 */
export function isLabelledList(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0) return false;
  const label = text.slice(0, colon).trim().split(/\s+/);
  if (label.length > 4) return false;
  const items = text
    .slice(colon + 1)
    .replace(/[.]\s*$/, '')
    .split(/[,;]/)
    .map((item) => item.trim());
  return items.length >= 2 && items.every((item) => /^[\p{Lu}\d]/u.test(item) && item.split(/\s+/).length <= 4);
}

/**
 * A row of the article's own data: a name or short title on its own line (a subheading, a
 * candidate of a tally), a labelled row ("Rovers: Marsh; Kent, Doyle …", "Bernie Sanders: 1,501."),
 * or a line that announces rows ("Results:"). Stories on one subject print the same rows (a
 * line-up, the standings, the candidates' names), so another file repeating one is weak
 * evidence of a site template. Lexicon evidence is the caller's to weigh.
 */
export function isArticleRow(f: BlockFeatures): boolean {
  if (f.wordCount === 0 || f.wordCount > SHORT_ROW_WORDS) return false;
  const text = f.text.trim();
  if (/:\s*$/.test(text)) return true;
  if (LABELLED_ROW.test(text)) return true;
  return f.wordCount <= 4 && NAME_ROW.test(text) && /\p{Ll}/u.test(text);
}

/** Rows longer than this are a paragraph's business, not a row's. */
const SHORT_ROW_WORDS = 40;

/** Shaped like a sentence: starts like one, ends like one, four words or more ("Unlike Trump, Clinton's supporting civil rights."). */
export function isSentenceShaped(f: BlockFeatures): boolean {
  return f.terminal && f.startsLikeSentence && f.wordCount >= 4;
}

/**
 * A sentence however short: starts and ends like one and has a function word ("I partied."), or a
 * contraction of one ("Obviously, we're disappointed.": the stopword list holds the words, not
 * their contractions, which a word's apostrophe keeps whole), unlike a label ("FULL TEXT.").
 */
export function isShortSentence(f: BlockFeatures): boolean {
  return f.terminal && f.startsLikeSentence && f.wordCount >= 2 && (f.stopwordRatio > 0 || CONTRACTION.test(f.text));
}

/** A contraction of a function word: "we're", "it's", "I'll", "don't" (straight or curly apostrophe; not a possessive's "'s"). */
const CONTRACTION = /\b(?:(?:i|you|we|they|he|she|it|that|there|here|what|who|let)['’](?:re|ve|ll|d|m|s)|\p{L}+n['’]t)\b/iu;

/** A line that opens or closes a quotation: someone's words, which the article reports. */
export function isQuoteLine(f: BlockFeatures): boolean {
  return f.wordCount >= 4 && (/^["“”‘«]|^''|^'(?=\p{Lu})/u.test(f.text) || /[.!?,]\s?["”’»']$|''$/u.test(f.text));
}

/** Lines this short are a list's rows, a menu's items or a label, not paragraphs. */
const ROW_WORDS = 12;

/** Where a line stands among the lines around it: runs of short rows, and what frames them. */
export interface RowRuns {
  /** For each block, the first and last block of its run of short non-prose rows (itself when it is not a row). */
  runStart: number[];
  runEnd: number[];
}

/** A short line that is no prose; a line ending in a colon is not a row but the heading of the rows under it. */
export function isRow(f: BlockFeatures): boolean {
  return f.wordCount > 0 && f.wordCount <= ROW_WORDS && !isProse(f) && !/:\s*$/.test(f.text);
}

export function rowRuns(features: readonly BlockFeatures[]): RowRuns {
  const n = features.length;
  const runStart = new Array<number>(n);
  const runEnd = new Array<number>(n);
  let i = 0;
  while (i < n) {
    if (!isRow(features[i]!)) {
      runStart[i] = runEnd[i] = i;
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && isRow(features[j + 1]!)) j++;
    for (let k = i; k <= j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j + 1;
  }
  return { runStart, runEnd };
}
