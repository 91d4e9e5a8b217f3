/**
 * The corpus index: the claims of every article in the workspace, one object, updated by
 * document id. Candidates for a claim come from postings over its rarer terms (never all
 * pairs); the score is a cosine over IDF-weighted terms, with a veto when both claims name
 * actors and share none (the same kind of event, a different real one).
 */
import type { ClaimRecord } from './claims.js';
export interface IndexedClaim {
    id: string;
    outlet: string;
    index: number;
    claim: ClaimRecord;
}
export interface ScoredCandidate {
    other: IndexedClaim;
    score: number;
}
export declare class CorpusIndex {
    private readonly documents;
    private readonly postings;
    private claimCount;
    set(id: string, outlet: string, claims: ClaimRecord[]): void;
    remove(id: string): void;
    has(id: string): boolean;
    ids(): string[];
    outlet(id: string): string | undefined;
    claims(id: string): readonly ClaimRecord[];
    /** Articles about one event share its distinctive names (places, people, organisations). */
    private sameEvent;
    private idf;
    /** Claims of other documents that state the same fact as `claim`, best first. */
    candidates(id: string, claim: ClaimRecord, threshold: number): ScoredCandidate[];
}
