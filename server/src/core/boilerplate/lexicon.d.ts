import { type BoilerplateCategory } from './categories.js';
export interface CategoryEntries {
    markers?: string[];
    prefixes?: string[];
    sentences?: string[];
    phrases?: string[];
    words?: string[];
    titles?: string[];
    namePrefixes?: string[];
}
/** Extra lexicon entries from settings, by category. */
export type LexiconExtensions = Partial<Record<string, CategoryEntries>>;
export interface CategoryMatcher {
    category: BoilerplateCategory;
    markers: Set<string>;
    prefix: RegExp | undefined;
    sentence: RegExp | undefined;
    phrase: RegExp | undefined;
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
}
export declare function boilerplateLexicon(extensions?: LexiconExtensions): BoilerplateLexicon;
