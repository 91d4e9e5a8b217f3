export declare class TemplateLines {
    private readonly holders;
    private readonly linesOf;
    set(id: string, text: string): void;
    remove(id: string): void;
    /** How many files other than `id` hold the line. */
    countElsewhere(normalisedLine: string, id: string): number;
    /** A lookup bound to one document, as the classifier takes it. */
    lookupFor(id: string): (normalisedLine: string) => number;
}
