/** The boilerplate categories a line can be labelled with, and how users read them. */
export const BOILERPLATE_CATEGORIES = [
    { id: 'comments', label: 'comment section or comment policy' },
    { id: 'advertisement', label: 'advertisement or promotion' },
    { id: 'author-bio', label: 'author byline or biography' },
    { id: 'related', label: 'related or read-next links' },
    { id: 'share', label: 'share or social-media prompt' },
    { id: 'copyright', label: 'copyright or rights notice' },
    { id: 'source-link', label: 'source or link line' },
    { id: 'timestamp', label: 'timestamp' },
    { id: 'wire-credit', label: 'dateline or wire-service credit' },
    { id: 'caption', label: 'photo caption or credit' },
    { id: 'subscription', label: 'subscription, newsletter or cookie notice' },
    { id: 'navigation', label: 'navigation or site furniture' },
];
const LABELS = new Map(BOILERPLATE_CATEGORIES.map((c) => [c.id, c.label]));
export function categoryLabel(category) {
    return LABELS.get(category) ?? category;
}
export function isBoilerplateCategory(value) {
    return LABELS.has(value);
}
//# sourceMappingURL=categories.js.map