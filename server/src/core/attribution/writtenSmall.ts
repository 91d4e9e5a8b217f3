/**
 * The words an article writes in small letters somewhere. A sentence's first word is capitalised
 * whatever it is, and the tagger then reads "Security experts say…" or "Political scientists
 * say…" as a name; a word the same article also writes small is a common word there.
 */
import type { Article } from '../article.js';
import type { TaggedToken } from '../nlp/tagger.js';

const cache = new WeakMap<Article, ReadonlySet<string>>();

export function wordsWrittenSmall(article: Article): ReadonlySet<string> {
  let words = cache.get(article);
  if (!words) {
    words = smallWords(article.text);
    cache.set(article, words);
  }
  return words;
}

/**
 * Each word that opens on a small letter not right after a letter or digit, and runs on over
 * letters, apostrophes and hyphens: the matches of /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*\/gu, found
 * in one walk (the expression tried its look-behind at every place of the text).
 */
export function smallWords(text: string): Set<string> {
  const words = new Set<string>();
  let afterLetterOrDigit = false;
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at)!;
    const size = code > 0xffff ? 2 : 1;
    if (!afterLetterOrDigit && hasClass(code, SMALL_LETTER)) {
      let end = at + size;
      while (end < text.length) {
        const next = text.codePointAt(end)!;
        if (!hasClass(next, WORD_PART)) break;
        end += next > 0xffff ? 2 : 1;
      }
      words.add(text.slice(at, end));
      // (What comes next is no letter, so no small one: it is read below, and sets what follows it.)
      at = end;
      continue;
    }
    afterLetterOrDigit = hasClass(code, LETTER_OR_DIGIT);
    at += size;
  }
  return words;
}

const LETTER_OR_DIGIT = 1;
const SMALL_LETTER = 2;
const WORD_PART = 4;
const KNOWN = 8;

/** Each character's classes, worked out once for the common range. */
const classes = new Uint8Array(0x3000);

function classesOf(code: number): number {
  const char = String.fromCodePoint(code);
  return (/[\p{L}\p{N}]/u.test(char) ? LETTER_OR_DIGIT : 0) | (/\p{Ll}/u.test(char) ? SMALL_LETTER : 0) | (/[\p{L}'’-]/u.test(char) ? WORD_PART : 0);
}

function hasClass(code: number, kind: number): boolean {
  if (code >= classes.length) return (classesOf(code) & kind) !== 0;
  let known = classes[code]!;
  if (known === 0) classes[code] = known = classesOf(code) | KNOWN;
  return (known & kind) !== 0;
}

/**
 * The phrase with its first word read as a common word, when it opens the sentence, the tagger
 * took it for a name, and the article writes it small elsewhere: "Security experts", "Western
 * observers", "Young people". A name the article never writes small ("Clinton aides") stays one.
 */
export function commonWordOpening(article: Article, tokens: readonly TaggedToken[], first: number, phrase: readonly TaggedToken[]): readonly TaggedToken[] {
  const word = phrase[0];
  // (Only a word before the noun it qualifies: "Organizers of both conventions", "Leaders of the
  // organization" are heads themselves, whose case says nothing of what they qualify.)
  const next = phrase[1];
  if (word?.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || (next?.pos !== 'NOUN' && next?.pos !== 'PROPN')) return phrase;
  if (tokens.slice(0, first).some((t) => /[\p{L}\p{N}]/u.test(t.text))) return phrase;
  if (!wordsWrittenSmall(article).has(word.lower)) return phrase;
  return [{ ...word, pos: 'ADJ' }, ...phrase.slice(1)];
}
