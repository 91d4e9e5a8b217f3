export type GateResult = {
    article: true;
} | {
    article: false;
    reason: string;
};
export declare function isNonArticleName(baseName: string): boolean;
/** No article paragraph is this long; such a line is minified data or a dump, and would only stall the parser. */
export declare const MAX_LINE_LENGTH = 100000;
export declare function checkArticle(text: string, baseName?: string): GateResult;
