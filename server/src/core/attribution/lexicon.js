/** The attribution lexicons (data in lexicons/attribution.json plus a user's extra entries), as sets. */
import data from './lexicons/attribution.json' with { type: 'json' };
const lower = (words) => new Set(words.map((w) => w.toLowerCase()));
const cache = new Map();
export function attributionLexicon(extra = {}) {
    const key = JSON.stringify(extra);
    const cached = cache.get(key);
    if (cached)
        return cached;
    const lexicon = {
        speech: lower([...data.speech, ...(extra.speech ?? [])]),
        clausal: lower([...data.clausal, ...(extra.clausal ?? [])]),
        impersonal: lower(data.impersonal),
        vagueHeads: lower([...data.vagueHeads, ...(extra.vagueHeads ?? [])]),
        vagueDeterminers: lower(data.vagueDeterminers),
        groupHeads: lower([...data.groupHeads, ...(extra.groupHeads ?? [])]),
        roles: lower(data.roles),
        personRoles: lower(data.personRoles),
        organisations: lower(data.organisations),
        // Longest first, as word sequences.
        statementPhrases: [...data.statementPhrases].sort((a, b) => b.length - a.length).map((p) => p.toLowerCase().split(' ')),
        negators: lower(data.negators),
        personPronouns: lower(data.pronouns.person),
        groupPronouns: lower(data.pronouns.group),
    };
    if (cache.size > 16)
        cache.clear();
    cache.set(key, lexicon);
    return lexicon;
}
//# sourceMappingURL=lexicon.js.map