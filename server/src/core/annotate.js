import { parseArticle } from './article.js';
import { boilerplatePass } from './boilerplate/index.js';
import { applyRemovals, removalsForLines } from './clean.js';
import { checkArticle } from './gate/articleGate.js';
import { attributeSentences, attributionPass } from './attribution/index.js';
import { claimRecords } from './corroboration/claims.js';
export function analyze(text, options = {}) {
    const gate = checkArticle(text, options.fileName);
    // Not parsed when skipped: a large table or log saved as .txt costs nothing more.
    if (!gate.article)
        return { text, annotations: [], skipped: gate.reason, claims: [] };
    const article = parseArticle(text);
    const boilerplate = boilerplatePass(article, options);
    // Claims and sources are looked for in the article itself, never in its page furniture.
    const boilerplateLineSet = new Set(boilerplateLines(boilerplate));
    const contentBlocks = new Set(article.blocks.filter((b) => !boilerplateLineSet.has(b.line)).map((b) => b.index));
    const sentences = attributeSentences(article, contentBlocks, options.attribution);
    const annotations = sortByPosition([...boilerplate, ...attributionPass(article, sentences)]);
    return { text, article, annotations, claims: claimRecords(article, sentences) };
}
export function sortByPosition(annotations) {
    return annotations.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
/** Lines (0-based) that the annotations mark as boilerplate. */
export function boilerplateLines(annotations) {
    return annotations.filter((a) => a.kind === 'boilerplate').map((a) => a.range.start.line);
}
/** The article without its boilerplate lines; the text itself when nothing is boilerplate. */
export function cleanText(analysis) {
    const { article, text } = analysis;
    const lines = boilerplateLines(analysis.annotations);
    if (!article || lines.length === 0)
        return text;
    const cleaned = applyRemovals(text, removalsForLines(article, lines));
    // Removing the tail leaves blank lines behind; end the text as the original did.
    const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
    const endedWithBreak = /[\r\n]$/.test(text);
    const trimmed = cleaned.replace(/(?:\r\n|\r|\n|[ \t])+$/, '');
    return endedWithBreak && trimmed ? trimmed + eol : trimmed;
}
//# sourceMappingURL=annotate.js.map