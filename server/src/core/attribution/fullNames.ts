/**
 * The people an article names in full: a surname the text writes somewhere after a given name or
 * a title the genders lexicon knows ("Hillary Clinton", "Mrs. Clinton", "Charlie King"), with the
 * gender that word states. A paragraph that goes on with "Clinton said" then speaks of a person,
 * whom a later "she" may stand for, though the surname alone tells nothing.
 */
import type { Article } from '../article.js';

export type Gender = 'female' | 'male';

/** The words that state a gender: titles and given names, lower case. */
export interface GenderWords {
  femaleWords: ReadonlySet<string>;
  maleWords: ReadonlySet<string>;
}

/**
 * A capitalised word, a full stop after it when it is a title ("Mrs."), an initial or a middle
 * name at most, then the surname: the last capitalised word of the run.
 */
const FULL_NAME = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\.?\s+(?:\p{Lu}\.\s+|\p{Lu}\p{Ll}+\s+(?=\p{Lu}))?(\p{Lu}[\p{Ll}'’-]*\p{Ll})(?![\p{L}\p{N}])/gu;

const cache = new WeakMap<Article, ReadonlyMap<string, Gender | undefined>>();

/** Surnames the article names in full, each with the gender its names state (undefined where they disagree). */
export function fullNames(article: Article, words: GenderWords): ReadonlyMap<string, Gender | undefined> {
  const known = cache.get(article);
  if (known) return known;
  const names = new Map<string, Gender | undefined>();
  for (const match of article.text.matchAll(FULL_NAME)) {
    const first = match[1]!.toLowerCase();
    const gender: Gender | undefined = words.femaleWords.has(first) ? 'female' : words.maleWords.has(first) ? 'male' : undefined;
    if (!gender) continue;
    const surname = match[2]!;
    // ("Bill Clinton" and "Hillary Clinton" in one piece: the surname alone says neither.)
    names.set(surname, names.has(surname) && names.get(surname) !== gender ? undefined : gender);
  }
  cache.set(article, names);
  return names;
}
