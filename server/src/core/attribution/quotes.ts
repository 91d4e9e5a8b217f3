/**
 * Quotation spans in a block of text: curly pairs, and straight marks paired in order — the
 * double quote, and the doubled apostrophe ('') and doubled backtick (``) that some wire and
 * archive copy uses for it. An opening mark that is never closed runs to the end of the block
 * (a quote that goes on in the next paragraph).
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark, or the end of the block. */
  end: number;
  closed: boolean;
}

/** Curly and angled marks that only open a quotation, and those that only close one (compared, not matched: read for every character of a block). */
const isOpeningMark = (c: string | undefined) => c === '“' || c === '«' || c === '„';
const isClosingMark = (c: string | undefined) => c === '”' || c === '»';

/**
 * The verbs that follow a quotation inverted ("…,” said Lena Vos"): run into a misprinted
 * closing mark, "…for the young, “said Tsikala Stephania", they show the mark closes.
 */
export const INVERTED_QUOTE_VERB = /^(said|says|added|asked|told|explained|continued|recalled|wrote|insisted)\b/;

/**
 * A speaker's verb after a closing mark, alone or after the speaker: "said Ann Lee", "Ann Lee
 * said", "he said", "the company was quoted as saying".
 */
const SPEAKER_AFTER_MARK = new RegExp(
  `^(?:(?!(?:He|She|They|We|It|I)\\s)(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}|(?:he|she|they|we)\\s+|(?:the|its|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){1,3})?(?:${INVERTED_QUOTE_VERB.source.slice(1)}|(?:was|were) quoted as saying\\b)`,
  'u',
);

/** The most words of a speaker's phrase between a misplaced closing mark and its verb: "…, "Bill Adgate, who works for LPL Financial in the office building, told…". */
const FRAME_SPEAKER_WORDS = 16;
/** The most words after that verb before the sentence ends: "…told CNN affiliate WDIV-TV as the search went on for the gunman." */
const FRAME_TAIL_WORDS = 14;
/** Words a speaker's phrase holds only inside a quotation: the quoted speaker's "I", "we", "you". */
const QUOTED_PERSON = /^(i|we|you|me|us|my|our|your)$/i;

/**
 * A quotation's frame right after a mark set off from the comma before it, the whole rest of
 * the sentence: a speaker's phrase (a name and its aside, a role, "a defence spokesperson") and
 * a verb that follows a quotation inverted, then a few words to the sentence's end, with no mark
 * between ("…wrong, “Jonathan Wright, Interoute's director of wholesale products, said in a
 * telephone interview."). Such a mark closes the quotation before it; one that opened a new one
 * would have the quotation's own words after it.
 */
export function speakerFrameFollows(text: string, from: number): boolean {
  if (SPEAKER_AFTER_MARK.test(text.slice(from, from + 80))) return true;
  const end = text.slice(from).search(/[.!?](?:\s|$)/u);
  const rest = end === -1 ? text.slice(from) : text.slice(from, from + end);
  if (holdsQuoteMark(rest)) return false;
  const words = rest.split(/\s+/u).filter(Boolean);
  const verbAt = words.findIndex((w) => INVERTED_QUOTE_VERB.test(w.toLowerCase()));
  if (verbAt < 1 || verbAt > FRAME_SPEAKER_WORDS || words.length - verbAt - 1 > FRAME_TAIL_WORDS) return false;
  const speaker = words.slice(0, verbAt);
  // (No capitalised pronoun alone, which opens a quoted sentence: "…he said, "They told me so."";
  // after a closing mark it is written small. Nor a quoted speaker's "I", "we" or "you", in the
  // phrase or after the verb.)
  if (speaker.length === 1 && /^(He|She|They|It)\b/u.test(speaker[0]!)) return false;
  return !words.some((w) => QUOTED_PERSON.test(w.replace(/[^\p{L}]/gu, ''))) && /^[\p{L}\p{N}]/u.test(speaker[0]!);
}

