export interface AttributionExtensions {
    speech?: string[];
    clausal?: string[];
    vagueHeads?: string[];
    groupHeads?: string[];
}
export interface AttributionLexicon {
    speech: Set<string>;
    clausal: Set<string>;
    impersonal: Set<string>;
    vagueHeads: Set<string>;
    vagueDeterminers: Set<string>;
    groupHeads: Set<string>;
    roles: Set<string>;
    personRoles: Set<string>;
    organisations: Set<string>;
    statementPhrases: string[][];
    negators: Set<string>;
    personPronouns: Set<string>;
    groupPronouns: Set<string>;
}
export declare function attributionLexicon(extra?: AttributionExtensions): AttributionLexicon;
