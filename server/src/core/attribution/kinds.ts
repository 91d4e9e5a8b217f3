/**
 * What kind of source a phrase names: a named person or body, a group ("Ukrainian
 * officials"), a vague one ("some observers", "reports"), a pronoun to resolve, or a role
 * ("the expert") that may refer back to someone named earlier.
 */
import type { TaggedToken } from '../nlp/tagger.js';
import type { AttributionLexicon } from './lexicon.js';
import { wordsAt } from '../wordSequences.js';
import { isCapitalisedName, isPossessiveMark } from './phrases.js';

export type SourceKind = 'named' | 'group' | 'vague' | 'impersonal';

export interface SourceReading {
  kind: SourceKind;
  /** A personal pronoun to resolve against earlier mentions. */
  pronoun?: 'person' | 'group';
  /** A definite role ("the expert", "the ministry") that may refer back. */
  role?: string;
  /** Reads as a person (a two-word name or a person's role) rather than a body. */
  person: boolean;
  /** Declared unnamed by the text itself ("officials familiar with the talks", "who requested anonymity"). */
  anonymous?: boolean;
  /** Declared unnamed, and the text says why ("spoke on condition of anonymity because…"). */
  anonymityExplained?: boolean;
}

/**
 * The head word of a phrase: the last noun before any "of/for/from" tail or list. `sourceNouns`:
 * words that are a source's noun whatever their tag ("people" in "people close to the campaign",
 * which the tagger may read as a verb).
 */
function head(tokens: readonly TaggedToken[], sourceNouns: (word: string) => boolean): TaggedToken | undefined {
  let candidate: TaggedToken | undefined;
  for (const t of tokens) {
    if (t.pos === 'ADP' || t.pos === 'CCONJ' || t.text === ',') break;
    // "people who have battled online threats": the clause describes the head, it holds none.
    if (candidate && (t.lower === 'who' || t.lower === 'that' || t.lower === 'which')) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM' || t.pos === 'X' || (t.pos === 'VERB' && sourceNouns(t.lower))) candidate = t;
  }
  return candidate ?? tokens[tokens.length - 1];
}

export function hasPersonName(allTokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  // Judge the head only: "Petra Lind of the Vardo Institute" is a person, whatever the tail names.
  const tail = allTokens.findIndex((t) => t.pos === 'ADP');
  const tokens = tail === -1 ? allTokens : allTokens.slice(0, tail);
  let run = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("U.S. History", "U.S. Steel": a country's abbreviation opens no one's name; nor does a
    // quantifier a sentence's capital made a name, "Several Democrats".)
    const notAName = lexicon.organisations.has(t.lower) || lexicon.placeAbbreviations.has(t.text) || lexicon.vagueDeterminers.has(t.lower);
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !notAName) {
      run++;
      // A body named before the name qualifies the person ("White House spokesman Josh Earnest");
      // one after it is the head ("the Hillary Clinton campaign").
      if (run >= 2 && (tokens[k + 1]?.pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[k + 1]!.text))) {
        // (Nor a name before the event it qualifies: "the New Hampshire primary" is an election,
        // though the tagger may read its noun as an adjective at the phrase's end.)
        const after = tokens[k + 1];
        const headAfter = after?.pos === 'NOUN' || (after?.pos === 'ADJ' && k + 2 === tokens.length);
        const qualifies = after !== undefined && headAfter && (lexicon.nonAgentHeads.has(after.lower) || lexicon.incidentHeads.has(after.lower));
        if (!qualifies && !tokens.slice(k + 1).some((x) => lexicon.organisations.has(x.lower))) return true;
      }
    } else if (!(t.text === '-' && run > 0)) {
      run = 0;
    }
  }
  return false;
}

/** "the 29-year-old" (hyphens left out): an age and nothing else. */
const statesAge = (words: readonly TaggedToken[]) => words[1]?.pos === 'NUM' && /^years?$/.test(words[2]?.lower ?? '') && words[3]?.lower === 'old';

