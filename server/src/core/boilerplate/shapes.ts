/**
 * Shape detectors for lines that are not prose: web addresses, e-mail, phone numbers,
 * times and dates. These describe how such strings look in any site's text, so they are
 * code; the words that name boilerplate are data (lexicons/).
 */

/**
 * A web address: a scheme or "www." and what follows, or a host name with a known top-level
 * domain. A host is only looked for where it could start a host of its own: the lookbehind
 * passes over a letter or digit that continues a run of labels ("a-b-c", "a.b.c") already
 * tried from an earlier word, since whatever matches from there matches from that word too.
 * Without it the pattern retried the rest of such a run from every word in it, and a
 * 100,000-character "a.a.a.…" line took tens of seconds. The lookbehind stops at the nearest
 * word before, so its own cost stays in proportion to the line.
 */
export const URL_PATTERN =
  /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b(?=[a-z0-9])(?<!\b[a-z0-9](?:[a-z0-9-]|\.(?=[a-z0-9-]))*?)[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|biz|news|co|io|tv|fm|me|gov|edu|int|uk|us|ca|au|de|fr|vn|in|ru|cn|jp|kr|ie|nz|za|ng|ke|sg|ph|my|pk|eu)(?:\/[^\s]*)?\b/gi;
/**
 * Starts only where a run of address characters starts: a match from inside the run is a
 * match from its start too, and retrying the run from every character of it was quadratic.
 */
export const EMAIL_PATTERN = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
export const PHONE_PATTERN = /(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{3,4})[\s.-]\d{3}[\s.-]\d{3,4}\b/g;
export const CURRENCY_PATTERN = /[$€£¥₹₩₽]\s?\d|\d\s?(?:usd|eur|gbp|dollars|euros|pounds)\b/i;
export const PERCENT_PATTERN = /\d\s?%/;
export const SOCIAL_HANDLE_PATTERN = /(?:^|\s)@[A-Za-z0-9_]{2,}/;

/** A social handle alone on its line, with at most a full stop ("@casawhitby."). */
export function isHandleAlone(text: string): boolean {
  return /^@\w{1,30}\.?$/u.test(text.trim());
}

/**
 * The credit line an embedded post prints under its text: "— Channel NewsAsia (@ChannelNewsAsia)
 * December 31, 2014".
 */
export function isPostCredit(text: string): boolean {
  return /^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}\s*$/u.test(text.trim());
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
/** A month's or a weekday's name, whole or cut short ("february", "feb", "tue"), in lower case. */
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`);

export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORD.test(word);
}
const ZONES = 'gmt|utc|bst|cet|cest|eet|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ist|jst|kst|aest|aedt|hkt|sgt|msk|wib';

/** Pieces a timestamp line is made of; a line that is nothing else is a timestamp. */
const TIMESTAMP_PIECES = new RegExp(
  [
    String.raw`\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?`,
    String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?`,
    String.raw`\d{1,2}\s*[ap]\.?m\.?`,
    String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}`,
    String.raw`\b(?:${MONTHS})\.?(?=[\s,.\d]|$)`,
    String.raw`\b(?:${WEEKDAYS})\.?(?=[\s,.\d]|$)`,
    String.raw`\b(?:${ZONES})\b(?:[+-]\d{1,2})?`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\b(?:19|20)\d{2}\b`,
    String.raw`\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b`,
    String.raw`\b\d+\s*(?:minutes?|mins?|min)\s+read\b`,
    String.raw`\b(?:published|updated|last updated|first published|posted|posted on|modified|last modified|date|dated|on|at|by|as of|just now|today|yesterday|ago)\b`,
  ].join('|'),
  'gi',
);

