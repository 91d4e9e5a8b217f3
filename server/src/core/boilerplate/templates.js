/**
 * Cross-document repetition: a normalised line that many files of the corpus share is site
 * template ("Sign up for our newsletter"), not article text (CCNet, trafilatura).
 * One object for the corpus, updated by document id.
 */
import { splitLines } from '../article.js';
import { normaliseLine } from '../text.js';
export class TemplateLines {
    holders = new Map();
    linesOf = new Map();
    set(id, text) {
        this.remove(id);
        const lines = new Set();
        for (const line of splitLines(text)) {
            const normalised = normaliseLine(line.text);
            if (normalised)
                lines.add(normalised);
        }
        this.linesOf.set(id, lines);
        for (const line of lines) {
            let ids = this.holders.get(line);
            if (!ids)
                this.holders.set(line, (ids = new Set()));
            ids.add(id);
        }
    }
    remove(id) {
        const lines = this.linesOf.get(id);
        if (!lines)
            return;
        for (const line of lines) {
            const ids = this.holders.get(line);
            ids?.delete(id);
            if (ids?.size === 0)
                this.holders.delete(line);
        }
        this.linesOf.delete(id);
    }
    /** How many files other than `id` hold the line. */
    countElsewhere(normalisedLine, id) {
        const ids = this.holders.get(normalisedLine);
        if (!ids)
            return 0;
        return ids.size - (ids.has(id) ? 1 : 0);
    }
    /** A lookup bound to one document, as the classifier takes it. */
    lookupFor(id) {
        return (line) => this.countElsewhere(line, id);
    }
}
//# sourceMappingURL=templates.js.map