/**
 * The corroboration pass: for each claim of one article, the sentences of other articles in
 * the corpus that report the same fact, and whether their figures agree or conflict.
 */
import type { Annotation } from '../annotation.js';
import type { ClaimRecord } from './claims.js';
import type { CorpusIndex } from './corpusIndex.js';
export interface CorroborationOptions {
    /** Lowest similarity at which two claims count as the same fact. */
    threshold?: number;
    /** Lowest similarity at which claims whose figures disagree count as a conflict. */
    conflictThreshold?: number;
}
export declare const DEFAULT_SIMILARITY_THRESHOLD = 0.3;
export declare const DEFAULT_CONFLICT_THRESHOLD = 0.2;
export type MatchRelation = 'agrees' | 'conflicts' | 'related';
export interface CorroborationMatch {
    uri: string;
    range: ClaimRecord['range'];
    text: string;
    outlet: string;
    score: number;
    relation: MatchRelation;
    /** What was compared, figures or dates: this claim's and the other's, as written. */
    values?: Compared;
}
export interface Compared {
    here: string;
    there: string;
    compared: 'figures' | 'dates';
}
export declare function corroborationMatches(id: string, claim: ClaimRecord, index: CorpusIndex, options?: CorroborationOptions): CorroborationMatch[];
export declare function corroborationPass(id: string, claims: readonly ClaimRecord[], index: CorpusIndex, options?: CorroborationOptions): Annotation[];
/**
 * An unattributed claim that at least `minimumOutlets` other outlets corroborate is less of a
 * worry: its annotation is marked to be shown one severity lower.
 */
export declare function demoteCorroboratedClaims(annotations: readonly Annotation[], corroboration: readonly Annotation[], minimumOutlets?: number): Annotation[];
