/**
 * Compiles the boilerplate lexicons (data in lexicons/*.json, plus a user's extra entries)
 * into matchers. Compiled once per distinct set of extra entries and then reused.
 */
import categoriesData from './lexicons/categories.json' with { type: 'json' };
import languageData from './lexicons/language.json' with { type: 'json' };
import { BOILERPLATE_CATEGORIES, isBoilerplateCategory, type BoilerplateCategory } from './categories.js';
import { escapeRegExp, foldQuotes, normaliseLine } from '../text.js';
import { PhraseMatcher } from '../phraseMatcher.js';

export interface CategoryEntries {
  markers?: string[];
  prefixes?: string[];
  sentences?: string[];
  phrases?: string[];
  words?: string[];
  titles?: string[];
  namePrefixes?: string[];
  markerStarts?: string[];
}

/** Extra lexicon entries from settings, by category. */
export type LexiconExtensions = Partial<Record<string, CategoryEntries>>;

export interface CategoryMatcher {
  category: BoilerplateCategory;
  markers: Set<string>;
  prefix: RegExp | undefined;
  sentence: PhraseMatcher | undefined;
  phrase: PhraseMatcher | undefined;
  words: Set<string>;
}

export interface BoilerplateLexicon {
  categories: CategoryMatcher[];
  byCategory: Map<BoilerplateCategory, CategoryMatcher>;
  stopwords: Set<string>;
  address: Set<string>;
  titles: Set<string>;
  /** "By", "Words by": a byline when a capitalised name follows. */
  byline: RegExp;
  /** The start of a short heading over a list of links ("Related Internet Links"). */
  relatedHeading: RegExp;
}

const BUILT_IN = categoriesData as unknown as Record<string, CategoryEntries>;

/** Entries as they are compared: lower case, quotes folded, duplicates gone. */
function phraseEntries(entries: string[]): string[] {
  return [...new Set(entries.map((e) => foldQuotes(e.toLowerCase().trim())).filter(Boolean))];
}

function alternation(entries: string[]): string {
  // Longest first so that "share this article" wins over "share".
  return phraseEntries(entries)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * Letters or digits on either side mean the phrase is part of a longer word. Matched against
 * text already lower-cased with quotes folded.
 */
function phraseMatcher(entries: string[]): PhraseMatcher | undefined {
  const matcher = new PhraseMatcher(phraseEntries(entries));
  return matcher.size > 0 ? matcher : undefined;
}

function compileCategory(category: BoilerplateCategory, entries: CategoryEntries[]): CategoryMatcher {
  const all = (key: keyof CategoryEntries) => entries.flatMap((e) => e[key] ?? []);
  const prefixes = alternation(all('prefixes'));
  return {
    category,
    markers: new Set(all('markers').map(normaliseLine).filter(Boolean)),
    // "Read more: …", "Source: https://…", "Tags: a, b".
    prefix: prefixes ? new RegExp(`^(?:${prefixes})\\s*[:：]`) : undefined,
    sentence: phraseMatcher(all('sentences')),
    phrase: phraseMatcher(all('phrases')),
    words: new Set(all('words').map((w) => w.toLowerCase())),
  };
}

const cache = new Map<string, BoilerplateLexicon>();

export function boilerplateLexicon(extensions: LexiconExtensions = {}): BoilerplateLexicon {
  const key = JSON.stringify(extensions);
  const cached = cache.get(key);
  if (cached) return cached;
  const categories = BOILERPLATE_CATEGORIES.map(({ id }) => {
    const extra = isBoilerplateCategory(id) ? extensions[id] : undefined;
    return compileCategory(id, extra ? [BUILT_IN[id] ?? {}, extra] : [BUILT_IN[id] ?? {}]);
  });
  const titles = [...(BUILT_IN['author-bio']?.titles ?? []), ...(extensions['author-bio']?.titles ?? [])];
  const namePrefixes = [...(BUILT_IN['author-bio']?.namePrefixes ?? []), ...(extensions['author-bio']?.namePrefixes ?? [])];
  const lexicon: BoilerplateLexicon = {
    categories,
    byCategory: new Map(categories.map((c) => [c.category, c])),
    stopwords: new Set(languageData.stopwords),
    address: new Set(languageData.address),
    titles: new Set(titles.map((t) => t.toLowerCase())),
    byline: new RegExp(`^(?:${alternation(namePrefixes)})\\s+(?=\\p{Lu})`, 'iu'),
    relatedHeading: new RegExp(`^(?:${alternation([...(BUILT_IN['related']?.markerStarts ?? []), ...(extensions['related']?.markerStarts ?? [])])})\\b`, 'i'),
  };
  if (cache.size > 16) cache.clear();
  cache.set(key, lexicon);
  return lexicon;
}
