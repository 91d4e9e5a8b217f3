import { corroborationLexicon } from './lexicon.js';
import { findQuantities } from './quantities.js';
import { findDates } from './dates.js';
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'tell', 'report', 'add', 'accord', 'cite', 'make', 'get', 'go', 'come', 'take']);
/**
 * Names and their adjectives fold together: "Korean" and "Korea", "Russian" and "Russia",
 * "Ukrainian" and "Ukraine" all keep the same stem.
 */
export function nameStem(word) {
    const plain = word.toLowerCase().replace(/['’]s$/, '');
    const stem = plain.replace(/(?:ians?|eans?|ans?|ese|ia|ea|a|e)$/, '');
    return stem.length >= 3 ? stem : plain;
}
function termOf(t) {
    const synonyms = corroborationLexicon().synonymOf;
    const synonym = synonyms.get(t.lower) ?? synonyms.get(t.lemma);
    if (synonym)
        return synonym;
    if (/^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'ADJ'))
        return nameStem(t.text);
    return t.lemma.replace(/['’]s$/, '');
}
export function claimTerms(tokens, source) {
    const inSource = (t) => source !== undefined && ((t.start >= source.start && t.end <= source.end) || (t.start >= source.cueStart && t.end <= source.cueEnd));
    const terms = new Set();
    const entities = new Set();
    for (const t of tokens) {
        // Only names that can tell one event from another: not weekdays, months or "Port". Names
        // in the source count too: who speaks is part of which event this is.
        if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !corroborationLexicon().genericNames.has(t.lower))
            entities.add(nameStem(t.text));
        if (!CONTENT.has(t.pos) || inSource(t) || t.text.length < 2 || LIGHT_VERBS.has(t.lemma) || !/\p{L}/u.test(t.text))
            continue;
        terms.add(termOf(t));
    }
    return { terms: [...terms], entities: [...entities] };
}
export function claimRecords(article, sentences) {
    const records = [];
    for (const sentence of sentences) {
        if (!sentence.claim)
            continue;
        const { terms, entities } = claimTerms(sentence.tokens, sentence.source);
        records.push({
            start: sentence.start,
            end: sentence.end,
            range: article.rangeOf(sentence.start, sentence.end),
            text: sentence.text,
            terms,
            entities,
            quantities: findQuantities(sentence.tokens, article.text),
            dates: findDates(sentence.text),
            ...(sentence.source ? { source: sentence.source.text } : {}),
        });
    }
    return records;
}
//# sourceMappingURL=claims.js.map