/**
 * Decides, block by block, what is not the article. Three layers of evidence, weakest last:
 *
 * 1. the line on its own: its shape (a bare address, a timestamp, "Agency -") and lexicon hits
 *    that are decisive because the line is not running prose, or speaks to the reader, or is
 *    off the article's topic;
 * 2. position: what comes before the headline, and the tail — from the first line with furniture
 *    evidence of its own after the last paragraph of running text, never a cut through the body;
 * 3. context: a marker such as "Read next" or "Comments" opens a region that runs over the
 *    teasers and comments below it until the article visibly resumes (two article-like
 *    paragraphs in a row), as jusText and boilerpipe let neighbours decide doubtful blocks.
 *
 * "Article-like" means running prose, in the publication's neutral voice, on the topic of
 * the article's opening paragraphs.
 */
import type { Article } from '../article.js';
import { escapeRegExp } from '../text.js';
import type { BoilerplateCategory } from './categories.js';
import {
  blockFeatures,
  finishesSentenceAbove,
  holdsQuotation,
  isArticleRow,
  isLabelledList,
  isListItem,
  isProse,
  isQuoteLine,
  isRow,
  isRunningText,
  isSentenceLike,
  isSentenceShaped,
  isShortSentence,
  isTitleCased,
  rowRuns,
  type BlockFeatures,
} from './features.js';
import { boilerplateLexicon, type BoilerplateLexicon, type LexiconExtensions } from './lexicon.js';
import {
  isCalendarWord,
  advertiserCreditedTeaser,
  countedSlide,
  endsOnCaptionCredit,
  isCountedSlide,
  isDatedByline,
  isDoubledByline,
  isDomainCreditedTeaser,
  isHandleAlone,
  isPostCredit,
  isReadMoreTeaser,
  isLinkLine,
  isTagsLine,
  isTrailToPage,
  writerNoteSubject,
} from './shapes.js';
import { buildTopicModel, isOffTopic, isOnTopic, type TopicModel } from './topic.js';
import { detachedBody, HEADLINE_MAX_WORDS } from './detachedBody.js';
import { mainProseSpan, type MainSpan } from './mainSpan.js';
import type { BelowArticle } from './belowArticle.js';
import { islandsBelowArticle } from './islands.js';
import { repeatedRunsBelowArticle } from './repeatedRuns.js';
import { defaultLineModel, lineFeatureVectors, lineProbabilities, type LineModel, type LineModelThresholds } from './lineModel.js';

export interface BoilerplateVerdict {
  /** Index into article.blocks. */
  blockIndex: number;
  category: BoilerplateCategory;
  /** Why, in a few words, for hovers and for debugging the classifier. */
  reason: string;
}

export interface BoilerplateOptions {
  lexicon?: LexiconExtensions;
  /** How many other files of the corpus hold this normalised line (templates repeat). */
  repeatedElsewhere?: (normalisedLine: string) => number;
  /** The learned line model; the committed one when absent, the rules alone when null. */
  lineModel?: LineModel | null;
}

export interface Verdict {
  category: BoilerplateCategory;
  reason: string;
  opensRegion?: boolean;
  /**
   * Decided by the words in the line rather than by its form or a marker: a headline may carry
   * such words ("Honda wins China copyright ruling"), and such a line does not end the article.
   */
  weak?: boolean;
  /** For a line under a section marker, the category of the marker's region. */
  region?: BoilerplateCategory;
}

/** Categories whose marker heads a list of items (teasers, comments) rather than a single line. */
const REGION_CATEGORIES: ReadonlySet<BoilerplateCategory> = new Set(['related', 'comments', 'author-bio', 'caption']);
/** Furniture written as running prose over several paragraphs; a rights line or a credit is not. */
const ESSAY_CATEGORIES: ReadonlySet<BoilerplateCategory> = new Set(['comments', 'subscription', 'author-bio', 'advertisement']);
/** Lines this long are never a label or a list item. */
const SHORT_LINE_WORDS = 25;
/** Opening prose paragraphs that define the article's topic. */
const MIN_ANCHORS = 5;
const ANCHOR_SHARE = 0.4;
/** The most words of a date and time with its writer ("Monday August 8, 2022 4:33 am PDT by Tim Hardwick"). */
const DATED_BYLINE_WORDS = 16;
/** How many lines under the headline a bare name is read as the byline. */
const BYLINE_WINDOW = 3;
/** How many opening prose paragraphs show whether the piece speaks as "we" (an editorial). */
const VOICE_WINDOW = 4;
/** The reason of a time or date on a line of its own, which the body may keep as an entry's heading. */
const TIMESTAMP_REASON = 'a date or time on its own';
/** The reason of a line a section marker's region took, which later rules read back (and the line model, lineModel.ts). */
export const REGION_REASON = 'under a section marker';
/** "6. Mini bars almost always lose money", "12) Dunkirk": a point of a numbered list. */
const NUMBERED_POINT = /^\d{1,3}[.)]\s+\S/u;
/** A number of one or two digits on its own, with at most a full stop: a list's or a slide's number. */
const LIST_NUMBER = /^\s*\d{1,2}\.?\s*$/u;
/** How far below a list's number its entry's paragraph may start (a title and a photo credit between). */
const ENTRY_REACH = 3;
/** The reason of a slide's caption behind its counter ("21/50 Shops hit by exodus"). */
const COUNTED_SLIDE_REASON = 'a gallery counter';
/** The reason of a line a label opens ("Source: …", "Tags: …"). */
const LABELLED_LINE_REASON = 'a labelled line';
/** The fewest words of a labelled line that may be a file's headline: a label and a title, not "Source: Reuters". */
const LABELLED_TITLE_WORDS = 5;
/** A photographer's credit on its own line, or closing a caption (shapes.ts, isPictureCredit). */
const PICTURE_CREDIT_REASON = 'a picture credit';
/** The reason of a line with a telephone number, an e-mail address or a social handle. */
const CONTACT_REASON = 'contact details';
/** The reason of a lexicon phrase in a line that is not neutral article prose. */
const PHRASE_OUTSIDE_PROSE = 'a boilerplate phrase outside article prose';
/** A paragraph of the writer's between two of the article's runs to this many words at least; a pitch is shorter. */
const WRITER_PARAGRAPH_WORDS = 30;
/** A subheading between two paragraphs is a few words. */
const SUBHEADING_WORDS = 10;
/** A teaser's title and blurb together stay under this many words ("No more Teslas in California? It's possible, but not likely."). */
const STORY_PARAGRAPH_WORDS = 25;
/**
 * The share of a line's words that one category's words must reach to count as evidence of it in
 * the line. A paragraph of a column that speaks to "you" and says "share" or "related" once in a
 * hundred words ("…sign up for the Basic RiderCourse…", a motoring feature) is the writer's; a
 * comment policy or a newsletter box is dense with them. (Round 416: 0.03 to 0.05 keep the same
 * lines within a few on every development view.)
 */
const CATEGORY_WORD_SHARE = 0.04;
/** Flagged lines that may stand between two paragraphs of the story ("Advertisement", "Continue reading the main story"), and their words at most. */
const FURNITURE_BETWEEN = 3;
const FURNITURE_LINE_WORDS = 8;
/** How far down the headline may stand. */
const HEADLINE_WINDOW = 8;
/** How far above the first paragraph of the body the headline may stand. */
const HEADLINE_ABOVE_BODY = 12;
/** A list of teaser headlines: this many in a row at least, each of this many words. */
const TEASER_RUN = 3;
const TEASER_MIN_WORDS = 4;
const TEASER_MAX_WORDS = 20;
/** Lines between two teasers of one list (labels, flagged lines) at most. */
const TEASER_GAP = 2;
/** Lines under the article's densest stretch its own list may run before a list there is the site's. */
const TEASER_BELOW_ARTICLE = 3;
/** A sentence this long on the article's topic is its text, even cut off and dense in names and figures. */
const LONG_SENTENCE_WORDS = 15;
/** A long line on the topic that starts like a sentence and has a prose's share of function words. */
function isLongSentenceOnTopic(f: BlockFeatures, topic: TopicModel): boolean {
  return f.wordCount >= LONG_SENTENCE_WORDS && f.startsLikeSentence && f.stopwordRatio >= 0.15 && isOnTopic(topic, f);
}
/** How many other files (beyond the article's own copies) make a line a template. */
const REPEATED_FILES = 2;
/** The reason of a paragraph off the topic that other files print too, where none copies the article. */
const SITE_PARAGRAPH_REASON = 'the site’s own paragraph, in other files too';
/** The same for a row of the article's own data with no furniture words (isArticleRow). */
const REPEATED_ROW_FILES = 5;
/** The median of some counts, 0 for none. */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1]!;
}
/**
 * A rights notice has the form of one: the sign, "all rights reserved", or "Copyright 2016 …" at
 * its start. A "©" stuck to a letter is no sign but the end of an "é" read in the wrong
 * encoding ("clichÃ©").
 */
const RIGHTS_FORM = /(?<![\p{L}\p{M}])©|\(c\)\s*\d{4}|rights\s+reserved|\bcopyright\s+(?:\(c\)\s*)?\d{4}/iu;
/** "Copyright Meridian News Agency", "COPYRIGHT:" — but not "Copyright cases have risen…". */
const RIGHTS_START = /^\W*(?:copyright|COPYRIGHT|Copyright)(?:\s*[:|]|\s+\p{Lu}|\s*$)/u;
function strongestWordCategory(f: BlockFeatures): BoilerplateCategory | undefined {
  let best: BoilerplateCategory | undefined;
  let bestShare = 0;
  for (const [category, share] of f.wordShare) {
    if (share > bestShare) {
      best = category;
      bestShare = share;
    }
  }
  return best;
}

/**
 * The most fitting label for a line already judged not to be the article. Inside a region
 * the region's category outranks weak word evidence ("like" in a teaser is not a share button).
 */
function categorise(f: BlockFeatures, fallback: BoilerplateCategory, fallbackIsRegion = false): BoilerplateCategory {
  if (f.phrases.length > 0) return f.phrases[0]!;
  if (f.nameLike || f.hasContact) return 'author-bio';
  if (fallbackIsRegion) return fallback;
  return strongestWordCategory(f) ?? fallback;
}

/** "About Northstar Metals", "About Us", "About the BBC": a profile's heading that names its subject. */
const PROFILE_NAME = /^(?:about|About|ABOUT)\s+(?:(?:the|The|THE|this|This|our|Our)\s+)?\p{Lu}/u;

/**
 * The heading of a profile box, by a role the lexicon lists ("About the author") or a name. Not
 * an article's own subheading over what it goes on to tell ("About the prison:" over a paragraph
 * on the prison): after "the" a role or a name, not a common noun in small letters.
 */
function isProfileHeading(text: string, lexicon: BoilerplateLexicon): boolean {
  return lexicon.profileRole.test(text) || PROFILE_NAME.test(text);
}

