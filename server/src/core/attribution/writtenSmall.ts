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
    words = new Set(article.text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
    cache.set(article, words);
  }
  return words;
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
