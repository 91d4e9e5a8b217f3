const keyOf = (uri, range) => `${uri}#${range.start.line}:${range.start.character}`;
export function buildReport(results) {
    const claims = new Map();
    const links = new Map();
    const add = (ref) => {
        const k = keyOf(ref.uri, ref.range);
        if (!claims.has(k))
            claims.set(k, ref);
        return k;
    };
    for (const result of results) {
        for (const a of result.annotations) {
            if (a.kind !== 'corroboration' && a.kind !== 'conflict')
                continue;
            const matches = a.data['matches'];
            if (matches.length === 0)
                continue;
            const claim = result.analysis.claims.find((c) => c.range.start.line === a.range.start.line && c.range.start.character === a.range.start.character);
            const here = add({ uri: result.id, range: a.range, text: claim?.text ?? '', outlet: result.outlet });
            if (!links.has(here))
                links.set(here, new Map());
            for (const m of matches)
                links.get(here).set(add({ uri: m.uri, range: m.range, text: m.text, outlet: m.outlet }), m);
        }
    }
    const outlets = [...new Set(results.map((r) => r.outlet))].sort((a, b) => a.localeCompare(b));
    // Rows are stars, not chains: the claim that links the most others heads a row with its direct
    // matches, which no later row repeats. Chaining would merge related but different facts.
    const covered = new Set();
    const order = [...links.keys()].sort((a, b) => links.get(b).size - links.get(a).size || a.localeCompare(b));
    const rows = [];
    for (const head of order) {
        if (covered.has(head))
            continue;
        const ref = claims.get(head);
        const cells = {};
        for (const outlet of outlets)
            cells[outlet] = { status: 'not-reported' };
        cells[ref.outlet] = { status: 'reports', uri: ref.uri, range: ref.range, text: ref.text };
        covered.add(head);
        // The head's own links, and the claims that link to the head (links are kept per article, so
        // they are not always symmetric); per outlet the better-scoring sentence fills the cell.
        const members = new Map(links.get(head));
        for (const [k, outgoing] of links) {
            const back = outgoing.get(head);
            if (back && (!members.has(k) || back.score > members.get(k).score))
                members.set(k, { ...back, uri: claims.get(k).uri, range: claims.get(k).range, text: claims.get(k).text, outlet: claims.get(k).outlet });
        }
        const best = new Map();
        for (const [k, match] of members) {
            const outlet = claims.get(k).outlet;
            const current = best.get(outlet);
            if (!current || (match.relation === 'conflicts' && current[1].relation !== 'conflicts') || (match.relation === current[1].relation && match.score > current[1].score))
                best.set(outlet, [k, match]);
        }
        for (const k of members.keys())
            covered.add(k);
        for (const [k, match] of best.values()) {
            const member = claims.get(k);
            if (member.outlet === ref.outlet)
                continue;
            const conflict = match.relation === 'conflicts';
            cells[member.outlet] = {
                status: conflict ? 'conflicts' : 'agrees',
                uri: member.uri,
                range: member.range,
                text: member.text,
                ...(conflict && match.values ? { values: { here: match.values.here, there: match.values.there } } : {}),
            };
        }
        rows.push({ claim: ref.text, uri: ref.uri, range: ref.range, outlet: ref.outlet, cells });
    }
    const reported = (row) => Object.values(row.cells).filter((c) => c.status !== 'not-reported').length;
    rows.sort((a, b) => reported(b) - reported(a) || a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line);
    return { outlets, rows };
}
//# sourceMappingURL=report.js.map