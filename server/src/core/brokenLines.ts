/**
 * Lines broken once, mid-sentence, in a text that is not hard-wrapped as a whole: a scraper or an
 * editor put a line break where a space was ("“…,” Blackwell added, “have focused … to
 * participate personally ¶ in caucuses and primaries.”"). Each line is a block of its own, so the
 * sentence is read as two pieces: the first closes nothing and the second has no subject.
 *
 * The joined reading is for the sentence readers only. The boilerplate pass keeps the lines apart:
 * a short second half under an open line is as often furniture as prose, and its verdicts are per
 * line.
 */
import type { Article, Block, Sentence } from './article.js';
import { COLUMN_GAP, ITEM_MARK } from './hardWrap.js';

/** Words a line broken mid-sentence has at least: a sentence's worth, not a menu's or a title's. */
const BROKEN_LINE_WORDS = 8;
/** Share of capitalised words above which a line reads as a title, whatever follows it. */
const TITLE_CASE_SHARE = 0.5;
/** What a sentence opens on: a capital, a figure, or a quotation mark before one. */
const SENTENCE_OPENING = /^["'“‘(]?[\p{Lu}\d]/u;
/** A line that closes a sentence, its closing marks spaced or not ("…the toilet! "" closes). */
const CLOSED = /[.:;!?…]\s*["'”’)\]]*$/u;
/** A line that opens on these is a dateline or a byline under a title ("on Apr 12 2007"), not the title's sentence going on. */
const DATELINE_OPENING = /^(?:on|updated|published|posted|by)\b/;

/**
 * Whether the line below goes on with a sentence the line above leaves open. The line above
 * opens a sentence itself (a piece of one broken twice, "…birther who has ¶ repeatedly
 * pledged…", is left as it is), runs a sentence's length in sentence case and closes nothing;
 * the one below opens in lower case, and not as a dateline or a list's item.
 */
export function continuesBrokenLine(above: string, below: string): boolean {
  const line = above.trim();
  const next = below.trim();
  if (!/^\p{Ll}/u.test(next) || DATELINE_OPENING.test(next)) return false;
  if (!SENTENCE_OPENING.test(line) || ITEM_MARK.test(line) || CLOSED.test(line)) return false;
  if (COLUMN_GAP.test(line) || COLUMN_GAP.test(next)) return false;
  const words = line.split(/\s+/);
  if (words.length < BROKEN_LINE_WORDS) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length < TITLE_CASE_SHARE;
}

/** The sentence the break cut in two, whole again: the tokens of both halves, the break inside its text. */
function joinedSentence(article: Article, head: Sentence, tail: Sentence): Sentence {
  return { start: head.start, end: tail.end, text: article.text.slice(head.start, tail.end), tokens: [...head.tokens, ...tail.tokens] };
}

/**
 * The article's blocks as a sentence reader takes them: where a block on one line goes on with a
 * sentence the block on the next line finishes, both read as one block (the first one's index),
 * that sentence whole. `joins` says which neighbours may be joined (both of the article's text,
 * say); other blocks are given as they are.
 */
export function readingBlocks(article: Article, joins: (above: Block, below: Block) => boolean): Block[] {
  const result: Block[] = [];
  for (const block of article.blocks) {
    const above = result.at(-1);
    const head = above?.sentences.at(-1);
    const tail = block.sentences[0];
    if (
      above === undefined ||
      head === undefined ||
      tail === undefined ||
      // (A sentence broken twice is joined twice: the block above is then the first two lines.)
      block.line !== above.lastLine + 1 ||
      !continuesBrokenLine(above.text, block.text) ||
      !joins(above, block)
    ) {
      result.push(block);
      continue;
    }
    result[result.length - 1] = {
      ...above,
      lastLine: block.lastLine,
      end: block.end,
      text: article.text.slice(above.start, block.end),
      normalised: `${above.normalised} ${block.normalised}`,
      sentences: [...above.sentences.slice(0, -1), joinedSentence(article, head, tail), ...block.sentences.slice(1)],
    };
  }
  return result;
}