/** True when the line is a date, a time, or both, with at most their labels ("Updated:"). */
export function isTimestampLine(text: string): boolean {
  const rest = text.replace(TIMESTAMP_PIECES, ' ').replace(/[\s,.:;|·•\-–—/()[\]]+/g, '');
  if (rest.length > 0) return false;
  // The line must have held a time or a date, not just labels.
  return /\d/.test(text) || new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS})\\b`, 'i').test(text) || /\bago\b|just now|yesterday|today/i.test(text);
}

/** True when the line is only web addresses (with separators or a short label such as "Source:"). */
export function isUrlOnlyLine(text: string): boolean {
  URL_PATTERN.lastIndex = 0;
  if (!URL_PATTERN.test(text)) return false;
  const rest = text
    .replace(URL_PATTERN, ' ')
    .replace(/[\s,.:;|·•\-–—/()[\]<>]+/g, ' ')
    .trim();
  return rest.split(' ').filter(Boolean).length <= 3;
}

/**
 * Whether the text could hold a web address at all: every match has "://", or a "." with
 * something other than a space after it ("www.", a host's ".com"). A paragraph whose full stops
 * all stand before a space or at its end needs no try of the pattern from each of its words.
 */
function mayHoldUrl(text: string): boolean {
  if (text.includes('://')) return true;
  for (let at = text.indexOf('.'); at !== -1; at = text.indexOf('.', at + 1)) {
    if (at + 1 < text.length && text.charCodeAt(at + 1) !== 0x20) return true;
  }
  return false;
}

export function hasUrl(text: string): boolean {
  if (!mayHoldUrl(text)) return false;
  URL_PATTERN.lastIndex = 0;
  return URL_PATTERN.test(text);
}

export function hasEmail(text: string): boolean {
  // The pattern tries every start inside every word; a line without an @ needs no look.
  if (!text.includes('@')) return false;
  EMAIL_PATTERN.lastIndex = 0;
  return EMAIL_PATTERN.test(text);
}

export function hasPhone(text: string): boolean {
  PHONE_PATTERN.lastIndex = 0;
  return PHONE_PATTERN.test(text);
}

/**
 * A wire credit or dateline standing alone: a short name followed by a dash ("Agency -",
 * "LONDON (Agency) —"), or an agency name in parentheses.
 */
export function isDashCreditLine(text: string): boolean {
  // Both shapes are told by their last character: a dash, or a closing parenthesis.
  const last = text.trimEnd().slice(-1);
  if (last !== '-' && last !== '–' && last !== '—' && last !== ')') return false;
  return /^[\p{Lu}][\p{L}.&'’ ]{0,40}(?:\([\p{L}.&' ]{1,30}\))?\s*[-–—]+\s*$/u.test(text) || /^\([\p{L}.&' ]{2,30}\)$/u.test(text);
}

/** A photographer's name as a credit prints it: two or three capitalised words, a particle between. */
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|van|von|da|del|der|la|le|di|du)\s+)?\p{Lu}[\p{L}'’.-]*){1,2}`;
/** What a credit names after its slash: an agency, a service or an outlet, up to five words. */
const CREDIT_SOURCE = String.raw`\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’.&-]*)){0,4}`;
/** "Evan Vucci/AP", "Win McNamee / Getty Images", "Ruth Fremson/The New York Times". */
const SLASH_CREDIT = new RegExp(String.raw`^(${CREDIT_NAME})\s?/\s?(${CREDIT_SOURCE})\.?$`, 'u');
/** "Jessica Kourkounis for The New York Times": a freelancer's credit. */
const FOR_CREDIT = new RegExp(String.raw`^(${CREDIT_NAME})\s+for\s+(The\s+${CREDIT_SOURCE})$`, 'u');
/** A caption closed by its credit in brackets: "… in Manhattan. (Rashid Umar Abbasi / Reuters)". */
const CAPTION_CREDIT = new RegExp(String.raw`\(\s*(${CREDIT_NAME})\s?/\s?(${CREDIT_SOURCE})\s*\)$`, 'u');
/**
 * A caption's credit after its last sentence, with a word that says it is one: "… to lessen the
 * exposure to winter weather. Credit Kirsten Luce for The New York Times", "… on Monday. Photo:
 * Ana Ruiz/Reuters".
 */
const CLOSING_CREDIT = new RegExp(
  String.raw`[.!?”"’)]\s+(?:Credit|Photo|Photograph|Picture|Image)s?:?\s+(?:${CREDIT_NAME})(?:\s?/\s?(?:${CREDIT_SOURCE})|\s+for\s+The\s+(?:${CREDIT_SOURCE}))?\.?$`,
  'u',
);
/** The longest line a standalone credit makes, in characters. */
const CREDIT_MAX_LENGTH = 90;