/**
 * An opening curly mark at `i` printed where a closing one belongs: against the word before it
 * with a space after ("…problems for her here,“ said Jim Clyburn"), set off from the comma before
 * it and run into its speaker's frame ("…for the young, “said Tsikala Stephania", "…wrong, “Pigeon
 * told…"), or right before a comma or a full stop, where nothing opens ("…there goes the
 * orchestra “, the comedian said").
 */
function misprintedClosingMark(text: string, i: number): boolean {
  if (text[i] !== '“' || i === 0) return false;
  const after = text[i + 1];
  if (/\S/u.test(text[i - 1]!) && (after === undefined || /\s/u.test(after))) return true;
  if (after === ',' || after === '.') return true;
  return /[,.!?]\s$/u.test(text.slice(i - 2, i)) && speakerFrameFollows(text, i + 1);
}

/** Length of the straight or doubled mark at `i` that may open or close a quote, else 0. */
function straightMark(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return 1;
  if ((c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) return 2;
  return 0;
}

/** The most words of a scare quote or a title in curly marks inside a straight quotation. */
const SCARE_QUOTE_WORDS = 6;

/**
 * Whether the curly quotations from `from` to the next straight mark (double or doubled) are all scare quotes or
 * titles — a few words with no sentence's end, closed — so that they nest in the straight
 * quotation that holds them ('"The U.S. Department of Justice isn't about “Equal Justice Under
 * Law” anymore. It's about…'). Where one is a sentence quoted ('"CNN's Tara Setmayer ridiculed
 * that assessment as “political Stockholm Syndrome” and said, “He felt the need…”'), the
 * straight mark is read as it always was, a quotation the first curly closing mark closes: the
 * words between the quotes are the writer's, and their speaker is named there.
 */
function scareQuotesOnly(text: string, from: number): boolean {
  let curlyOpen = -1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    // (Up to the next straight mark of any kind, where the quotation read so far ends: a scan to
    // the next double mark alone went to the end of a line quoted in doubled apostrophes, from
    // each of its quotations.)
    if (straightMark(text, i) > 0) break;
    if (isOpeningMark(c)) curlyOpen = i;
    else if (isClosingMark(c) && curlyOpen !== -1) {
      const inner = text.slice(curlyOpen + 1, i).replace(/[,;:]\s*$/u, '');
      if (/[.!?…]/u.test(inner) || inner.split(/\s+/u).filter(Boolean).length > SCARE_QUOTE_WORDS) return false;
      curlyOpen = -1;
    }
  }
  return curlyOpen === -1;
}

/**
 * British-style copy quotes in single marks ("'We are pleased,' she said."). A block is read so only
 * where it holds no double, curly or doubled mark (where single marks are quotations inside
 * quotations, or titles), and only marks no apostrophe could be: an opening one after a space, a
 * bracket, a dash or the block's start, against a word (not an elision, "'em", "'til", nor a year,
 * "'90s"); a closing one against the comma, full stop, question or exclamation mark before it, or
 * against a word where a quotation is open, with a space, a mark or the end after it.
 */
function singleMarkRole(text: string, i: number, open: boolean): 'open' | 'close' | undefined {
  if (text[i] !== "'") return undefined;
  const before = text[i - 1];
  const after = text[i + 1];
  const endsAfter = after === undefined || /[\s),.;:!?\]]/u.test(after);
  if (before !== undefined && /[,.!?…]/u.test(before) && endsAfter) return 'close';
  if (open && before !== undefined && /[\p{L}\p{N}]/u.test(before) && endsAfter) return 'close';
  if ((before === undefined || /[\s([—–]/u.test(before)) && after !== undefined && /\p{L}/u.test(after) && !ELISION.test(text.slice(i + 1, i + 6))) return 'open';
  return undefined;
}

/** A paragraph of at most six words, all inside one pair of single marks. */
const SUBHEADING = /^'\S+(?:\s+\S+){0,5}'$/u;

/** Words an apostrophe shortens at their start: "'em", "'til", "'cause", "'bout", "'n'", "'tis". */
const ELISION = /^(?:em|til|cause|bout|n|tis|twas)\b/i;

/** Whether a block holds a double, curly or doubled mark: then its single marks are not read as quotations. */
function holdsDoubleMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isOpeningMark(text[i]) || isClosingMark(text[i]) || straightMark(text, i) > 0) return true;
  return false;
}

