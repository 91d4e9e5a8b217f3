export type HedgeKind = 'at-most' | 'at-least' | 'below' | 'about';
export interface CorroborationLexicon {
    /** Hedges as word sequences, longest first. */
    hedges: {
        words: string[];
        kind: HedgeKind;
    }[];
    vagueAmounts: {
        words: string[];
        low: number;
        high: number;
    }[];
    numberWords: Map<string, number>;
    multipliers: Map<string, number>;
    /** A counted word (singular or plural, lower case) -> its unit group. */
    unitOf: Map<string, string>;
    /** A word -> the term its paraphrases share. */
    synonymOf: Map<string, string>;
    /** Name stems that do not identify an event on their own. */
    genericNames: Set<string>;
}
export declare function corroborationLexicon(): CorroborationLexicon;