/**
 * A picture's credit: a photographer's name and the agency or outlet the picture is from, on a
 * line of its own ("Evan Vucci/AP", "Max Whittaker for The New York Times") or closing a caption
 * in brackets. A slash also joins a menu's two entries ("Sign In / Sign Up", "On TV/Radio") and
 * a review's two conditions ("Firm Chop / Crud"): the name must open with a given name, or the
 * source be a picture agency or service the lexicon knows, or an outlet named with its article
 * ("The New York Times").
 */
export function isPictureCredit(text: string, creditSources: ReadonlySet<string>, givenNames: ReadonlySet<string>): boolean {
  // (Every line passes here: the cheap tests first.)
  const trimmed = text.trim();
  const closesBracket = trimmed.endsWith(')');
  if (!trimmed.includes('/') && !(trimmed.includes(' for The ') && trimmed.length <= CREDIT_MAX_LENGTH)) return false;
  const match = closesBracket ? CAPTION_CREDIT.exec(trimmed) : trimmed.length <= CREDIT_MAX_LENGTH ? (SLASH_CREDIT.exec(trimmed) ?? FOR_CREDIT.exec(trimmed)) : null;
  if (!match) return false;
  const firstName = match[1]!.split(/\s+/u)[0]!.toLowerCase();
  const source = match[2]!.toLowerCase().replace(/\.$/u, '');
  return givenNames.has(firstName) || creditSources.has(source) || match[2]!.startsWith('The ');
}

/** A caption that its credit closes ("… weather. Credit Kirsten Luce for The New York Times"): the picture's words end there. */
export function endsOnCaptionCredit(text: string): boolean {
  return /(?:Credit|Photo|Photograph|Picture|Image)/u.test(text) && CLOSING_CREDIT.test(text.trim());
}

const BREADCRUMB_SEPARATOR = /[»>|/·•›]/;

const SPACE = /\s/;
const isSpaceAt = (text: string, at: number) => at < text.length && SPACE.test(text[at]!);

/**
 * The line split as the pattern "blanks, one of » > | / · •, blanks; or » or › with optional
 * blanks around it" splits it (as String.split with that pattern did), in one pass: that pattern,
 * tried at every blank of a long run of spaces that no separator follows, took quadratic time
 * (a menu padded with 99,000 spaces took 10 s). A split can only start where a run of blanks
 * starts, or at a bare » or ›, so each run is read once.
 */
export function breadcrumbItems(text: string): string[] {
  const items: string[] = [];
  let itemStart = 0;
  let at = 0;
  while (at < text.length) {
    let runEnd = at;
    while (isSpaceAt(text, runEnd)) runEnd++;
    const separator = text[runEnd];
    if (separator !== undefined && '»>|/·•›'.includes(separator)) {
      let after = runEnd + 1;
      while (isSpaceAt(text, after)) after++;
      // » and › need no blanks; the others need blanks on both sides.
      if (separator === '»' || separator === '›' || (runEnd > at && after > runEnd + 1)) {
        items.push(text.slice(itemStart, at));
        itemStart = at = after;
        continue;
      }
    }
    at = runEnd > at ? runEnd : at + 1;
  }
  items.push(text.slice(itemStart));
  return items;
}

