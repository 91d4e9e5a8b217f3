/**
 * Decides, block by block, what is not the article. Three layers of evidence, weakest last:
 *
 * 1. the line on its own: its shape (a bare address, a timestamp, "Agency -") and lexicon hits
 *    that are decisive because the line is not running prose, or speaks to the reader, or is
 *    off the article's topic;
 * 2. position: what comes before the headline, and the tail after the last article paragraph;
 * 3. context: a marker such as "Read next" or "Comments" opens a region that runs over the
 *    teasers and comments below it until the article visibly resumes (two article-like
 *    paragraphs in a row), as jusText and boilerpipe let neighbours decide doubtful blocks.
 *
 * "Article-like" means running prose, in the publication's neutral voice, on the topic of
 * the article's opening paragraphs.
 */
import type { Article } from '../article.js';
import type { BoilerplateCategory } from './categories.js';
import { type LexiconExtensions } from './lexicon.js';
export interface BoilerplateVerdict {
    /** Index into article.blocks. */
    blockIndex: number;
    category: BoilerplateCategory;
    /** Why, in a few words, for hovers and for debugging the classifier. */
    reason: string;
}
export interface BoilerplateOptions {
    lexicon?: LexiconExtensions;
    /** How many other files of the corpus hold this normalised line (templates repeat). */
    repeatedElsewhere?: (normalisedLine: string) => number;
}
export declare function classifyBoilerplate(article: Article, options?: BoilerplateOptions): BoilerplateVerdict[];
