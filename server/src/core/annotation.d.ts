/**
 * The one shape every pass produces and every surface (LSP, CLI, report) consumes.
 * Ranges are LSP ranges: 0-based line and UTF-16 character, end exclusive.
 */
export interface Position {
    line: number;
    character: number;
}
export interface Range {
    start: Position;
    end: Position;
}
export type AnnotationKind = 'boilerplate' | 'attribution' | 'unattributed-claim' | 'vague-attribution' | 'corroboration' | 'conflict';
export interface Annotation {
    kind: AnnotationKind;
    /** Stable rule id from the rule registry, e.g. `boilerplate/comments`. */
    code: string;
    range: Range;
    /** One plain sentence a user understands. */
    message: string;
    /** Kind-specific details; see DESIGN.md. */
    data: Record<string, unknown>;
}
