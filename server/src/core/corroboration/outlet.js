function fromRights(line) {
    const match = /(?:©|\(c\)|copyright)\s*(?:\(?\d{4}\)?[\s,.-]*)?(?:the\s+)?([\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,5})/iu.exec(line);
    const name = match?.[1]?.replace(/\s+(?:All|Ltd|Inc|Limited|Powered)\b.*$/, '').replace(/[.,]+$/, '').trim();
    return name && !/^(?:All|Rights|Copyright)$/i.test(name) ? name : undefined;
}
function fromByline(line) {
    return /\b(?:editor|reporter|correspondent|writer|columnist)\s+(?:of|at|for)\s+((?:The\s+)?[\p{Lu}][\p{L}&'’-]*(?:\s+[\p{Lu}][\p{L}&'’-]*){0,4})/iu.exec(line)?.[1];
}
function fromWireCredit(line) {
    return /^([\p{Lu}][\p{L}.&'’ ]{1,40}?)\s*[-–—]+\s*$/u.exec(line)?.[1] ?? /\(([\p{Lu}][\p{L}.&' ]{1,30})\)\s*[-–—]/u.exec(line)?.[1];
}
function fromAddress(line) {
    const host = /https?:\/\/(?:www\.)?([^/\s]+)/i.exec(line)?.[1];
    return host;
}
export function outletOf(analysis, fileName) {
    const article = analysis.article;
    if (article) {
        const lineText = (line) => article.lines[line]?.text.trim() ?? '';
        const byCategory = (category) => analysis.annotations.filter((a) => a.kind === 'boilerplate' && a.data['category'] === category).map((a) => lineText(a.range.start.line));
        for (const [category, read] of [
            ['copyright', fromRights],
            ['author-bio', fromByline],
            ['wire-credit', fromWireCredit],
            ['source-link', fromAddress],
        ]) {
            for (const line of byCategory(category)) {
                const name = read(line);
                if (name)
                    return name;
            }
        }
        // A dateline in the first paragraph: "BRENNICK, Estavia (Meridian) - …".
        const first = article.blocks[0]?.text ?? '';
        const dateline = /^[\p{Lu}][\p{Lu}\s,.'-]{2,40}\(([\p{Lu}][\p{L}.&' ]{1,30})\)\s*[-–—]/u.exec(first)?.[1];
        if (dateline)
            return dateline;
    }
    return fileName.replace(/\.txt$/i, '');
}
//# sourceMappingURL=outlet.js.map