/** Evidence from the line alone. */
function lineVerdict(f: BlockFeatures, topic: TopicModel, lexicon: BoilerplateLexicon): Verdict | undefined {
  if (f.urlOnly) return { category: 'source-link', reason: 'a web address on its own' };
  if (f.galleryCounter) return { category: 'caption', reason: 'a gallery counter', opensRegion: true };
  // The counter and the slide's caption on one line: one picture of a slideshow, no region.
  if (f.digitRatio > 0 && !f.measureFirst && isCountedSlide(f.text)) return { category: 'caption', reason: COUNTED_SLIDE_REASON };
  if (f.timestampOnly) return { category: 'timestamp', reason: TIMESTAMP_REASON };
  if (f.dashCredit) return { category: 'wire-credit', reason: 'a credit line ending in a dash' };
  if (f.pictureCredit) return { category: 'caption', reason: PICTURE_CREDIT_REASON };
  if (f.breadcrumb) return { category: 'navigation', reason: 'a breadcrumb or menu row' };
  if (f.wordCount <= 60 && isReadMoreTeaser(f.text)) return { category: 'related', reason: 'a teaser with its read-more link' };
  if (f.wordCount <= 20 && !f.terminal && isDomainCreditedTeaser(f.text)) return { category: 'advertisement', reason: 'a sponsored teaser credited to a site' };
  if (f.marker) {
    return { category: f.marker, reason: 'a section marker', opensRegion: REGION_CATEGORIES.has(f.marker) };
  }
  const prose = isProse(f);
  // A long labelled line is furniture too when it is no running text ("Tags: river, flooding, …").
  if (f.prefix && (f.wordCount <= SHORT_LINE_WORDS || (!prose && !isRunningText(f)))) return { category: f.prefix, reason: LABELLED_LINE_REASON };
  if (!f.prefix && isTagsLine(f.text)) return { category: 'navigation', reason: LABELLED_LINE_REASON };
  if (isLinkLine(f.text)) return { category: 'navigation', reason: 'a link of the page' };
  // "About Northstar Metals", "About the author": the heading of a profile box, which runs on below.
  if (isProfileHeading(f.text, lexicon) && f.wordCount <= 6 && !f.terminal) {
    return { category: 'author-bio', reason: 'the heading of a profile', opensRegion: true };
  }
  if (f.byline && f.wordCount <= 12 && !prose) return { category: 'author-bio', reason: BYLINE_REASON };
  if (isDoubledByline(f.text)) return { category: 'author-bio', reason: BYLINE_REASON };
  if (f.wordCount <= DATED_BYLINE_WORDS && isDatedByline(f.text)) return { category: 'author-bio', reason: BYLINE_REASON };
  // (Not a row a label opens, "Outstanding debut: Sunita Rao, writer and director of…": a list of
  // awards or a line-up; a byline's own labels, "By:", "Author:", are the lexicon's prefixes above.)
  if (f.hasTitle && f.wordCount <= 12 && !prose && /^\p{Lu}/u.test(f.text) && /,|\||\s[-–—]\s|\b(?:of|at)\b/.test(f.text) && !ROW_LABEL.test(f.text)) {
    return { category: 'author-bio', reason: 'a name with a job title' };
  }
  if (f.phrases.includes('copyright') && f.wordCount <= 40 && (RIGHTS_FORM.test(f.text) || (!prose && RIGHTS_START.test(f.text)))) return { category: 'copyright', reason: 'a rights notice' };
  if (f.sentence && f.wordCount <= 40) return { category: f.sentence, reason: 'a boilerplate sentence' };
  if (f.phrases.length > 0 && !f.quotedPhrasesOnly) {
    // Lexicon phrases occur in news prose too ("declined to comment"); they decide only where
    // the line is not neutral article prose. Of the neutral-sounding kinds, only biographies
    // and comment policies are trusted on being off the article's topic.
    const category = f.phrases[0]!;
    // A line on the article's topic uses the phrase about the story ("copyright ruling"); a
    // caption is on the topic by nature, and its phrases are credit formulas ("Photo: Reuters").
    const offTopicKind = (category === 'author-bio' || category === 'comments') && isOffTopic(topic, f);
    const aboutTheStory = category !== 'caption' && (isOnTopic(topic, f) || isRunningText(f));
    if ((!prose && !aboutTheStory) || f.siteVoice > 0 || offTopicKind || (category === 'author-bio' && f.hasContact)) {
      // Spoken to the reader, it is furniture by its own voice, not by a topic word.
      return { category, reason: PHRASE_OUTSIDE_PROSE, weak: f.siteVoice === 0 };
    }
  }
  if (!prose && f.wordCount <= 8 && !isOnTopic(topic, f)) {
    const category = strongestWordCategory(f);
    if (category && (f.wordShare.get(category) ?? 0) >= 0.5) return { category, reason: 'a line of widget words', weak: true };
  }
  // "Nasdaq planning $100m share sale" is news about money on the article's topic, not a promotion.
  // Nor is a digest's item that tells a deal in sentences ("VERIZON TO BUY YAHOO FOR $4.83
  // BILLION The sale is expected to…"): a promotion with prices is a line of offers, or a teaser's
  // one sentence ("…you can buy one online for $1,000"), not a paragraph.
  if (!prose && f.hasMoney && f.block.sentences.length < 2 && (f.wordShare.has('advertisement') || f.phrases.includes('advertisement')) && !isOnTopic(topic, f)) {
    return { category: 'advertisement', reason: 'prices or percentages with promotional words', weak: true };
  }
  // Telephone numbers and e-mail addresses are how a site says "contact us"; in the article's
  // neutral prose ("Police asked anyone with information to call 0800 555111.") they are news.
  // "Follow Jane Doe on Twitter @jdoe." speaks to the reader, and so is furniture, as is "Send tips
  // to …" or "Report typos and corrections to: …".
  const addressesReader = f.siteVoice > 0 || /^(?:follow|email|e-mail|contact|reach|write to|call|send|submit|report\b[^.!?]*\bto)\b/iu.test(f.text);
  if (f.hasContact && f.wordCount <= 40 && (!prose || addressesReader)) return { category: 'author-bio', reason: CONTACT_REASON };
  return undefined;
}

/** How far below a comment's first paragraph the next comment's head may stand. */
const COMMENT_SPAN = 8;
/** A comment's head, vote count or time is a short line. */
const COMMENT_SHAPE_WORDS = 8;
/** The words a comment's head opens with that each head of one thread repeats ("report this comment on …"). */
const THREAD_HEAD_WORDS = 3;
/** Comment heads of one thread in a row that show a thread, and the blocks a comment of several paragraphs may run between two of them. */
const THREAD_HEADS = 3;
const THREAD_GAP = 2 * COMMENT_SPAN;
/** A marker's words without its counts and case: "1 2 Reply" and "6 Reply" are one link. */
function markerShape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A commenter's head as the thread's template prints it: "Marilyn says:", "enoch68 wrote:" — each
 * comment's head names its own commenter, so the name goes (a head of one or two words before a
 * verb of saying and a colon); any other short line keeps its marker shape.
 */
const COMMENTER_SAYS = /^[^\s:]+(?: [^\s:]+)? (?:says|said|wrote|writes|commented|replied):$/;

function commentLineShape(text: string): string {
  const shape = markerShape(text);
  return COMMENTER_SAYS.test(shape) ? shape.replace(/^.* (\S+:)$/, '… $1') : shape;
}

/** The reason of a paragraph between two slides' counters: the text of the slide above it. */
const SLIDE_TEXT_REASON = 'the text of a slide between its counters';
/** How many blocks one slide may hold between its counter and the next slide's (caption, credit, text). */
const SLIDE_BLOCKS = 4;

/**
 * A head's word as the thread's template has it: the month, the weekday and the half of the day
 * stand for any ("February 22, 2019 at 10:05 am | Reply" and "July 16, 2021 at 1:42 pm | Reply"
 * are one template; the figures are gone from normalised text already).
 */
function threadHeadWord(word: string): string {
  if (isCalendarWord(word)) return '(date)';
  return word === 'am' || word === 'pm' ? '(time)' : word;
}

/** The most words a tag holds ("legends of tomorrow", "vulture cover story"). */
const TAG_WORDS = 4;
const TAG_REASON = 'a tag under a tags heading';

/**
 * The tags under a heading the lexicon lists ("Tags:", then "dc comics", "greg berlanti", "the flash"): a
 * run of lines of a few words each, no sentence and no label among them, right below the
 * heading. A teaser list under such a heading keeps its own evidence; the run stops at the
 * first line that is no tag or that a rule flagged on its own (the next section's marker).
 */
function tagsUnderHeadings(features: readonly BlockFeatures[], verdicts: (Verdict | undefined)[], headings: ReadonlySet<string>): void {
  for (let i = 0; i < features.length; i++) {
    if (!headings.has(features[i]!.block.normalised)) continue;
    // (The heading itself too, where no marker or label of the lexicon took it: one a user's settings add.)
    verdicts[i] ??= { category: 'navigation', reason: TAG_REASON };
    for (let k = nearestWithWords(features, i + 1, 1); k < features.length; k = nearestWithWords(features, k + 1, 1)) {
      const f = features[k]!;
      // (A trailing comma separates tags printed one a line: "How-To ,".)
      const tag = f.wordCount <= TAG_WORDS && !f.terminal && !/[:：]/.test(f.text);
      if (!tag || (verdicts[k] !== undefined && verdicts[k]!.reason !== REGION_REASON)) break;
      verdicts[k] = { category: 'navigation', reason: TAG_REASON };
    }
  }
}

/**
 * Readers' comments under heads of one template and no marker over them: "Report this Comment
 * On December 23, 2014, at 10:07 PM, argusdc wrote:", then the comment, then the next head. Each
 * head is flagged by its own words; the comments between them read as prose, often on the
 * article's topic, and passed for the article's. Three heads or more after the article's first
 * paragraph, a comment's length apart, opening with the same words but not the same line (a
 * head names its commenter and time; "Leave a comment" under the byline and again under the
 * article is one link twice), make a thread: what stands between two of them is a comment, and
 * so are the lines under the last head, as far as the longest comment above, up to the next
 * flagged line.
 */
function commentThreads(features: readonly BlockFeatures[], verdicts: (Verdict | undefined)[], bodyStart: number): void {
  const heads = new Map<string, number[]>();
  for (let i = Math.max(bodyStart + 1, 0); i < features.length; i++) {
    const v = verdicts[i];
    if (v?.category !== 'comments' || v.region) continue;
    const words = features[i]!.block.normalised.split(' ').map(threadHeadWord);
    if (words.length < THREAD_HEAD_WORDS) continue;
    const key = words.slice(0, THREAD_HEAD_WORDS).join(' ');
    const positions = heads.get(key);
    if (positions) positions.push(i);
    else heads.set(key, [i]);
  }
  const markThread = (thread: number[]) => {
    if (thread.length < THREAD_HEADS || new Set(thread.map((i) => features[i]!.block.normalised)).size < THREAD_HEADS) return;
    let longest = 0;
    for (let k = 1; k < thread.length; k++) {
      longest = Math.max(longest, thread[k]! - thread[k - 1]!);
      for (let i = thread[k - 1]! + 1; i < thread[k]!; i++) verdicts[i] ??= { category: 'comments', reason: 'between two heads of one comment thread', region: 'comments' };
    }
    const last = thread[thread.length - 1]!;
    for (let i = last + 1; i < Math.min(features.length, last + longest) && !verdicts[i]; i++) {
      verdicts[i] = { category: 'comments', reason: 'under the last head of a comment thread', region: 'comments' };
    }
  };
  for (const positions of heads.values()) {
    let thread: number[] = [];
    for (const i of positions) {
      if (thread.length > 0 && i - thread[thread.length - 1]! > THREAD_GAP) {
        markThread(thread);
        thread = [];
      }
      thread.push(i);
    }
    markThread(thread);
  }
}

/** A teaser card prints its title twice, this many blocks apart at most (the picture's link, then the text's). */
const CARD_SPAN = 4;
/** A card's section label between the two copies ("Environment", "Planet Possible"). */
const CARD_LABEL_WORDS = 3;
const CARD_TITLE_WORDS = { min: 4, max: 25 };
/** A grid has several cards: one title printed twice (a headline over its kicker) is no grid. */
const GRID_CARDS = 2;
const CARD_TITLE_SHAPE = /^[\p{Lu}\d"“‘']/u;
/** Code and tables repeat their lines too ("list : [", "2 │ f"): no title holds these. */
const CODE_OR_TABLE = /[{}()[\];=│|<>]/;

const REASON_TEASER_CARD = 'a teaser card in a grid, its title printed twice';
const REASON_CARD_BLURB = 'a teaser card’s blurb or label, between two cards of a grid';

/** Where each line's text stands on the page (by its normalised form), for the lines `counted` keeps, in order. */
function positionsByText(features: readonly BlockFeatures[], counted: (f: BlockFeatures) => boolean): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  features.forEach((f, i) => {
    if (!counted(f)) return;
    const seen = positions.get(f.normalised);
    if (seen) seen.push(i);
    else positions.set(f.normalised, [i]);
  });
  return positions;
}

/** Where a title's copies stand: two, or two pairs of close copies far apart (one pair to a grid). */
function printedAsCards(positions: readonly number[]): boolean {
  if (positions.length === 2) return true;
  if (positions.length !== 4) return false;
  const [first, second, third, fourth] = positions as [number, number, number, number];
  return second - first <= CARD_SPAN && fourth - third <= CARD_SPAN && third - second > CARD_SPAN;
}

