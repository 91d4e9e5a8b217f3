/**
 * Reading a headline. Headlines are often in title case or capitals, which the tagger reads as a
 * row of names: each word keeps its capitals only when the article's running text writes it
 * capitalised after a sentence's first word (a name), and is read in lower case otherwise. The
 * attribution pass reads the headline's source this way ("Mayor To Council: …"), and the
 * corroboration pass its claim.
 */
import type { Article, Block } from '../article.js';
import { tag, type TaggedToken } from '../nlp/tagger.js';

export const HEADLINE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Sentence-ending punctuation, and the quotes and brackets that may close a sentence after it. */
const ENDS_SENTENCE = /[.!?…"'”’»)\]]/u;

/**
 * How the text below the headline writes `word` as a name — capitalised, after a space that does
 * not follow a sentence's end — if it does: "Reid" for "REID", "DUI" for "DUI"; undefined for a
 * word it writes in lower case or only first in a sentence. A native search for each of the
 * headline's few words, rather than a pass over every sentence of the article.
 */
export function writtenAsName(text: string, from: number, word: string): string | undefined {
  // (A name with capitals inside, "McCain", "DeGeneres", is looked for as written.)
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  const forms = /\p{Ll}/u.test(word) && word !== capitalised ? [word, capitalised] : [capitalised];
  if (word.length <= 5 && word === word.toUpperCase()) forms.push(word);
  for (const form of forms) {
    for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, at + 1)) {
      const after = text.charAt(at + form.length);
      if (/[\p{L}\p{N}]/u.test(after) || text.charAt(at - 1) !== ' ') continue;
      let before = at - 2;
      while (before >= 0 && text.charAt(before) === ' ') before--;
      if (before >= 0 && ((!ENDS_SENTENCE.test(text.charAt(before)) && text.charAt(before) !== '\n') || afterTitle(text, before))) return form;
    }
  }
  return undefined;
}

/** A full stop at `dot` that ends a title or an initial ("Dr. Ben", "Sen. Ana", "Paul H. Chipok"), not a sentence. */
function afterTitle(text: string, dot: number): boolean {
  return text.charAt(dot) === '.' && TITLE_OR_INITIAL.test(text.slice(Math.max(0, dot - 6), dot));
}

/** English titles abbreviated before a name, or a lone initial. */
const TITLE_OR_INITIAL = /(?:^|[\s(])(?:\p{Lu}|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St)$/u;

/** Headlines written in title case or capitals: most words start with a capital. */
export function cappedHeadline(text: string): boolean {
  const words = text.match(HEADLINE_WORD) ?? [];
  const capped = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capped >= Math.max(3, words.length * 0.6);
}

/** The headline in the case running text would give it, each word the same length as written. */
export function sentenceCase(text: string, nameOf: (word: string) => string | undefined): string {
  let first = true;
  return text.replace(HEADLINE_WORD, (word) => {
    const name = nameOf(word);
    let cased = name ?? (first ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase());
    first = false;
    // Offsets must stay those of the text (a few letters change length in lower case).
    if (cased.length !== word.length) cased = word;
    return cased;
  });
}

/** The headline as running text would write it: in sentence case when it is written capped. */
export function headlineAsRead(article: Article, block: Block): string {
  return cappedHeadline(block.text) ? sentenceCase(block.text, (word) => writtenAsName(article.text, block.end, word)) : block.text;
}

/**
 * The headline as read (headlineAsRead), tagged. Both the attribution pass (its source) and
 * corroboration (its claim) read it, and each tagging costs a call of the tagger of its own
 * (a tenth of the attribution pass's tagging): the article keeps the tokens of its one headline.
 * Tagging is the same whatever was tagged before (tagger.ts), so the second reader gets what it
 * would have tagged itself.
 */
const taggedHeadlines = new WeakMap<Article, { block: Block; tokens: readonly TaggedToken[] }>();

export function taggedHeadline(article: Article, block: Block): readonly TaggedToken[] {
  const known = taggedHeadlines.get(article);
  if (known?.block === block) return known.tokens;
  const tokens = tag(headlineAsRead(article, block), block.start);
  taggedHeadlines.set(article, { block, tokens });
  return tokens;
}

/** The first of the article's content blocks. */
export function firstContentBlock(article: Article, contentBlocks: ReadonlySet<number>): Block | undefined {
  let first = Infinity;
  for (const index of contentBlocks) first = Math.min(first, index);
  return article.blocks[first];
}

/** Longer than this, a first line is a standfirst or a paragraph, not a headline. */
const MAX_HEADLINE_WORDS = 20;

/** The first content block when it is one short line and no question: the headline. */
export function headlineLine(article: Article, contentBlocks: ReadonlySet<number>): Block | undefined {
  const block = firstContentBlock(article, contentBlocks);
  if (!block || block.text.includes('\n') || block.text.endsWith('?')) return undefined;
  return (block.text.match(HEADLINE_WORD)?.length ?? 0) <= MAX_HEADLINE_WORDS ? block : undefined;
}
