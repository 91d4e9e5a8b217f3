export type Pos = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';
export interface TaggedToken {
    text: string;
    /** Lower case. */
    lower: string;
    lemma: string;
    pos: Pos;
    start: number;
    end: number;
    /** White space stands right before the token. */
    spaceBefore: boolean;
}
/** Tags `text`, which starts at `offset` in the article. */
export declare function tag(text: string, offset?: number): TaggedToken[];