/** Whether a block's quotation marks, if any, are single ones: a single mark and no other kind. */
const quotesInSingleMarks = (text: string) => text.includes("'") && !holdsDoubleMark(text);

/**
 * The span of a quotation opened at `open` that its block never closes: up to the comma before a
 * speaker's frame where its closing mark was lost (frameAfterLostClose), else to the block's end.
 */
function unclosedSpan(text: string, open: number, offset: number): QuoteSpan {
  const lostClose = frameAfterLostClose(text, open + 1);
  return lostClose === -1 ? { start: offset + open, end: offset + text.length, closed: false } : { start: offset + open, end: offset + lostClose, closed: true };
}

/**
 * The quotations of a block that quotes in single marks. One left open runs to the block's end only
 * where it opens the block, as a quotation going on in the next paragraph does; one opened inside
 * the block and never closed is no quotation (an apostrophe read as a mark).
 */
function singleQuoteSpans(text: string, offset: number): QuoteSpan[] {
  // (A paragraph of a few words in single marks and nothing else is a subheading in headline style,
  // "'All Bets Are Off.'", not someone's words.)
  if (SUBHEADING.test(text.trim())) return [];
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const role = singleMarkRole(text, i, open !== -1);
    if (role === 'open' && open === -1) open = i;
    else if (role === 'close' && open !== -1) {
      spans.push({ start: offset + open, end: offset + i + 1, closed: true });
      open = -1;
    }
  }
  if (open !== -1 && open === text.search(/\S/u)) spans.push(unclosedSpan(text, open, offset));
  return spans;
}

export function quoteSpans(text: string, offset: number): QuoteSpan[] {
  if (quotesInSingleMarks(text)) return singleQuoteSpans(text, offset);
  const spans: QuoteSpan[] = [];
  let open = -1;
  // Whether the straight quotation open now holds curly ones only as scare quotes and titles
  // (scareQuotesOnly), and whether one of those is open.
  let nestsCurly = false;
  let nestedCurly = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const straight = straightMark(text, i);
    // (Inside an open quote, an opening curly mark may be a misprinted closing one.)
    const misprintedClosing = open !== -1 && misprintedClosingMark(text, i);
    if (isOpeningMark(c) && !misprintedClosing) {
      if (open === -1) {
        open = i;
        nestsCurly = false;
      } else if (nestsCurly) nestedCurly = true;
    } else if (nestedCurly && isClosingMark(c)) {
      nestedCurly = false;
    } else if (isClosingMark(c) || misprintedClosing) {
      if (open !== -1) {
        spans.push({ start: offset + open, end: offset + i + 1, closed: true });
        open = -1;
      }
    } else if (straight > 0) {
      // Two backticks only ever open.
      if (open === -1) {
        open = i;
        nestsCurly = scareQuotesOnly(text, i + straight);
      } else if (c !== '`') {
        spans.push({ start: offset + open, end: offset + i + straight, closed: true });
        open = -1;
        nestedCurly = false;
      }
      i += straight - 1;
    }
  }
  if (open !== -1) spans.push(unclosedSpan(text, open, offset));
  return spans;
}

