/** Two articles about the same event share at least this many distinctive names… */
const SAME_EVENT_SHARED_NAMES = 2;
/** …or this share of the smaller article's names. */
const SAME_EVENT_OVERLAP = 0.3;
/** Across events (the same kind of event, a different real one), only near-identical claims link. */
const CROSS_EVENT_THRESHOLD = 0.6;
const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
/**
 * Two claims that count the same thing (both give a number of troops, of ships) are much more
 * likely to state the same fact than their shared words alone say.
 */
const SAME_COUNT_BONUS = 0.15;
/** Terms held by more than this share of all claims say little about which fact a claim states. */
const COMMON_TERM_SHARE = 0.3;
export class CorpusIndex {
    documents = new Map();
    postings = new Map();
    claimCount = 0;
    set(id, outlet, claims) {
        this.remove(id);
        this.documents.set(id, { outlet, claims, names: new Set(claims.flatMap((c) => c.entities)) });
        claims.forEach((claim, index) => {
            const key = `${index}\u0000${id}`;
            for (const term of claim.terms) {
                let holders = this.postings.get(term);
                if (!holders)
                    this.postings.set(term, (holders = new Set()));
                holders.add(key);
            }
        });
        this.claimCount += claims.length;
    }
    remove(id) {
        const document = this.documents.get(id);
        if (!document)
            return;
        document.claims.forEach((claim, index) => {
            const key = `${index}\u0000${id}`;
            for (const term of claim.terms) {
                const holders = this.postings.get(term);
                holders?.delete(key);
                if (holders?.size === 0)
                    this.postings.delete(term);
            }
        });
        this.claimCount -= document.claims.length;
        this.documents.delete(id);
    }
    has(id) {
        return this.documents.has(id);
    }
    ids() {
        return [...this.documents.keys()];
    }
    outlet(id) {
        return this.documents.get(id)?.outlet;
    }
    claims(id) {
        return this.documents.get(id)?.claims ?? [];
    }
    /** Articles about one event share its distinctive names (places, people, organisations). */
    sameEvent(a, b) {
        let shared = 0;
        for (const name of a.names)
            if (b.names.has(name))
                shared++;
        const smaller = Math.min(a.names.size, b.names.size);
        return shared >= SAME_EVENT_SHARED_NAMES || (smaller > 0 && shared / smaller >= SAME_EVENT_OVERLAP);
    }
    idf(term) {
        const df = this.postings.get(term)?.size ?? 0;
        return Math.log(1 + (this.claimCount + 1) / (df + 1));
    }
    /** Claims of other documents that state the same fact as `claim`, best first. */
    candidates(id, claim, threshold) {
        const common = Math.max(3, this.claimCount * COMMON_TERM_SHARE);
        const seen = new Set();
        for (const term of claim.terms) {
            const holders = this.postings.get(term);
            if (!holders || holders.size > common)
                continue;
            for (const key of holders)
                if (!key.endsWith(`\u0000${id}`))
                    seen.add(key);
        }
        const weight = (terms) => Math.sqrt(terms.reduce((sum, t) => sum + this.idf(t), 0));
        const own = this.documents.get(id);
        const ownDays = weekdays(claim.text);
        const ownWeight = weight(claim.terms);
        const ownTerms = new Set(claim.terms);
        const results = [];
        for (const key of seen) {
            const separator = key.indexOf('\u0000');
            const otherId = key.slice(separator + 1);
            const index = Number(key.slice(0, separator));
            const document = this.documents.get(otherId);
            const other = document?.claims[index];
            if (!document || !other)
                continue;
            const sharesName = other.entities.some((e) => claim.entities.includes(e));
            // Claims that both name actors must share one (the same kind of event, other actors).
            if (claim.entities.length > 0 && other.entities.length > 0 && !sharesName)
                continue;
            const sameEvent = own !== undefined && this.sameEvent(own, document);
            // Different days for the same kind of happening: different events ("resume on Wednesday" / "on Thursday").
            const otherDays = weekdays(other.text);
            if (ownDays.size > 0 && otherDays.size > 0 && ![...ownDays].some((d) => otherDays.has(d)))
                continue;
            let shared = 0;
            for (const t of other.terms)
                if (ownTerms.has(t))
                    shared += this.idf(t);
            const sameCount = claim.quantities.some((q) => q.unit !== undefined && other.quantities.some((o) => o.unit === q.unit));
            const score = (ownWeight && shared ? shared / (ownWeight * weight(other.terms)) : 0) + (sameCount ? SAME_COUNT_BONUS : 0);
            const needed = sameEvent ? threshold : Math.max(threshold, CROSS_EVENT_THRESHOLD);
            if (score >= needed && (sameEvent || sharesName))
                results.push({ other: { id: otherId, outlet: document.outlet, index, claim: other }, score });
        }
        return results.sort((a, b) => b.score - a.score);
    }
}
function weekdays(text) {
    return new Set((text.match(WEEKDAYS) ?? []).map((d) => d.toLowerCase()));
}
//# sourceMappingURL=corpusIndex.js.map