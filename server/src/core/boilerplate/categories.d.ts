/** The boilerplate categories a line can be labelled with, and how users read them. */
export declare const BOILERPLATE_CATEGORIES: readonly [{
    readonly id: "comments";
    readonly label: "comment section or comment policy";
}, {
    readonly id: "advertisement";
    readonly label: "advertisement or promotion";
}, {
    readonly id: "author-bio";
    readonly label: "author byline or biography";
}, {
    readonly id: "related";
    readonly label: "related or read-next links";
}, {
    readonly id: "share";
    readonly label: "share or social-media prompt";
}, {
    readonly id: "copyright";
    readonly label: "copyright or rights notice";
}, {
    readonly id: "source-link";
    readonly label: "source or link line";
}, {
    readonly id: "timestamp";
    readonly label: "timestamp";
}, {
    readonly id: "wire-credit";
    readonly label: "dateline or wire-service credit";
}, {
    readonly id: "caption";
    readonly label: "photo caption or credit";
}, {
    readonly id: "subscription";
    readonly label: "subscription, newsletter or cookie notice";
}, {
    readonly id: "navigation";
    readonly label: "navigation or site furniture";
}];
export type BoilerplateCategory = (typeof BOILERPLATE_CATEGORIES)[number]['id'];
export declare function categoryLabel(category: BoilerplateCategory): string;
export declare function isBoilerplateCategory(value: string): value is BoilerplateCategory;
