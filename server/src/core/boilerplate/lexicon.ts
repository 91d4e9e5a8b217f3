/**
 * Compiles the boilerplate lexicons (data in lexicons/*.json, plus a user's extra entries)
 * into matchers. Compiled once per distinct set of extra entries and then reused.
 */
import categoriesData from './lexicons/categories.json' with { type: 'json' };
import languageData from './lexicons/language.json' with { type: 'json' };
// The attribution pass's list of given names: a picture credit names a photographer by one.
import genders from '../attribution/lexicons/genders.json' with { type: 'json' };
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
  creditSources?: string[];
  profileRoles?: string[];
  tagsHeadings?: string[];
}

/** Extra lexicon entries from settings, by category. */
export type LexiconExtensions = Partial<Record<string, CategoryEntries>>;

/** A category's labelled-line prefixes ("Read more:", "Source:") as one expression. */
export interface PrefixMatcher {
  category: BoilerplateCategory;
  prefix: RegExp;
}

/**
 * The categories' entries compiled for one look at a line: each structure answers for every
 * category at once, and where two categories hold the same entry the earlier one in lexicon
 * order comes first.
 */
export interface BoilerplateLexicon {
  /** Categories with labelled-line prefixes ("Read more:"), in lexicon order. */
  prefixes: PrefixMatcher[];
  /** A whole normalised line that is a category's marker ("read next") → its category. */
  markers: Map<string, BoilerplateCategory>;
  /**
   * Both kinds of phrase in one trie, so that a line is walked once: phrases that decide even
   * inside a sentence ("contributed to this report"), labelled `sentence`, and phrases that count
   * as evidence for their category, labelled `phrase` (see `phraseLabelsIn`).
   */
  phraseTrie: PhraseMatcher<PhraseLabel>;
  /** A weak word → the categories it counts for. */
  words: Map<string, BoilerplateCategory[]>;
  stopwords: Set<string>;
  /** Units of measure ("cup", "teaspoons", "miles"): "1/4 cup" is a quantity, not a slide's counter. */
  measures: Set<string>;
  /** Words of the site addressing its readers ("we", "your"), lower case. */
  address: Set<string>;
  /** What the address words look like, to pass over most words without a lookup. */
  addressShape: AddressShape;
  titles: Set<string>;
  /** "By", "Words by": a byline when a capitalised name follows. */
  byline: RegExp;
  /** The start of a short heading over a list of links ("Related Internet Links"). */
  relatedHeading: RegExp;
  /** "About the author", "About this site", "About us": a profile box's heading that names its subject by a role. */
  profileRole: RegExp;
  /** Headings over a list of tags printed one a line ("tags", "filed under"), normalised. */
  tagsHeadings: Set<string>;
  /** Picture agencies and services a credit names after its slash ("AP", "Getty Images"), lower case. */
  creditSources: Set<string>;
  /** Given names, lower case: a credit's photographer is named by one ("Evan Vucci/AP"). */
  givenNames: Set<string>;
}

const BUILT_IN = categoriesData as unknown as Record<string, CategoryEntries>;

export interface AddressShape {
  /** The longest address word (lower-casing never shortens a word, so no longer word is one). */
  maxLength: number;
  /** Lengths of the address words, and their first letters (lower case): enough to pass over most ASCII words. */
  asciiLengths: Set<number>;
  asciiFirst: Set<number>;
}

function addressShape(words: readonly string[]): AddressShape {
  return {
    maxLength: Math.max(0, ...words.map((w) => w.length)),
    asciiLengths: new Set(words.map((w) => w.length)),
    asciiFirst: new Set(words.map((w) => w.toLowerCase().charCodeAt(0))),
  };
}

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

type Entries = (key: keyof CategoryEntries) => string[];

/** A phrase's kind and category: one object per pair, so that the trie's labels compare by identity. */
export interface PhraseLabel {
  kind: 'sentence' | 'phrase';
  category: BoilerplateCategory;
}

/**
 * Both kinds of phrase, every category, in one trie. Letters or digits on either side mean the
 * phrase is part of a longer word. Matched against text already lower-cased with quotes folded.
 */
function combinedPhraseMatcher(categories: readonly [BoilerplateCategory, Entries][]): PhraseMatcher<PhraseLabel> {
  const entries: (readonly [string, PhraseLabel])[] = [];
  for (const kind of ['sentence', 'phrase'] as const) {
    for (const [category, all] of categories) {
      const label: PhraseLabel = { kind, category };
      for (const phrase of phraseEntries(all(kind === 'sentence' ? 'sentences' : 'phrases'))) entries.push([phrase, label]);
    }
  }
  return new PhraseMatcher(entries);
}