/** An age in years, as a number: "25", not "nine" nor "1990". */
const ageNumber = (t: TaggedToken | undefined) => t?.pos === 'NUM' && /^\d{1,3}$/.test(t.text);

/**
 * A name and nothing else but its age, before it ("25-year-old Guzel", hyphens and all) or after
 * its comma ("Guzel, 25"): not "Apollo 11", a name with a number.
 */
function namedWithAge(tokens: readonly TaggedToken[]): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  if (ageNumber(words[0]) && /^years?$/.test(words[1]?.lower ?? '') && words[2]?.lower === 'old') return words.length > 3 && words.slice(3).every(isCapitalisedName);
  const last = tokens.length - 1;
  return last >= 2 && ageNumber(tokens[last]) && tokens[last - 1]!.text === ',' && tokens.slice(0, last - 1).every(isCapitalisedName);
}

/**
 * A cardinal count ("62", "nine") at `at`, or after one adjective there ("a mere 9"; only so
 * when `afterArticle`, as "a 911 caller" is a kind of caller); not an ordinal ("a third source")
 * nor a year ("Some 2016 candidates").
 */
function countFollows(words: readonly TaggedToken[], at: number, afterArticle: boolean): boolean {
  const cardinal = (t: TaggedToken | undefined) => t?.pos === 'NUM' && !/(st|nd|rd|th)$/i.test(t.text) && !/^(1[89]|20)\d\d$/.test(t.text);
  return (!afterArticle && cardinal(words[at])) || (words[at]?.pos === 'ADJ' && cardinal(words[at + 1]));
}

/** A word the lexicons know as a source's common noun: "officials", "experts", "the spokesman". */
const knownSourceNoun = (t: TaggedToken, lexicon: AttributionLexicon) =>
  lexicon.vagueHeads.has(t.lower) || lexicon.groupHeads.has(t.lower) || lexicon.roles.has(t.lower) || lexicon.personRoles.has(t.lower);

/** "the summit's final statement": a phrase whose head belongs to something named before it. */
const possessedBy = (words: readonly TaggedToken[]) => words.some((t) => /^['’]s?$/.test(t.text) && t.pos !== 'PUNCT');

/**
 * "David Wasserman, an elections analyst at the Cook Political Report", "Bernstein, a Montgomery
 * Village resident": a name, then after its comma what the person is. The name is the source; the
 * description's head ("analyst" qualified by a body, "resident") would make it a group.
 */
function nameBeforeDescription(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): SourceReading | undefined {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma <= 0) return undefined;
  const name = tokens.slice(0, comma).filter((t) => t.pos !== 'PUNCT');
  const common = (t: TaggedToken) => lexicon.vagueHeads.has(t.lower) || lexicon.groupHeads.has(t.lower) || lexicon.roles.has(t.lower) || lexicon.organisations.has(t.lower);
  if (name.length === 0 || !name.every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !common(t))) return undefined;
  const described = tokens.slice(comma + 1).filter((t) => t.pos !== 'PUNCT');
  // (A lone capitalised word is a name only before "a", "an" or "the": not "Interethnic, interclan
  // and intertribal conflicts", a sentence's first word.)
  // (Nor a list of names: "Antawn Jamison, Michael Jordan and Rashad McCants".)
  if (!hasPersonName(name, lexicon) && !/^(a|an|the)$/.test(described[0]?.lower ?? '')) return undefined;
  // (But a description may open on a possessive name: "Katie Harbath, Facebook's global politics
  // and government outreach director".)
  if (described[0]?.pos === 'PROPN' && !(described[1] !== undefined && isPossessiveMark(described[1]))) return undefined;
  const describedHead = head(described, (word) => lexicon.vagueHeads.has(word) || lexicon.groupHeads.has(word));
  // (What the person is tells a person from a body: "a security analyst", "a Montgomery Village
  // resident"; not "a Tampa company", "the agency that…".)
  const body =
    describedHead !== undefined &&
    (lexicon.organisations.has(describedHead.lemma) || lexicon.bodyHeads.has(describedHead.lemma) || (lexicon.roles.has(describedHead.lower) && !lexicon.personRoles.has(describedHead.lower)));
  return { kind: 'named', person: hasPersonName(name, lexicon) || (describedHead?.pos === 'NOUN' && !body) };
}

