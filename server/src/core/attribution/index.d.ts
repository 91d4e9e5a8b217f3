/**
 * The attribution pass: for every sentence of the article's content, its source (named,
 * group, vague or impersonal) and cue, or none; and whether it is a claim. A source carries
 * over to the sentences that continue a quote, and pronouns and roles ("he", "the expert")
 * resolve to the nearest fitting source named before them.
 */
import type { Annotation } from '../annotation.js';
import type { Article } from '../article.js';
import { type TaggedToken } from '../nlp/tagger.js';
import { type CueForm } from './cues.js';
import { type SourceKind } from './kinds.js';
import { type AttributionExtensions } from './lexicon.js';
export type { SourceKind } from './kinds.js';
export type { AttributionExtensions } from './lexicon.js';
export interface SourceAttribution {
    /** The source as a reader would name it (a pronoun's antecedent, for "he said"). */
    text: string;
    kind: SourceKind;
    /** Offsets of the source words in this sentence (the pronoun, for a resolved one). */
    start: number;
    end: number;
    cue: string;
    cueStart: number;
    cueEnd: number;
    form: CueForm;
    /** Inherited from an earlier sentence (a quote that goes on) rather than found here. */
    carried: boolean;
    /** Where the named antecedent stands, when the source here is a pronoun or a role. */
    antecedent?: {
        start: number;
        end: number;
    };
}
export interface SentenceAttribution {
    blockIndex: number;
    /** The sentence's tagged tokens, for the passes that build on this one. */
    tokens: TaggedToken[];
    start: number;
    end: number;
    text: string;
    claim: boolean;
    source?: SourceAttribution;
}
export declare function attributeSentences(article: Article, contentBlocks: ReadonlySet<number>, extensions?: AttributionExtensions): SentenceAttribution[];
/** The pass's annotations: attribution for sourced sentences, vague and unattributed claims. */
export declare function attributionPass(article: Article, sentences: readonly SentenceAttribution[]): Annotation[];