/**
 * A grid of teaser cards, as scraped: each card's title twice within a few lines, a section
 * label between ("Never-before-seen bird hybrid surprises scientists", "Animals", "Never-before-seen
 * bird hybrid surprises scientists"). An article prints no sentence of its own twice so close
 * with a label between; code and tables are kept out by their shape, and a lone repeated title
 * (a headline over its kicker) by asking for a grid of several.
 */
function teaserCards(features: readonly BlockFeatures[], verdicts: (Verdict | undefined)[]): void {
  const n = features.length;
  const cards: [number, number][] = [];
  const titles = new Set<string>();
  // A card's title is printed twice, or twice in each of two grids far apart (a page's "Read
  // this next" and its footer's list): a line printed under every section of the page (a share
  // prompt) frames the article's own subheadings.
  const printed = positionsByText(features, (f) => f.wordCount > 0);
  for (let i = 0; i < n; i++) {
    const f = features[i]!;
    if (f.wordCount < CARD_TITLE_WORDS.min || f.wordCount > CARD_TITLE_WORDS.max || !CARD_TITLE_SHAPE.test(f.text) || CODE_OR_TABLE.test(f.text) || !printedAsCards(printed.get(f.normalised)!))
      continue;
    for (let j = i + 2; j <= Math.min(n - 1, i + CARD_SPAN); j++) {
      if (features[j]!.normalised !== f.normalised) continue;
      let labelled = false;
      for (let m = i + 1; m < j && !labelled; m++) labelled = features[m]!.wordCount > 0 && features[m]!.wordCount <= CARD_LABEL_WORDS;
      if (labelled) {
        cards.push([i, j]);
        titles.add(f.normalised);
      }
      break;
    }
  }
  if (titles.size < GRID_CARDS) return;
  // The titles only: the short line between two copies is left to the other rules.
  for (const [i, j] of cards) {
    for (const k of [i, j]) verdicts[k] ??= { category: categorise(features[k]!, 'related'), reason: REASON_TEASER_CARD };
  }
  // What stands between one card and the next, a few lines at most, is the first card's blurb and
  // the next one's section label ("City leaders said SANDAG should…", "Immigration"): a grid
  // holds nothing else between its cards.
  for (let c = 1; c < cards.length; c++) {
    const [, end] = cards[c - 1]!;
    const [start] = cards[c]!;
    if (start <= end || start - end > CARD_SPAN) continue;
    for (let k = end + 1; k < start; k++) if (features[k]!.wordCount > 0) verdicts[k] ??= { category: categorise(features[k]!, 'related'), reason: REASON_CARD_BLURB };
  }
}

/** The most lines one label of a teaser list stands from the next: the label, a title, perhaps its byline. */
const LABEL_GAP = 3;
/** A list needs its label at least this often, close together. */
const LABEL_REPEATS = 3;
const LABEL_WORDS = 3;
const LABELLED_TITLE_WORDS_RANGE = { min: 4, max: 25 };
const REASON_LABELLED_TEASERS = 'a teaser list, each title under the same section label';

/**
 * A teaser list that prints each title under its section's label, the same label again and again
 * ("Co.Design", a title, "Co.Design", a title…; "Perspective", a title, "Perspective"…): a short
 * label at least three times, a few lines apart, with only titles between (a few words to a
 * sentence's worth, no closing stop). An article's recurring short line stands between
 * paragraphs (a transcript's speaker over what was said, which closes on a stop); a label with a
 * colon or a bracket ("Q:", "[Chorus]") is left to other rules.
 */
function labelledTeasers(features: readonly BlockFeatures[], verdicts: (Verdict | undefined)[]): void {
  // (Words, not figures: a table's rows of counts share one normalised form. Nor a picture's
  // credit, "Boston Herald / Polaris" under each picture of a gallery whose captions tell the story.)
  const isLabel = (f: BlockFeatures) => f.wordCount >= 1 && f.wordCount <= LABEL_WORDS && !f.terminal && f.digitRatio === 0 && !f.pictureCredit && !/[:：[\]()/]/.test(f.text);
  const isTitle = (f: BlockFeatures) => f.wordCount >= LABELLED_TITLE_WORDS_RANGE.min && f.wordCount <= LABELLED_TITLE_WORDS_RANGE.max && !f.terminal;
  for (const [label, at] of positionsByText(features, isLabel)) {
    if (at.length < LABEL_REPEATS) continue;
    let run: number[] = [at[0]!];
    const close = (list: number[]) => {
      if (list.length < LABEL_REPEATS) return;
      for (let r = 1; r < list.length; r++) {
        for (let k = list[r - 1]! + 1; k < list[r]!; k++) {
          const f = features[k]!;
          if (f.wordCount > 0 && !isTitle(f) && f.normalised !== label) return;
        }
      }
      for (let k = list[0]!; k <= list[list.length - 1]!; k++) {
        if (features[k]!.wordCount > 0) verdicts[k] ??= { category: 'related', reason: REASON_LABELLED_TEASERS };
      }
    };
    for (const i of at.slice(1)) {
      if (i - run[run.length - 1]! <= LABEL_GAP) run.push(i);
      else {
        close(run);
        run = [i];
      }
    }
    close(run);
  }
}

/**
 * Evidence from a line and its neighbour, before the landmarks are looked for.
 *
 * A slideshow printed as text gives each picture its counter and title ("7/50 City for sale"),
 * then its text and credit: what stands between one slide and the next one of the same show
 * ("8/50 …") is that slide's, however much it reads like news — the show's slides are other
 * stories. Counted in order, one show, a few blocks apart: no article numbers its paragraphs so.
 *
 * A recommendation widget credits a sponsored teaser to its advertiser's name as well as to a
 * domain: the name on its line, the title with the name behind it (shapes.ts,
 * advertiserCreditedTeaser). Both lines are the advertisement.
 */
function pairVerdicts(features: readonly BlockFeatures[], verdicts: (Verdict | undefined)[]): void {
  let previous: { index: number; shown: number; of: number } | undefined;
  features.forEach((f, i) => {
    const slide = f.digitRatio > 0 && !f.measureFirst ? countedSlide(f.text) : undefined;
    if (!slide) return;
    if (previous && previous.of === slide.of && previous.shown + 1 === slide.shown && i - previous.index <= SLIDE_BLOCKS + 1) {
      for (let j = previous.index + 1; j < i; j++) verdicts[j] ??= { category: 'caption', reason: SLIDE_TEXT_REASON };
    }
    previous = { index: i, ...slide };
  });
  // One such pair is no widget: a tag over a headline that ends on the same word ("SQL" over
  // "Anomaly Detection Using Plain SQL") has its form. A widget lists several teasers.
  const teasers: { index: number; withName: boolean }[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    if (f.wordCount > 25 || f.wordCount < 4) continue;
    const above = i > 0 && features[i - 1]!.wordCount <= 4 ? features[i - 1]!.text : undefined;
    const name = advertiserCreditedTeaser(f.text, above);
    if (name !== undefined) teasers.push({ index: i, withName: above !== undefined && above.trim() === name });
  }
  teasers.forEach(({ index, withName }, k) => {
    const near = (other: { index: number } | undefined) => other !== undefined && Math.abs(other.index - index) <= WIDGET_REACH;
    if (!near(teasers[k - 1]) && !near(teasers[k + 1])) return;
    verdicts[index] ??= { category: 'advertisement', reason: ADVERTISER_TEASER_REASON };
    if (withName) verdicts[index - 1] ??= { category: 'advertisement', reason: ADVERTISER_TEASER_REASON };
  });
}
/** How far apart two sponsored teasers of one widget may stand. */
const WIDGET_REACH = 12;
/** The reason of a sponsored teaser credited to its advertiser's name, and of the name's line above it. */
const ADVERTISER_TEASER_REASON = 'a sponsored teaser credited to its advertiser';

/** The reason of a note on the writer (see writerNoteSubject). */
const WRITER_NOTE_REASON = 'a note on the writer';
/** The reason of the name (and the role under it) over a note on the writer. */
const WRITER_BOX_HEAD_REASON = 'the writer’s name over a note on the writer';
/** How many short lines over a note on the writer its box's head may take: the name, the role. */
const WRITER_BOX_HEAD_LINES = 2;

/**
 * The first line of an author box's head over its note on the writer at `note`, or -1: the
 * writer's name ("Alex Shephard @ alex_shephard", "Katie J.M. Baker") and perhaps the role under
 * it ("BuzzFeed News Reporter") — short lines that end no sentence, the highest of them holding
 * the note's surname (`named`). A line the rules gave another kind than a writer's is no part of it.
 */
function writerBoxHead(features: readonly BlockFeatures[], verdicts: readonly (Verdict | undefined)[], note: number, named: RegExp): number {
  let k = note;
  for (let taken = 0; taken < WRITER_BOX_HEAD_LINES; taken++) {
    k = nearestWithWords(features, k - 1, -1);
    if (k < 0) return -1;
    const f = features[k]!;
    const verdict = verdicts[k];
    if (f.terminal || f.wordCount > FURNITURE_LINE_WORDS || (verdict && verdict.category !== 'author-bio')) return -1;
    if (named.test(f.text)) return k;
  }
  return -1;
}
/** More words than a byline or a caption's credit: a paragraph that names someone as the article does. */
const NAMING_PARAGRAPH_WORDS = 6;

