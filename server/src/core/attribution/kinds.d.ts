/**
 * What kind of source a phrase names: a named person or body, a group ("Ukrainian
 * officials"), a vague one ("some observers", "reports"), a pronoun to resolve, or a role
 * ("the expert") that may refer back to someone named earlier.
 */
import type { TaggedToken } from '../nlp/tagger.js';
import type { AttributionLexicon } from './lexicon.js';
export type SourceKind = 'named' | 'group' | 'vague' | 'impersonal';
export interface SourceReading {
    kind: SourceKind;
    /** A personal pronoun to resolve against earlier mentions. */
    pronoun?: 'person' | 'group';
    /** A definite role ("the expert", "the ministry") that may refer back. */
    role?: string;
    /** Reads as a person (a two-word name or a person's role) rather than a body. */
    person: boolean;
}
export declare function hasPersonName(allTokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean;
export declare function readSource(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): SourceReading;
