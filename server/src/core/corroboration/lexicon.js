/** The corroboration lexicons (data in lexicons/corroboration.json) as lookups. */
import data from './lexicons/corroboration.json' with { type: 'json' };
let lexicon;
const words = (phrase) => phrase.toLowerCase().split(' ');
const byLength = (a, b) => b.words.length - a.words.length;
export function corroborationLexicon() {
    if (lexicon)
        return lexicon;
    const unitOf = new Map();
    for (const [unit, members] of Object.entries(data.units)) {
        for (const member of members) {
            unitOf.set(member, unit);
            unitOf.set(member + 's', unit);
        }
        unitOf.set(unit, unit);
    }
    const synonymOf = new Map();
    for (const [term, members] of Object.entries(data.synonyms))
        for (const member of members)
            synonymOf.set(member, term);
    lexicon = {
        hedges: Object.entries(data.hedges).map(([phrase, kind]) => ({ words: words(phrase), kind: kind })).sort(byLength),
        vagueAmounts: Object.entries(data.vagueAmounts).map(([phrase, [low, high]]) => ({ words: words(phrase), low: low, high: high })).sort(byLength),
        numberWords: new Map(Object.entries(data.numberWords)),
        multipliers: new Map(Object.entries(data.multipliers)),
        unitOf,
        synonymOf,
        genericNames: new Set(data.genericNames),
    };
    return lexicon;
}
//# sourceMappingURL=lexicon.js.map