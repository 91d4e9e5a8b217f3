/**
 * Plain-text features of one block, the evidence the classifier weighs: length, stopword
 * share, sentence shape, capitalisation, digits, addresses, site voice and lexicon hits.
 */
import { type Block } from '../article.js';
import type { BoilerplateCategory } from './categories.js';
import type { BoilerplateLexicon } from './lexicon.js';
export interface BlockFeatures {
    block: Block;
    text: string;
    normalised: string;
    wordCount: number;
    stopwordRatio: number;
    capitalisedRatio: number;
    digitRatio: number;
    /** Ends like a sentence (., !, ?, … possibly followed by a closing quote or bracket). */
    terminal: boolean;
    isQuestion: boolean;
    startsLikeSentence: boolean;
    /** First- and second-person words outside quotation marks: the site speaking to readers. */
    siteVoice: number;
    hasUrl: boolean;
    urlOnly: boolean;
    hasContact: boolean;
    hasMoney: boolean;
    timestampOnly: boolean;
    dashCredit: boolean;
    breadcrumb: boolean;
    /** Starts with "By", "Words by"… followed by a capitalised name. */
    byline: boolean;
    /** Two to four capitalised words and nothing else: a person's name or a title. */
    nameLike: boolean;
    /** Stemmed content words (no stopwords, three letters or more). */
    terms: string[];
    /** Category whose marker this whole line is ("Read next", "Comments (3)"). */
    marker: BoilerplateCategory | undefined;
    /** Category whose prefix starts the line ("Source:", "Read more:"). */
    prefix: BoilerplateCategory | undefined;
    /** Category of a phrase that decides even inside a sentence ("contributed to this report"). */
    sentence: BoilerplateCategory | undefined;
    /** Categories with a phrase in the line, in lexicon order. */
    phrases: BoilerplateCategory[];
    /** For each category, the share of the line's words that are its weak words. */
    wordShare: Map<BoilerplateCategory, number>;
    /** Mentions a job title such as "editor" or "correspondent". */
    hasTitle: boolean;
}
export declare function blockFeatures(block: Block, lexicon: BoilerplateLexicon): BlockFeatures;
/** Prose: a sentence-shaped line with enough function words to be running text ("He denied wrongdoing." counts). */
export declare function isProse(f: BlockFeatures): boolean;
/** Reads like a sentence even without its full stop: a headline's standfirst, a long subheading. */
export declare function isSentenceLike(f: BlockFeatures): boolean;
