import { compareQuantities } from './quantities.js';
import { compareDates } from './dates.js';
export const DEFAULT_SIMILARITY_THRESHOLD = 0.3;
export const DEFAULT_CONFLICT_THRESHOLD = 0.2;
function relate(claim, other) {
    let conflict;
    for (const a of claim.quantities) {
        for (const b of other.quantities) {
            const relation = compareQuantities(a, b);
            if (relation === 'agrees')
                return { relation, values: { here: a.text, there: b.text, compared: 'figures' } };
            if (relation === 'conflicts')
                conflict ??= [a, b];
        }
    }
    if (conflict)
        return { relation: 'conflicts', values: { here: conflict[0].text, there: conflict[1].text, compared: 'figures' } };
    // No figures to compare: the dates of the same fact must agree too.
    let dateConflict;
    for (const a of claim.dates) {
        for (const b of other.dates) {
            if (compareDates(a, b) === 'agrees')
                return { relation: 'agrees', values: { here: a.text, there: b.text, compared: 'dates' } };
            dateConflict ??= { here: a.text, there: b.text, compared: 'dates' };
        }
    }
    return dateConflict ? { relation: 'conflicts', values: dateConflict } : {};
}
const round = (x) => Math.round(x * 1000) / 1000;
export function corroborationMatches(id, claim, index, options = {}) {
    const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
    const conflictThreshold = Math.min(options.conflictThreshold ?? DEFAULT_CONFLICT_THRESHOLD, threshold);
    // Per other article, its best supporting sentence and its best conflicting one.
    const bestPerDocument = new Map();
    for (const candidate of index.candidates(id, claim, conflictThreshold)) {
        const { relation, values } = relate(claim, candidate.other.claim);
        if (relation !== 'conflicts' && candidate.score < threshold)
            continue;
        const match = {
            uri: candidate.other.id,
            range: candidate.other.claim.range,
            text: candidate.other.claim.text,
            outlet: candidate.other.outlet,
            score: round(candidate.score),
            relation: relation ?? 'related',
            ...(values ? { values } : {}),
        };
        const key = `${match.relation === 'conflicts' ? 'c' : 's'}\u0000${candidate.other.id}`;
        const previous = bestPerDocument.get(key);
        if (!previous || match.score > previous.score)
            bestPerDocument.set(key, match);
    }
    return [...bestPerDocument.values()].sort((a, b) => b.score - a.score);
}
function quote(text) {
    return `“${text}”`;
}
export function corroborationPass(id, claims, index, options = {}) {
    const annotations = [];
    for (const claim of claims) {
        const matches = corroborationMatches(id, claim, index, options);
        const supporting = matches.filter((m) => m.relation !== 'conflicts');
        const conflicting = matches.filter((m) => m.relation === 'conflicts');
        const outlets = [...new Set(supporting.map((m) => m.outlet))];
        if (supporting.length > 0) {
            annotations.push({
                kind: 'corroboration',
                code: 'corroboration/match',
                range: claim.range,
                message: `Also reported by ${outlets.length} other outlet${outlets.length === 1 ? '' : 's'}: ${outlets.join(', ')}.`,
                data: { matches: supporting, outlets },
            });
        }
        else if (conflicting.length === 0) {
            annotations.push({ kind: 'corroboration', code: 'claim/single-source', range: claim.range, message: 'No other article in the workspace reports this claim.', data: { matches: [] } });
        }
        if (conflicting.length > 0) {
            const [first] = conflicting;
            const others = conflicting.length > 1 ? ` and ${conflicting.length - 1} more` : '';
            annotations.push({
                kind: 'conflict',
                code: 'corroboration/conflict',
                range: claim.range,
                message: `${first.values.compared === 'dates' ? 'Dates' : 'Figures'} disagree: ${quote(first.values.here)} here, ${quote(first.values.there)} in ${first.outlet}${others}.`,
                data: { matches: conflicting },
            });
        }
    }
    return annotations;
}
/**
 * An unattributed claim that at least `minimumOutlets` other outlets corroborate is less of a
 * worry: its annotation is marked to be shown one severity lower.
 */
export function demoteCorroboratedClaims(annotations, corroboration, minimumOutlets = 2) {
    const outletsAt = new Map();
    for (const a of corroboration) {
        if (a.code === 'corroboration/match')
            outletsAt.set(`${a.range.start.line}:${a.range.start.character}`, a.data['outlets'].length);
    }
    return annotations.map((a) => {
        if (a.kind !== 'unattributed-claim')
            return a;
        const outlets = outletsAt.get(`${a.range.start.line}:${a.range.start.character}`) ?? 0;
        return outlets >= minimumOutlets ? { ...a, data: { ...a.data, corroboratingOutlets: outlets, demoted: true } } : a;
    });
}
//# sourceMappingURL=index.js.map