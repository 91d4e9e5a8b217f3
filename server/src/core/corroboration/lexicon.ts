/** The corroboration lexicons (data in lexicons/corroboration.json) as lookups. */
import data from './lexicons/corroboration.json' with { type: 'json' };
import { byFirstWord } from '../wordSequences.js';

export type HedgeKind = 'at-most' | 'at-least' | 'below' | 'about';

export interface VagueAmount {
  words: string[];
  low: number;
  high: number;
}

export interface CorroborationLexicon {
  /** Hedges as word sequences, longest first. */
  hedges: { words: string[]; kind: HedgeKind }[];
  /** The vague amounts ("tens of thousands") grouped by first word, longest first within each. */
  vagueAmountsByFirstWord: ReadonlyMap<string, readonly VagueAmount[]>;
  numberWords: Map<string, number>;
  /** First words of the number words of more than one word ("twenty" of "twenty five"). */
  numberWordStarts: Set<string>;
  multipliers: Map<string, number>;
  /** A counted word (singular or plural, lower case) -> its unit group. */
  unitOf: Map<string, string>;
  /** A word -> the term its paraphrases share. */
  synonymOf: Map<string, string>;
  /** The synonym terms that say what happened (a predicate), not who or what. */
  predicates: Set<string>;
  /** Idioms stating a predicate in several words, as lemmas, grouped by first lemma, longest first. */
  predicatePhrasesByFirstWord: ReadonlyMap<string, readonly { words: string[]; predicate: string }[]>;
  /** Name stems that do not identify an event on their own. */
  genericNames: Set<string>;
  /** Units of figures that measure something the clause names (a share, an amount of money). */
  measureUnits: Set<string>;
  /** A word (lemma) -> the time frame it sets ("quarterly" -> quarter, "forecast" -> forecast). */
  timeFrames: Map<string, string>;
  /** Ordinal words that narrow a frame: "first quarter". */
  ordinals: Map<string, string>;
  /** Words that start a new clause. */
  clauseBreaks: Set<string>;
  /** Words that say nothing about what a figure counts. */
  frameIgnore: Set<string>;
  /** Units that count spans of time: figures that may agree but never conflict. */
  durationUnits: Set<string>;
  /** What a player or a team counts in a game or a season: figures that conflict only between near paraphrases. */
  statisticUnits: Set<string>;
  /** Words before a count that make it a part of a whole ("first", "remaining"). */
  partWords: Set<string>;
  /** A verb (lemma or synonym term) -> what it says happened to what is counted (killed, injured). */
  outcomes: Map<string, string>;
  /** A news agency's name as credits and attributions write it (lower case) -> the short name shown ("agence france-presse" -> "AFP"). */
  agencyOf: Map<string, string>;
  /** Words for a news organisation that stand beside its name in an attribution ("news agency"), longest first. */
  mediaNouns: string[];
}

let lexicon: CorroborationLexicon | undefined;

const words = (phrase: string) => phrase.toLowerCase().split(' ');
const byLength = <T extends { words: string[] }>(a: T, b: T) => b.words.length - a.words.length;

export function corroborationLexicon(): CorroborationLexicon {
  if (lexicon) return lexicon;
  const unitOf = new Map<string, string>();
  for (const [unit, members] of Object.entries(data.units)) {
    for (const member of members) {
      unitOf.set(member, unit);
      unitOf.set(member + 's', unit);
    }
    unitOf.set(unit, unit);
  }
  const synonymOf = new Map<string, string>();
  for (const [term, members] of Object.entries(data.synonyms)) for (const member of members) synonymOf.set(member, term);
  const vagueAmounts = Object.entries(data.vagueAmounts)
    .map(([phrase, [low, high]]) => ({ words: words(phrase), low: low!, high: high! }))
    .sort(byLength);
  const numberWords = new Map(Object.entries(data.numberWords));
  lexicon = {
    hedges: Object.entries(data.hedges)
      .map(([phrase, kind]) => ({ words: words(phrase), kind: kind as HedgeKind }))
      .sort(byLength),
    vagueAmountsByFirstWord: byFirstWord(vagueAmounts, (amount) => amount.words),
    numberWords,
    numberWordStarts: new Set([...numberWords.keys()].filter((key) => key.includes(' ')).map((key) => key.slice(0, key.indexOf(' ')))),
    multipliers: new Map(Object.entries(data.multipliers)),
    unitOf,
    synonymOf,
    predicates: new Set(data.predicates),
    predicatePhrasesByFirstWord: byFirstWord(
      Object.entries(data.predicatePhrases)
        .flatMap(([predicate, phrases]) => phrases.map((phrase) => ({ words: words(phrase), predicate })))
        .sort(byLength),
      (phrase) => phrase.words,
    ),
    genericNames: new Set(data.genericNames),
    measureUnits: new Set(data.measureUnits),
    timeFrames: new Map(Object.entries(data.timeFrames)),
    ordinals: new Map(Object.entries(data.ordinals)),
    clauseBreaks: new Set(data.clauseBreaks),
    frameIgnore: new Set(data.frameIgnore),
    durationUnits: new Set(data.durationUnits),
    statisticUnits: new Set(data.statisticUnits),
    partWords: new Set(data.partWords),
    outcomes: new Map(Object.entries(data.outcomes).flatMap(([outcome, verbs]) => verbs.map((verb) => [verb, outcome] as [string, string]))),
    agencyOf: new Map(Object.entries(data.wireAgencies).flatMap(([agency, names]) => names.map((name) => [name.toLowerCase(), agency] as [string, string]))),
    mediaNouns: [...data.mediaNouns].sort((a, b) => b.length - a.length),
  };
  return lexicon;
}