/** "Name is a/an/the …": up to three capitalised words before the last name, then what the person is. */
const PERSON_IS = /^((?:\p{Lu}[\p{L}.’'-]*\s+){0,3})(\p{Lu}[\p{L}’'-]+)\s+(?:is|was)\s+(?:a|an|the)\s+([^.]{1,100})/u;
/** Words that open a sentence as a person's name would and never are one. */
const NOT_A_NAME = /^(?:he|she|it|they|this|that|there|here|what|who|which|one|each)$/i;
/** A note speaks of its writer; a source's description runs on to what the source said. */
const SPEECH = /\b(?:said|says|told|tells|added|asked)\b/i;
/** The longest note on a writer, in words. */
const WRITER_NOTE_WORDS = 60;

/**
 * The last name of the person a note on a writer describes — "Mashal is a Bloomberg Businessweek
 * contributor.", "Charles Q. Choi is a contributing writer for Space.com…", "Ann Coulter is a
 * political commentator and author." — or undefined: a line of at most three sentences that
 * opens saying who a named person is, a title of the trade among the words before any clause
 * ("who…", "covering…"), and nothing said. Whether the person is the writer or one of the
 * article's people is for the caller, who knows the rest of the page.
 */
export function writerNoteSubject(text: string, titles: ReadonlySet<string>): string | undefined {
  // (Every line the rules keep passes here: the cheap test first.)
  if (!/\s(?:is|was)\s/.test(text)) return undefined;
  const match = PERSON_IS.exec(text);
  if (!match || `${match[1]}${match[2]}`.split(/\s+/u).some((word) => NOT_A_NAME.test(word))) return undefined;
  if (SPEECH.test(text) || text.split(/\s+/u).length > WRITER_NOTE_WORDS || (text.match(/[.!?](?:\s|$)/gu) ?? []).length > 3) return undefined;
  const role = match[3]!.split(/\b(?:who|which|that|where|covering|since|after)\b|,/u)[0]!.toLowerCase();
  return role.split(/[\s/]+/u).some((word) => titles.has(word)) ? match[2] : undefined;
}

/** A link's arrow opening the line ("« Older post", "← Back") or closing it ("Most popular videos »"). */
const LINK_ARROW = /^(?:«|‹|←)\s?[\p{Lu}\p{N}]|[\p{L}\p{N}?!'’.…]\s?(?:»|›|→)$/u;
/** The arrows LINK_ARROW looks for: a line that neither opens nor closes with one is no such link. */
const ARROWS = new Set(['«', '‹', '←', '»', '›', '→']);
/** A pager's link to the story before or after, its title run on: "Next Great Job, Internet! Watch…". */
const PAGER_TITLE = /^(?:Previous|Next|PREVIOUS|NEXT)\s+[\p{Lu}\p{N}‘“"']/u;
/** The most words a link line holds. */
const LINK_LINE_WORDS = 30;

/**
 * A link of the page's: a line an arrow opens or closes ("« Flex Pharma Files for IPO", "Discover
 * one of our 28 local entrepreneurial communities »"), or a pager's "Previous …" / "Next …" with
 * the other story's title and no sentence's end ("Next Tuesday the council votes." is prose).
 */
export function isLinkLine(text: string): boolean {
  const line = text.trim();
  // (Every line of a page passes here: its ends and its first word are looked at first.)
  const arrowed = ARROWS.has(line.charAt(0)) || ARROWS.has(line.charAt(line.length - 1));
  const pager = PAGER_TITLE.test(line) && !/[.!?]["'”’)]*$/u.test(line);
  if ((!arrowed && !pager) || line.split(/\s+/u).length > LINK_LINE_WORDS) return false;
  return pager || LINK_ARROW.test(line);
}

/**
 * A byline a site prints twice, as its name and as its link: "Joanna Connors, The Plain Dealer By
 * Joanna Connors, The Plain Dealer", "National Desk By National Desk".
 */
export function isDoubledByline(text: string): boolean {
  return /\sBy\s/.test(text) && /^(\S.{1,79}?)\s+By\s+\1$/u.test(text.trim());
}

/** A writer's name after a dated line's "by": one to four capitalised words or initials. */
const DATED_BYLINE_NAME = /^\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,3}$/u;

/**
 * A post's date and time with its writer after "by", as blogs print them under the title:
 * "January 17, 2017 at 6:08 PM ET by Kori Schulman", "Posted on Tuesday 15 October 2019 at 09:11
 * by Bradley M. Kuhn." Everything before the last "by" is a timestamp line, everything after it
 * a name; a title "by" its author ("Purple Rain (1983 Version) by Prince") has words that are no date.
 */
export function isDatedByline(text: string): boolean {
  const at = text.search(/\sby\s+\S+(?:\s+\S+){0,3}\s*$/iu);
  if (at < 0) return false;
  const name = text
    .slice(at)
    .replace(/^\s*by\s+/iu, '')
    .trim();
  return DATED_BYLINE_NAME.test(name) && isTimestampLine(text.slice(0, at));
}

/** Words that label a post's tags or section without a colon ("Filed under Animals , California"). */
const TAGS_LABEL = /^(?:filed\s+under|tagged(?:\s+with)?|posted\s+in)\s+(?=\p{L})/iu;
/** The most words a tags line holds after its label. */
const TAGS_LINE_WORDS = 12;

/**
 * A post's tags or section, labelled without a colon: "Filed under Amazon , e-books , Media
 * Ink", "Tagged jobs , stack overflow", "Posted in News". Only a list: the label opens the line,
 * nothing ends it like a sentence, and what follows is either a few words or items between
 * commas with no small words of running text between them ("posted in December, just hours
 * after…" is not one).
 */
export function isTagsLine(text: string): boolean {
  const label = TAGS_LABEL.exec(text);
  if (!label || /[.!?…]["'”’)]*\s*$/u.test(text)) return false;
  const items = text
    .slice(label[0].length)
    .split(',')
    .map((item) => item.trim().split(/\s+/u).filter(Boolean));
  const words = items.reduce((n, item) => n + item.length, 0);
  if (words === 0 || words > TAGS_LINE_WORDS) return false;
  if (items.length === 1) return words <= 3;
  return items.every((item) => item.length > 0 && item.length <= 4);
}

/** A breadcrumb trail or menu row: short items joined by », >, |, / or · and nothing else. */
export function isBreadcrumbLine(text: string): boolean {
  // Without a separator the line is one item: no splitting of every paragraph.
  if (!BREADCRUMB_SEPARATOR.test(text)) return false;
  const items = breadcrumbItems(text)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length >= 2 && items.every((item) => item.split(/\s+/).length <= 4 && !/[.!?]$/.test(item));
}

/**
 * A breadcrumb trail down to the page itself, whose last crumb is the article's title:
 * "Architectural Digest > Interiors + Inspiration > An Extraordinary Paradise Valley Residence".
 * Three crumbs or more, every one but the last a short name; never the headline, though it names
 * the topic as the headline does.
 */
export function isTrailToPage(text: string): boolean {
  if (!BREADCRUMB_SEPARATOR.test(text)) return false;
  const items = breadcrumbItems(text)
    .map((item) => item.trim())
    .filter(Boolean);
  // (A date written with slashes, "27 / 09 / 2013-Turkmenistan to hold…", is no trail: a crumb is a name.)
  return items.length >= 3 && items.slice(0, -1).every((item) => item.split(/\s+/).length <= 4 && /\p{L}/u.test(item) && !/[.!?]$/.test(item));
}

/**
 * A gallery or slideshow counter: "1 of 12", "3/20". The picture shown is one of the pictures
 * there are, so the first number is at least 1 and at most the second: "57/39" is a table's
 * high and low, a score or a ratio.
 */
export function isGalleryCounter(text: string): boolean {
  const m = /^(\d{1,3})\s*(?:of|\/)\s*(\d{1,3})$/i.exec(text.trim());
  if (!m) return false;
  const shown = Number(m[1]);
  return shown >= 1 && shown <= Number(m[2]);
}

/**
 * A slide's caption behind its counter: "21/50 Shops hit by exodus", "3 of 12 The mayor arrives"
 * — a slideshow printed as text, one line a picture. The counter must be one (1 ≤ n ≤ m), and
 * the caption short and in words ("12 / 16 / 08 1:30 AM" is a date).
 */
export function isCountedSlide(text: string): boolean {
  return countedSlide(text) !== undefined;
}

/** A counter ("21/50", "3 of 12") and words behind it, the first word apart. */
const COUNTER_THEN_WORDS = /^(\d{1,3})\s*(?:of|\/)\s*(\d{1,3})\s+((\p{L}[\p{L}.]*).*)$/iu;

/** The first word behind a counter at the start of a line ("1/4 cup sugar" → "cup"), lower case. */
export function wordAfterCounter(text: string): string | undefined {
  return COUNTER_THEN_WORDS.exec(text.trim())?.[4]?.toLowerCase().replace(/\.$/, '');
}

/** A quantity at the start of a line, whole, decimal, fraction or range ("2", "1 1/2", "0.5", "2-3", "½"), then a word. */
const QUANTITY_THEN_WORD = /^(?:\d{1,4}(?:\s+\d\/\d|[.,]\d+)?|[½¼¾⅓⅔⅛])(?:\s*[-–]\s*\d{1,4})?\s+(\p{L}[\p{L}.]*)/u;

/** The word behind a quantity at the start of a line ("2 tablespoons unsalted butter" → "tablespoons"), lower case. */
export function wordAfterQuantity(text: string): string | undefined {
  return QUANTITY_THEN_WORD.exec(text.trim())?.[1]?.toLowerCase().replace(/\.$/, '');
}

/** The counter of a slide's caption line ("21/50 Shops hit by exodus" → 21 of 50), when it is one. */
export function countedSlide(text: string): { shown: number; of: number } | undefined {
  const m = COUNTER_THEN_WORDS.exec(text.trim());
  if (!m) return undefined;
  const shown = Number(m[1]);
  const of = Number(m[2]);
  return of >= 2 && shown >= 1 && shown <= of && m[3]!.split(/\s+/).length <= 20 ? { shown, of } : undefined;
}

/** The link words of a teaser: a line holding none of them is none. */
const READ_MORE_WORDS = ['Read more', 'Continue reading', 'Read More', 'READ MORE', 'Full Article', 'Full Coverage', 'Full Story'];

/** The cut or a lower-case word, then the link words (a second "Read more" may follow), then an arrow, at the line's end. */
const READ_MORE_TEASER = new RegExp(`(?:…|\\.\\.\\.|\\p{Ll})\\s*(?:${READ_MORE_WORDS.join('|')})(?:\\s+(?:Read more|Read More))*\\s*[»›→]?$`, 'u');

/**
 * A teaser: the start of another story cut short, then its link ("… over the last few… Read
 * more", "Search teams battle rough weather in hunt for the wreck Full Article"). The link words
 * are capitalised and follow the cut or a word with no punctuation; a sentence that says
 * "readers can read more." is not one.
 */
export function isReadMoreTeaser(text: string): boolean {
  // The pattern is tried from every lower-case letter of the line: most lines need no look.
  if (!READ_MORE_WORDS.some((words) => text.includes(words))) return false;
  return READ_MORE_TEASER.test(text.trim());
}

/**
 * A sponsored teaser: a title without a full stop (an ellipsis is the widget's cut), then the advertiser's bare domain
 * ("Couple Finds 50-Year-Old Fallout Shelter… LifeDaily.com"), as content-recommendation widgets
 * print them.
 */
export function isDomainCreditedTeaser(text: string): boolean {
  const trimmed = text.trim();
  return /\s[A-Za-z][\w-]*\.(?:com|net|org|co\.uk)$/.test(trimmed) && !/(?<!\.\.)[.!?]["'”’)]?\s+\S+$/.test(trimmed) && trimmed.split(/\s+/).length >= 4;
}

/**
 * A recommendation widget's sponsored teaser credited to its advertiser by name rather than by
 * domain: the advertiser's name on a line of its own, then the teaser's title with the same name
 * behind it ("Acme Lamps" / "Brightest Lamp Ever Is Flying Off Shelves Acme Lamps"), or the
 * name before and behind the title on one line. The name is a short capitalised label with no
 * sentence punctuation at its end; the title has at least three words of its own. Returns the
 * advertiser's name when the line is such a teaser (given the line above it), else undefined.
 */
export function advertiserCreditedTeaser(text: string, above: string | undefined): string | undefined {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/);
  const isName = (name: string) => {
    const nameWords = name.split(/\s+/);
    return nameWords.length <= 4 && name.length <= 40 && /\p{L}/u.test(name) && !/[.!?:;,]$/.test(name) && nameWords.every((w) => /^[\p{Lu}\d]/u.test(w) || /^[-–—&+]$/.test(w));
  };
  const titleWords = (nameLength: number, both: boolean) => words.length - nameLength * (both ? 2 : 1);
  const name = above?.trim();
  if (name && trimmed.endsWith(' ' + name) && isName(name) && titleWords(name.split(/\s+/).length, false) >= 3) return name;
  for (let k = 1; k <= 4 && 2 * k + 3 <= words.length; k++) {
    // (Most lines end on another word than they start with: no phrase to build.)
    if (words[0] !== words[words.length - k]) continue;
    const head = words.slice(0, k).join(' ');
    if (head === words.slice(-k).join(' ') && isName(head) && titleWords(k, true) >= 3) return head;
  }
  return undefined;
}
