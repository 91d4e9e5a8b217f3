/** Enough distinct terms for the overlap ratio to mean something. */
const MIN_TERMS_TO_JUDGE = 5;
export function buildTopicModel(anchors) {
    const documentFrequency = new Map();
    const anchorSet = new Set(anchors);
    for (const f of anchors)
        for (const term of new Set(f.terms))
            documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    return {
        overlap(f) {
            const distinctTerms = new Set(f.terms);
            const own = anchorSet.has(f) ? 1 : 0;
            let shared = 0;
            for (const term of distinctTerms)
                if ((documentFrequency.get(term) ?? 0) - own > 0)
                    shared++;
            return { shared, distinct: distinctTerms.size, ratio: distinctTerms.size ? shared / distinctTerms.size : 0 };
        },
    };
}
/** A long paragraph may share a few terms by chance; off-topic needs both a low share and few shared terms. */
const MAX_SHARED_OFF_TOPIC = 3;
export function isOffTopic(topic, f) {
    const { shared, distinct, ratio } = topic.overlap(f);
    return distinct >= MIN_TERMS_TO_JUDGE && ratio < 0.15 && shared <= MAX_SHARED_OFF_TOPIC;
}
export function isOnTopic(topic, f) {
    const { shared, ratio } = topic.overlap(f);
    return shared >= 3 || (shared >= 2 && ratio >= 0.25);
}
//# sourceMappingURL=topic.js.map