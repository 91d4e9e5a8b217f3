/**
 * The subject of a verb of speech or stance that the phrase found before the verb buries: "was
 * the best friend Donald J. Trump always hoped to have", "invoked the famous story John F.
 * Kennedy told", "From the outset President Nixon suspected…", "about the arrests and Bratton
 * declined…". The phrase does not open its clause — a verb, a copula or a preposition stands
 * before it — so its head noun is what the clause is about (a story told, a friend hoped for)
 * or a word of the clause before, and the one who speaks is the name at its end, or what
 * follows its "and".
 */
import type { TaggedToken } from '../nlp/tagger.js';
import type { Cue } from './cues.js';
import { opensItsClause } from './cues.js';
import { MONTH } from './figures.js';
import type { AttributionLexicon } from './lexicon.js';
import { isCapitalisedName, type Span, WEEKDAY } from './phrases.js';

/** What may stand before a phrase that is no subject of its own: a verb, a copula, a preposition, "not". */
function buried(tokens: readonly TaggedToken[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || opensItsClause(tokens, first)) return false;
  return before.pos === 'VERB' || before.pos === 'AUX' || before.pos === 'ADP' || before.pos === 'PART';
}

/** Names one who can speak: a capitalised name, or a role word ("coach Sean Payton"). */
function namesSpeaker(tokens: readonly TaggedToken[], from: number, last: number, lexicon: AttributionLexicon): boolean {
  return tokens.slice(from, last + 1).some((t) => isCapitalisedName(t) || lexicon.personRoles.has(t.lower) || lexicon.groupHeads.has(t.lower));
}

/**
 * Where the speaker starts inside `source`, when the phrase buries them: after its "and", when
 * what comes before names no one ("the weekend and coach Sean Payton said"); or at a name that
 * runs to the phrase's end right after a common noun ("the famous story John F. Kennedy").
 */
function speakerStart(tokens: readonly TaggedToken[], source: Span, lexicon: AttributionLexicon): number | undefined {
  for (let k = source.first + 1; k < source.last; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    if (!namesSpeaker(tokens, source.first, k - 1, lexicon) && namesSpeaker(tokens, k + 1, source.last, lexicon)) return k + 1;
    return undefined;
  }
  // (A capitalised title opens a name too, whatever its tag: "President Nixon".)
  const nameWord = (t: TaggedToken) => isCapitalisedName(t) || (/^\p{Lu}/u.test(t.text) && lexicon.personRoles.has(t.lower));
  for (let k = source.first + 1; k <= source.last; k++) {
    const before = tokens[k - 1]!;
    if (!nameWord(tokens[k]!) || before.pos !== 'NOUN' || /^\p{Lu}/u.test(before.text)) continue;
    // (A title before a name is the name's: "former senator Bob Kerrey", "Republican contender
    // Donald Trump", "rooftop sniper Andrew Lopez" — a singular noun with no determiner before
    // the phrase. A thing counted or pointed to is what the clause is about: "the famous story",
    // "a Bloomberg interview", "controversial columns Bradley wrote".)
    if (lexicon.personRoles.has(before.lower)) return undefined;
    const opener = tokens[source.first]!;
    const determined = opener.pos === 'DET' || opener.pos === 'NUM' || (opener.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/.test(opener.lower));
    if (!determined && before.lower === before.lemma) return undefined;
    const rest = tokens.slice(k, source.last + 1);
    // (Not a day or a month: "issued a statement Tuesday saying…".)
    if (rest.some((t) => WEEKDAY.test(t.lower) || MONTH.test(t.lower))) return undefined;
    // (The name with its possessive and what it owns: "the ones Trump's campaign".)
    if (rest.every((t) => nameWord(t) || t.text === '.' || /^['’]s?$/.test(t.text) || (t.pos === 'NOUN' && rest.some((x) => /^['’]s?$/.test(x.text))))) return k;
    return undefined;
  }
  return undefined;
}

/** The cue with its source narrowed to the speaker a buried phrase holds; the cue as found otherwise. */
export function unburySubject(tokens: readonly TaggedToken[], cue: Cue, lexicon: AttributionLexicon): Cue {
  const source = cue.source;
  // (Only a subject before its verb: "according to the senator Bernie Sanders" keeps its title.)
  if (!source || source.last >= cue.cue.first || !buried(tokens, source.first)) return cue;
  const start = speakerStart(tokens, source, lexicon);
  return start === undefined ? cue : { ...cue, source: { first: start, last: source.last } };
}
