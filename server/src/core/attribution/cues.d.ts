/**
 * Finds the attribution cue of one sentence and the span of its source, from POS-tagged
 * tokens. Cue words inside quotation marks do not count (they belong to the quoted speaker).
 */
import type { TaggedToken } from '../nlp/tagger.js';
import type { AttributionLexicon } from './lexicon.js';
import { type Span } from './phrases.js';
import { type QuoteSpan } from './quotes.js';
export type CueForm = 'verb' | 'inverted-verb' | 'according-to' | 'reported-by' | 'statement' | 'colon-quote' | 'citing' | 'impersonal';
export interface Cue {
    form: CueForm;
    /** Token span of the cue words. */
    cue: Span;
    /** Token span of the source, when the sentence names one. */
    source?: Span;
}
/** The subject of the clause that the token at `index` belongs to: the phrase before its verb. */
export declare function clauseSubject(tokens: readonly TaggedToken[], index: number): Span | undefined;
/**
 * The lexicon lemma of a word: the tagger's, or for words it tagged as adjectives or nouns
 * (and so did not reduce), the form with a regular ending removed ("alleged" -> "allege").
 */
export declare function cueLemma(t: TaggedToken, lexicon: AttributionLexicon): string | undefined;
export declare function findCue(tokens: readonly TaggedToken[], quotes: readonly QuoteSpan[], lexicon: AttributionLexicon): Cue | undefined;