/** A person's last name as a word of a line, not inside a longer one. */
function nameAsWord(lastName: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(lastName)}(?![\\p{L}\\p{N}])`, 'u');
}

/** Whether a block the rules keep, other than block i, names the person (`name`: their last name, as a word). */
function namedInOtherParagraphs(features: readonly BlockFeatures[], verdicts: readonly (Verdict | undefined)[], i: number, name: RegExp): boolean {
  return features.some((f, j) => j !== i && !verdicts[j] && f.wordCount > NAMING_PARAGRAPH_WORDS && name.test(f.text));
}

/** A row's label before a colon, a few words that are not a name: "Outstanding debut: …", "Best actor: …". */
const ROW_LABEL = /^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,3}: \S/u;

/** The reason of a byline's verdict, which the headline's search below reads back. */
const BYLINE_REASON = 'a byline';
/** The most words of a site's address or an agency's name printed with a byline under a headline. */
const CREDIT_UNDER_HEADLINE_WORDS = 2;
/** How many dateline or byline lines may stand between a headline and its body. */
const HEADLINE_METADATA_LINES = 2;

/** The most words of a page's button or label between a headline and its article ("Share This"). */
const WIDGET_UNDER_HEADLINE_WORDS = 3;
/** How the rules tell a button or a label by itself. */
const WIDGET_REASONS = new Set(['a section marker', 'a line of widget words']);

/** A line the rules call a date or time, or a byline: what stands under a headline. */
function isHeadlineMetadata(verdict: Verdict | undefined): boolean {
  return verdict !== undefined && (verdict.category === 'timestamp' || (verdict.category === 'author-bio' && verdict.reason === BYLINE_REASON));
}

/** One category's words make at least CATEGORY_WORD_SHARE of the line's (read for every line, often: no array built). */
function denseCategoryWords(f: BlockFeatures): boolean {
  for (const share of f.wordShare.values()) if (share >= CATEGORY_WORD_SHARE) return true;
  return false;
}

/** A paragraph of the article's prose: sentences in sentence case (no teaser's headline), as long as a story's paragraph is. */
const sentenceProse = (f: BlockFeatures): boolean => isProse(f) && f.wordCount >= STORY_PARAGRAPH_WORDS && !isTitleCased(f);

/**
 * The article is never wholly under a marker. A page whose story is one paragraph under a menu's
 * last label ("Quizzes", then a share bar, then "Sylvie a 13 year old Husky went on her morning
 * walk…" and its pictures' captions) shows no second paragraph at which the region could end, so
 * the region took the story whole while a menu of teasers above stayed. Where no paragraph of
 * prose is left and a region alone flagged some, the densest stretch of them is the article's.
 * (Not a paragraph with a furniture phrase or word of its own: a region's evidence is not all it
 * has.)
 */
function keepArticleOutOfRegions(features: readonly BlockFeatures[], verdicts: (Verdict | undefined)[], hasLexiconEvidence: (f: BlockFeatures) => boolean): void {
  if (features.some((f, i) => !verdicts[i] && sentenceProse(f))) return;
  const underRegion = features.map((f, i) => verdicts[i]?.reason === REGION_REASON && sentenceProse(f) && !hasLexiconEvidence(f));
  const span = mainProseSpan(features, underRegion);
  for (let i = span.start; i <= span.end; i++) if (underRegion[i]) verdicts[i] = undefined;
}

/** A feed's section label is a word or two ("TRAVEL", "Great Job, Internet!"). */
const FEED_LABEL_WORDS = 4;
/** Blocks from one story's label to the next one's in a feed: a title, a deck, a byline, a summary. */
const FEED_UNIT_MIN = 3;
const FEED_UNIT_MAX = 10;
/** A story of a feed is summed up in a paragraph (its deck is shorter); an article under its label and byline runs on. */
const FEED_SUMMARY_PARAGRAPHS = 1;
const FEED_PARAGRAPH_WORDS = 20;
/** Stories in a row that make a feed. */
const FEED_STORIES = 3;
const FEED_REASON = 'a story in a feed of others';

/**
 * A feed of other stories: units that each open with the same section label ("TRAVEL") and each
 * carry a byline of their own — a title, a deck, "by Josh Rubin", a summary, then the label again.
 * An article's list does not sign each entry under a repeated label; no unit holds the article's
 * headline or its first paragraph, or more than one paragraph (an article taken for a story when
 * the page's first card was taken for the headline). Every line of them the rules kept is the feed's
 * (its summaries are paragraphs, so the stretch of dense prose may run on into it).
 */
function feedOfStories(features: readonly BlockFeatures[], verdicts: (Verdict | undefined)[], headline: number, bodyStart: number): void {
  const n = features.length;
  const labels = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const f = features[i]!;
    // A section's name, flagged as one or not known to the lexicon ("HARBOURS"): its repeats make it a label.
    if (f.wordCount === 0 || f.wordCount > FEED_LABEL_WORDS || (verdicts[i] !== undefined && verdicts[i]!.reason !== 'a section marker')) continue;
    const at = labels.get(f.normalised);
    if (at) at.push(i);
    else labels.set(f.normalised, [i]);
  }
  const isStory = (from: number, to: number): boolean => {
    if ((from <= headline && headline < to) || (from <= bodyStart && bodyStart < to)) return false;
    let signed = false;
    let paragraphs = 0;
    for (let k = from + 1; k < to; k++) {
      if (verdicts[k]?.reason === BYLINE_REASON) signed = true;
      else if (!verdicts[k] && features[k]!.wordCount >= FEED_PARAGRAPH_WORDS && (isProse(features[k]!) || isRunningText(features[k]!))) paragraphs++;
    }
    return signed && paragraphs <= FEED_SUMMARY_PARAGRAPHS;
  };
  for (const at of labels.values()) {
    if (at.length < FEED_STORIES) continue;
    // Each label opens a story that runs to the next label; the last one's story runs as far as
    // the shortest of the others.
    const gaps = at.slice(1).map((p, k) => p - at[k]!);
    const units = at.map((p, k) => [p, k + 1 < at.length ? at[k + 1]! : Math.min(n, p + Math.min(...gaps))] as const);
    let run: (readonly [number, number])[] = [];
    const close = () => {
      if (run.length >= FEED_STORIES) for (const [from, to] of run) for (let k = from; k < to; k++) verdicts[k] ??= { category: 'related', reason: FEED_REASON };
      run = [];
    };
    for (const [from, to] of units) {
      if (to - from >= FEED_UNIT_MIN && to - from <= FEED_UNIT_MAX && isStory(from, to)) run.push([from, to]);
      else close();
    }
    close();
  }
}

/** What a post's text is taken for by its handles and links alone. */
const POST_TEXT_REASONS: ReadonlySet<string> = new Set([CONTACT_REASON, 'a non-prose line off the article topic', 'a line of widget words']);

/** How many worded lines right above a comment section's marker must be furniture for the article to have ended above it. */
const FURNITURE_ABOVE_COMMENTS = 3;

/** The nearest FURNITURE_ABOVE_COMMENTS lines with words above `i` are all flagged (and there are that many). */
function belowFurniture(features: readonly BlockFeatures[], verdicts: readonly (Verdict | undefined)[], i: number): boolean {
  let k = i;
  for (let seen = 0; seen < FURNITURE_ABOVE_COMMENTS; seen++) {
    k = nearestWithWords(features, k - 1, -1);
    if (k < 0 || !verdicts[k]) return false;
  }
  return true;
}

/** Another comment section's marker stands somewhere below `i`. */
function commentMarkerBelow(verdicts: readonly (Verdict | undefined)[], i: number): boolean {
  for (let k = i + 1; k < verdicts.length; k++) if (verdicts[k]?.category === 'comments' && verdicts[k]!.reason === 'a section marker') return true;
  return false;
}

/** The nearest block with words from `k` on, stepping by `step`: -1 or the block count where there is none. */
function nearestWithWords(features: readonly BlockFeatures[], k: number, step: 1 | -1): number {
  while (k >= 0 && k < features.length && features[k]!.wordCount === 0) k += step;
  return k;
}

/** A headline's shape: a few words to a sentence's worth, a capital first (a quotation mark may open it), no full stop. */
function titleShaped(f: BlockFeatures): boolean {
  // (A listicle's title opens with its count: "7 Disney Channel Original Movies That You Need to See".)
  return f.wordCount >= 3 && f.wordCount <= HEADLINE_MAX_WORDS && /^['"‘“]?(?:\p{Lu}|\p{N}+\s+\p{Lu})/u.test(f.text) && !f.terminal;
}

/**
 * The title over the body, within HEADLINE_ABOVE_BODY blocks of it, that names more of the
 * article's topic than the line `top` taken near the page's top; the highest such (a headline's
 * deck and a match's label, on the topic too, stand under it).
 * Undefined when none does, or when a line the rules keep between the two reads as prose.
 */
function titleOverBody(
  features: readonly BlockFeatures[],
  verdicts: readonly (Verdict | undefined)[],
  topic: TopicModel,
  top: number,
  bodyStart: number,
  isCandidate: (i: number) => boolean,
): number | undefined {
  const topShared = topic.overlap(features[top]!).shared;
  let found: number | undefined;
  for (let j = Math.max(top + 1, bodyStart - HEADLINE_ABOVE_BODY); j < bodyStart && found === undefined; j++) {
    const f = features[j]!;
    // (The page's bar may print the article's title too: the same title again over the body is the headline.)
    const namesMore = topic.overlap(f).shared > topShared || f.normalised === features[top]!.normalised;
    if (isCandidate(j) && titleShaped(f) && isOnTopic(topic, f) && namesMore) found = j;
  }
  // Whatever its words, the title right over the article's byline and date ("By …", "December 21,
  // 2016", then the body) is its headline: a page prints its dateline under its headline, not
  // under a menu's label.
  found ??= titleOverByline(features, verdicts, top, bodyStart, isCandidate);
  if (found === undefined) return undefined;
  for (let k = top + 1; k < found; k++) {
    const f = features[k]!;
    if (!verdicts[k] && (isProse(f) || isRunningText(f))) return undefined;
  }
  return found;
}

/**
 * The title-shaped line right over the run of bylines and dates that stands right over the body
 * (a byline among them), below `top`; undefined when there is none.
 */
function titleOverByline(features: readonly BlockFeatures[], verdicts: readonly (Verdict | undefined)[], top: number, bodyStart: number, isCandidate: (i: number) => boolean): number | undefined {
  let k = nearestWithWords(features, bodyStart - 1, -1);
  let byline = false;
  // (A word or two the page prints with them, a site's address or an agency's name: "By Ana
  // Ruiz", "Published December 23, 2014", "HarbourBusiness.com", "REUTERS", then the body.)
  const printedWith = (j: number) => features[j]!.wordCount <= CREDIT_UNDER_HEADLINE_WORDS && (verdicts[j] === undefined || verdicts[j]!.category === 'source-link');
  while (k > top && (isHeadlineMetadata(verdicts[k]) || printedWith(k))) {
    byline ||= verdicts[k]?.category === 'author-bio';
    k = nearestWithWords(features, k - 1, -1);
  }
  return byline && k > top && isCandidate(k) && titleShaped(features[k]!) ? k : undefined;
}

function chooseAnchors(features: BlockFeatures[]): BlockFeatures[] {
  const candidates = features.filter((f) => isProse(f) && f.siteVoice === 0 && !f.marker && !f.prefix && f.phrases.length === 0);
  const count = Math.max(MIN_ANCHORS, Math.ceil(candidates.length * ANCHOR_SHARE));
  const anchors = candidates.slice(0, count);
  // A headline-like first line joins the anchors: it names the topic most densely.
  const first = features.find((f) => f.wordCount >= 3 && !f.marker && !f.prefix && !f.timestampOnly && !f.urlOnly);
  if (first && !anchors.includes(first)) anchors.push(first);
  return anchors;
}

/**
 * What the rules found on a document: each block's features and verdict, and the landmarks
 * the verdicts were drawn from. The line model reads its evidence from here.
 */
export interface RuleDecisions {
  features: BlockFeatures[];
  /** The rules' verdict on each block; undefined where the rules keep it. */
  verdicts: (Verdict | undefined)[];
  topic: TopicModel;
  /** Blocks that read as the article's own prose (see articleLike). */
  articleLike: boolean[];
  /** How many other files hold each block's line (0 without a corpus). */
  repeated: number[];
  headline: number;
  /** The first block of the body's prose (n when there is none). */
  bodyStart: number;
  /** The last block of the body's prose (-1 when there is none). */
  lastArticle: number;
  /** The last block of running text: the article ends there or later. */
  lastContent: number;
  /** The first block after lastContent with furniture evidence of its own (n when none). */
  tailStart: number;
  /**
   * Short rows the article vouches for: a list it announces with a colon ("… as follows:",
   * "Rovers:"), the announcing line included, or a lone short line between two of its paragraphs
   * (a subheading).
   */
  announced: boolean[];
  /** Where the article's prose is densest (mainSpan.ts). */
  mainSpan: MainSpan;
}

export function classifyBoilerplate(article: Article, options: BoilerplateOptions = {}): BoilerplateVerdict[] {
  const decisions = ruleDecisions(article, options);
  if (!decisions) return [];
  const model = options.lineModel === undefined ? defaultLineModel() : options.lineModel;
  let verdicts = decisions.verdicts;
  if (model) {
    const eligible = decisions.features.map((_, i) => modelMayKeep(decisions, i) || modelMayFlag(decisions, i));
    if (eligible.includes(true)) verdicts = withLineModel(decisions, lineProbabilities(model, lineFeatureVectors(decisions, eligible)), model.thresholds);
  }
  // The article's last paragraph: the last of its full paragraphs where its prose is densest (teasers
  // of one or two short sentences under it may have drawn that stretch past its end).
  const { start, end } = decisions.mainSpan;
  let articleEnd = end;
  while (articleEnd >= start && (verdicts[articleEnd] || !isStoryParagraph(decisions.features[articleEnd]!))) articleEnd--;
  if (articleEnd < start) articleEnd = end;
  // Never the headline or a paragraph; nor a line ending in a colon, which announces the
  // article's list under it; nor a sentence of the article's prose closed by its full stop: a
  // story's last short paragraphs stand just so between photo credits, and a teaser's title has
  // no full stop.
  const protectedBlock = (i: number) =>
    i === decisions.headline ||
    isStoryParagraph(decisions.features[i]!) ||
    /:\s*$/.test(decisions.features[i]!.text) ||
    (decisions.articleLike[i]! && CLOSED_SENTENCE.test(decisions.features[i]!.text));
  const page: BelowArticle = { features: decisions.features, flaggedCategory: (i) => verdicts[i]?.category, articleEnd, protectedBlock };
  for (const [pass, reason] of BELOW_ARTICLE_PASSES) {
    const found = pass(page);
    if (found.size > 0) verdicts = verdicts.map((v, i) => v ?? (found.has(i) ? { category: found.get(i)!, reason } : undefined));
  }
  const result: BoilerplateVerdict[] = [];
  verdicts.forEach((verdict, i) => {
    if (verdict && i !== decisions.headline) result.push({ blockIndex: i, category: verdict.category, reason: verdict.reason });
  });
  return result;
}

/** The passes over the lines below the article, in order (each sees what the one before flagged), with the reason each gives. */
const BELOW_ARTICLE_PASSES: readonly [(page: BelowArticle) => Map<number, BoilerplateCategory>, string][] = [
  [islandsBelowArticle, 'a line among furniture below the article'],
  [repeatedRunsBelowArticle, 'a run of lines the page prints again below the article'],
];

/** A sentence closed by its full stop, a closing quote or bracket after it. */
const CLOSED_SENTENCE = /\.["”’')\]]*\s*$/u;

/** A paragraph longer than a teaser's title and blurb: never an island. */
function isStoryParagraph(f: BlockFeatures): boolean {
  return f.wordCount >= STORY_PARAGRAPH_WORDS && (isRunningText(f) || isProse(f));
}

/** The rules alone; undefined for a document without blocks. */
export function ruleDecisions(article: Article, options: BoilerplateOptions = {}): RuleDecisions | undefined {
  const lexicon = boilerplateLexicon(options.lexicon);
  const features = article.blocks.map((block) => blockFeatures(block, lexicon));
  const n = features.length;
  if (n === 0) return undefined;
  const topic = buildTopicModel(chooseAnchors(features));
  const verdicts: (Verdict | undefined)[] = features.map((f) => lineVerdict(f, topic, lexicon));
  pairVerdicts(features, verdicts);
  teaserCards(features, verdicts);
  labelledTeasers(features, verdicts);

  // An editorial or a column speaks as "we" in its body; there the site's voice is no sign of furniture.
  // (A phrase of the lexicon is evidence; a category's single words only where they are dense.)
  const hasLexiconEvidence = (f: BlockFeatures) => f.phrases.length > 0 || denseCategoryWords(f);
  // Judged on the opening prose paragraphs, not on the top half of the file: the tail's length
  // must not decide it, or cleaning a page would change how its remaining lines are read.
  const voicedBody = features
    .filter((f, i) => !verdicts[i] && isProse(f))
    .slice(0, VOICE_WINDOW)
    .some((f) => f.siteVoice > 0 && !hasLexiconEvidence(f));
  const articleLike = (i: number): boolean => {
    const f = features[i]!;
    return !verdicts[i] && isProse(f) && (f.siteVoice === 0 || (voicedBody && !hasLexiconEvidence(f)));
  };
  /** A short line the rules keep that is no prose: a subheading between two paragraphs, if any stand round it. */
  const keptShortLine = (j: number) => j >= 0 && j < n && !verdicts[j] && !isProse(features[j]!) && features[j]!.wordCount <= SUBHEADING_WORDS;
  // A long paragraph between two of the article's own paragraphs (neutral prose, or the body's
  // own voice) is the writer's, whatever furniture phrase it holds or whoever it speaks to
  // ("When you sign up for Facebook, it encourages you to upload your contacts…"). Between
  // paragraphs in the site's voice (a comment policy's "we") it stays the site's.
  {
    const bodyParagraph = (j: number) => j >= 0 && j < n && articleLike(j) && isRunningText(features[j]!);
    // A subheading the rules keep may stand between it and the next paragraph.
    const pastSubheading = (j: number, step: number) => (keptShortLine(j) ? j + step : j);
    for (let i = 1; i + 1 < n; i++) {
      const f = features[i]!;
      if (verdicts[i]?.reason !== PHRASE_OUTSIDE_PROSE || !isProse(f)) continue;
      // A sentence of a career told in the third person ("Prior to joining the organization he had
      // amateur coaching experience.") is the article's whatever its length where a paragraph of the
      // body stands right above it and the article's prose right below: a writer's note closes the
      // article, and gives a way to reach the writer; it does not sit inside the body.
      if (verdicts[i]!.category === 'author-bio' && f.siteVoice === 0 && !f.hasContact && bodyParagraph(i - 1) && articleLike(i + 1)) {
        verdicts[i] = undefined;
        continue;
      }
      if (!isRunningText(f) || f.wordCount < WRITER_PARAGRAPH_WORDS) continue;
      if (bodyParagraph(pastSubheading(i - 1, -1)) && bodyParagraph(pastSubheading(i + 1, 1))) verdicts[i] = undefined;
    }
  }
  // A handle alone under what its owner wrote (a reader's tweet the article quotes, then
  // "@casawhitby.") signs it, as a name signs a letter: the article's. Under a byline, or under
  // anything the rules flag, it is a contact and stays furniture.
  for (let i = 1; i < n; i++) {
    if (verdicts[i]?.reason !== CONTACT_REASON || !isHandleAlone(features[i]!.text)) continue;
    const above = features[i - 1]!;
    if (!verdicts[i - 1] && (isProse(above) || isSentenceShaped(above) || isQuoteLine(above))) verdicts[i] = undefined;
  }
  // A paragraph of the article's prose in whatever voice, with no furniture phrase: on its topic,
  // or three sentences long (a teaser's summary is one or two, cut short).
  const voicedParagraph = (i: number): boolean => {
    const f = features[i]!;
    return isProse(f) && isRunningText(f) && f.phrases.length === 0 && (isOnTopic(topic, f) || f.block.sentences.length >= 3);
  };
  const leadIn = (i: number): boolean => {
    const f = features[i]!;
    return isRunningText(f) && f.phrases.length === 0 && f.block.sentences.length >= 2;
  };
  // Lines that other files of the corpus repeat word for word are templates, unless they read as article prose.
  if (options.repeatedElsewhere) {
    const repeatedElsewhere = options.repeatedElsewhere;
    // Copies of the article itself (the same story saved twice, versions of one report) repeat
    // every line of it: what only they repeat is the article's. Its paragraphs of prose tell how
    // many other files are such copies (the median, so that one quote wire copy repeats does not).
    const copies = median(features.flatMap((f, i) => (articleLike(i) && isRunningText(f) ? [repeatedElsewhere(f.normalised)] : [])));
    // The words of the article's prose: a name or a title that holds one of them (a candidate, a
    // team) is the article's.
    const bodyTerms = new Set(features.flatMap((f, i) => (articleLike(i) ? f.terms : [])));
    const articleRow = (i: number): boolean => {
      const f = features[i]!;
      if (hasLexiconEvidence(f) || !isArticleRow(f)) return false;
      // A labelled row or a line announcing rows stands as it is; a bare name or title needs a word of the story.
      return f.text.includes(':') || f.terms.some((term) => bodyTerms.has(term));
    };
    // A paragraph that other files print word for word while no file copies the article is the
    // site's own (its mission, its owner's profile, a notice under every page: "Thomson Reuters is
    // the world's largest…"), when it is off the article's topic and stands among furniture, with
    // no paragraph of the article next to it. Wire copy that stories of one event share is on their
    // topic or amid their paragraphs ("The MP's term of office is five years."), and quotations are
    // never taken so. No copy of the article may be in the folder: one, whole or in part, repeats
    // a paragraph on its topic (the median above misses a copy whose page holds readers' comments).
    const copied = features.some((f, i) => articleLike(i) && isRunningText(f) && !isOffTopic(topic, f) && repeatedElsewhere(f.normalised) > 0);
    if (copies === 0 && !copied) {
      // Only below the stretch where the article's prose is densest: one taken above it moves where
      // the body and its headline are found.
      const span = mainProseSpan(
        features,
        features.map((_, i) => articleLike(i)),
      );
      const besideProse = (k: number) => k >= 0 && k < n && articleLike(k);
      for (let i = 0; i < n; i++) {
        const f = features[i]!;
        // (A paragraph: a headline that stories of one event share is theirs.)
        if (i <= span.end || verdicts[i] || !(isProse(f) || isRunningText(f)) || !isOffTopic(topic, f) || isQuoteLine(f) || holdsQuotation(f.text)) continue;
        if (besideProse(nearestWithWords(features, i - 1, -1)) || besideProse(nearestWithWords(features, i + 1, 1))) continue;
        if (repeatedElsewhere(f.normalised) >= 1) verdicts[i] = { category: categorise(f, 'navigation'), reason: SITE_PARAGRAPH_REASON };
      }
    }
    for (let i = 0; i < n; i++) {
      const f = features[i]!;
      // Wire copy repeats paragraphs and quotes across the files of one story: those are news.
      // So are a line on the article's topic ("Hillary Clinton: 1,769.") and a numbered item
      // ("5. Jeb Bush (5.)") of a ranking that other stories on the subject repeat.
      if (verdicts[i] || articleLike(i) || f.wordCount === 0 || isRunningText(f) || isQuoteLine(f) || isOnTopic(topic, f) || isListItem(f)) continue;
      // A short sentence or a quote that the stories of one event share ("We take these issues very
      // seriously.", "I partied.") is wire copy; a template sentence carries furniture words.
      if ((isShortSentence(f) || holdsQuotation(f.text)) && !hasLexiconEvidence(f)) continue;
      // A row of the article's data with no furniture words (a name, a line-up, a tally that
      // names someone of the story, a line announcing rows) is a template only when many files
      // print it: stories on one subject share such rows.
      const needed = articleRow(i) ? REPEATED_ROW_FILES : REPEATED_FILES;
      if (repeatedElsewhere(f.normalised) - copies >= needed) verdicts[i] = { category: categorise(f, 'navigation'), reason: 'repeated in other files' };
    }
  }

  const firstArticle = features.findIndex((_, i) => articleLike(i));
  const lastArticle = n - 1 - [...features].reverse().findIndex((_, j) => articleLike(n - 1 - j));
  // On a whole page a search box's prompt or a menu's blurb may read as prose far above the
  // article ("Enter search keywords. Use the arrow keys…"): the body starts where the article's
  // prose does, the run of paragraphs with the most words, and the headline stands over that.
  // Only blurbs, with furniture of the page's own among them, are left above it so (detachedBody.ts).
  const detached = firstArticle === -1 ? undefined : detachedBody(features, verdicts, articleLike, firstArticle, HEADLINE_ABOVE_BODY);
  const bodyStart = detached?.bodyStart ?? (firstArticle === -1 ? n : firstArticle);

  // The headline: the first line near the top that is on the article's topic or long enough to
  // be a title. It is content whatever its shape.
  const headlineWindow = Math.min(n, bodyStart + 1, HEADLINE_WINDOW);
  // A line judged only by its words may still be the headline when it names the topic: a
  // headline about a copyright ruling or a share sale is the article's, whatever its words.
  // A file that opens with a labelled title ("Sources: Sox May Not Be Out Of Teixeira Chase",
  // "Poll: Clinton Leads in Ohio") opens with its headline: the label is the headline's own.
  const labelledTitle = (i: number) =>
    i === 0 && verdicts[0]?.reason === LABELLED_LINE_REASON && features[0]!.wordCount >= LABELLED_TITLE_WORDS && titleShaped(features[0]!) && isTitleCased(features[0]!);
  const isCandidate = (i: number) =>
    features[i]!.wordCount >= 3 && (!verdicts[i] || (verdicts[i]!.weak === true && (i === 0 || isOnTopic(topic, features[i]!))) || labelledTitle(i)) && !isTrailToPage(features[i]!.text);
  let headline = detached?.headline ?? -1;
  // A file whose body starts on its second line starts with its headline, however short.
  if (bodyStart === 1 && features[0]!.wordCount >= 2 && (!verdicts[0] || verdicts[0].weak)) headline = 0;
  if (labelledTitle(0)) headline = 0;
  for (let i = 0; i < headlineWindow && headline === -1; i++) {
    if (isCandidate(i) && (isOnTopic(topic, features[i]!) || features[i]!.wordCount >= 4 || i === bodyStart)) headline = i;
  }
  // On a whole page the line taken at the top may be the site's ("Fox News Latino", "Numbers,
  // Facts and Trends Shaping Your World") with the menus below it, far above the body. The
  // article's own headline is then the title right over the body that names more of its topic;
  // taken only when nothing kept between the two reads as prose, since all of it becomes the
  // page's top (a documentation page opens with its own paragraphs far above its densest prose).
  if (headline !== -1 && detached?.headline === undefined && bodyStart - headline > HEADLINE_ABOVE_BODY) {
    const nearer = titleOverBody(features, verdicts, topic, headline, bodyStart, isCandidate);
    if (nearer !== undefined) headline = nearer;
  }
  // On a whole page the headline stands over the body, below the site's menus: when the top
  // offers no headline, the first line on the article's topic just above the body is it.
  if (headline === -1) {
    for (let i = Math.max(0, bodyStart - HEADLINE_ABOVE_BODY); i < Math.min(n, bodyStart); i++) {
      if (isCandidate(i) && isOnTopic(topic, features[i]!) && !isProse(features[i]!)) {
        headline = i;
        break;
      }
    }
  }
  // With no headline found (none on the topic: "Hairstyles" shares no stem with "hair"), the
  // line of a title's shape right over the body is its headline, and it stands over the article's
  // opening when that opening speaks to the reader ("Starting the New Year on a good note means
  // skipping the stress—especially when it comes to your hair!"): the running text the rules
  // keep right over the body, a subheading between, is the article's, not the page's top.
  if (headline === -1 && bodyStart < n) {
    // Running text the rules keep, with at most a subheading between it and the body ("Loose Waves").
    const keptRunning = (k: number) => !verdicts[k] && isRunningText(features[k]!);
    let opening = bodyStart;
    for (let k = bodyStart - 1; k >= 0; k--) {
      if (features[k]!.wordCount === 0) continue;
      if (keptRunning(k)) opening = k;
      else if (!(keptShortLine(k) && k > 0 && keptRunning(k - 1))) break;
    }
    const withWordsAbove = (k: number) => nearestWithWords(features, k, -1);
    let above = withWordsAbove(opening - 1);
    // (A dateline or a byline may stand between the headline and the body: "Posted: Thursday,
    // October 17, 2013", "By Arnold Saba". They stay the page's; the headline is above them.)
    // (So may a page's button or label, a word or three: "Share This", "More".)
    const underHeadline = (k: number) =>
      isHeadlineMetadata(verdicts[k]) || (verdicts[k] !== undefined && features[k]!.wordCount <= WIDGET_UNDER_HEADLINE_WORDS && WIDGET_REASONS.has(verdicts[k]!.reason));
    for (let skipped = 0; skipped < HEADLINE_METADATA_LINES && above > 0 && underHeadline(above); skipped++) above = withWordsAbove(above - 1);
    if (above >= 0 && isCandidate(above) && titleShaped(features[above]!)) headline = above;
  }
  if (headline !== -1) verdicts[headline] = undefined;
  const contentStart = headline === -1 ? bodyStart : headline;

  // Before the headline: site furniture.
  for (let i = 0; i < Math.min(contentStart, n); i++) {
    verdicts[i] ??= { category: categorise(features[i]!, 'navigation'), reason: 'above the headline' };
  }
  // A bare name among the first lines under the headline, with at most a standfirst above it, is its byline.
  let paragraphsAbove = 0;
  for (let i = contentStart + 1; i <= Math.min(contentStart + BYLINE_WINDOW, lastArticle - 1) && paragraphsAbove <= 1; i++) {
    if (articleLike(i)) paragraphsAbove++;
    else if (!verdicts[i] && features[i]!.nameLike && !isOnTopic(topic, features[i]!)) verdicts[i] = { category: 'author-bio', reason: 'a name under the headline' };
  }
  // Between headline and body: keep the standfirst, drop names, labels and widgets.
  for (let i = contentStart + 1; i < bodyStart; i++) {
    const f = features[i]!;
    // A second headline or a standfirst without its full stop ("No injuries reported", "Police
    // use stun gun to arrest suspect") right under the headline is words of the story: three
    // words or more, small letters among them, no figures and no furniture words. (On a whole
    // page, where menus stand between the two, the gap is wider.)
    // So is a sentence of two words in sentence case that opens the story ("The roar."); a column's
    // label in title case ("Economic Scene.") is the page's.
    const twoWordSentence = f.wordCount === 2 && f.terminal && /^\S+\s+\p{Ll}/u.test(f.text);
    const standfirst = bodyStart - contentStart <= 3 && (f.wordCount >= 3 || twoWordSentence) && /\p{Ll}{2}/u.test(f.text) && !/\d/.test(f.text) && !hasLexiconEvidence(f) && !f.nameLike && !f.hasUrl;
    // The second half of a sentence wrapped over two lines is the sentence's, as its first half
    // is: a word of the lexicons in it ("offer") does not make it an advertisement.
    const above = nearestWithWords(features, i - 1, -1);
    const wrapped = above > contentStart && !verdicts[above] && finishesSentenceAbove(features[above]!, f);
    if (!verdicts[i] && !standfirst && !wrapped && !isProse(f) && !isSentenceLike(f) && !isSentenceShaped(f) && !isOnTopic(topic, f)) {
      verdicts[i] = { category: categorise(f, 'navigation'), reason: 'between headline and article' };
    }
  }

  // Regions opened by markers. A marker at the head of a toolbar ("Comments", then "2192 Shares",
  // "Share", "Tweet") is one link among others, not the heading of what stands below it: it
  // heads no region when the next two lines are markers that head none either.
  const headsNothing = (j: number) => j < n && verdicts[j]?.reason === 'a section marker' && !verdicts[j]!.opensRegion;
  for (let i = 0; i + 2 < n; i++) {
    if (verdicts[i]?.opensRegion && headsNothing(i + 1) && headsNothing(i + 2)) verdicts[i] = { ...verdicts[i]!, opensRegion: false };
  }
  // Readers comment on an article they have read: a comment link with no paragraph of running
  // text above it ("Comments", "0 Comments" beside the byline) counts them, and heads
  // nothing. Without this it swallows every paragraph of a listicle, whose headings between
  // paragraphs never let two paragraphs in a row resume the article.
  const firstParagraph = features.findIndex((f, i) => articleLike(i) && isRunningText(f));
  for (let i = 0; i < (firstParagraph === -1 ? n : firstParagraph); i++) {
    if (verdicts[i]?.opensRegion && verdicts[i]!.category === 'comments' && verdicts[i]!.reason === 'a section marker') verdicts[i] = { ...verdicts[i]!, opensRegion: false };
  }
  /**
   * A paragraph of the story's own: two sentences or more and longer than a teaser's title and
   * blurb, in the article's neutral voice, on its topic, not cut short ("…").
   */
  const bodyParagraphOnTopic = (j: number): boolean => {
    const f = features[j]!;
    return !verdicts[j] && f.wordCount >= STORY_PARAGRAPH_WORDS && articleLike(j) && isRunningText(f) && f.block.sentences.length >= 2 && isOnTopic(topic, f) && !/(?:…|\.\.\.)\s*$/.test(f.text);
  };
  /**
   * The first block from `k` past short lines (a few words each, at most FURNITURE_BETWEEN of
   * them) that a rule flagged on their own evidence, not for the region they stand in; `n`
   * when none stands there.
   */
  const pastFlaggedFurniture = (k: number): number => {
    let passed = 0;
    for (k = nearestWithWords(features, k, 1); k < n && passed < FURNITURE_BETWEEN; k = nearestWithWords(features, k + 1, 1), passed++) {
      const verdict = verdicts[k];
      if (!verdict || verdict.reason === REGION_REASON || features[k]!.wordCount > FURNITURE_LINE_WORDS) break;
    }
    return passed > 0 && k < n ? k : n;
  };
  let region: BoilerplateCategory | undefined;
  let regionMarker = -1;
  // The shapes of the short lines a comment section has taken so far (a vote count, "5 days
  // ago", a commenter's name): each comment carries them again, its own figures in them.
  let commentShapes = new Set<string>();
  /** A line of a shape the comments above carried stands a comment's length below: the next comment's. */
  const commentShapeBelow = (i: number): boolean => {
    if (region !== 'comments' || commentShapes.size === 0) return false;
    for (let k = i + 1; k < n && k <= i + COMMENT_SPAN; k++) {
      const g = features[k]!;
      if (g.wordCount > 0 && g.wordCount <= COMMENT_SHAPE_WORDS && commentShapes.has(commentLineShape(g.text))) return true;
    }
    return false;
  };
  // A comment's text is followed by the next comment's head: the same link again ("Reply",
  // "6 Reply") a few blocks below, with the comment's own head (a name, "Flag") flagged under
  // the marker above it, and the same link heads an earlier comment too. Paragraphs under the
  // middle one of three such heads of one thread are a comment, however neutral they sound; a
  // short article between a comment count under its headline ("3 comments") and the comments'
  // heading below it stands under the first such head, not the middle one.
  const isCommentHead = (k: number, shape: string) => verdicts[k]?.opensRegion === true && verdicts[k]!.category === 'comments' && markerShape(features[k]!.text) === shape;
  const nextCommentBelow = (i: number): boolean => {
    if (region !== 'comments' || regionMarker < 0) return false;
    let headed = false;
    for (let j = regionMarker + 1; j < i && !headed; j++) headed = verdicts[j]?.reason === REGION_REASON;
    if (!headed) return false;
    const same = markerShape(features[regionMarker]!.text);
    let earlier = false;
    for (let j = Math.max(contentStart + 1, 0); j < regionMarker && !earlier; j++) earlier = isCommentHead(j, same);
    if (!earlier) return false;
    for (let k = i + 1; k < n && k <= i + COMMENT_SPAN; k++) {
      if (verdicts[k]) return isCommentHead(k, same);
    }
    return false;
  };
  // A comment section that the page closes with a marker of its own ("27 Comments", the
  // comments, "Show more comments"): a marker heading it under the page's furniture, below a
  // paragraph of the story (the article has ended above it), and another comment marker below
  // mean that every line between is a reader's, however much two of them in a row read like the
  // article's prose.
  let closedComments = false;
  const storyAbove = (i: number): boolean => {
    for (let j = Math.max(contentStart + 1, 0); j < i; j++) {
      const f = features[j]!;
      if (!verdicts[j] && articleLike(j) && isRunningText(f) && f.wordCount >= STORY_PARAGRAPH_WORDS && isOnTopic(topic, f)) return true;
    }
    return false;
  };
  for (let i = Math.max(contentStart + 1, 0); i < n; i++) {
    const verdict = verdicts[i];
    if (verdict?.opensRegion) {
      // A teaser list's marker whose first line is a paragraph of the article's own prose on its
      // topic ("More News", then "The Little Monsters are praying for a reunion. Lady Gaga
      // shared…") heads an empty box (its teasers are filled in by the page's scripts): what
      // follows is the article. A teaser opens with its headline, not with sentences of the story.
      const below = nearestWithWords(features, i + 1, 1);
      region = verdict.category === 'related' && below < n && bodyParagraphOnTopic(below) ? undefined : verdict.category;
      regionMarker = i;
      commentShapes = new Set();
      closedComments = region === 'comments' && storyAbove(i) && belowFurniture(features, verdicts, i) && commentMarkerBelow(verdicts, i);
      continue;
    }
    // A slide under its own counter is its own evidence, and the slideshow ends the list above
    // it: what follows the slides is judged on its own (the article may resume under one).
    if (verdict?.reason === COUNTED_SLIDE_REASON) {
      region = undefined;
      continue;
    }
    // A byline ends a picture's caption: a menu's "Video" over the headline opens no caption that
    // runs into the story below its byline ("By Brad Shorr"). (Not a time: a list of videos
    // dates each one, "Yesterday 1:14PM".)
    if (region === 'caption' && verdict?.reason === BYLINE_REASON) {
      region = undefined;
      continue;
    }
    if (!region || verdict) continue;
    // A post the article embeds, its text over its credit ("— Name (@handle) December 23, 2016"),
    // ends the list above it: no teaser is signed so.
    const below = nearestWithWords(features, i + 1, 1);
    if (region !== 'comments' && (isPostCredit(features[i]!.text) || (below < n && !verdicts[below] && isPostCredit(features[below]!.text)))) {
      region = undefined;
      continue;
    }
    // Under a teaser list's or a gallery's marker, the article resumes at two paragraphs of its
    // prose in a row; a review or a blog post speaks to "you" and as "we", and its paragraphs on
    // the topic resume it too. Comments and biographies are such prose, so there it takes the
    // publication's neutral voice.
    // Never at a line in title case: "How Big Is Mars?", "How Cold Is Mars?" under "Related:"
    // read as two sentences on the topic, but they are other stories' headlines.
    const resumesAt = (j: number) => j < n && !isTitleCased(features[j]!) && (articleLike(j) || (region !== 'comments' && region !== 'author-bio' && !verdicts[j] && voicedParagraph(j)));
    // A feature's paragraphs may each stand under a subheading of their own ("The Real Cost of
    // Ownership"), so that no two stand in a row: two paragraphs of the article's prose with one
    // short line between resume it too. Not under comments or a biography, where a commenter's
    // name stands between two comments just so.
    const fullParagraph = (j: number) => j < n && !verdicts[j] && voicedParagraph(j);
    const subheadingAt = (j: number) => keptShortLine(j) && features[j]!.wordCount > 0;
    const acrossSubheading = region !== 'comments' && region !== 'author-bio' && fullParagraph(i) && subheadingAt(i + 1) && fullParagraph(i + 2);
    // A page that sets its furniture between every two paragraphs ("Advertisement", "Continue
    // reading the main story") never shows two in a row: a paragraph of the story on its topic,
    // then only short lines flagged on their own evidence, then another such paragraph, resume it.
    // (Not under a picture's marker: a caption of two sentences over its credit reads so.)
    const resumedAt = region !== 'comments' && region !== 'author-bio' && region !== 'caption' && bodyParagraphOnTopic(i) ? pastFlaggedFurniture(i + 1) : n;
    const acrossFurniture = resumedAt < n && bodyParagraphOnTopic(resumedAt);
    const resumes = !closedComments && (acrossSubheading || acrossFurniture || (resumesAt(i) && (i + 1 >= n ? false : resumesAt(i + 1)))) && !nextCommentBelow(i) && !commentShapeBelow(i);
    if (resumes) {
      // The paragraph that leads into the resumed text ("… here are the things to look out
      // for:") is the article's too when it runs over several sentences with no furniture phrase:
      // a teaser's summary is one sentence.
      for (let j = i - 1; j > 0 && verdicts[j]?.reason === REGION_REASON && leadIn(j); j--) verdicts[j] = undefined;
      region = undefined;
      continue;
    }
    verdicts[i] = { category: categorise(features[i]!, region, true), reason: REGION_REASON, region };
    if (region === 'comments' && features[i]!.wordCount <= COMMENT_SHAPE_WORDS) commentShapes.add(commentLineShape(features[i]!.text));
    // A picture's marker ("Image") heads its caption, and the caption ends at its credit: what
    // follows is the article again (a subheading, a paragraph), not more of the picture.
    if (region === 'caption' && (features[i]!.pictureCredit || endsOnCaptionCredit(features[i]!.text))) region = undefined;
  }

  tagsUnderHeadings(features, verdicts, lexicon.tagsHeadings);
  commentThreads(features, verdicts, bodyStart);

  // The tail. The article ends at its last paragraph of running text; what follows is page
  // furniture only from the first line that shows it by its own form or markers (a rights
  // line, "Read next", a repeated template line). Lines between that last paragraph and such
  // evidence continue the article: its last short quote, a line-up, results, a list of points.
  // An off-topic paragraph beside a paragraph of furniture prose found by its own words (a
  // comment policy in several paragraphs) belongs to the tail; an off-topic paragraph beside
  // short furniture, or beside a quote that says "we", is the article's last word on background.
  const boilerplateProse = (j: number): boolean => j >= 0 && j < n && isProse(features[j]!) && verdicts[j] !== undefined && ESSAY_CATEGORIES.has(verdicts[j]!.category);
  // A paragraph of running text takes the tail's side beside a paragraph of furniture, or beside
  // a line of furniture whose kind its own words share (a comment policy's last rule): a
  // one-line "Follow … on Twitter." under a reporter's last paragraph does not make it an essay.
  const essayBeside = (i: number, j: number): boolean => {
    if (!boilerplateProse(j)) return false;
    const f = features[i]!;
    const kind = verdicts[j]!.category;
    return !isRunningText(f) || isRunningText(features[j]!) || f.wordShare.has(kind) || f.phrases.includes(kind);
  };
  const essays = new Set<number>();
  const tail: number[] = [];
  let lastContent = contentStart;
  for (let i = n - 1; i > contentStart; i--) {
    if (verdicts[i]) continue;
    const f = features[i]!;
    const essay = isOffTopic(topic, f) && (essayBeside(i, i + 1) || essayBeside(i, i - 1) || essays.has(i + 1));
    if (essay) essays.add(i);
    else if (!isTitleCased(f) && (articleLike(i) || isRunningText(f) || isQuoteLine(f) || isLongSentenceOnTopic(f, topic))) {
      // A long sentence on the story's topic, however dense in names and figures, is the story's.
      lastContent = i;
      break;
    }
    tail.push(i);
  }
  let tailStart = n;
  for (let i = lastContent + 1; i < n; i++) {
    // Furniture by its own form or markers, or a line that speaks to the reader. A sentence in
    // the first person is a blogger's or a quoted speaker's unless it also carries furniture
    // words ("Why do we moderate comments?"); a site's section names are words of any prose
    // ("The lesson, as always: you are what you search.").
    const f = features[i]!;
    const furnitureWords = f.phrases.length > 0 || [...f.wordShare.keys()].some((category) => category !== 'navigation');
    const speaksToReader = f.siteVoice > 0 && (furnitureWords || !isSentenceShaped(f));
    if ((verdicts[i] && !verdicts[i]!.weak) || (!verdicts[i] && speaksToReader)) {
      tailStart = i;
      break;
    }
  }
  for (const i of tail) {
    if (i >= tailStart || essays.has(i)) verdicts[i] = { category: categorise(features[i]!, 'navigation'), reason: 'after the end of the article' };
  }

  // Inside the body: non-prose, off-topic lines with some evidence of being page furniture.
  const runs = rowRuns(features);
  // A row of a list the article announces with a colon ("Airlines were among the biggest
  // fallers:" then "Ryanair down 3.1%"): its figures and words are the list's, not a promotion's.
  const runTexts = (i: number): string[] => features.slice(runs.runStart[i]!, runs.runEnd[i]! + 1).map((g) => g.text);
  const listedByArticle = (i: number): boolean => {
    const above = runs.runStart[i]! - 1;
    return isRow(features[i]!) && above >= 0 && !verdicts[above] && introducesRows(features[above]!.text, () => runTexts(i));
  };
  for (let i = bodyStart + 1; i < lastArticle; i++) {
    const f = features[i]!;
    if (verdicts[i] || isProse(f) || isSentenceLike(f) || isSentenceShaped(f) || isRunningText(f) || isOnTopic(topic, f) || f.measureFirst) continue;
    // An item's line of a gift guide or a book list ("Foster Books, $18.99; ages 5-8") over the
    // paragraph the writer gives it: a price and nothing else of furniture, right above a
    // paragraph of running text the rules keep, is the entry's. An advertisement's price stands
    // among furniture, or carries its words ("Subscribe for $1 a week").
    const priceOfEntry = f.hasMoney && i + 1 < n && !verdicts[i + 1] && isRunningText(features[i + 1]!);
    // A numbered point of the article's tips ("2. Open the window when you leave") speaks to the
    // reader by nature: only an address or a contact makes it furniture.
    const evidence = NUMBERED_POINT.test(f.text)
      ? f.hasUrl || f.hasContact
      : listedByArticle(i)
        ? f.hasUrl || f.hasContact || f.siteVoice > 0
        : (f.hasMoney && !priceOfEntry) || f.hasUrl || f.hasContact || f.siteVoice > 0 || f.wordShare.size > 0;
    const besideByline = (j: number) => verdicts[j]?.category === 'author-bio';
    if (f.nameLike && (besideByline(i - 1) || besideByline(i + 1))) {
      verdicts[i] = { category: 'author-bio', reason: 'a name beside a byline' };
    } else if (evidence && f.wordCount <= SHORT_LINE_WORDS && !f.nameLike) {
      verdicts[i] = { category: categorise(f, 'navigation'), reason: 'a non-prose line off the article topic' };
    }
  }
  // Comment heads that only this pass took ("February 22, 2019 at 10:05 am | Reply", furniture by
  // "Reply" alone) make a thread as the heads found by the rules above do.
  commentThreads(features, verdicts, bodyStart);

  // A list of other stories' headlines far from the article, under no marker: a site's menu of
  // teasers ("The Navy's New Robot Looks and Swims Just Like a Shark", "Danger Room", "America's
  // Toughest, Ugliest Warplane…"). Headline-shaped lines, several in a row with at most section
  // labels and flagged lines between them, well away from the stretch where the article's prose
  // is densest: the article's own lists stand inside that stretch or right under it. Above it,
  // the distance alone counts, not the headline: on a page whose menu of teasers stands at the
  // top, the first of them may have been taken for the headline, and the rest for the article's.
  // The headline itself is never taken.
  {
    const span = mainProseSpan(
      features,
      features.map((_, i) => articleLike(i)),
    );
    const far = (i: number) => span.start <= span.end && (i < span.start - HEADLINE_ABOVE_BODY || i > span.end + TEASER_BELOW_ARTICLE);
    // The form of a teaser, on the article's topic or not: the siblings of a list's entries.
    const teaserForm = (i: number): boolean => {
      const f = features[i]!;
      return (
        !verdicts[i] &&
        i !== headline &&
        // A teaser's headline in title case reads as sentences when it has a full stop ("Yellen
        // Didn't Make the List. Only Men Did."); the article's prose is in sentence case.
        (!articleLike(i) || isTitleCased(f)) &&
        far(i) &&
        f.wordCount >= TEASER_MIN_WORDS &&
        f.wordCount <= TEASER_MAX_WORDS &&
        (/^\p{Lu}/u.test(f.text) || (/^\d/.test(f.text) && isTitleCased(f))) &&
        (!isRunningText(f) || isTitleCased(f)) &&
        !isQuoteLine(f) &&
        !isListItem(f) &&
        !isTableRow(f.text) &&
        !NUMBERED_POINT.test(f.text) &&
        !/:\s*$/.test(f.text) &&
        !isLabelledList(f.text)
      );
    };
    const teaserShaped = (i: number): boolean => teaserForm(i) && !isOnTopic(topic, features[i]!);
    // Between two teasers: a flagged line, an empty one, or a short label ("Danger Room").
    const between = (i: number) => verdicts[i] !== undefined || features[i]!.wordCount < TEASER_MIN_WORDS;
    // The nearest line with words from k on, in the direction of step, is prose the rules keep.
    const proseNext = (from: number, step: 1 | -1) => {
      const k = nearestWithWords(features, from, step);
      return k >= 0 && k < n && !verdicts[k] && !isTitleCased(features[k]!) && (isProse(features[k]!) || isRunningText(features[k]!));
    };
    // The lines from `from` on, in the direction of `step`, that are members of one run: at
    // most TEASER_GAP lines between two of them, each one `between` passes over.
    const runFrom = (from: number, step: 1 | -1, member: (i: number) => boolean): number[] => {
      const run: number[] = [];
      for (let k = from, gap = 0; k >= 0 && k < n && gap <= TEASER_GAP; k += step) {
        if (member(k)) {
          run.push(k);
          gap = 0;
        } else if (between(k)) gap++;
        else break;
      }
      return run;
    };
    for (let i = 0; i < n; ) {
      if (!teaserShaped(i)) {
        i++;
        continue;
      }
      const members = [i, ...runFrom(i + 1, 1, teaserShaped)];
      // A list whose entries stand against paragraphs the rules keep (a book list: title, author,
      // publisher, then the review, which may speak to the reader) is the article's, wherever its
      // densest stretch lies.
      const againstProse = proseNext(members[0]! - 1, -1) || proseNext(members[members.length - 1]! + 1, 1);
      // So is a list the article announces ("The rest of the injury report is as follows:",
      // "Did Not Practice:", "This week's top ten:"): a line of its own ending in a colon just
      // above or among the entries, or above entries of the same form on the article's topic
      // that open the list (a chart whose first entries the article talked about).
      const listStart = Math.min(members[0]!, ...runFrom(members[0]! - 1, -1, teaserForm));
      let announcedList = false;
      for (let k = Math.max(0, listStart - TEASER_GAP - 1); k < members[members.length - 1]! && !announcedList; k++) announcedList = !verdicts[k] && /:\s*$/.test(features[k]!.text);
      if (members.length >= TEASER_RUN && !againstProse && !announcedList) for (const m of members) verdicts[m] = { category: 'related', reason: 'a list of headlines far from the article' };
      // (The lines after the last member are no teasers: the run stopped short of them.)
      i = members[members.length - 1]! + 1;
    }
  }

  feedOfStories(features, verdicts, headline, bodyStart);

  // A time on its own inside the body, over a paragraph and under one (or a rule "___")
  // heads the next entry of a running story ("2:25 p.m."), as a date heads a diary's: it is
  // the article's.
  // So does a bare number ("13", "4.") over an entry's title (and its photo credit) and the
  // entry's paragraph: the number of the next item of a list the article counts down. Another
  // number first ("1." then "of." then "23.") is a slide counter's.
  const entryBelow = (i: number): boolean => {
    if (articleLike(i + 1)) return true;
    if (!LIST_NUMBER.test(features[i]!.text)) return false;
    for (let j = i + 1; j <= Math.min(i + ENTRY_REACH, n - 1); j++) {
      if (articleLike(j)) return j > i + 1;
      if (features[j]!.timestampOnly || LIST_NUMBER.test(features[j]!.text)) return false;
    }
    return false;
  };
  for (let i = bodyStart + 1; i < lastArticle; i++) {
    if (verdicts[i]?.reason !== TIMESTAMP_REASON || !entryBelow(i)) continue;
    if (articleLike(i - 1) || !verdicts[i - 1]) verdicts[i] = undefined;
  }

  // An embedded post the article quotes: its text over its credit ("— Channel NewsAsia
  // (@ChannelNewsAsia) December 31, 2014"), which the rules keep. The text's handles and bare
  // links read as contacts and widgets; under the credit it is the post the article shows.
  for (let i = 1; i < n; i++) {
    if (verdicts[i] || !isPostCredit(features[i]!.text)) continue;
    // (The post's text: the nearest line with words over its credit.)
    const post = nearestWithWords(features, i - 1, -1);
    if (post >= 0 && POST_TEXT_REASONS.has(verdicts[post]?.reason ?? '')) verdicts[post] = undefined;
  }

  // A note on the writer ("Mashal is a Bloomberg Businessweek contributor."), under the article or
  // beside its byline: a person no other paragraph the rules keep names. A person the article
  // describes is named again where the article tells what they did or said.
  // Its box's head over it, the name and the role, goes with it, whichever rule took the note.
  for (let i = 0; i < n; i++) {
    if ((verdicts[i] && verdicts[i]!.category !== 'author-bio') || i === headline) continue;
    const subject = writerNoteSubject(features[i]!.text, lexicon.titles);
    if (!subject) continue;
    const named = nameAsWord(subject);
    if (!verdicts[i]) {
      if (namedInOtherParagraphs(features, verdicts, i, named)) continue;
      verdicts[i] = { category: 'author-bio', reason: WRITER_NOTE_REASON };
    }
    const head = writerBoxHead(features, verdicts, i, named);
    for (let k = head; k >= 0 && k < i; k++) verdicts[k] ??= { category: 'author-bio', reason: WRITER_BOX_HEAD_REASON };
  }

  keepArticleOutOfRegions(features, verdicts, hasLexiconEvidence);

  if (headline !== -1) verdicts[headline] = undefined;
  const repeated = features.map((f) => (options.repeatedElsewhere && f.wordCount > 0 ? options.repeatedElsewhere(f.normalised) : 0));
  const finalArticleLike = features.map((_, i) => articleLike(i));
  // A paragraph around a subheading: the article's prose, or prose or running text the rules
  // keep in whatever voice ("Conclusion" between two paragraphs of a post written as "we").
  const paragraph = (j: number) => finalArticleLike[j]! || (!verdicts[j] && (isProse(features[j]!) || isRunningText(features[j]!)));
  const announcing = (i: number) => i >= 0 && i + 1 < n && !verdicts[i] && /:\s*$/.test(features[i]!.text) && isRow(features[i + 1]!);
  const announced = features.map((f, i) => {
    if (announcing(i)) return true;
    if (!isRow(f)) return false;
    const above = runs.runStart[i]! - 1;
    // A list the article introduces with a colon, or a lone short line between two of its paragraphs (a subheading).
    const introduced = above >= 0 && !verdicts[above] && introducesRows(features[above]!.text, () => runTexts(i));
    const subheading = runs.runStart[i] === i && runs.runEnd[i] === i && i > 0 && i + 1 < n && paragraph(i - 1) && paragraph(i + 1);
    return introduced || subheading;
  });
  return {
    features,
    verdicts,
    topic,
    articleLike: finalArticleLike,
    repeated,
    headline,
    bodyStart,
    lastArticle,
    lastContent,
    tailStart,
    announced,
    mainSpan: mainProseSpan(features, finalArticleLike),
  };
}

/**
 * Verdicts the rules reach from weak evidence — a line that is no prose and shares little with
 * the topic, a line under a teaser list's marker whose region the rules extend until the
 * article resumes, a short line of widget words: the model may overrule these. A form, a marker or a lexicon
 * phrase of the line's own (a bare address, "Read next", a rights notice, "Photo: …", a price
 * with promotional words) stays decisive, and so does a line that other files repeat word for
 * word (a template is a template, whatever it looks like); so do the landmarks of the article —
 * what stands above its headline, between the headline and the body, and after the end of the
 * article — and the byline under the headline.
 */
const OVERRULABLE_REASONS: ReadonlySet<string> = new Set([REGION_REASON, 'a non-prose line off the article topic', 'a line of widget words']);

/** The rules flagged the block, and only by evidence the model may weigh against its own. */
export function modelMayKeep(d: RuleDecisions, i: number): boolean {
  const verdict = d.verdicts[i];
  if (verdict?.reason === 'a line of widget words' && wholeWidget(d.features[i]!, verdict.category)) return false;
  // A teaser list's marker ("Related", "More on this story") often stands inside the body on a
  // real page; a comment section, a biography or a gallery under its marker is furniture prose.
  if (verdict === undefined || !OVERRULABLE_REASONS.has(verdict.reason) || (verdict.region !== undefined && verdict.region !== 'related')) return false;
  // A teaser under its own time in the marker's list ("Read next", "09:39", a teaser, "16:26", a
  // teaser): the list's dated entries are its own evidence, whatever the model makes of the prose.
  return !(verdict.region === 'related' && i > 0 && d.verdicts[i - 1]?.reason === TIMESTAMP_REASON);
}

/**
 * A row of three or more words, every one a word of one widget ("Facebook Twitter WhatsApp
 * Email"): the widget itself, not a line that merely leans on its words, and no model's doubt
 * brings it back.
 */
function wholeWidget(f: BlockFeatures, category: BoilerplateCategory): boolean {
  return f.wordCount >= 3 && (f.wordShare.get(category) ?? 0) >= 1;
}

/**
 * The rules kept the block, and it is no part of the article the rules vouch for: never the
 * headline, never prose, running text, a quote or a sentence, never a row of a list the article
 * announces with a colon (a ranking, a line-up, a table), a subheading between two of its
 * paragraphs or a line on its topic. And only inside the body, between
 * its first and last paragraphs of prose: what stands between the headline and the body is the
 * headline logic's (a standfirst), and what follows the last paragraph until the first line
 * with furniture evidence of its own is the end-of-article logic's (a line-up, results, a last
 * short quote). One kind of prose is left to it: a lone blurb (isLoneBlurb), a short paragraph
 * alone among short lines far from where the article's prose is densest.
 */
export function modelMayFlag(d: RuleDecisions, i: number): boolean {
  if (d.verdicts[i] || i === d.headline || i <= d.bodyStart || i >= d.lastArticle) return false;
  const f = d.features[i]!;
  // A numbered point ("6. Mini bars lose money", "12) Dunkirk") and a row of a table drawn with
  // column rules ("400 │ 0.13 │ 0.26") are the article's list and table: their form is no
  // furniture's, and no weight of other evidence makes them so.
  // So is a quantity with its unit ("2 tablespoons unsalted butter", "1/2 cup 2% milk"): a recipe's ingredient, a table's row.
  if (NUMBERED_POINT.test(f.text) || isTableRow(f.text) || f.measureFirst) return false;
  // An embedded post's text over its credit is the post the article shows.
  const below = i + 1 < d.features.length ? d.features[i + 1]! : undefined;
  if (below && !d.verdicts[i + 1] && isPostCredit(below.text)) return false;
  if (isLoneBlurb(d, i)) return true;
  if (f.wordCount === 0 || isProse(f) || isRunningText(f) || isQuoteLine(f) || isSentenceShaped(f) || d.articleLike[i] || d.announced[i]) return false;
  // A line that names the article's topic — a second headline, a subheading, a name in the story — is the article's.
  return !isOnTopic(d.topic, f);
}

/** Blocks a lone blurb stands at least this far from the stretch where the article's prose is densest. */
const BLURB_SPAN_DISTANCE = 6;
/** No paragraph (prose or running text longer than a blurb) this many blocks either side of a lone blurb. */
const BLURB_NEIGHBOURS = 2;
const BLURB_MAX_WORDS = 20;

/**
 * A short paragraph of one or two sentences that stands alone among short lines, far from where
 * the article's prose is densest: a menu's blurb under its entry ("Track your symptoms. Get tips
 * with our app."), a teaser's summary under its title. An article's paragraphs stand beside other
 * paragraphs; a lone one outside the article's stretch is left to the weight of the evidence (the
 * model), never flagged by its form alone. Quotes and the article's announced rows stay out.
 */
export function isLoneBlurb(d: RuleDecisions, i: number): boolean {
  const f = d.features[i]!;
  if (f.wordCount === 0 || f.wordCount > BLURB_MAX_WORDS || f.block.sentences.length > 2 || d.announced[i] || isQuoteLine(f)) return false;
  if (!(isProse(f) || isRunningText(f) || isSentenceShaped(f) || d.articleLike[i])) return false;
  const { start, end } = d.mainSpan;
  if (start > end || (i >= start - BLURB_SPAN_DISTANCE && i <= end + BLURB_SPAN_DISTANCE)) return false;
  for (let j = Math.max(0, i - BLURB_NEIGHBOURS); j <= Math.min(d.features.length - 1, i + BLURB_NEIGHBOURS); j++) {
    if (j === i) continue;
    const g = d.features[j]!;
    // Other blurbs may stand beside it (a question and its answer, "Health worries? / Check them here."); a paragraph may not.
    if ((d.articleLike[j] || isProse(g) || isRunningText(g)) && (g.wordCount > BLURB_MAX_WORDS || g.block.sentences.length > 2)) return false;
  }
  return true;
}

/** A row of a table: cells between column rules ("│", or two or more "|"). */
function isTableRow(text: string): boolean {
  return /[│┃]/u.test(text) || (text.match(/\s\|\s/g)?.length ?? 0) >= 2;
}

/** The rules' verdicts, with the model deciding where they leave room. */
export function withLineModel(d: RuleDecisions, probabilities: readonly number[], thresholds: LineModelThresholds): (Verdict | undefined)[] {
  return d.verdicts.map((verdict, i) => {
    const p = probabilities[i]!;
    if (verdict) return modelMayKeep(d, i) && p < thresholds.keepBelow ? undefined : verdict;
    if (modelMayFlag(d, i) && p > thresholds.flagAbove) return { category: categorise(d.features[i]!, 'navigation'), reason: 'furniture by the weight of its evidence' };
    return undefined;
  });
}

/**
 * The article's own line over a run of rows introduces them: a line ending in a colon ("… as
 * follows:"), or a poll's question over its answers, each with its share ("Should the tax be
 * cut?" over "Yes 33%.", "No 58%."). A feedback widget's question over bare "Yes" and "No"
 * carries no shares, nor does a reader's comment ending in a question over a player's menu.
 */
function introducesRows(aboveText: string, rows: () => readonly string[]): boolean {
  if (/:\s*$/.test(aboveText)) return true;
  if (!/\?\s*$/.test(aboveText)) return false;
  // The run's rows are read only under a question: most rows stand under no such line.
  const answers = rows();
  return answers.length <= POLL_ANSWERS && answers.every((row) => /\d\s*%/.test(row));
}

/** A poll offers a few answers. */
const POLL_ANSWERS = 8;
