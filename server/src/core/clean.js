function isBlank(article, lineIndex) {
    const line = article.lines[lineIndex];
    return line !== undefined && line.text.replace(/^\uFEFF/, '').trim() === '';
}
/** The span removed when the block on `lineIndex` goes: the line, its break and one blank separator. */
export function removalForLine(article, lineIndex) {
    const line = article.lines[lineIndex];
    // Keep a BOM at the very start of the file.
    const lineStart = lineIndex === 0 && line.text.startsWith('\uFEFF') ? line.start + 1 : line.start;
    if (line.eolLength === 0) {
        // Last line without a line break: take the break before it, and a blank line before that.
        if (lineIndex === 0)
            return { start: lineStart, end: line.end };
        const previous = article.lines[lineIndex - 1];
        let start = previous.end;
        if (isBlank(article, lineIndex - 1) && lineIndex >= 2)
            start = article.lines[lineIndex - 2].end;
        return { start, end: line.end };
    }
    let end = line.end + line.eolLength;
    const next = article.lines[lineIndex + 1];
    if (next && isBlank(article, lineIndex + 1) && (lineIndex === 0 || isBlank(article, lineIndex - 1)) && next.eolLength > 0) {
        end = next.end + next.eolLength;
    }
    return { start: lineStart, end };
}
/** Removals for several lines, merged where they touch or overlap, in document order. */
export function removalsForLines(article, lineIndexes) {
    const removals = [...new Set(lineIndexes)].sort((a, b) => a - b).map((i) => removalForLine(article, i));
    const merged = [];
    for (const r of removals) {
        const last = merged[merged.length - 1];
        if (last && r.start <= last.end)
            last.end = Math.max(last.end, r.end);
        else
            merged.push({ ...r });
    }
    return merged;
}
export function applyRemovals(text, removals) {
    let result = '';
    let cursor = 0;
    for (const r of removals) {
        result += text.slice(cursor, r.start);
        cursor = r.end;
    }
    return result + text.slice(cursor);
}
//# sourceMappingURL=clean.js.map