/**
 * Where a quotation that never closes in its paragraph lost its closing mark: the comma before a
 * frame that runs to the sentence's end, "“By rolling back this regulation we are ensuring… the
 * full protection of the law, the two men said in a statement." (also where the opening mark was
 * a scrape's stray one, "“A gunman shot three people…, police said."). The offset just past that
 * comma, or -1. A quotation going on in the next paragraph has no speaker's frame inside it.
 */
function frameAfterLostClose(text: string, from: number): number {
  for (let i = text.indexOf(', ', from); i !== -1; i = text.indexOf(', ', i + 1)) {
    if (speakerFrameFollows(text, i + 2) && endsOnCircumstance(text, i + 2)) return i + 1;
  }
  return -1;
}

/** Words that may follow a frame's verb to the sentence's end: where, when or to whom it was said. */
const CIRCUMSTANCE_OPENING = /^(in|on|at|during|after|before|via|from|by|to|when|while|as|today|yesterday|tonight|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Whether the frame from `from` ends right after its verb, or goes on only with where, when or to
 * whom ("…, the two men said in a statement.", "…, police said.", "…, Gaskin told the Timaru
 * Herald."): not with what was said, which a quoted speaker's own report has ("…, he said no.").
 */
function endsOnCircumstance(text: string, from: number): boolean {
  const end = text.slice(from).search(/[.!?](?:\s|$)/u);
  const words = (end === -1 ? text.slice(from) : text.slice(from, from + end)).split(/\s+/u).filter(Boolean);
  const verbAt = words.findIndex((w) => INVERTED_QUOTE_VERB.test(w.toLowerCase()));
  // (A speaker before the verb: "…a navy-blue blazer, explained to me that…" is a quoted clause
  // going on, not a frame.)
  if (verbAt < 1) return false;
  const tail = words.slice(verbAt + 1);
  if (tail.some((w) => /^(that|whether|if)$/i.test(w))) return false;
  if (tail.length === 0 || CIRCUMSTANCE_OPENING.test(tail[0]!)) return true;
  // (Told or asked: whom, named, "…, Gaskin told the Timaru Herald".)
  return /^(told|asked)$/i.test(words[verbAt]!) && tail.every((w, k) => /^\p{Lu}/u.test(w) || (k === 0 && /^the$/i.test(w)));
}

/**
 * Where a quotation opened in an earlier paragraph closes in this one, when the paragraph does
 * not open it again: the offset of a closing mark (curly, or straight against the word before it)
 * that comes before any opening mark, or -1. "I just want to say…,” the convicted killer said."
 * after a paragraph "“I am sorry." that left its quotation open.
 */
export function runOnClose(text: string): number {
  // (In single marks: the first mark, if it closes: "…There was blood,' said Unique Armstead".)
  if (quotesInSingleMarks(text)) {
    for (let i = 0; i < text.length; i++) {
      // (Only against punctuation: a mark against a word may be a plural's apostrophe, "prosecutors' claim".)
      const role = singleMarkRole(text, i, false);
      if (role === 'close') return i;
      if (role === 'open') return -1;
    }
    return -1;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // (An opening mark printed for the closing one closes too: "…definitely wrong, “Pigeon told…".)
    if (isOpeningMark(c)) return misprintedClosingMark(text, i) ? i : -1;
    if (isClosingMark(c)) return i;
    // (Or set off from the comma before it but run into its speaker: "…grandmother of our
    // children, "said Charlie Kafoury", "…didn't fire him, "Charlene Kafoury said." — a scrape's
    // spacing; a mark there that opened a new quotation would have words of it after it.)
    // (Not after a dash or an opening bracket, where a mark opens: "NEW YORK AT ITS CORE—"For City
    // Museum’s new director…," by…".)
    if (c === '"') return i > 0 && ((/\S/u.test(text[i - 1]!) && !/[-–—([{]/u.test(text[i - 1]!)) || (/[,.!?]\s$/u.test(text.slice(i - 2, i)) && speakerFrameFollows(text, i + 1))) ? i : -1;
  }
  return -1;
}

/**
 * The quotation spans of a paragraph whose mark at `runOnEnd` (runOnClose) closes a quotation an
 * earlier paragraph left open: that quotation, from just before the paragraph, then the
 * paragraph's own, read after the mark. The closing mark is not paired again, set off from the
 * words before it or against them: a straight one would open a quotation over its speaker
 * ("…the whole of the media," the diplomat added.").
 */
export function spansAfterRunOn(text: string, offset: number, runOnEnd: number): QuoteSpan[] {
  return [{ start: offset - 1, end: offset + runOnEnd + 1, closed: true }, ...quoteSpans(text.slice(runOnEnd + 1), offset + runOnEnd + 1)];
}

/** The most paragraphs without a mark that a quotation left open may run over before it closes. */
const MAX_UNMARKED_RUN_ON = 3;

/** Does the text hold any mark that quoteSpans reads as opening or closing a quotation? */
function holdsQuoteMark(text: string): boolean {
  if (holdsDoubleMark(text)) return true;
  for (let i = 0; i < text.length; i++) if (singleMarkRole(text, i, false) !== undefined) return true;
  return false;
}

/**
 * The paragraphs a quotation runs over without a mark of their own: a paragraph leaves one open,
 * up to MAX_UNMARKED_RUN_ON paragraphs after it hold no quotation mark at all, and the next one
 * closes it (runOnClose) without opening another. A scrape that sets each sentence on a line of
 * its own writes "“Power rests with the president. ¶ His photo appears every day… ¶ He controls
 * the media,” the diplomat added." (The paragraphs between are quoted only where a close follows:
 * a quotation that never closes may have lost its mark.) `texts` are the paragraphs in order,
 * undefined where one is not read (it breaks a run); the answer holds their indices.
 */
export function unmarkedRunOnParagraphs(texts: readonly (string | undefined)[]): Set<number> {
  const middles = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    const opener = texts[i];
    if (opener === undefined || !holdsQuoteMark(opener)) continue;
    const spans = quoteSpans(opener, 0);
    if (spans.length === 0 || spans[spans.length - 1]!.closed) continue;
    let k = i + 1;
    while (k < texts.length && k - i <= MAX_UNMARKED_RUN_ON && texts[k] !== undefined && !holdsQuoteMark(texts[k]!)) k++;
    const closer = texts[k];
    if (k === i + 1 || k - i > MAX_UNMARKED_RUN_ON + 1 || closer === undefined || opensWithQuote(closer) || runOnClose(closer) === -1) continue;
    for (let m = i + 1; m < k; m++) middles.add(m);
  }
  return middles;
}

/** Does the text open with a quotation mark (a paragraph that continues a quote, by convention)? */
export function opensWithQuote(text: string): boolean {
  const i = text.search(/\S/u);
  if (i !== -1 && singleMarkRole(text, i, false) === 'open' && quotesInSingleMarks(text)) return true;
  return i !== -1 && (isOpeningMark(text[i]) || (straightMark(text, i) > 0 && text[i] !== '`') || text.startsWith('``', i));
}

/**
 * The first span that ends after `offset`. Spans come in text order and do not overlap, so a
 * binary search finds it: a line of many quotes is asked about each of its many tokens.
 */
function firstEndingAfter(spans: readonly QuoteSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The span that holds [start, end), if any. */
export function quoteHolding(spans: readonly QuoteSpan[], start: number, end: number): QuoteSpan | undefined {
  // Only the first span ending at or after `end` can hold [start, end).
  const span = spans[firstEndingAfter(spans, end - 1)];
  return span !== undefined && start > span.start && end <= span.end ? span : undefined;
}

export function insideQuotes(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  return quoteHolding(spans, start, end) !== undefined;
}

/** Whether some span overlaps [start, end). */
export function overlapsQuote(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  const span = spans[firstEndingAfter(spans, start)];
  return span !== undefined && span.start < end;
}
