/**
 * The headline as a claim for corroboration. A headline states the article's main fact ("Ellen
 * DeGeneres to host the Oscars", "Chargers' Jackson arrested on suspicion of DUI") and other
 * outlets' headlines and lead sentences state it again, but it has no final full stop, so the
 * attribution pass, which reads running text, never makes it a sentence. On news clusters
 * (QUALITY.md round 21) almost half of the pairs a strict reader called the same fact had a
 * headline on one side.
 *
 * It is a claim for the index only: a headline is never flagged unattributed (it summarises the
 * article below it), and its figures are rounded for the line ("nabs 26 pirates") so they never
 * make a conflict (index.ts).
 *
 * Headlines are often in title case or capitals, which the tagger reads as a row of names: each
 * word keeps its capitals only when the article's running text writes it capitalised after a
 * sentence's first word (a name), and is read in lower case otherwise.
 */
import type { Article, Block } from '../article.js';
import { isClaim } from '../attribution/claims.js';
import { isRunningText } from '../attribution/index.js';
import { attributionLexicon } from '../attribution/lexicon.js';
import { tag } from '../nlp/tagger.js';
import { claimTerms, nameStem, type ClaimRecord } from './claims.js';
import { corroborationLexicon } from './lexicon.js';
import { findQuantities } from './quantities.js';
import { findDates } from './dates.js';
import { dateFrames } from './frames.js';

/** Longer than this, a first line without a full stop is a standfirst or a label, not a headline. */
const MAX_HEADLINE_WORDS = 20;
/** "Watch live", "Obituary": too short to state a fact. */
const MIN_HEADLINE_WORDS = 4;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * The first content block, when it reads as a headline: one short line that the attribution
 * pass does not read as running text (so not already a sentence of its own), and no question.
 */
function headlineBlock(article: Article, contentBlocks: ReadonlySet<number>): Block | undefined {
  let first = Infinity;
  for (const index of contentBlocks) first = Math.min(first, index);
  const block = article.blocks[first];
  if (!block || isRunningText(block) || block.text.endsWith('?') || block.text.includes('\n')) return undefined;
  const words = block.text.match(WORD)?.length ?? 0;
  return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS ? block : undefined;
}

/** Sentence-ending punctuation, and the quotes and brackets that may close a sentence after it. */
const ENDS_SENTENCE = /[.!?…"'”’»)\]]/u;

/**
 * How the text below the headline writes `word` as a name — capitalised, after a space that does
 * not follow a sentence's end — if it does: "Reid" for "REID", "DUI" for "DUI"; undefined for a
 * word it writes in lower case or only first in a sentence. A native search for each of the
 * headline's few words, rather than a pass over every sentence of the article.
 */
function writtenAsName(text: string, from: number, word: string): string | undefined {
  const forms = [word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()];
  if (word.length <= 5 && word === word.toUpperCase()) forms.push(word);
  for (const form of forms) {
    for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, at + 1)) {
      const after = text.charAt(at + form.length);
      if (/[\p{L}\p{N}]/u.test(after) || text.charAt(at - 1) !== ' ') continue;
      let before = at - 2;
      while (before >= 0 && text.charAt(before) === ' ') before--;
      if (before >= 0 && !ENDS_SENTENCE.test(text.charAt(before)) && text.charAt(before) !== '\n') return form;
    }
  }
  return undefined;
}

/** Headlines written in title case or capitals: most words start with a capital. */
function cappedHeadline(text: string): boolean {
  const words = text.match(WORD) ?? [];
  const capped = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capped >= Math.max(3, words.length * 0.6);
}

/** The headline in the case running text would give it, each word the same length as written. */
function sentenceCase(text: string, nameOf: (word: string) => string | undefined): string {
  let first = true;
  return text.replace(WORD, (word) => {
    const name = nameOf(word);
    let cased = name ?? (first ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase());
    first = false;
    // Offsets must stay those of the text (a few letters change length in lower case).
    if (cased.length !== word.length) cased = word;
    return cased;
  });
}

/** The headline's claim record, when the article has a headline that states a fact. */
export function headlineClaim(article: Article, contentBlocks: ReadonlySet<number>): ClaimRecord | undefined {
  const block = headlineBlock(article, contentBlocks);
  if (!block) return undefined;
  let read = block.text;
  if (cappedHeadline(read)) read = sentenceCase(read, (word) => writtenAsName(article.text, block.end, word));
  const tokens = tag(read, block.start);
  if (!isClaim(tokens, attributionLexicon())) return undefined;
  const { terms, entities } = claimTerms(tokens);
  if (terms.length === 0) return undefined;
  return {
    start: block.start,
    end: block.end,
    range: article.rangeOf(block.start, block.end),
    text: block.text,
    terms,
    entities,
    quantities: findQuantities(tokens, article.text, corroborationLexicon(), {}),
    dates: dateFrames(tokens, block.start, findDates(block.text)),
    headline: true,
  };
}

/**
 * A headline claim's text as it was tagged, for reading its words again (sameFact.ts): the record
 * keeps the names found, so a word keeps its capitals when it is one of them.
 */
export function headlineReading(claim: Pick<ClaimRecord, 'text' | 'entities'>): string {
  if (!cappedHeadline(claim.text)) return claim.text;
  const names = new Set(claim.entities);
  return sentenceCase(claim.text, (word) => (names.has(nameStem(word)) ? word : undefined));
}