/** The categories of each kind whose phrases occur in `text`, in one walk of the trie. */
export function phraseLabelsIn(lexicon: BoilerplateLexicon, text: string): { sentences: Set<BoilerplateCategory>; phrases: Set<BoilerplateCategory> } {
  const sentences = new Set<BoilerplateCategory>();
  const phrases = new Set<BoilerplateCategory>();
  for (const label of lexicon.phraseTrie.labelsIn(text)) (label.kind === 'sentence' ? sentences : phrases).add(label.category);
  return { sentences, phrases };
}

/** Each key's first category in lexicon order. */
function firstCategory(categories: readonly [BoilerplateCategory, Entries][], keysOf: (all: Entries) => string[]): Map<string, BoilerplateCategory> {
  const map = new Map<string, BoilerplateCategory>();
  for (const [category, all] of categories) for (const key of keysOf(all)) if (key && !map.has(key)) map.set(key, category);
  return map;
}

function wordCategories(categories: readonly [BoilerplateCategory, Entries][]): Map<string, BoilerplateCategory[]> {
  const map = new Map<string, BoilerplateCategory[]>();
  for (const [category, all] of categories) {
    for (const word of new Set(all('words').map((w) => w.toLowerCase()))) {
      const list = map.get(word) ?? [];
      list.push(category);
      map.set(word, list);
    }
  }
  return map;
}

function prefixMatcher(category: BoilerplateCategory, all: Entries): PrefixMatcher | undefined {
  const prefixes = alternation(all('prefixes'));
  // "Read more: …", "Source: https://…", "Tags: a, b", "← Previous: …" (after an arrow of a pager).
  return prefixes ? { category, prefix: new RegExp(`^(?:[←→«»‹›]\\s*)?(?:${prefixes})\\s*[:：]`) } : undefined;
}

const cache = new Map<string, BoilerplateLexicon>();

export function boilerplateLexicon(extensions: LexiconExtensions = {}): BoilerplateLexicon {
  const key = JSON.stringify(extensions);
  const cached = cache.get(key);
  if (cached) return cached;
  const categories = BOILERPLATE_CATEGORIES.map(({ id }): [BoilerplateCategory, Entries] => {
    const extra = isBoilerplateCategory(id) ? extensions[id] : undefined;
    const entries = extra ? [BUILT_IN[id] ?? {}, extra] : [BUILT_IN[id] ?? {}];
    return [id, (key) => entries.flatMap((e) => e[key] ?? [])];
  });
  // One category's list, its built-in entries and the settings' together.
  const listOf = (category: BoilerplateCategory, list: keyof CategoryEntries): string[] => categories.find(([id]) => id === category)?.[1](list) ?? [];
  const titles = listOf('author-bio', 'titles');
  const namePrefixes = listOf('author-bio', 'namePrefixes');
  const lexicon: BoilerplateLexicon = {
    prefixes: categories.flatMap(([category, all]) => prefixMatcher(category, all) ?? []),
    markers: firstCategory(categories, (all) => all('markers').map(normaliseLine)),
    phraseTrie: combinedPhraseMatcher(categories),
    words: wordCategories(categories),
    stopwords: new Set(languageData.stopwords),
    measures: new Set(languageData.measures),
    address: new Set(languageData.address),
    addressShape: addressShape(languageData.address),
    titles: new Set(titles.map((t) => t.toLowerCase())),
    byline: new RegExp(`^(?:${alternation(namePrefixes)})\\s+(?=\\p{Lu})`, 'iu'),
    creditSources: new Set(listOf('caption', 'creditSources').map((s) => s.toLowerCase())),
    givenNames: new Set([...genders.female.givenNames, ...genders.male.givenNames].map((name) => name.toLowerCase())),
    relatedHeading: new RegExp(`^(?:${alternation(listOf('related', 'markerStarts'))})\\b`, 'i'),
    profileRole: new RegExp(`^about\\s+(?:(?:the|this|our)\\s+(?:${alternation(listOf('author-bio', 'profileRoles'))})|us|me)\\b`, 'i'),
    tagsHeadings: new Set(listOf('navigation', 'tagsHeadings').map(normaliseLine)),
  };
  if (cache.size > 16) cache.clear();
  cache.set(key, lexicon);
  return lexicon;
}