/** Adverbs of place that may close a speaker's phrase: "Polls there", "officials here". */
const PLACE_AFTER = /^(there|here)$/;

/**
 * `subject`: the phrase is the subject of a cue verb ("The campaign says…"), where an event
 * word with "the" or a possessive stands for the people who run it.
 */
export function readSource(tokens: readonly TaggedToken[], lexicon: AttributionLexicon, subject = false): SourceReading {
  const describedName = nameBeforeDescription(tokens, lexicon);
  if (describedName) return describedName;
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  // ("Polls there show…": an adverb of place after the phrase points at where, not at whom.)
  if (words.length > 1 && PLACE_AFTER.test(words[words.length - 1]!.lower)) words.pop();
  const first = words[0];
  if (words.length === 1 && first && first.pos === 'PRON') {
    if (lexicon.personPronouns.has(first.lower)) return { kind: 'named', pronoun: 'person', person: true };
    if (lexicon.groupPronouns.has(first.lower)) return { kind: 'named', pronoun: 'group', person: false };
  }
  // "said the 29-year-old": a person the article has named, described by age — not vague, but
  // not resolved either: the nearest person named is not always the one (a quote may name another).
  // ("said the 29-year-old on the eve of the Open": the occasion after it changes nothing.)
  if (first?.lower === 'the' && (words.length === 4 || words[4]?.pos === 'ADP') && statesAge(words)) return { kind: 'named', person: true };
  // ("25-year-old Guzel said…", "Guzel, 25, said…": one capitalised word names no one a given name
  // or a title shows to be a person, but a name given with its age does.)
  if (namedWithAge(tokens)) return { kind: 'named', person: true };
  const headToken = head(words, (word) => lexicon.vagueHeads.has(word) || lexicon.groupHeads.has(word));
  const headWord = headToken?.lower ?? '';
  const headLemma = headToken?.lemma ?? '';
  // Capitalised at the start of a sentence, a common noun is tagged as a name; look at the word.
  const isCommonHead = lexicon.vagueHeads.has(headWord) || lexicon.groupHeads.has(headWord) || lexicon.roles.has(headWord) || lexicon.pollNouns.has(headWord);
  // Names in a tail do not name the source: "a report published on Monday", "reports from Lisbon".
  // (A participle before its noun is inside the phrase: "a newly elected Bush".)
  const modifies = (k: number) => /(ed|en|ing)$/.test(words[k]!.lower) && /^(NOUN|PROPN|ADJ)$/.test(words[k + 1]?.pos ?? '');
  const tailStart = words.findIndex((t, k) => k > 0 && (t.pos === 'ADP' || (t.pos === 'VERB' && !modifies(k))));
  const headPart = tailStart === -1 ? words : words.slice(0, tailStart);
  const properNames = headPart.filter((t) => t.pos === 'PROPN' && !(t === first && isCommonHead && t === headToken) && !(t === first && lexicon.vagueDeterminers.has(t.lower)));
  const named = properNames.length > 0;
  const person = hasPersonName(words, lexicon) || lexicon.personRoles.has(headWord) || lexicon.personRoles.has(headLemma);
  // "Several witnesses", "many analysts": a quantifier opens the phrase whatever its tag.
  // ("Some 62 percent of respondents", "A mere 9 percent": before a count, the word tells how
  // near the count is, not that the speakers are unnamed; "A third source", "a 911 caller",
  // "Some 2016 candidates" and "the three scholars" keep theirs.)
  const counted = first !== undefined && first.lower !== 'the' && countFollows(words, 1, /^an?$/.test(first.lower));
  const determiner = !counted && (first?.pos === 'DET' || (first && lexicon.vagueDeterminers.has(first.lower))) ? first!.lower : '';
  const conjoined = words.some((t) => t.pos === 'CCONJ');

  // "According to the summit": an event, a meeting or a time is not a speaker.
  // But "the Trump campaign" belongs to someone named, and "The campaign says" speaks for one.
  const ownerNamed = properNames.some((t) => t !== headToken);
  const definiteSubject = subject && (determiner === 'the' || (first?.pos === 'PRON' && /^(its|their|his|her)$/.test(first.lower)));
  // ("Time announces who…", "Day said…": a lone capitalised word is a name, not the occasion it spells.)
  const nameAlone = words.length === 1 && headToken?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(headToken.text);
  const nonAgent = !nameAlone && (lexicon.nonAgentHeads.has(headWord) || lexicon.nonAgentHeads.has(headLemma));
  if (!conjoined && !possessedBy(words) && nonAgent && !ownerNamed && !definiteSubject) return { kind: 'vague', person: false };
  // ("42% say they are liberal", "Some 62 percent of respondents": a share of those polled is
  // a group of people, none of them named.)
  if (!conjoined && !headPart.some((t) => t.pos === 'PROPN') && headPart.some((t) => /^(%|percent|\d+(?:\.\d+)?%)$/.test(t.lower))) return { kind: 'group', person: false };
  // ("Former prosecutor and New York City Mayor Rudy Giuliani": titles joined before one name.)
  if (conjoined && titlesJoinedBeforeName(words, lexicon)) return { kind: 'named', person: true };
  if (conjoined) {
    const anyGroup = words.some((t) => lexicon.groupHeads.has(t.lower));
    return { kind: anyGroup ? 'group' : named ? 'named' : 'group', person: false };
  }
  // "the authority's annual report", "the report": a specific document or group, not "reports".
  const possessed = words.some((t) => /^['’]s?$/.test(t.text) && t.pos !== 'PUNCT') || words.some((t) => t.pos === 'PRON' && /^(its|their|his|her)$/.test(t.lower));
  // "the polls", "national polls", "polling": polls in general, which the sentence does not name
  // (not "the CBS poll", "the poll", "Gallup's polls", "exit polls").
  // (Nor polls that point back, "the same polling", "these polls", or name a pollster anywhere:
  // "an average of recent Post-ABC polls".)
  const pollsNamed = words.some((t) => (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && t !== first) || lexicon.namedPollKinds.has(t.lower) || /^(same|this|these|those)$/.test(t.lower));
  if (!named && !possessed && /(s|ing)$/.test(headWord) && lexicon.pollNouns.has(headWord) && !pollsNamed) {
    return { kind: 'vague', person: false };
  }
  // "Analysts at Nordbank": a vague word qualified by a named body is a group of that body.
  const qualifiedByName = tailStart !== -1 && words.slice(tailStart).some((t) => t.pos === 'PROPN') && words[tailStart]?.pos === 'ADP';
  if (qualifiedByName && !lexicon.vagueDeterminers.has(determiner) && (lexicon.vagueHeads.has(headWord) || lexicon.groupHeads.has(headWord))) {
    return { kind: 'group', person: false };
  }
  // "A report written by Ian Tuttle", "a study published by the Pentagon": a text whose issuer the
  // tail names by "by" is that issuer's.
  const issuedBy =
    tailStart !== -1 &&
    words[tailStart]!.pos === 'VERB' &&
    lexicon.issuingVerbs.has(words[tailStart]!.lemma) &&
    words[tailStart + 1]?.lower === 'by' &&
    words.slice(tailStart + 2).some((t) => t.pos === 'PROPN');
  if (!named && issuedBy) return { kind: 'named', person };
  if (!named && (lexicon.vagueHeads.has(headWord) || lexicon.vagueHeads.has(headLemma) || lexicon.vagueDeterminers.has(determiner))) {
    if (determiner === 'the' && lexicon.roles.has(headLemma)) return { kind: 'named', role: headLemma, person };
    if ((determiner === 'the' || possessed) && !lexicon.vagueDeterminers.has(determiner)) return { kind: 'named', person };
    return { kind: 'vague', person };
  }
  // "the North's state media", "the ministry's officials": a group that belongs to a named body.
  const owned = words.some((t, k) => t.pos === 'PROPN' && /^['’]s?$/.test(words[k + 1]?.text ?? ''));
  if (owned && lexicon.groupHeads.has(headWord)) return { kind: 'named', person: false };
  if (lexicon.groupHeads.has(headWord) && headWord !== headLemma) return { kind: 'group', person: false };
  if (lexicon.groupHeads.has(headWord) && !determiner) return { kind: 'group', person: false };
  if (!named && (determiner === 'a' || determiner === 'an')) {
    // "a senior official" names no one; "a spokesman for the foreign ministry" and "a port
    // spokesman" name the body they speak for.
    const qualified = words.some((t) => t.pos === 'ADP' || (t !== headToken && (t.pos === 'NOUN' || t.pos === 'PROPN')));
    return { kind: qualified ? 'named' : 'vague', person };
  }
  if (!named && determiner === 'the' && (lexicon.roles.has(headLemma) || lexicon.roles.has(headWord))) {
    return { kind: 'named', role: headLemma, person };
  }
  return { kind: 'named', person };
}

/** A word that says a speaker goes unnamed: a mark, or a word of naming after a negation ("not to be named", "off the record"). */
function marksAnonymity(tokens: readonly TaggedToken[], k: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[k]!;
  if (lexicon.anonymityMarks.has(t.lower)) return true;
  if (!lexicon.anonymityWords.has(t.lower)) return false;
  return tokens.slice(Math.max(0, k - 3), k).some((x) => /^(not|n't|n’t|never|off)$/.test(x.lower));
}

/**
 * The text says why its speaker goes unnamed, right where it says so: "spoke on condition of
 * anonymity because of the diplomatic sensitivities", "requested anonymity to discuss a private
 * conversation", "who was not authorized to speak publicly". Newsroom rules on anonymous sources
 * (the AP's among them) ask a story to say why; where it does, and describes the speaker by a
 * role, the writer has answered the editor's question already. A blind reader still queried a
 * bare "one source" or "intelligence sources" with a reason, and a reason that is only the wish
 * to talk ("to speak candidly", "to offer a strategic assessment"), which anonymityReasons leaves
 * out (QUALITY.md round 285). `phrase`: the source as written; a mark of anonymity is looked for
 * among `tokens[from, to)`, and its reason may run past `to`.
 */
export function explainsAnonymity(phrase: readonly TaggedToken[], tokens: readonly TaggedToken[], from: number, to: number, lexicon: AttributionLexicon): boolean {
  const comma = phrase.findIndex((t) => t.text === ',');
  const words = (comma === -1 ? phrase : phrase.slice(0, comma)).filter((t) => t.pos !== 'PUNCT');
  const headToken = head(words, (word) => lexicon.vagueHeads.has(word) || lexicon.groupHeads.has(word));
  if (!headToken || lexicon.vagueHeads.has(headToken.lower)) return false;
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) {
    if (!marksAnonymity(tokens, k, lexicon)) continue;
    // ("not authorized to speak publicly": wanting clearance is the reason as well as the mark.)
    if (lexicon.clearanceWords.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'to') return true;
    if (lexicon.anonymityReasons.some((reason) => wordsAt(tokens, k + 1, reason))) return true;
  }
  return false;
}

/** A tie of anonymityTies starting at `k`; "close to" and its like not before a figure ("close to $300,000"). */
function tieAt(tokens: readonly TaggedToken[], k: number, lexicon: AttributionLexicon): boolean {
  return lexicon.anonymityTies.some((tie) => {
    if (!wordsAt(tokens, k, tie)) return false;
    const next = tokens[k + tie.length];
    return !(tie[tie.length - 1] === 'to' && (next?.pos === 'NUM' || next?.pos === 'SYM'));
  });
}

/**
 * The text says its speaker goes unnamed: a common noun described by its access rather than a
 * name ("officials familiar with the talks", "aides close to the governor", "those close to
 * him"), or a mark of anonymity in the phrase, its description or an aside right after it ("an
 * unnamed official", "a Western diplomat, who requested anonymity", "An administration official,
 * speaking on condition of anonymity, said"). Such a source is vague whatever body it serves: the
 * reader cannot ask who spoke. Never when a name heads the phrase ("Edward Rendell, a former
 * governor who is close to the Clintons") or stands in apposition to it.
 * `described`: the phrase with its description; `aside`: the words right after that.
 */
export function declaresAnonymity(phrase: readonly TaggedToken[], described: readonly TaggedToken[], aside: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  const comma = phrase.findIndex((t) => t.text === ',');
  const headPart = comma === -1 ? phrase : phrase.slice(0, comma);
  const words = headPart.filter((t) => t.pos !== 'PUNCT');
  const first = words[0];
  if (!first || hasPersonName(words, lexicon)) return false;
  // (Capitalised, a word the lexicon knows is still a common noun, "Officials familiar with…";
  // after a determiner or a count so is a party's or a nation's member, "one Democrat familiar with…".)
  const common = (t: TaggedToken) => t.pos === 'NOUN' || knownSourceNoun(t, lexicon) || (t.pos === 'PROPN' && t !== first && (first.pos === 'DET' || first.pos === 'NUM'));
  const headToken = head(words, (word) => lexicon.vagueHeads.has(word) || lexicon.groupHeads.has(word));
  const named = [...described, ...aside].some((t, k, all) => t.text === ',' && all[k + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(all[k + 1]!.text) && hasPersonName(all.slice(k + 1, k + 4), lexicon));
  if (named) return false;
  const tied = headPart.some((_, k) => k > 0 && tieAt(headPart, k, lexicon) && (common(headPart[k - 1]!) || /^those$/i.test(headPart[k - 1]!.text)));
  if (tied) return true;
  if (!headToken || !common(headToken)) return false;
  if (described.some((_, k) => marksAnonymity(described, k, lexicon))) return true;
  // The aside opens right after the phrase, as a relative clause or a participle ("…, who
  // requested anonymity", "…, speaking on condition of anonymity"), not a later clause's words.
  const open = aside.findIndex((t) => t.pos !== 'PUNCT');
  const opener = aside[open];
  const opens = opener !== undefined && (opener.lower === 'who' || (opener.pos === 'VERB' && /ing$/.test(opener.lower)) || /^(on|under)$/.test(opener.lower));
  return opens && aside.some((_, k) => marksAnonymity(aside, k, lexicon));
}

/**
 * Titles joined by "and" before a single person's name, nothing else joined: "Former prosecutor
 * and New York City Mayor Rudy Giuliani". The words before the conjunction are lower case (the
 * first aside, capitalised by the sentence) and end on a singular noun, and those after it end on
 * a person's name.
 */
function titlesJoinedBeforeName(words: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  const joins = words.filter((t) => t.pos === 'CCONJ');
  if (joins.length !== 1 || joins[0]!.lower !== 'and') return false;
  const at = words.indexOf(joins[0]!);
  const titles = words.slice(0, at);
  // (A title is a noun: not "he and Mr. Allen", "Wilcox and Beruff", two people.)
  // (Whose it is may open it: "Clinton's chief pollster and strategist Joel Benenson".)
  if (
    titles.length === 0 ||
    titles.slice(1).some((t) => !/^\p{Ll}/u.test(t.text) && !isPossessiveMark(t)) ||
    titles[titles.length - 1]!.pos !== 'NOUN' ||
    titles.some((t) => t.pos === 'PRON' || (/s$/.test(t.lower) && t.pos === 'NOUN'))
  )
    return false;
  const rest = words.slice(at + 1);
  const comma = rest.findIndex((t) => t.text === ',');
  const named = comma === -1 ? rest : rest.slice(0, comma);
  return named.length > 1 && named[named.length - 1]!.pos === 'PROPN' && hasPersonName(named, lexicon);
}
