/**
 * The attribution pass: for every sentence of the article's content, its source (named,
 * group, vague or impersonal) and cue, or none; and whether it is a claim. A source carries
 * over to the sentences that continue a quote, and pronouns and roles ("he", "the expert")
 * resolve to the nearest fitting source named before them.
 */
import type { Annotation } from '../annotation.js';
import { textBetween, type Article, type Block } from '../article.js';
import { tagPieces, type TaggedToken } from '../nlp/tagger.js';
import { readingBlocks } from '../brokenLines.js';
import { isClaim } from './claims.js';
import { checkWorthyBuckets, checkWorthyProbability, defaultCheckWorthyModel, type CheckWorthyModel } from './checkWorthiness.js';
import { checkWorthyFact, checkWorthyForm, listedCheckable, looksLikeHeading, mentionsPoll } from './editorial.js';
import { articleShape, defaultFlagModel, flagFeatures, flagProbability, type FlagModel } from './flagModel.js';
import {
  callsItself,
  clauseSubject,
  creditsQuoteBefore,
  cueLemma,
  quoteVerbFrame,
  dashCredit,
  findCue,
  isDash,
  issuingVerbBefore,
  LONE_QUANTIFIERS,
  NAME_GIVING,
  quantifierReadAsAdverb,
  relativeVerb,
  supposedInCondition,
  type Cue,
  type CueForm,
} from './cues.js';
import { cappedHeadline, headlineLine, taggedHeadline } from './headline.js';
import { joinPhrasalSpeech } from './phrasalSpeech.js';
import { unburySubject } from './buriedSubject.js';
import { anotherTitleBefore, roleGivenTo, withItsTitle } from './roleGiven.js';
import { commonWordOpening } from './writtenSmall.js';
import { declaresAnonymity, explainsAnonymity, readSource, type SourceKind, type SourceReading } from './kinds.js';
import { attributionLexicon, tellsNoStatement, type AttributionExtensions, type AttributionLexicon } from './lexicon.js';
import {
  isCapitalisedName,
  isPossessiveMark,
  isTimeWord,
  nameWordReadAsVerb,
  nounPhraseEndingAt,
  OPENING_SUBORDINATORS,
  pastClockStamp,
  POSSESSIVE_PRONOUNS,
  surnameReadAsModifier,
  type Span,
} from './phrases.js';
import { insideQuotes, opensWithQuote, overlapsQuote, quoteHolding, quoteSpans, runOnClose, spansAfterRunOn, unmarkedRunOnParagraphs, type QuoteSpan } from './quotes.js';
import { escapeRegExp, excerpt, trimEdgeEmoji } from '../text.js';
import { isLegalHedge } from './legalHedge.js';
import { storyTime, toldAsBackground, type StoryTime } from './background.js';
import { fullNames, type Gender } from './fullNames.js';
import { spareLedeSourcedBelow } from './ledeSourcedBelow.js';
import { spareAccountBetween } from './accountBetween.js';
import { spareSportsReport } from './sportsReport.js';
import { spareMarketReport } from './marketReport.js';
import { ownSourceOf, storyBody } from './storyBody.js';
import { defaultVagueModel, vagueFeatures, vagueProbability, type VagueModel } from './vagueModel.js';
import { defaultUnsourcedModel, unsourcedFeatures, unsourcedProbability, type UnsourcedContext, type UnsourcedModel } from './unsourcedModel.js';

export type { SourceKind } from './kinds.js';
export type { AttributionExtensions } from './lexicon.js';

export interface SourceAttribution {
  /** The source as a reader would name it (a pronoun's antecedent, for "he said"). */
  text: string;
  kind: SourceKind;
  /** Offsets of the source words in this sentence (the pronoun, for a resolved one). */
  start: number;
  end: number;
  cue: string;
  cueStart: number;
  cueEnd: number;
  form: CueForm;
  /** Inherited from an earlier sentence (a quote that goes on) rather than found here. */
  carried: boolean;
  /** Where the named antecedent stands, when the source here is a pronoun or a role. */
  antecedent?: { start: number; end: number };
  /** The words this sentence uses for a resolved source ("he", "the expert"). */
  as?: string;
  /**
   * When the source as written goes on to describe the speaker ("Lena Vos, a nurse who…"),
   * the words that name them ("Lena Vos") and where those end: what a later "she" refers to.
   */
  name?: { text: string; end: number };
  /**
   * A source that names no one but that no editor would query, so no vague source to flag: a
   * plan or a forecast ("is expected to appear"), a case's legal hedge ("allegedly", in a story of
   * the charges), a record or a script that speaks ("a federal judge ruled", "says a narrator"),
   * an official the story says why it leaves unnamed ("…, who requested anonymity to discuss a
   * private conversation").
   */
  unqueried?: boolean;
  /** A vague source the text declares unnamed ("officials familiar with the talks", "who requested anonymity"). */
  anonymous?: boolean;
  /** An unnamed source the story brought in before, met again by its noun ("the source"): its antecedent is that source. */
  metAgain?: true;
  /** The outlet or text that carried a quotation given to its speaker ("…,” Sanders said, according to CNN). */
  reportedBy?: string;
}

export interface SentenceAttribution {
  blockIndex: number;
  /** The sentence's tagged tokens as this pass reads them (names the tagger read as verbs set right). */
  tokens: TaggedToken[];
  /**
   * The tokens as the tagger gave them, for the claims of corroboration: its index links claims
   * that share two words other than names, and a name's word the tagger read as a verb ("Promises
   * Treatment Center") has served it as one; reading it as a name lost such links (round 139).
   */
  tagged: TaggedToken[];
  start: number;
  end: number;
  text: string;
  claim: boolean;
  source?: SourceAttribution;
  /** A headline without a full stop: read for its source only, never a claim of this pass. */
  headline?: true;
  /**
   * In the article's headline, with or without a full stop: a vague source there ("Report: …",
   * "Polls suggest…") is the headline's shorthand for one the story names, no warning of its own.
   */
  inHeadline?: true;
  /** Inside a quotation (its speaker, when found, is the source): never "unattributed". */
  quoted?: boolean;
  /**
   * A check-worthy fact in the article's own voice with no source in the sentence, its quote
   * or its paragraph: what an editor would ask "says who?" of.
   */
  unattributed?: boolean;
}

interface Mention {
  text: string;
  start: number;
  end: number;
  person: boolean;
  kind: SourceKind;
  sentence: number;
  /** The mention is a sentence's source, not only its subject. */
  speaker?: true;
  /** That source asks a question ("when Tapper asked whether…"): the answer after it is another's. */
  asker?: true;
  /**
   * A surname alone that the article writes in full elsewhere ("Clinton" of "Hillary Clinton"),
   * with the gender the full name states when it states one.
   */
  namedInFull?: { gender: Gender | undefined };
  /** The name that owns a sentence's subject ("Mr. Sanders" of "Mr. Sanders's campaign"): near only to the next sentence. */
  owner?: true;
  /**
   * The last sentence of a run of sentences right after this one whose subject is "he" or "she"
   * ("Sanders seemed to be of two minds… ¶ He vowed… ¶ But he also said…"): the name is still
   * what the story goes on about there.
   */
  topicUntil?: number;
  /** A sentence's subject inside a quotation: someone a quoted speaker talks about. */
  quoted?: true;
  /** The gender of a "he" or "she" the article has already used for this mention, where nothing else states one. */
  referredAs?: Gender;
  /** A subject whose head the tagger reads as a proper name ("West landed…"; not "Ferries will stop…"). */
  properName?: true;
  /** A subject of words a frame after them reports ("Lind was on probation, he said"): someone spoken of. */
  reported?: true;
}

/** A cue that asks: its source puts a question, and the answer is someone else's; its adverbs and auxiliaries before it ("later asked", "has asked"). */
const QUESTION_VERB = /(?:^|\s)(?:ask|asks|asked|asking|questioned|pressed|quizzed|queried)\b/i;

/** Words after "asked" within which "to" and a verb make it a request ("asked Nixon in a telegram to turn to…"). */
const REQUEST_REACH = 8;
const QUESTION_OPENER = /^(?:whether|if|why|how|what|when|where|who|whom|which|about)$/;

/**
 * "Asked" that requests an act, not an answer: "to" and a verb follow it before any word that
 * opens a question. Whoever is asked to act may well be the next to speak, but the asker is not
 * passed over for it.
 */
function asksToDo(tokens: readonly TaggedToken[], cueEnd: number): boolean {
  const after = tokens.filter((t) => t.start >= cueEnd).slice(0, REQUEST_REACH);
  for (let k = 0; k < after.length; k++) {
    if (QUESTION_OPENER.test(after[k]!.lower) || after[k]!.text === '?') return false;
    if (after[k]!.lower === 'to' && after[k + 1]?.pos === 'VERB') return true;
  }
  return false;
}

/** How many sentences back a pronoun or role may look for its antecedent. */
const RESOLUTION_WINDOW = 6;

const spanText = (article: Article, tokens: readonly TaggedToken[], span: Span) => textBetween(article, tokens[span.first]!.start, tokens[span.last]!.end);

/** What a pronoun says of its antecedent: "she" a woman, "he" a man, "they" nothing. */
const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { she: 'female', her: 'female', hers: 'female', he: 'male', him: 'male', his: 'male' };

/** The gender a mention's words state (a title, a role, a given name), the first said, before any relative clause. */
function statedGender(text: string, lexicon: AttributionLexicon): Gender | undefined {
  // ("Melissa Mark-Viverito": a surname of two capitalised words joined by a hyphen is one word,
  // whatever given name its first half spells; "his ex-wife" is still a wife.)
  const phrase = text.split(/\b(?:who|which|that|whose)\b/)[0]!.replace(/(\p{Lu}\p{Ll}*)-(?=\p{Lu})/gu, '$1');
  // ("Lesley Deutch, a senior vice president … of John Burns Real Estate Consulting": past the
  // name's comma, a capitalised given name is someone else's; only a title or a kin word there,
  // "Smith, a spokeswoman", says the person's gender.)
  // (Only after a name: a role before the comma names no one, "her agent, Mark Roesler" is Mark.)
  const wordsOf = (part: string) => part.split(/[^\p{L}]+/u);
  const comma = phrase.indexOf(',');
  const head = comma === -1 ? phrase : phrase.slice(0, comma);
  // (A surname alone before the comma is a name too: "Klein, author of Unlikeable: The Problem
  // With Hillary" is not Hillary.)
  // ("Mrs. Clinton's father": what follows a possessive is the person meant; the owner's words
  // state the owner's gender, not theirs.)
  // (A name after the comma is theirs: "Clinton's top challenger, Sen. Bernie Sanders".)
  const owned = /^[^,]*['’]s\s+([^,]*)/u.exec(head);
  if (owned) return genderInWords(wordsOf(owned[1]!), lexicon) ?? (comma === -1 ? undefined : genderInWords(wordsOf(phrase.slice(comma + 1)), lexicon));
  const named = wordsOf(head).some((word) => /^\p{Lu}/u.test(word) && !HEAD_DETERMINERS.test(word));
  if (comma === -1 || !named) return genderInWords(wordsOf(phrase), lexicon);
  const titles = wordsOf(phrase.slice(comma + 1)).filter((word) => !/^\p{Lu}/u.test(word));
  return genderInWords(wordsOf(head), lexicon) ?? genderInWords(titles, lexicon);
}

/** Words that open a role capitalised at a sentence's start: "The president, Barack Obama". */
const HEAD_DETERMINERS = /^(The|A|An|His|Her|Their|Its|Our|My|This|That)$/;

/** The gender the first title, kin word or given name among `words` states. */
function genderInWords(words: readonly string[], lexicon: AttributionLexicon): Gender | undefined {
  const capitalised = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word);
  for (const [at, word] of words.entries()) {
    // ("Foreign Minister Choe Son Hui": a title or a kin word, capitalised between two capitalised
    // words, is part of a name; "Queen Elizabeth", "Mother Teresa" open theirs, and "Sen.
    // Elizabeth Warren" keeps her given name.)
    const lower = word.toLowerCase();
    if (capitalised(word) && capitalised(words[at - 1]) && capitalised(words[at + 1]) && !lexicon.givenNames.has(lower)) continue;
    if (lexicon.femaleWords.has(lower)) return 'female';
    if (lexicon.maleWords.has(lower)) return 'male';
  }
  return undefined;
}

/**
 * The last capitalised word of a mention: "Clinton" of "Hillary Clinton", how later mentions name
 * the same person. Only when it ends the mention's head, before a comma, a bracket, a relative
 * clause or a preposition: "Another Clinton ally, Agriculture Secretary Tom Vilsack" is no Clinton,
 * nor "Mr. Sanders's campaign" Sanders; "Sanders of Vermont" is Sanders.
 */
const surnameOf = (text: string) => {
  const name = headPhrase(text)
    .replace(/\s*\(.*$/, '')
    .trim();
  const words = name.match(/\p{Lu}[\p{L}'’-]+/gu);
  const last = words?.pop();
  return last !== undefined && name.endsWith(last) ? last : undefined;
};

/**
 * A mention's gender: stated in its words, or in an earlier mention of the same surname
 * ("Clinton" after "Hillary Clinton").
 */
function genderOf(mention: Mention, mentions: readonly Mention[], lexicon: AttributionLexicon): Gender | undefined {
  // (A surname alone that the article names in full has the full name's gender, whatever given
  // name it also spells: "Christie" of "Chris Christie", "Warren" of "Elizabeth Warren".)
  const surnameAloneInFull = mention.namedInFull !== undefined && !/\s/.test(mention.text.trim());
  const stated = (surnameAloneInFull ? mention.namedInFull!.gender : (statedGender(mention.text, lexicon) ?? mention.namedInFull?.gender)) ?? mention.referredAs;
  if (stated) return stated;
  const surname = surnameOf(mention.text);
  if (!surname) return undefined;
  for (const other of mentions) {
    if (other === mention || surnameOf(other.text) !== surname) continue;
    // (Nor the surname alone again: "Christie said" states no more than "Christie".)
    if (surnameAloneInFull && !/\s/.test(other.text.trim())) continue;
    const gender = statedGender(other.text, lexicon);
    if (gender) return gender;
  }
  return undefined;
}

const THEY = /^(they|them|their|theirs)$/i;

/**
 * The mention of a person a mention is: itself when read as one, or for a surname alone that
 * spoke, the latest earlier mention of a person that ends with it ("Kempthorne" after "Interior
 * Secretary Dirk Kempthorne"), which names them more fully. `sentence` is the pronoun's.
 */
function personMentioned(mention: Mention, mentions: readonly Mention[], lexicon: AttributionLexicon, sentence: number): Mention | undefined {
  if (mention.person) return earlierInFull(mention, mentions, lexicon) ?? mention;
  // (Only a surname that spoke: one that is only a sentence's subject is as often someone the
  // speaker talks about — blind read, round 166. But the subject of the pronoun's own sentence
  // or of the one before, a surname the article gives in full, is the person the pronoun goes on
  // about: "Clinton endorsed the deal, although she…", "But Ayotte isn't interested. “…,” she
  // said" — round 280.)
  if (!mention.speaker && !(mention.namedInFull && sentence - (mention.topicUntil ?? mention.sentence) <= 1)) return undefined;
  const surname = surnameOf(mention.text);
  // (The surname alone before any description: "Westmacott, who will retire soon…".)
  if (surname === undefined || surname !== headPhrase(mention.text)) return undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const other = mentions[i]!;
    if (other !== mention && other.person && other.start < mention.start && surnameOf(other.text) === surname && !oneOfSeveral(other.text, lexicon) && !groupNamedFor(other.text, lexicon))
      return earlierInFull(other, mentions, lexicon) ?? other;
    const member = other !== mention && other.start < mention.start ? memberNamed(other, surname, lexicon) : undefined;
    if (member) return member;
  }
  return mention.namedInFull ? mention : undefined;
}

/** "Team Trump", "Camp Clinton": a group named for a person, whose surname it ends on. */
function groupNamedFor(text: string, lexicon: AttributionLexicon): boolean {
  const words = headPhrase(text).split(/\s+/);
  const first = words[0]!.toLowerCase();
  return words.length === 2 && (SEVERAL_WORDS.has(first) || lexicon.groupHeads.has(first) || lexicon.organisations.has(first) || first === 'camp');
}

/**
 * "Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.) became…" then "Hunter, meanwhile,
 * told Politico…": the member of a list mention that gives the surname in full, as a mention of
 * its own.
 */
function memberNamed(list: Mention, surname: string, lexicon: AttributionLexicon): Mention | undefined {
  const pieces = list.text.split(/(,\s*|\s+and\s+)/);
  // (A list joined by "and": not an apposition, "his wife, Gabriela Violeta Lazar".)
  if (!pieces.some((p, k) => k % 2 === 1 && /\sand\s/.test(p))) return undefined;
  // (A name that ends on the surname: capitalised words right before it, "Duncan Hunter"; not "The
  // apology from Sanders".)
  const fullName = new RegExp(`(?:^|\\s)\\p{Lu}[\\p{L}'’.-]*\\s+${escapeRegExp(surname)}$`, 'u');
  // (Two members of one surname, "Clinton and her husband, former President Bill Clinton": neither.)
  if (pieces.filter((piece, k) => k % 2 === 0 && nameOfMember(piece).endsWith(surname)).length > 1) return undefined;
  let found: Mention | undefined;
  let offset = 0;
  for (const [k, piece] of pieces.entries()) {
    // (Separators stand at odd places; a member keeps its bracket, "Duncan Hunter (R-Calif.)".)
    // (A member that is a name, not people of it: "Supporters of Hillary Clinton and Bernie
    // Sanders" names no Clinton; "Secretary of the Interior Ken Salazar" is Salazar.)
    if (k % 2 === 0 && fullName.test(nameOfMember(piece)) && !peopleOf(nameOfMember(piece), lexicon)) {
      const start = list.start + offset + (piece.length - piece.trimStart().length);
      found = { text: piece.trim(), start, end: start + piece.trim().length, person: true, kind: 'named', sentence: list.sentence };
    }
    offset += piece.length;
  }
  return found;
}

/** A phrase whose head before "of" is no title of a post: "Supporters of Hillary Clinton", not "Secretary of the Interior Ken Salazar". */
function peopleOf(phrase: string, lexicon: AttributionLexicon): boolean {
  const head = /^(?:\S+\s+)*?(\S+)\s+of\s/u.exec(phrase)?.[1]?.toLowerCase();
  return head !== undefined && !lexicon.personRoles.has(head) && !lexicon.roles.has(head);
}

/** A list member's name without the bracket after it: "Duncan Hunter" of " Duncan Hunter (R-Calif.)". */
const nameOfMember = (piece: string) => piece.replace(/\s*\([^)]*\)$/, '').trim();

/** The words of a name given with its age, without the age: "Groberg" for "Groberg, 33" or "33-year-old Groberg". */
const withoutAge = (text: string) => text.replace(/^\d{1,3}-years?-old\s+/, '').replace(/,\s*\d{1,3}$/, '');

/**
 * "Groberg, 33" (a person by the age given with the name, kinds.ts) after "Florent Groberg": the
 * earlier mention that gives the name in full, as a pronoun's antecedent shows it.
 */
function earlierInFull(mention: Mention, mentions: readonly Mention[], lexicon: AttributionLexicon): Mention | undefined {
  const name = withoutAge(mention.text);
  if (name === mention.text || !/^\p{Lu}[\p{L}'’-]*$/u.test(name)) return undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const other = mentions[i]!;
    if (other !== mention && other.person && other.start < mention.start && other.text !== mention.text && surnameOf(other.text) === name && !oneOfSeveral(other.text, lexicon)) return other;
  }
  return undefined;
}

/**
 * A thing a named person has: "Suu Kyi's fate", "Mr. Clinton's remarks"; not a person of theirs,
 * "Trump's campaign manager", "Mrs. Clinton's father", nor one named after a comma ("Bloomberg's
 * pollster, Douglas Schoen").
 */
function possessedThing(text: string, lexicon: AttributionLexicon): boolean {
  if (text.includes(',')) return false;
  const possessed = /['’]s\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)*)$/u.exec(headPhrase(text));
  if (!possessed) return false;
  const head = headWord(possessed[1]!).toLowerCase();
  return (
    !lexicon.personRoles.has(head) && !lexicon.roles.has(head) && !lexicon.groupHeads.has(head) && !lexicon.organisations.has(head) && !lexicon.femaleWords.has(head) && !lexicon.maleWords.has(head)
  );
}

/**
 * Can "it" have spoken as this mention? The subject of the pronoun's own sentence must be able
 * to ("The bank expects…, it said"): a body, a name or a text; not an event ("The escape happened
 * near Baytown…, it said" is the prison agency's statement). A mention before it was weighed
 * when it was made.
 */
function canSpeakAsIt(m: Mention, sentence: number, lexicon: AttributionLexicon): boolean {
  if (m.sentence !== sentence || m.speaker || bodyHead(m.text, lexicon)) return true;
  const phrase = headPhrase(m.text);
  const words = phrase.split(/\s+/);
  const head = headWord(phrase).toLowerCase();
  if (lexicon.issuedTexts.has(head) || lexicon.evidenceNouns.has(head) || lexicon.recordSpeakers.has(head)) return true;
  return words.some((w, k) => /^\p{Lu}/u.test(w) && (k > 0 || !/^(the|a|an|this|that|these|those|its|their)$/i.test(w)));
}

/** A mention headed by a poll or a record ("New Hampshire polls", "the filings"). */
function evidenceHead(text: string, lexicon: AttributionLexicon): boolean {
  const head = headWord(headPhrase(text)).toLowerCase();
  return lexicon.pollNouns.has(head) || lexicon.evidenceNouns.has(head);
}

/** A mention's words before a comma, a clause or a prepositional tail: "Davis, who…" -> "Davis". */
const headPhrase = (text: string) => text.split(/,|\b(?:who|which|that|of|from|for|in|at)\b/)[0]!.trim();
/** The last word of a phrase: its head. */
const headWord = (phrase: string) => phrase.split(/\s+/).pop() ?? '';

/** The head of a mention, the last word before a comma or a clause, names a body or a place. */
function bodyHead(text: string, lexicon: AttributionLexicon): boolean {
  const last = headWord(headPhrase(text)).toLowerCase();
  return lexicon.bodyHeads.has(last) || lexicon.organisations.has(last);
}

/** A mention of no one: "no other secretary of state", "neither candidate", "none of them". */
const NO_ONE = /^(no|none|neither|nobody)\b/i;

/** A name a word before it makes a thing of: "Hurricane Katrina", "Typhoon Haiyan". */
function namesAThing(text: string, lexicon: AttributionLexicon): boolean {
  return headPhrase(text)
    .split(/\s+/)
    .some((w) => lexicon.thingTitles.has(w.toLowerCase()));
}

/** Plurals without an ending in -s: "Police", "people" are several, never "it". */
const PLURALS_WITHOUT_S = new Set(['police', 'people', 'women', 'men', 'children']);

/**
 * Heads of a quantity of people, "an increasing number of Democrats", "a handful of aides": the
 * head before "of" is singular, the people it counts are several.
 */
const QUANTITY_HEADS = ['number', 'handful', 'couple', 'slew', 'minority', 'plurality', 'half', 'third', 'dozen', 'bunch'];

/** Heads without a plural ending that stand for several: "Clinton's campaign", "Forty six percent", "Women". */
const SEVERAL_WORDS = new Set(['campaign', 'team', 'staff', 'administration', 'percent', 'majority', 'crowd', 'public', 'audience', 'family', 'government', ...PLURALS_WITHOUT_S, ...QUANTITY_HEADS]);

/** A word that joins a list of names: "Clinton and Warren", "Johnson & Johnson". */
const LIST_JOIN = /\b(and|&)\b|&/;

/**
 * A mention that names several by a list or a plural head ("Officials", "Clinton and Warren"),
 * which "it" does not stand for. A surname after a given name is one person's, however plural it
 * looks ("Dottie Deans, the chairwoman of…", "Bruce Arians").
 */
function oneOfSeveral(text: string, lexicon: AttributionLexicon): boolean {
  const phrase = headPhrase(text);
  const words = phrase.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const given = (words[words.length - 2] ?? '').toLowerCase();
  const surname = lexicon.givenNames.has(given) || lexicon.listedGivenNames.has(given);
  // (A group word opening a sentence is capitalised: "Officials".)
  const groupPlural = lexicon.groupHeads.has(last.toLowerCase()) && /s$/i.test(last);
  return LIST_JOIN.test(phrase) || (pluralHead(last) && !surname) || groupPlural || PLURALS_WITHOUT_S.has(last.toLowerCase());
}

/**
 * A mention that stands for several: a list ("Clinton and Warren"), a plural head ("the groups",
 * "six newspapers", "Republicans") or a body ("the campaign", "the media").
 */
function several(text: string, lexicon: AttributionLexicon): boolean {
  const phrase = headPhrase(text);
  if (LIST_JOIN.test(phrase)) return true;
  const last = headWord(phrase);
  const lower = last.toLowerCase();
  if (lexicon.organisations.has(lower) || lexicon.groupHeads.has(lower) || SEVERAL_WORDS.has(lower)) return true;
  // A plural: "groups", "officials"; capitalised, a people's or a party's name ("Republicans",
  // "Democrats") or a plural that opens the sentence ("Investors") — not a surname ("Sanders").
  return pluralHead(last);
}

/** A plural head: "groups", "officials"; capitalised, a people's or a party's name ("Republicans") — not a surname ("Sanders"). */
function pluralHead(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Ll}/u.test(word) ? /[^su]s$/.test(lower) : /(ans|ats|ists|ives|ites|ics|ors|ents|ees)$/.test(lower);
}

function resolve(
  reading: SourceReading,
  roleText: string,
  mentions: readonly Mention[],
  sentence: number,
  pronoun: string,
  lexicon: AttributionLexicon,
  givenRole: (mention: Mention) => boolean,
  quotedNames: ReadonlyMap<string, string | undefined> = new Map(),
  cueText = '',
  /** The cue is a verb polls and records speak by (lexicon `evidenceVerbs`): "show", "found". */
  evidenceCue = false,
): Mention | undefined {
  const wanted = PRONOUN_GENDER[pronoun];
  // A name nearer than the person found, which the pronoun may stand for though nothing shows it
  // is a person ("…,” Devine said. ¶ …, West landed a sharp dig… ¶ “…?” he said"): "he" may be
  // West, so naming Devine would guess; the pronoun is left as it stands.
  let nearerName: Mention | undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (sentence - m.sentence > RESOLUTION_WINDOW) break;
    // ("Several Democrats cautioned against…, saying… They also said…": the group a "they" goes on
    // from names no one, and no group before it is the one meant; the pronoun stays as written.)
    if (m.kind === 'vague' && THEY.test(pronoun) && sentence - m.sentence <= 1) return undefined;
    if (m.kind === 'vague' || m.kind === 'impersonal') continue;
    // ("“The New Hampshire drug epidemic must stop. If elected…,” he tweeted": the subject of a
    // quoted sentence is what a speaker talks about, not who a later pronoun speaker is — unless a
    // given name or a title says it is someone "he" or "she" may be, as where quotations nest and
    // their marks mislead: "“…Stephen F. Hayes has waged a lonely battle… ‘…,’ he quoted one analyst.”")
    if (reading.pronoun && m.quoted && !(wanted && statedGender(m.text, lexicon) === wanted)) continue;
    // ("Ryan did not exude confidence when Tapper asked whether… ¶ “…,” he said": who asked is not
    // who answers; "he asked" again may be. The asker's mention as the subject stays: "Berg asked
    // whether… ¶ …, he said" is read as before.)
    if (reading.pronoun && m.asker && !QUESTION_VERB.test(cueText)) continue;
    // ("“If Donald Trump becomes the president I'll be stopped…,” he said": whoever "he" is, he
    // speaks of Trump, not as Trump; a speaker names no one in their own quotation but others.)
    if (wanted && quotedNames.size > 0) {
      const surname = surnameOf(m.text);
      // (Unless the quotation gives the surname another first name: "James Berg" is not "Mr.
      // Berg" where the article names him John Berg.)
      const given = surname === undefined ? undefined : quotedNames.get(surname);
      const own = given === undefined ? undefined : firstName(fullerName(m.text, mentions)?.text ?? m.text, lexicon);
      // (A first name of the other gender tells them apart too: "Barbara Bush" is not "Mr. Bush".)
      const givenGender = given === undefined ? undefined : statedGender(given, lexicon);
      const otherGender = givenGender !== undefined && genderOf(m, mentions, lexicon) === (givenGender === 'female' ? 'male' : 'female');
      // (Unless the story is about them right up to here: "Sanders is also keeping his supporters
      // riled up… ¶ “…they say Bernie Sanders should drop out…,” he said": a speaker quotes what
      // is said of them.)
      const storyIsAbout = m.sentence === sentence - 1 || (m.topicUntil !== undefined && m.topicUntil >= sentence - 1);
      if (surname !== undefined && quotedNames.has(surname) && (own === undefined || own === given) && !otherGender && !storyIsAbout) continue;
    }
    if (m.owner && sentence - m.sentence > 1) continue;
    // (Nor, for a role, a role as bare as itself: "the former president" is not "the former
    // president" again; a pronoun may be: "it — the report".)
    if (reading.role && bareRole(m.text)) continue;
    // ("He" is not Trump Tower, "she" not the super PAC: a body's or a place's head.)
    // (Nor "Hurricane Katrina", a storm, nor "no other secretary of state", no one at all.)
    if (wanted && (bodyHead(m.text, lexicon) || namesAThing(m.text, lexicon) || NO_ONE.test(m.text))) continue;
    // ("She" is not "Several Cruz associates", nor "Clinton and Warren": one person is no list
    // and no plural. A person read so, titles joined before one name, is one: "Clinton's chief
    // pollster and strategist Joel Benenson".)
    if (wanted && oneOfSeveral(m.text, lexicon) && !(m.person && m.kind === 'named' && LIST_JOIN.test(headPhrase(m.text)))) continue;
    // ("She" is not "Suu Kyi's fate": what a person has is no person; "they" are not "Rubio's
    // comments", though they may be "Clinton's aides".)
    // (Nor is "the judge" "Judge Sullivan's ruling".)
    if ((wanted || THEY.test(pronoun) || reading.role) && possessedThing(m.text, lexicon)) continue;
    // (Only "he", "she" and the like ask whether the mention is a person.)
    const person = wanted || reading.pronoun === 'person' ? personMentioned(m, mentions, lexicon, sentence) : undefined;
    // "She" is not Brian Fallon: a mention whose gender is known must agree with the pronoun's.
    if (wanted && person) {
      // (The person the mention is read as states it first: "Henry" is a man's given name, but
      // "Henry said" after "Mary Kay Henry" is hers; and its own words only, as the mentions of a
      // surname may be lists that name others, "Hillary Clinton and Bernie Sanders".)
      const gender = (person !== m ? statedGender(person.text, lexicon) : undefined) ?? genderOf(m, mentions, lexicon);
      if (gender && gender !== wanted) continue;
    }
    if (reading.pronoun === 'person' && person) return nearerName && person.sentence < nearerName.sentence ? undefined : person;
    if (wanted && !person && mayBeSomeonesName(m, lexicon, wanted)) nearerName ??= m;
    // "They" stands for several: not "Trump", "his partner" or "Judge Posner" ("it" may be one body).
    // ("It" is one body or one thing: not "Officials", nor "Clinton and Warren".)
    // ("It" speaks for a body or a name, not for an event: "The escape happened near Baytown…, it
    // said" is the prison agency's statement.)
    // ("It" is no one a gender or a full name shows to be a person: not "Comeaux", "the GOP candidate".)
    // (By a name that heads the mention: not "A new ad from Donald Trump's campaign", "A Brooklyn jury".)
    const aPerson = () => m.namedInFull !== undefined || (/^\p{Lu}/u.test(headWord(headPhrase(m.text))) && genderOf(m, mentions, lexicon) !== undefined);
    // ("New Hampshire polls have shown… ¶ Even as they all vowed to carry their campaigns onward":
    // polls and records show and find; they vow, promise and say nothing.)
    if (THEY.test(pronoun) && evidenceHead(m.text, lexicon) && !evidenceCue) continue;
    if (reading.pronoun === 'group' && !m.person && (THEY.test(pronoun) ? several(m.text, lexicon) : !oneOfSeveral(m.text, lexicon) && canSpeakAsIt(m, sentence, lexicon) && !aPerson())) return m;
    // (A person the mention does not name by the role only where the article gives them that
    // role: "the president" is "Mr. Obama" after "President Obama", never whoever spoke last.)
    if (reading.role && (namesRole(m.text, roleText) || (reading.person && m.person && m.kind === 'named' && !titledOtherwise(m.text, roleText, lexicon) && givenRole(m)))) return m;
  }
  return undefined;
}

/**
 * A sentence's subject or source that is a name, not shown to be a person but not shown to be
 * anything else: a proper name at its head that is no body, place, thing or list (the loop has
 * passed those over), not inside a quotation nor reported by a frame, and no gender against the
 * pronoun's ("West" of "…, West landed a sharp dig at…", "Cruz" of "Cruz openly admitted…").
 */
function mayBeSomeonesName(m: Mention, lexicon: AttributionLexicon, wanted: Gender): boolean {
  if (m.kind !== 'named' || m.quoted || m.reported || m.owner) return false;
  // (A speaker counts by its words: "Cruz openly admitted…" opens its sentence, where the tagger's
  // proper name is no evidence, but a source written as a name and nothing else is one.)
  if (!(m.speaker ? SPEAKER_NAME.test(m.text) : m.properName)) return false;
  const gender = statedGender(m.text, lexicon);
  return gender === undefined || gender === wanted;
}

/** A source written as a name alone, of one to three capitalised words: "Cruz", "Van Hollen". */
const SPEAKER_NAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}(?: \p{Lu}[\p{L}'’-]*\p{Ll}){0,2}$/u;

/** Words a quotation runs to at least for the names in it to be someone the speaker talks about. */
const QUOTATION_WORDS = 4;

/** The first word of a name that the lexicon lists as a given name: "Jeb" of "Jeb Bush". */
function firstName(name: string, lexicon: AttributionLexicon): string | undefined {
  return name.match(/\p{Lu}\p{Ll}+/gu)?.find((w) => lexicon.givenNames.has(w.toLowerCase()));
}

/**
 * The capitalised words inside the quotation marks of a sentence whose speaker stands outside
 * them: the people the speaker talks about, whom a pronoun speaker is not.
 */
function namesQuotedBeside(tokens: readonly TaggedToken[], quotes: readonly QuoteSpan[], cue: Cue): ReadonlyMap<string, string | undefined> {
  const names = new Map<string, string | undefined>();
  const speaker = cue.source && tokens[cue.source.first];
  if (!speaker || quotes.length === 0 || insideQuotes(quotes, speaker.start, speaker.end)) return names;
  // (Only a quotation of some length, what someone said: not a nickname or a title in quotation
  // marks, "the hacker known as “Guccifer,”", which names the speaker.)
  const words = new Map<QuoteSpan, number>();
  for (const t of tokens) {
    const span = /^[\p{L}\p{N}]/u.test(t.text) ? quoteHolding(quotes, t.start, t.end) : undefined;
    if (span) words.set(span, (words.get(span) ?? 0) + 1);
  }
  let inner = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const span = quoteHolding(quotes, t.start, t.end);
    if (!span || (words.get(span) ?? 0) < QUOTATION_WORDS) {
      inner = false;
      continue;
    }
    // (Not inside a quotation the quotation quotes: "‘Billie Jean King, you are the Queen,’" is
    // what someone said to the speaker.)
    const next = tokens[k + 1];
    if (!inner && /^[‘']$/.test(t.text) && (t.spaceBefore || /^[“"]$/.test(tokens[k - 1]!.text))) inner = true;
    else if (inner && /^[’']$/.test(t.text) && (next === undefined || next.spaceBefore || next.pos === 'PUNCT')) inner = false;
    if (inner || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    // With the capitalised word before it, which tells "Barbara Bush" from "Mr. Bush".
    const before = tokens[k - 1]!;
    names.set(t.text, /^\p{Lu}\p{Ll}+$/u.test(before.text) && insideQuotes(quotes, before.start, before.end) ? before.text : undefined);
  }
  return names;
}

/** The head noun of a source phrase, before what qualifies it: "source" of "a police source close to him", "diplomat" of "a Western diplomat, who…". */
const unnamedHead = (text: string) => headWord(text.split(/,|\s(?:with|of|from|for|in|at|on|to|close|familiar|who|which|that)\b/)[0]!.trim()).toLowerCase();

/**
 * "the source", "the officer" — "the" and a common noun alone — after a source the story left
 * unnamed whose head is that noun ("a source with knowledge of the team's thinking", "a naval
 * officer"), within the window a pronoun looks back over: that source again. The nearest mention
 * of the noun decides: after "a police source… ¶ Chief Ana Ruiz, a source for…" it is no one unnamed.
 * Only people: a poll or a report the lede leaves unnamed is most often named in the paragraph after.
 */
function metAgainUnnamed(sourceTokens: readonly TaggedToken[], mentions: readonly Mention[], sentence: number, lexicon: AttributionLexicon): Mention | undefined {
  if (sourceTokens.length !== 2 || sourceTokens[0]!.lower !== 'the' || sourceTokens[1]!.pos !== 'NOUN') return undefined;
  // (Not a poll or a report: "according to a new poll. ¶ The survey, conducted by…, finds… ¶ The
  // poll also shows…" is the poll the story has named since.)
  if (lexicon.evidenceNouns.has(sourceTokens[1]!.lower) || lexicon.pollNouns.has(sourceTokens[1]!.lower)) return undefined;
  const noun = sourceTokens[1]!.lower;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (sentence - m.sentence > RESOLUTION_WINDOW) break;
    // (The source brought in is a phrase, "a police source": not a word alone, nor the role again.)
    if (unnamedHead(m.text) !== noun || bareRole(m.text) || !/\s/.test(m.text.trim())) continue;
    return m.kind === 'vague' ? m : undefined;
  }
  return undefined;
}

/** Whether every proper adjective in a role phrase ("The French president", "the Mexican foreign minister") also stands in the mention it resolves to. */
function qualifiedAsNamed(sourceTokens: readonly TaggedToken[], mention: string): boolean {
  const lower = mention.toLowerCase();
  return sourceTokens.every((t, k) => !(k > 0 && t.pos === 'ADJ' && /^\p{Lu}\p{Ll}/u.test(t.text)) || lower.includes(t.lower));
}

/** A mention that is itself a role referring back, with no name in it: "the former president", "The spokesman" (not "a police spokeswoman", who is introduced). */
const bareRole = (text: string) => /^the\s/i.test(text) && !/\s\p{Lu}/u.test(text);

/** A mention that carries a title other than the role asked for: "Senate Minority Leader Harry Reid" is not "the president". */
/**
 * Does a mention hold the role as its head or its title ("the Clinton campaign", "White House
 * spokesman Josh Earnest", "the chief of staff") rather than as a word that modifies another
 * noun ("campaign" in "Trump's campaign chief", which "the campaign" does not refer to)? The
 * role ends the mention, or a comma, a preposition or a capitalised name follows it.
 */
function namesRole(mention: string, role: string): boolean {
  const lower = mention.toLowerCase();
  for (let at = lower.indexOf(role); at !== -1; at = lower.indexOf(role, at + 1)) {
    const end = at + role.length;
    if (at > 0 && /[\p{L}\p{N}]/u.test(lower[at - 1]!)) continue;
    // ("Vice President Ada Vik" is not "the president"; "Lt. Gregg Hastings of the Oregon State
    // Police" is no more "the police" than he is the state: the role inside his "of" phrase is
    // the body's, not his; "One of them, UnitedHealth Group" still names "the group". So too a
    // "from" or "by" phrase: "A new ad from Donald Trump's presidential campaign" is no campaign;
    // and an "at", "for" or "with" one: "Dana Tamir, director at security company Trusteer" is no
    // company, nor is a spokesman for one.)
    if (anotherTitleBefore(lower.slice(0, at), role) || /\b(?:of|from|by|at|for|with)\b[^,]*$/.test(lower.slice(0, at))) continue;
    if (/^(?:$|[,;()]|\s+(?:of|for|at|in|from|to|with|on)\b|\s+\p{Lu})/u.test(mention.slice(end))) return true;
  }
  return false;
}

function titledOtherwise(text: string, role: string, lexicon: AttributionLexicon): boolean {
  const words: string[] = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return !words.includes(role) && words.some((w) => lexicon.personRoles.has(w));
}

function wordsAllQuoted(tokens: readonly TaggedToken[], quotes: readonly QuoteSpan[]): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  return words.length > 0 && quotes.length > 0 && words.every((t) => insideQuotes(quotes, t.start, t.end));
}

/**
 * How running text ends: a sentence's last mark, then closing marks — as scrapes write them too,
 * after a space ("…species. \"") or curled the wrong way ("…he said. “They see that. “") — and
 * perhaps a bracketed credit ("…internet assets. [Reuters]") or a quotation's credit after a dash
 * ("…a bully.” ― Veronica Cruz").
 */
const RUNNING_TEXT_END = /[.!?…](?:\s?["'”’»)\]“])*(?:\s+\[[^\]\n]{1,60}\]|["”»]\s*[―—–]\s*\p{Lu}[\p{L}\p{M}.,'’ -]{0,80})?$/u;

/** A sentence that ends on a closing quotation mark. */
const closesWithQuote = (text: string) => /["”»]\s*$/u.test(text);

/** A sentence that ends on a quoted question or exclamation: "…endorsing him?”", "…she's wrong!''". */
const ASKED_OR_EXCLAIMED = /[?!](?:["”»]|'')\s*$/u;

/** Content blocks that read as running text (headlines and labels carry no claims). */
export function isRunningText(block: Block): boolean {
  // Emoji after the last sentence ("…on Monday. 👇") do not make it a label.
  return RUNNING_TEXT_END.test(trimEdgeEmoji(block.text));
}

/**
 * A paragraph that ends on a colon introduces what follows it ("He said:", "In a 1963 speech, he
 * declared:"): its sentences are read like running text, and its speaker may speak the next one.
 */
const endsOnColon = (text: string) => /:$/u.test(text.trimEnd());

/**
 * "…didn't do well stateside but was a hit internationally.”": a sentence that ends on a closing
 * quotation mark and opens none closes a quotation opened before it, which the quotation spans
 * did not reach (a paragraph break or a scraper's stray mark between): its words are quoted, not
 * the writer's claim.
 */
const closesEarlierQuote = (text: string) => {
  const trimmed = text.trimEnd();
  if (/[“«]/u.test(trimmed)) return false;
  if (/”$/u.test(trimmed)) return true;
  return /[.!?,]\s?"$/u.test(trimmed) && (trimmed.match(/"/g) ?? []).length === 1;
};

/**
 * Names of several capitalised words that the article writes before a spokesperson, an official
 * or an employee (lexicon `bodyStaff`: "a France Telecom spokeswoman", "the Platte River
 * employee"): a body's name, though two capitalised words read as a person's, so no "he" or "she"
 * stands for it. (One word is left alone: "a Clinton spokesman" speaks for a person.)
 */
function spokenForAsBody(article: Article, name: string, lexicon: AttributionLexicon): boolean {
  let known = BODIES_SPOKEN_FOR.get(article);
  if (!known || known.lexicon !== lexicon) {
    const names = new Set([...article.text.matchAll(NAME_BEFORE_WORD)].filter((m) => lexicon.bodyStaff.has(m[2]!)).map((m) => m[1]!.replace(/\s+/g, ' ')));
    known = { lexicon, names };
    BODIES_SPOKEN_FOR.set(article, known);
  }
  return known.names.size > 0 && known.names.has(name);
}

const BODIES_SPOKEN_FOR = new WeakMap<Article, { lexicon: AttributionLexicon; names: ReadonlySet<string> }>();
/** "a" or "the", a name of two to four capitalised words, and the word in lower case after it. */
const NAME_BEFORE_WORD = /(?<![\p{L}\p{N}])(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s+(\p{Ll}+)(?![\p{L}\p{N}])/gu;

/** Words that open a clause of their own: after one, the cue's complement is written out before the colon. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', 'which', 'while', 'because']);

/**
 * The speaker a colon hands the next paragraph: the own source of a sentence that ends on the
 * colon right after its speech verb and the verb's circumstances ("said in a statement Tuesday:",
 * "told reporters:", "Stated Stone:"). Not one whose object is already written ("tweeted the
 * transcript for context:", "noted the sparse attendance:", "said the bill would:"), whose cue
 * stands in a clause of its own ("…while China breaks WTO rules:"), nor a position or a label:
 * those name no words the next paragraph could be.
 */
function introducedSpeaker(result: SentenceAttribution | undefined, lexicon: AttributionLexicon): SourceAttribution | undefined {
  const source = result?.source;
  if (!result || !source || source.carried || source.form !== 'verb' || source.kind === 'impersonal' || !endsOnColon(result.text)) return undefined;
  let hearer = false;
  let inPhrase = false;
  for (const t of result.tokens) {
    if (t.start >= source.start && t.end <= source.end) continue;
    if (t.end <= source.cueEnd) {
      // Before the cue: only a clause opener matters ("As Fox News reported:" is the sentence's own).
      if (t.start < source.cueStart && CLAUSE_OPENERS.has(t.lower)) return undefined;
      if (t.pos === 'VERB' && t.start >= source.cueStart) hearer = lexicon.hearerVerbs.has(t.lemma);
      continue;
    }
    if (t.pos === 'PUNCT' || t.pos === 'ADV' || isTimeWord(t)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.lower)) return undefined;
    if (t.pos === 'ADP') inPhrase = true;
    else if (!inPhrase && !hearer) return undefined;
  }
  return source;
}

/** A label that says whom its speaker addresses: "Lindqvist to council:". */
const addressesSomeone = (cue: Cue) => cue.source !== undefined && cue.source.last + 1 < cue.cue.first;

/**
 * A headline's cue, as headlines write them (its labels are checked once the story is read:
 * speaksBelow). A verb in a past form is a passive participle, since headlines tell the past in
 * the present: "Ex-mayor accused of fraud" names who was accused, not who accuses ("Mark Felt
 * dies": a name the tagger read as a verb).
 */
function headlineCue(tokens: readonly TaggedToken[], cue: Cue | undefined): Cue | undefined {
  const verb = cue && cue.form !== 'label' && cue.form !== 'impersonal' ? tokens[cue.cue.last] : undefined;
  // Present ("says", "warn") and infinitive forms speak; a past form or a participle describes.
  const pastOrParticiple = verb !== undefined && verb.lower !== verb.lemma && !/s$/.test(verb.lower);
  return pastOrParticiple ? undefined : cue;
}

/**
 * A headline's label names a speaker only if the article below gives that speaker something to
 * say: "Sheriff: …" over "…, the sheriff said"; "Lindqvist to council: …" over "Lindqvist told
 * the council…". Not a dateline ("Paris: …") or a run-in title ("Tickets to the islands: …"),
 * whose words nobody in the story speaks.
 */
function speaksBelow(label: SourceAttribution, results: readonly SentenceAttribution[], headline: number): boolean {
  const last = label.text.toLowerCase().match(/[\p{L}\p{N}]+$/u)?.[0];
  if (!last) return false;
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${last}($|[^\\p{L}\\p{N}])`, 'u');
  return results.some((r) => r.blockIndex !== headline && r.source !== undefined && !r.source.carried && (word.test(r.source.text.toLowerCase()) || word.test((r.source.as ?? '').toLowerCase())));
}

/**
 * "CHARLESTON - Front-runner Anna Berg…": a word in capitals that opens the sentence right before
 * a dash or a comma is a dateline's place, which the tagger may read as a verb; read as one, it
 * hides the subject after it from later pronouns.
 */
function datelineReadAsVerb(tokens: readonly TaggedToken[]): boolean {
  const first = tokens[0]!;
  return first.pos === 'VERB' && /^\p{Lu}{3,}$/u.test(first.text) && /^[-–—,]$/.test(tokens[1]!.text);
}

/**
 * "Will" with its capital before a verb's present in -s ("…after the attacks, Will believes
 * Christie has…", "Will says"): the modal never takes that form, so the word is a name (the
 * columnist George Will), which else stands as an auxiliary and leaves the verb no subject.
 */
function nameReadAsModal(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.pos === 'AUX' && t.text === 'Will' && next !== undefined && next.pos === 'VERB' && /^\p{Ll}+s$/u.test(next.text) && next.lemma !== next.lower;
}

/**
 * "Columnist George Will said…": a capitalised modal right after a given name is the surname,
 * which the tagger read as "will".
 */
function surnameReadAsModal(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  const given = tokens[i - 1]!;
  return t.pos === 'AUX' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && given.pos === 'PROPN' && /^\p{Lu}/u.test(given.text) && lexicon.givenNames.has(given.lower);
}

/**
 * Words the tagger misreads, set right before any rule reads the sentence: a quantifier read as
 * an adverb before its verb ("Most believe…"); "further" and "since" read as a verb and a
 * conjunction before one ("She further announced…", "She has since stressed…"); the "'s" of "he's
 * said" read as "is"; a plural noun read as a verb after "have" ("have claims"); a word of a
 * person's name read as a verb ("Texas Sen. Ted Cruz", "spokesman Hope Hicks", "Attorney General
 * Loretta Lynch is…"), which else ends the speaker's phrase, stands as the clause's verb or is
 * taken for the cue ("Hope"); and a verb of speech read as a plural noun ("“…,” Viguerie notes.").
 * A copy of the sentence's tokens when one changes; the tagger's stay as they were.
 */
function readMisreadWords(tagged: TaggedToken[], text: string, lexicon: AttributionLexicon): TaggedToken[] {
  let tokens = tagged;
  // A quantifier read as an adverb before its verb ("Most believe that…") is the verb's subject;
  // "further" read as a verb before one ("She further announced that…") is its adverb, and so is
  // "since" read as a conjunction between "has" and a verb ("She has since stressed that…").
  for (let k = 0; k < tokens.length; k++) {
    const further = tokens[k]!.lower === 'further' && tokens[k]!.pos === 'VERB' && tokens[k + 1]?.pos === 'VERB';
    const since = tokens[k]!.lower === 'since' && tokens[k - 1]?.pos === 'AUX' && /^(has|have|had)$/.test(tokens[k - 1]!.lower) && tokens[k + 1]?.pos === 'VERB';
    const has = contractedHas(tokens, k, lexicon);
    if (nameReadAsModal(tokens, k)) {
      if (tokens === tagged) tokens = tagged.slice();
      tokens[k] = { ...tokens[k]!, pos: 'PROPN', lemma: tokens[k]!.lower };
      continue;
    }
    if (presentReadAfterHave(tokens, k)) {
      if (tokens === tagged) tokens = tagged.slice();
      tokens[k] = { ...tokens[k]!, pos: 'NOUN' };
      continue;
    }
    if (has) {
      if (tokens === tagged) tokens = tagged.slice();
      tokens[k] = { ...tokens[k]!, lemma: 'have' };
      continue;
    }
    if (!further && !since && !quantifierReadAsAdverb(tokens, k)) continue;
    if (tokens === tagged) tokens = tagged.slice();
    tokens[k] = { ...tokens[k]!, pos: further || since ? 'ADV' : 'PRON' };
  }
  // ("The polling showed a virtual dead heat": a word in -ing after an article and before a finite
  // verb is a noun, the verb's subject; the tagger read a participle. So after a possessive: "a
  // source with knowledge of the 76ers' thinking said…".)
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(t.text) || !determinerBefore(tokens, k)) continue;
    const next = tokens[k + 1]!;
    if (!(next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.lower)))) continue;
    if (tokens === tagged) tokens = tagged.slice();
    tokens[k] = { ...t, pos: 'NOUN', lemma: t.lower };
  }
  // ("…, the security lead at Microsoft, said": a verb's plain form cannot follow a singular noun
  // its article opens, as its verb; before a preposition or a comma it is the phrase's noun.)
  for (let k = 2; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || t.lower !== t.lemma || !/^\p{Ll}+$/u.test(t.text) || /(ing|ed)$/.test(t.lower)) continue;
    // (Not before a particle, which a verb whose past is its plain form takes: "His office put out
    // a statement", "The clerk read out…"; nor one that may open where the verb acts: "…the
    // conservative movement speak in one voice".)
    if (!((tokens[k + 1]!.pos === 'ADP' && !VERB_PARTICLES.test(tokens[k + 1]!.lower)) || tokens[k + 1]!.text === ',')) continue;
    const noun = tokens[k - 1]!;
    if (noun.pos !== 'NOUN' || /s$/.test(noun.lower)) continue;
    let m = k - 2;
    while (m >= 0 && /^(NOUN|ADJ)$/.test(tokens[m]!.pos)) m--;
    // (The article's phrase, not one a preposition governs, which may end before the subject's
    // verb: "their allies in the conservative movement speak…".)
    if (m < 0 || !determinerBefore(tokens, m + 1) || tokens[m - 1]?.pos === 'ADP') continue;
    if (tokens === tagged) tokens = tagged.slice();
    tokens[k] = { ...t, pos: 'NOUN', lemma: t.lower };
  }
  // ("Felt, an associate director at the FBI, said…": a surname the tagger read as a verb opens
  // the sentence before an aside and the verb of speech after it; "Felt said…" is read as a name
  // where the cue is found. So before a modal and a verb of speech: "Fanning couldn't say…, but
  // said…".)
  if (tokens.length > 2 && (tokens[1]!.text === ',' || tokens[1]!.pos === 'AUX') && nameWordReadAsVerb(tokens, 0) && !cappedHeadline(text)) {
    if (tokens === tagged) tokens = tagged.slice();
    tokens[0] = { ...tokens[0]!, pos: 'PROPN', lemma: tokens[0]!.lower };
  }
  if (tokens.length > 1 && datelineReadAsVerb(tokens)) {
    if (tokens === tagged) tokens = tagged.slice();
    tokens[0] = { ...tokens[0]!, pos: 'PROPN', lemma: tokens[0]!.lower };
  }
  for (let i = 1; i < tokens.length; i++) {
    // A verb of speech read as a noun: after a name, a plural ("“…,” Viguerie notes.", "Democrats,
    // Frank notes, applaud…", "Frank quotes Alfred Kahn:"), or after a comma and before what was
    // said, a participle ("…had mobilized, warning that the deal would…").
    const speechVerb = speechVerbReadAsNoun(tokens, i, lexicon) ? speechLemma(tokens[i]!.lower, lexicon) : speechParticipleReadAsNoun(tokens, i, lexicon);
    if (speechVerb) {
      if (tokens === tagged) tokens = tagged.slice();
      tokens[i] = { ...tokens[i]!, pos: 'VERB', lemma: speechVerb };
      continue;
    }
    const contactVerb = cueVerbInContactRelative(tokens, i, lexicon);
    if (contactVerb) {
      if (tokens === tagged) tokens = tagged.slice();
      tokens[i] = { ...tokens[i]!, pos: 'VERB', lemma: contactVerb };
      continue;
    }
    if (!nameWordReadAsVerb(tokens, i) && !surnameReadAsModifier(tokens, i) && !surnameReadAsModal(tokens, i, lexicon)) continue;
    if (tokens === tagged) {
      // (Not in a line in title case, where every verb is capitalised: "Zoe Saldana Asked Men Everywhere To…".)
      if (cappedHeadline(text)) return tagged;
      tokens = tagged.slice();
    }
    tokens[i] = { ...tokens[i]!, pos: 'PROPN', lemma: tokens[i]!.lower };
    // ("a spokesman for Ted Cruz": the "for" the tagger read as opening a verb's clause is a preposition.)
    const before = tokens[i - 1]!;
    if (before.pos === 'SCONJ' && before.lower === 'for') tokens[i - 1] = { ...before, pos: 'ADP' };
  }
  return tokens;
}

/** Prepositions that may be a verb's particle or say where it acts: "put out", "speak in". */
const VERB_PARTICLES = /^(out|up|off|down|over|back|away|in|on|into|through|around|about)$/;

/**
 * An article or a possessive right before token `k`, which opens a noun phrase there: "the",
 * "a", "an", the tagger's possessive mark, a possessive pronoun, or the apostrophe of a plural that
 * it reads as punctuation ("the 76ers' thinking").
 */
function determinerBefore(tokens: readonly TaggedToken[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  if (/^(the|a|an)$/i.test(before.text) || isPossessiveMark(before) || (before.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(before.lower))) return true;
  return /^['’]$/.test(before.text) && /s$/i.test(tokens[k - 2]?.text ?? '') && !before.spaceBefore;
}

/**
 * "Vietnam, the Philippines and Taiwan have claims in the area": a verb's present in -s cannot
 * follow the auxiliary "have", which takes a participle; the word is a plural noun, the object of
 * "have" as a main verb (the tagger read "have" as the auxiliary and "claims" as a verb of speech).
 */
function presentReadAfterHave(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (t.pos !== 'VERB' || before?.pos !== 'AUX' || before.lemma !== 'have') return false;
  return t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`;
}

/**
 * "He's said he will fight…", "Haugland, who's argued for years that…": after a person's pronoun,
 * "'s" before the participle of a verb of speech is "has", not the "is" of a passive ("it's said
 * that…", "he's said to be…", "she's accused of…" stay passives).
 */
function contractedHas(tokens: readonly TaggedToken[], k: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'AUX' || t.lemma !== 'be' || !/^['’]s$/.test(t.text) || !/^(he|she|who)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  const verb = tokens[k + 1];
  if (verb?.pos !== 'VERB' || verb.lower === verb.lemma || /ing$/.test(verb.lower) || !lexicon.speech.has(verb.lemma)) return false;
  // (A verb whose object comes before its preposition, met by the preposition at once, is passive.)
  const after = tokens[k + 2]?.lower ?? '';
  return !/^(to|by)$/.test(after) && lexicon.objectFirstVerbs.get(verb.lemma)?.has(after) !== true;
}

/**
 * The speech verb a word in -ing read as a noun is the participle of, right after a comma and
 * right before what was said ("that", a quotation mark, a colon): "…, warning that…".
 */
function speechParticipleReadAsNoun(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): string | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.pos !== 'NOUN' || tokens[i - 1]?.text !== ',' || !/^\p{Ll}+ing$/u.test(t.text) || !next) return undefined;
  if (!(next.lower === 'that' || next.text === ':' || /^["“]$/.test(next.text))) return undefined;
  const stem = t.lower.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].find((lemma) => lemma.length > 1 && lexicon.speech.has(lemma));
}

/** The speech verb whose present "notes", "quotes" or "says" is, if any. */
function speechLemma(word: string, lexicon: AttributionLexicon): string | undefined {
  if (!word.endsWith('s')) return undefined;
  for (const lemma of [word.slice(0, -1), word.slice(0, -2), word === 'says' ? 'say' : '']) if (lemma && lexicon.speech.has(lemma)) return lemma;
  return undefined;
}

/**
 * "The plan, which analysts estimate will cost $10 trillion, …": a verb of speech or belief the
 * tagger read as a noun, between a relative clause's subject and the verb of the clause it
 * reports, whose subject the relative pronoun is ("which" … "will cost"). Its lemma, or undefined.
 */
function cueVerbInContactRelative(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): string | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.pos !== 'NOUN' || !/^\p{Ll}/u.test(t.text) || next?.pos !== 'AUX') return undefined;
  const lemma = cueLemma(t, lexicon);
  if (lemma === undefined || !(lexicon.speech.has(lemma) || lexicon.clausal.has(lemma))) return undefined;
  // (The relative clause's subject: a noun phrase of a few words right after the pronoun, an
  // adverb of degree at most before it, "which even critics say"; or a quantifier standing alone
  // for people, "which some say".)
  let k = i - 1;
  const subjectWord = (x: TaggedToken) => /^(DET|ADJ|NOUN|PROPN)$/.test(x.pos) || (x.pos === 'ADV' && CONTACT_SUBJECT_ADVERBS.test(x.lower));
  while (k > 0 && i - k <= CONTACT_SUBJECT_WORDS && !RELATIVE_PRONOUNS.test(tokens[k]!.lower) && subjectWord(tokens[k]!)) k--;
  const quantifier = PEOPLE_QUANTIFIERS.test(tokens[i - 1]!.lower);
  if (k >= i - 1 || !RELATIVE_PRONOUNS.test(tokens[k]!.lower) || !(/^(NOUN|PROPN)$/.test(tokens[i - 1]!.pos) || quantifier)) return undefined;
  // (A relative pronoun on a noun before it, or on one a comma or a dash closes, or on "one"; not a
  // question's "which" nor a demonstrative "that": "Which swing state is…", "…frustrated that
  // New York state is…".)
  const antecedent = /^[,—–]$/.test(tokens[k - 1]?.text ?? '') ? tokens[k - 2] : tokens[k - 1];
  if (!/^(NOUN|PROPN)$/.test(antecedent?.pos ?? '') && antecedent?.lower !== 'one') return undefined;
  // (The verb agrees with the noun before it, a plural with a plain form, a singular with one in
  // -s: "analysts estimate", "the kingdom hopes"; not a compound's head, "battleground states",
  // "onside kick call".)
  const plural = quantifier || (/s$/.test(tokens[i - 1]!.lower) && tokens[i - 1]!.pos === 'NOUN');
  const presentS = t.lower !== lemma && /s$/.test(t.lower);
  return t.lower !== 'states' && plural !== presentS ? lemma : undefined;
}

/** Pronouns that open a relative clause whose object they are ("which analysts estimate…"). */
const RELATIVE_PRONOUNS = /^(which|that|whom)$/;

/** The most words of a relative clause's subject before a verb read as a noun ("which most analysts estimate"). */
const CONTACT_SUBJECT_WORDS = 3;

/** Adverbs of degree that may open a relative clause's subject: "which even critics say…". */
const CONTACT_SUBJECT_ADVERBS = /^(even|also|still)$/;

/** Quantifiers that stand alone for people, as a plural subject: "which some say…", "that many believe…". */
const PEOPLE_QUANTIFIERS = /^(some|many|most|others|few|several)$/;

/**
 * A verb of speech in the present the tagger read as a plural noun: right after a capitalised
 * name (not "the notes", "his remarks") and before what a speaker's verb takes — "that", a
 * quotation, a name or a pronoun — or, after a quotation or as an aside, a comma or the end.
 */
function speechVerbReadAsNoun(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !/^\p{Ll}/u.test(t.text) || speechLemma(t.lower, lexicon) === undefined) return false;
  if (t.lower !== 'states' && afterOpeningSubject(tokens, i)) return true;
  if (tokens[i - 1]?.pos !== 'PUNCT' && tokens[i - 1]?.pos !== 'PROPN') return false;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (!before || !next) return false;
  // ("Gerry O'Brien, a GOP consultant, notes that…": after the comma that closes a name's description.)
  if (before.text === ',' && next.lower === 'that' && tokens[0]?.pos === 'PROPN' && tokens[1]?.pos === 'PROPN' && tokens.slice(2, i - 1).some((x) => x.text === ',')) return true;
  if (!isCapitalisedName(before) || /^['’]s$/.test(before.text)) return false;
  // ("states" only before "that": "Rust Belt states Indiana, Michigan…" are states.)
  if (t.lower === 'states' && next.lower !== 'that') return false;
  // (Nor before "that" and a verb: "Rust Belt states that have suffered…", "Most Southern states
  // that will hold…" — "that" is a relative clause's subject, and the word before it a noun.)
  if (next.lower === 'that' && relativeVerb(tokens[i + 2])) return false;
  if (next.lower === 'that' || /^["“‘']$/.test(next.text) || next.text === ':') return true;
  if ((next.pos === 'PROPN' || next.pos === 'PRON') && /^\p{Lu}|^(he|she|they|it|we|i)$/u.test(next.text)) return true;
  // "…,” Viguerie notes.", "…, the Los Angeles Times reports.": the sentence's last words, after
  // the quotation or the clause they credit; "Democrats, Frank notes, applaud…": an aside.
  let run = i - 1;
  while (run > 0 && tokens[run - 1]!.pos === 'PROPN') run--;
  const credited = tokens[tokens[run - 1]?.lower === 'the' ? run - 2 : run - 1];
  const closing = credited !== undefined && (credited.text === ',' || /^[”"’']$/.test(credited.text));
  return (next.text === '.' && closing && i + 2 >= tokens.length) || (next.text === ',' && closing);
}

/**
 * "British diplomat praises Obama's presidency", "The nearly 90-second ad slams Kasich for…",
 * "Trump questions the fairness of moderators": a verb of speech in -s the tagger read as a
 * plural noun, right after a singular subject that opens the sentence, and before its object (a
 * determiner, a name, an object pronoun) or what was said ("that" opening no relative clause:
 * not "Pilot reports that were filed late…"). With an object, nothing later may be the clause's
 * verb instead ("Pilot reports the mayor released were late").
 */
function afterOpeningSubject(tokens: readonly TaggedToken[], i: number): boolean {
  const subject = tokens[i - 1];
  if (!subject || !((subject.pos === 'NOUN' && !/s$/.test(subject.lower)) || (subject.pos === 'PROPN' && /^\p{Lu}/u.test(subject.text)))) return false;
  for (let k = i - 2; k >= 0; k--) {
    const x = tokens[k]!;
    if (x.pos === 'DET' && k === 0) break;
    if (!/^(NOUN|PROPN|ADJ|NUM|ADV)$/.test(x.pos) && x.text !== '-') return false;
  }
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.lower === 'that' || next.text === ':' || /^["“]$/.test(next.text)) return !relativeVerb(tokens[i + 2]);
  const object = next.pos === 'DET' || (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)) || /^(him|her|them|it|this|us|me)$/.test(next.lower);
  if (!object) return false;
  for (let k = i + 2; k < tokens.length && tokens[k]!.text !== ';'; k++) {
    const x = tokens[k]!;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && /(s|ed)$/.test(x.lower) && /^(NOUN|PROPN|PRON)$/.test(tokens[k - 1]!.pos))) return false;
  }
  return true;
}

/** A one-sentence first paragraph this short is the headline. */
const HEADLINE_WORDS = 16;

/** The most words of a paragraph that only leads in to what follows ("Transcript as follows:", "His exact words:"). */
const LEAD_IN_WORDS = 6;

/**
 * A few words without a name, a figure or a capital past the first word ("His exact words:").
 * (The first word's capital may make the tagger read a name, "Transcript as follows:", but not
 * before a verb: "Stone continued:".)
 */
function namesNoOne(tokens: readonly TaggedToken[]): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const nameFirst = words[0]?.pos === 'PROPN' && /^(VERB|AUX)$/.test(words[1]?.pos ?? 'VERB');
  return words.length <= LEAD_IN_WORDS && !nameFirst && words.every((t, k) => t.pos !== 'NUM' && (k === 0 || (t.pos !== 'PROPN' && !/^\p{Lu}/u.test(t.text))));
}

/** A sentence while its paragraph is read, with what the quote carry-over needs to know. */
interface Entry {
  result: SentenceAttribution;
  /** Inside a quotation: every word quoted, or it opens mid-quote. */
  inQuote: boolean;
  hasQuote: boolean;
  /** A dash and a name crediting the quotation before it ("― Dana Ruiz"). */
  credit?: boolean;
}

/** Does the sentence open inside a quotation that began before it (a quote's second sentence)? */
function opensMidQuote(tokens: readonly TaggedToken[], quotes: readonly QuoteSpan[], start: number): boolean {
  const first = tokens.find((t) => t.pos !== 'PUNCT');
  if (!first) return false;
  const span = quoteHolding(quotes, first.start, first.end);
  return span !== undefined && span.start < start;
}

/** A source that may be carried to a quotation: one that names someone or a group. */
const carriable = (source: SourceAttribution | undefined) => (source && source.kind !== 'impersonal' ? source : undefined);

/** How the pass decides "unattributed", for training its model. */
export interface UnsourcedDecision {
  /** The model that keeps or drops the rules' candidates: the committed one when absent, the rules alone when null. */
  model?: UnsourcedModel | null;
  /** Called with each candidate the rules find, its features, before the model decides. */
  onCandidate?: (sentence: SentenceAttribution, features: Float64Array, context: UnsourcedContext) => void;
  /** The verbs' cue rates the features read, when not the model's own (training). */
  cueRates?: ReadonlyMap<string, number>;
  /** The learned cue verbs, when not the committed ones (training them). */
  learnedCues?: ReadonlySet<string>;
  /** The check-worthiness model that finds the candidates, when not the committed one (training after it). */
  checkWorthy?: CheckWorthyModel | null;
  /** The model that has the last word on a flag, when not the committed one; null: the two sentence models decide by their thresholds. */
  flagModel?: FlagModel | null;
  /** Called with each candidate the flag model weighs, and its features (training that model). */
  onFlagCandidate?: (sentence: SentenceAttribution, features: Float64Array) => void;
  /** The model that keeps or drops a vague-source warning, when not the committed one; null: every warning the rules leave stands. */
  vagueModel?: VagueModel | null;
  /** Called with each vague source the model weighs, and its features (training that model). */
  onVagueCandidate?: (sentence: SentenceAttribution, features: Float64Array) => void;
}

const NO_RATES: ReadonlyMap<string, number> = new Map();

/** What is known of the document beside its text: the name of its file, which may date it. */
export interface DocumentContext {
  fileName?: string;
}

export function attributeSentences(
  article: Article,
  contentBlocks: ReadonlySet<number>,
  extensions: AttributionExtensions = {},
  decision: UnsourcedDecision = {},
  documentContext: DocumentContext = {},
): SentenceAttribution[] {
  const model = decision.model === undefined ? defaultUnsourcedModel() : decision.model;
  const checkWorthy = decision.checkWorthy === undefined ? defaultCheckWorthyModel() : decision.checkWorthy;
  const flagModel = decision.flagModel === undefined ? defaultFlagModel() : decision.flagModel;
  // With both sentence models at hand, their probabilities and the article's shape decide
  // together (flagModel.ts), once the whole article is read.
  const weighed = (flagModel || decision.onFlagCandidate) && checkWorthy && model ? { checkWorthy, model } : undefined;
  const flagCandidates: { result: SentenceAttribution; checkWorthy: number; ownVoice: number; listed: boolean }[] = [];
  const lexicon = decision.learnedCues ? { ...attributionLexicon(extensions), learnedCues: decision.learnedCues } : attributionLexicon(extensions);
  const results: SentenceAttribution[] = [];
  const mentions: Mention[] = [];
  // What the paragraph before hands on: the speaker of a quote it leaves open (or of the quote
  // paragraph it is), the source of its last sentence, and its quoted sentences still without a
  // speaker, which a quote paragraph right after it may name.
  let previousOpenQuote: SourceAttribution | undefined;
  // Whether that quote closed: then it is a quote paragraph's speaker, who goes on only where the
  // next paragraph names no speaker of its own.
  let previousQuoteClosed = false;
  // Whether the paragraph before ended inside a quotation it opened and did not close.
  let previousLeftOpen = false;
  let previousLastSource: SourceAttribution | undefined;
  // The speaker a paragraph ending on "he said:" hands the paragraph after it.
  let previousIntroduced: SourceAttribution | undefined;
  let pending: SentenceAttribution[] = [];
  // Sentences of a quotation the paragraph before left open, credited only by a guess (the source
  // of the paragraph before theirs): the speaker where the quotation closes, if it closes in the
  // next paragraph without opening again, speaks them.
  let runOn: SentenceAttribution[] = [];
  // An interview's answer that runs on over paragraphs of its own until the next question.
  let previousAnswer: SourceAttribution | undefined;
  // The article's first content paragraph: a short one-sentence one is its headline.
  // A poll named so far in the article: the source of the shares that follow.
  let pollSeen = false;
  // When the story is told: read once, for the first sentence that may be flagged.
  let time: StoryTime | undefined;
  let firstContent = Infinity;
  for (const index of contentBlocks) firstContent = Math.min(firstContent, index);

  // The headline is read in the case running text would give it. Without a full stop it states
  // no claim of this pass (corroboration reads it as one), but it may name its source ("Mayor to
  // council: …", "Lindqvist says bridge will open").
  // (A headline has a story below it: a lone line is not one.)
  const headline = contentBlocks.size > 1 ? headlineLine(article, contentBlocks) : undefined;
  // The running text of the content, and the paragraphs that introduce what follows them, tagged
  // in one go.
  // (A sentence a stray line break cut in two is read whole: see brokenLines.ts.)
  const blocks = readingBlocks(article, (above, below) => contentBlocks.has(above.index) && contentBlocks.has(below.index) && above !== headline);
  const running = blocks.filter((block) => contentBlocks.has(block.index) && (isRunningText(block) || (block !== headline && endsOnColon(trimEdgeEmoji(block.text)))));
  const tagged = new Map(tagPieces(running).map((tokens, i) => [running[i]!, tokens]));
  // Paragraphs inside a quotation that runs over them without a mark and closes below.
  const unmarkedRunOn = unmarkedRunOnParagraphs(blocks.map((b) => (b !== headline && tagged.has(b) ? b.text : undefined)));
  for (const [blockAt, block] of blocks.entries()) {
    const headlineOnly = block === headline && !tagged.has(block);
    const tokens = block === headline && (headlineOnly || cappedHeadline(block.text)) ? taggedHeadline(article, block) : tagged.get(block);
    if (!tokens) {
      previousOpenQuote = undefined;
      previousLeftOpen = false;
      previousLastSource = undefined;
      previousIntroduced = undefined;
      previousAnswer = undefined;
      pending = [];
      runOn = [];
      continue;
    }
    // ("“This is just a side street." then "We want to have a stop sign.”": a scrape may break a
    // quotation into paragraphs without opening it again; what runs up to its closing mark is
    // still quoted. Its span opens just before the paragraph, where a mark would stand: a span
    // holds what comes after its opening mark.)
    const runOnEnd: number = previousLeftOpen && !opensWithQuote(block.text) ? runOnClose(block.text) : -1;
    // (A paragraph the quotation runs over whole is quoted from just before it to its end.)
    const unmarked = previousLeftOpen && unmarkedRunOn.has(blockAt);
    const quotes: QuoteSpan[] = unmarked
      ? [{ start: block.start - 1, end: block.end, closed: false }]
      : runOnEnd === -1
        ? quoteSpans(block.text, block.start)
        : spansAfterRunOn(block.text, block.start, runOnEnd);
    const entries: Entry[] = [];

    let first = 0;
    for (const sentence of block.sentences) {
      // Tokens and sentences both run in text order: each sentence's tokens follow the last one's.
      while (first < tokens.length && tokens[first]!.start < sentence.start) first++;
      let sentenceTokens: TaggedToken[] = [];
      for (let k = first; k < tokens.length && tokens[k]!.start <= sentence.end; k++) if (tokens[k]!.end <= sentence.end) sentenceTokens.push(tokens[k]!);
      const tagged = sentenceTokens;
      sentenceTokens = joinPhrasalSpeech(readMisreadWords(tagged, sentence.text, lexicon), lexicon);
      const index = results.length + entries.length;
      const result: SentenceAttribution = {
        blockIndex: block.index,
        tokens: sentenceTokens,
        tagged,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        claim: !headlineOnly && isClaim(sentenceTokens, lexicon),
        ...(headlineOnly ? { headline: true } : {}),
        ...(block === headline ? { inHeadline: true } : {}),
      };
      // ("“…” ― Dana Ruiz": a dash and a name right after a quotation credit it.)
      const credit = entries.at(-1)?.hasQuote && closesWithQuote(entries.at(-1)!.result.text) ? dashCredit(sentenceTokens) : undefined;
      // ("“Why are you still endorsing him?” Obama asked Republican politicians.": a quotation
      // that ends on a question or an exclamation ends its sentence, and its frame follows alone.)
      const before = entries.at(-1);
      const afterAsked = before?.inQuote === true && ASKED_OR_EXCLAIMED.test(before.result.text);
      const cueFound = credit ?? findCue(sentenceTokens, quotes, lexicon, block === headline) ?? (afterAsked ? quoteVerbFrame(sentenceTokens, lexicon) : undefined);
      const found = cueFound && unburySubject(sentenceTokens, cueFound, lexicon);
      const framed = !credit && found !== undefined && afterAsked && creditsQuoteBefore(sentenceTokens, found);
      // ("Limited tools to fight terror: …" in a paragraph is a subheading run in, not a speaker.)
      const cue = headlineOnly ? headlineCue(sentenceTokens, found) : found?.form === 'label' && addressesSomeone(found) && block !== headline ? undefined : found;
      // A name earlier in the same sentence is what its pronoun refers to ("Ana Sousa visited
      // Lisbon, where she said…").
      const subject = sentenceSubject(sentenceTokens, lexicon);
      // (The main clause's, after an opening phrase or clause: "Just this week, the trade group…
      // spelled out its concerns as it commented…" — "it" is the trade group.)
      const mainSubject = mainClauseSubject(sentenceTokens, lexicon);
      const subjectMention = namedSubject(article, sentenceTokens, mainSubject ?? subject, index, quotes, lexicon);
      if (cue) {
        const sameSentence = sameSentenceMentions(article, sentenceTokens, cue, mainSubject ?? subject, subjectMention, mentions, index, quotes, lexicon);
        result.source = describe(
          article,
          sentenceTokens,
          cue,
          lexicon,
          sameSentence.length > 0 ? [...mentions, ...sameSentence] : mentions,
          index,
          // (Read only where a pronoun or a role asks who it is.)
          () => namesQuotedBeside(sentenceTokens, quotes, cue),
        );
      }
      // (A quotation given to its speaker keeps the outlet or text that carried it: "…, reported by CNN".)
      if (result.source && cue?.carrier) result.source.reportedBy = spanText(article, sentenceTokens, cue.carrier);
      if (result.source?.kind === 'vague' && cue && countsRespondents(sentenceTokens, cue, entries.at(-1)?.result.tokens, lexicon)) result.source.unqueried = true;
      const inQuote = wordsAllQuoted(sentenceTokens, quotes) || opensMidQuote(sentenceTokens, quotes, sentence.start);
      if (inQuote) result.quoted = true;
      // (A credit speaks for the quotation before it, as a speaker inside the quote's sentence would.)
      entries.push({ result, inQuote, hasQuote: credit !== undefined || framed || overlapsQuote(quotes, sentence.start, sentence.end), ...(credit || framed ? { credit: true } : {}) });
      // (Later sentences go on about the main clause's subject: "At a time when few women pursued a
      // college education, Page earned a degree… ¶ …, she said" — Page, not "few women".)
      const topic = mainSubject ?? subject;
      if (!headlineOnly) remember(article, sentenceTokens, topic, result, lexicon, mentions, index, quotes, cue?.relative === true);
      // (A question put in a time clause after the main one: its asker is remembered above, and the
      // sentence keeps no source.)
      if (cue?.questionOnly) delete result.source;
    }
    if (headlineOnly) {
      // Its source is its own: nothing is carried to or from it, and it is never "unattributed".
      for (const entry of entries) results.push(entry.result);
      previousOpenQuote = undefined;
      previousLastSource = undefined;
      previousIntroduced = undefined;
      previousAnswer = undefined;
      pending = [];
      runOn = [];
      continue;
    }

    // Carry-over: sentences inside a quote take the quote's speaker — the nearest quoting speaker
    // before in the paragraph (one carried over included), else after; at the head of a
    // paragraph that opens with a quotation mark, what the paragraph before hands on (below).
    // Worked out in two passes rather than a search from each sentence: a line may hold
    // thousands of quoted sentences.
    const quoteLed = opensWithQuote(block.text) || unmarked;
    // ("“I am sorry." then "I just want to say…,” the convicted killer said.": the quotation ran on.)
    if (runOn.length > 0 && !quoteLed) {
      const close = runOnClose(block.text);
      const at = block.start + close;
      const closing = close === -1 ? undefined : entries.find((e) => e.result.start <= at && at < e.result.end)?.result.source;
      // (The closing sentence's own speaker, named after the mark: not a cue inside the quotation, "We want…”".)
      if (closing && !closing.carried && closing.cueStart > at) for (const result of runOn) result.source = { ...closing, carried: true };
    }
    const guessed: SentenceAttribution[] = [];
    // A quote the paragraph before left open, or words its colon introduced, go on here; the last
    // source it named only speaks here when no speaker of this paragraph's quote follows it
    // ("A recent CNN survey found…" then "“Let's say…,” Manchin said.").
    const continued = quoteLed || runOnEnd !== -1 ? (previousOpenQuote ?? previousIntroduced) : undefined;
    // ("“That would be you?” Borger asked." then "“That would be me, yes. I think that's
    // probably right,” the senator said.": a quotation closed above hands on its speaker only to
    // a quote paragraph that names none; one left open goes on whoever speaks next.)
    // (Where a quotation run on from the paragraph before closes here, the speaker named at its
    // close is the quotation's.)
    const ownSpeakerFirst = (previousOpenQuote !== undefined && previousQuoteClosed) || runOnEnd !== -1;
    const lastBefore = quoteLed ? carriable(previousLastSource) : undefined;
    const speakerAfter: (SourceAttribution | undefined)[] = new Array(entries.length);
    for (let i = entries.length - 1, next: SourceAttribution | undefined; i >= 0; i--) {
      speakerAfter[i] = next;
      const entry = entries[i]!;
      if (entry.result.source && entry.hasQuote) next = entry.result.source;
    }
    let speakerBefore: SourceAttribution | undefined;
    let leading = true;
    // A transcript turn ("PENCE: …", "A: …") runs to the end of its paragraph, like a quote. In
    // an interview an answer runs on over the paragraphs after it that no label opens, as long
    // as a question comes after them: the piece goes on asking and answering.
    const ownTurn = entries[0]?.result.source?.form === 'label' ? entries[0].result.source : undefined;
    // (A question run in without a colon, "QWhat would have happened?", is no answer's.)
    const asks = QUESTION_START.test(block.text);
    const answerGoesOn = !ownTurn && !asks && previousAnswer !== undefined && questionAfter(article, block.end);
    const turn = ownTurn ?? (answerGoesOn ? previousAnswer : undefined);
    // (The paragraph's first sentence is the turn's label when it has one of its own.)
    const turnFrom = ownTurn ? 1 : 0;
    previousAnswer = turn && !asks && isInterview(article) && turn.as !== 'Q' && turn.text !== 'Q' ? turn : undefined;
    entries.forEach((entry, i) => {
      if (turn && i >= turnFrom && !entry.result.source) {
        entry.result.source = { ...turn, carried: true };
        entry.result.quoted = true;
      }
      // ("A: … I think they would have been set back.": the turn's "I" is its speaker, shown as a
      // pronoun resolved to a name is.)
      const own = entry.result.source;
      if (turn && i >= turnFrom && own && !own.carried && own.text === 'I' && own.as === undefined) {
        entry.result.source = { ...own, text: turn.text, kind: turn.kind, as: own.text, antecedent: turn.antecedent ?? { start: turn.start, end: turn.end } };
      }
      if (!entry.result.source && entry.inQuote) {
        const speaker = speakerBefore ?? (leading ? ((ownSpeakerFirst ? (speakerAfter[i] ?? continued) : (continued ?? speakerAfter[i])) ?? lastBefore) : speakerAfter[i]);
        if (speaker) entry.result.source = { ...speaker, carried: true };
        // (A speaker handed on by a quotation closed above is a guess too: where this paragraph's
        // quotation runs on and closes on a speaker of its own, "“I believe in this team. ¶ We are
        // better than this,” said Stefanski.", that speaker is the quotation's.)
        if (leading && !speakerBefore && !speakerAfter[i] && (!continued || previousQuoteClosed)) guessed.push(entry.result);
      }
      if (entry.result.source && entry.hasQuote) speakerBefore = entry.result.source;
      if (!entry.inQuote) leading = false;
    });
    // A credit names the speaker of the quotation before it, over a speaker carried in from the
    // paragraph before (readers' quotes, one a paragraph, each credited after it).
    entries.forEach((entry, i) => {
      if (!entry.credit || !entry.result.source) return;
      for (let k = i - 1; k >= 0 && !entries[k]!.credit; k--) {
        const before = entries[k]!;
        if (before.inQuote && (!before.result.source || before.result.source.carried)) before.result.source = { ...entry.result.source, carried: true };
      }
    });
    // The words a colon introduced, when a scrape has lost their quotation marks (a block quote):
    // the whole paragraph is the speaker's. (A paragraph that opens with a quotation mark takes
    // them as any quote does, above.)
    if (previousIntroduced && !quoteLed) {
      for (const { result } of entries) {
        if (result.source) continue;
        result.source = { ...previousIntroduced, carried: true };
        result.quoted = true;
      }
    }

    // Quoted sentences of the paragraph before, still without a speaker, belong to the quote
    // this paragraph opens with.
    const firstQuoteSpeaker = quoteLed ? entries.find((e) => e.hasQuote)?.result.source : undefined;
    if (firstQuoteSpeaker) for (const result of pending) result.source = { ...firstQuoteSpeaker, carried: true };
    const orphans = entries.filter((e) => e.inQuote && !e.result.source).map((e) => e.result);
    const allQuoted = entries.every((e) => e.inQuote);
    pending = orphans.length > 0 && allQuoted ? [...(quoteLed && !firstQuoteSpeaker ? pending : []), ...orphans] : [];

    // ("Gov. Kasich said, “…”" then "Transcript as follows:" then "“Tonight we arrived…": a short
    // lead-in that names no one hands on what the paragraph before handed on. One with a name in
    // it may name a speaker the cues do not know: "17-year-old Jared Potts echoed:".)
    const leadIn = entries.length === 1 && !entries[0]!.result.source && quotes.length === 0 && endsOnColon(block.text) && namesNoOne(entries[0]!.result.tokens);
    if (leadIn) {
      results.push(entries[0]!.result);
      continue;
    }
    const lastQuote = quotes[quotes.length - 1];
    // (Over a paragraph the quotation runs over unmarked, what was guessed above goes on being a
    // guess, and so do this paragraph's sentences: the speaker where it closes speaks them all.)
    runOn =
      unmarked && runOn.length > 0
        ? [...runOn, ...entries.filter((e) => e.inQuote && (!e.result.source || e.result.source.carried)).map((e) => e.result)]
        : quoteLed && lastQuote && !lastQuote.closed
          ? guessed
          : [];
    const lastSource = [...entries].reverse().find((e) => e.result.source && e.hasQuote)?.result.source;
    previousOpenQuote = lastQuote && lastSource && (!lastQuote.closed || entries.every((e) => e.inQuote || e.result.source)) ? lastSource : undefined;
    previousQuoteClosed = lastQuote?.closed === true;
    previousLeftOpen = lastQuote !== undefined && !lastQuote.closed;
    const previousSourced = previousLastSource !== undefined;
    previousLastSource = entries[entries.length - 1]?.result.source;
    previousIntroduced = introducedSpeaker(entries[entries.length - 1]?.result, lexicon);
    // "Unattributed" only where an editor would ask: not in a heading, a quote, or after an
    // earlier sentence of the paragraph that names its own source.
    // Worked out only for a paragraph that has a claim to leave unattributed.
    let heading: boolean | undefined;
    const isHeading = () =>
      (heading ??=
        (block.index === firstContent && entries.length === 1 && entries[0]!.result.tokens.length <= HEADLINE_WORDS) ||
        (entries.length === 1 && looksLikeHeading(entries[0]!.result.tokens)) ||
        // A capped headline is tagged in sentence case, so its tokens no longer look like one.
        (block === headline && cappedHeadline(block.text)));
    let sourcedBefore = false;
    // Where the paragraph's sentences name their own source: what the model reads of a
    // candidate's neighbours.
    const ownSource = entries.map((e) => e.result.source !== undefined && !e.result.source.carried && e.result.source.kind !== 'impersonal');
    entries.forEach((entry, i) => {
      const { result } = entry;
      // (A sentence that ends on a colon introduces a claim; it makes none.)
      // (A paragraph that opens by pointing back — "He was taken to the county jail", "This was
      // followed by…" — right under one that ends on a source goes on with that source's account.)
      const continuesAccount = i === 0 && previousSourced && pointsBack(result.tokens);
      if (!result.source && result.claim && !result.quoted && !sourcedBefore && !continuesAccount && !endsOnColon(result.text) && !closesEarlierQuote(result.text) && !isHeading()) {
        const own = result.tokens.filter((t) => !insideQuotes(quotes, t.start, t.end));
        // (An earlier event the article recalls is background on the record, background.ts.)
        time ??= storyTime(article.text, documentContext.fileName);
        // (The 27-year-old Escalante “was shot in the back of the head…”: a sentence whose verbs
        // are all inside quotation marks says what the quoted source said; a quotation, not the
        // writer's claim.)
        const predicateQuoted = !own.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && result.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
        if (!predicateQuoted && (weighed ? checkWorthyForm(own, lexicon, pollSeen) : checkWorthyFact(own, lexicon, pollSeen, checkWorthy)) && !toldAsBackground(own, time, lexicon)) {
          const context = {
            tokens: result.tokens,
            own,
            indexInParagraph: i,
            paragraphSentences: entries.length,
            sourcedAfter: ownSource.some((sourced, j) => sourced && j > i),
            previousSourced,
            paragraphQuotes: quotes.length > 0,
            position: article.blocks.length > 1 ? block.index / (article.blocks.length - 1) : 0,
            lexicon,
            cueRates: decision.cueRates ?? model?.cueRates ?? NO_RATES,
          };
          const features = unsourcedFeatures(context);
          if (weighed) {
            // The unsourced model, fitted on PolNeAR's attributions, still decides whether the
            // sentence has a source; the flag model weighs only the ones it leaves unsourced.
            const worthy = checkWorthyProbability(weighed.checkWorthy, checkWorthyBuckets(own));
            // The unsourced model's trainer reads the candidates the check-worthiness model keeps.
            if (worthy >= weighed.checkWorthy.threshold) decision.onCandidate?.(result, features, context);
            const ownVoice = unsourcedProbability(weighed.model, features);
            if (ownVoice >= weighed.model.threshold) flagCandidates.push({ result, checkWorthy: worthy, ownVoice, listed: listedCheckable(own, lexicon) });
          } else {
            decision.onCandidate?.(result, features, context);
            if (!model || unsourcedProbability(model, features) >= model.threshold) result.unattributed = true;
          }
        }
      }
      if (!pollSeen && mentionsPoll(result.tokens)) pollSeen = true;
      // A position taken ('the senator wants…') sources nothing that follows it.
      if (ownSourceOf(result)) sourcedBefore = true;
      results.push(result);
    });
  }
  if (headline) for (const result of results) if (result.blockIndex === headline.index && result.source?.form === 'label' && !speaksBelow(result.source, results, headline.index)) delete result.source;
  if (flagCandidates.length > 0) {
    const shape = articleShape(results.filter((r) => !r.headline));
    for (const { result, checkWorthy: worthy, ownVoice, listed } of flagCandidates) {
      const x = flagFeatures(worthy, ownVoice, listed, shape);
      decision.onFlagCandidate?.(result, x);
      if (flagModel && flagProbability(flagModel, x) >= flagModel.threshold) result.unattributed = true;
    }
  }
  spareLedeSourcedBelow(results);
  spareAccountBetween(results);
  spareSportsReport(results, lexicon);
  spareMarketReport(results, lexicon);
  weighVagueSources(results, lexicon, decision);
  return results;
}

/**
 * Whether each source that names no one is worth a warning (vagueModel.ts): the ones the rules
 * leave queried are weighed with their sentence and article, and those an editor would not ask
 * about are marked unqueried. The sources themselves stay.
 */
function weighVagueSources(results: readonly SentenceAttribution[], lexicon: AttributionLexicon, decision: UnsourcedDecision): void {
  const model = decision.vagueModel === undefined ? defaultVagueModel() : decision.vagueModel;
  if (!model && !decision.onVagueCandidate) return;
  const body = storyBody(results);
  const ledeBlocks = new Set([...new Set(body.map((r) => r.blockIndex))].slice(0, LEDE_PARAGRAPHS));
  let shape: ReturnType<typeof articleShape> | undefined;
  body.forEach((result, i) => {
    const source = result.source;
    if (!source || (source.kind !== 'vague' && source.kind !== 'impersonal') || source.unqueried || source.carried) return;
    if (source.start < result.start || source.end > result.end) return;
    const before = body[i - 1]?.source;
    const within = (from: number, to: number) => result.tokens.filter((t) => t.start >= from && t.end <= to);
    shape ??= articleShape(body);
    const x = vagueFeatures(
      {
        tokens: result.tokens,
        text: result.text,
        source: within(source.start, source.end),
        cue: within(source.cueStart, source.cueEnd),
        impersonal: source.kind === 'impersonal',
        anonymous: source.anonymous === true,
        quoted: result.quoted === true,
        namedBefore: before !== undefined && !before.carried && (before.kind === 'named' || before.kind === 'group'),
        lede: ledeBlocks.has(result.blockIndex),
        afterSource: within(source.end, source.cueStart > source.end ? source.cueStart : result.end),
        following: body.slice(i + 1, i + 1 + FOLLOWING_SENTENCES).flatMap((r) => r.tokens),
      },
      shape,
      lexicon,
    );
    decision.onVagueCandidate?.(result, x);
    if (model && vagueProbability(model, x) < model.threshold) source.unqueried = true;
  });
}

/** How many of the body's first paragraphs make its lede. */
const LEDE_PARAGRAPHS = 2;
/** How many sentences after a vague source may name it ("A new poll shows…" then "The Marist poll found…"). */
const FOLLOWING_SENTENCES = 3;

/** Words that open a sentence by pointing back to what the one before told: "He", "They", "This". */
const POINTING_BACK = /^(he|she|they|it|this|that|these|those|his|her|their|its)$/;

/** Whether the sentence opens with a word that points back (a pronoun or a demonstrative). */
function pointsBack(tokens: readonly TaggedToken[]): boolean {
  const first = tokens.find((t) => t.pos !== 'PUNCT');
  return first !== undefined && POINTING_BACK.test(first.lower);
}

/**
 * "…81 percent of Democrats approve of him, according to the poll. Most believe…", "nine of 10
 * Republicans were worried; most said…": a quantifier standing alone as the source counts the
 * people of the share or poll just given, in its sentence or the one before it, whom that poll
 * stands for: no vague source to query. ("Some say…" with no share before it stays vague.)
 */
function countsRespondents(tokens: readonly TaggedToken[], cue: Cue, previous: readonly TaggedToken[] | undefined, lexicon: AttributionLexicon): boolean {
  const source = cue.source;
  if (!source || source.first !== source.last || !LONE_QUANTIFIERS.has(tokens[source.first]!.lower)) return false;
  return givesShare(tokens.slice(0, source.first), lexicon) || (previous !== undefined && givesShare(previous, lexicon));
}

/** A share of people or a poll: "81 percent", "61%", "nine of 10", "one in five", "a majority", "the survey". */
function givesShare(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  return tokens.some(
    (t, k) =>
      /%$/.test(t.text) ||
      // (In small letters: "Majority Leader Kevin McCarthy" is a title.)
      /^(percent|majority|plurality)$/.test(t.text) ||
      lexicon.pollNouns.has(t.text) ||
      (t.pos === 'NUM' && /^(of|in)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.pos === 'NUM'),
  );
}

/** A transcript's "Q:" or "A:", which stand for the interviewer and the one interviewed. */
function interviewLabel(form: CueForm, sourceTokens: readonly TaggedToken[]): boolean {
  return form === 'label' && sourceTokens.length === 1 && /^[QA]$/.test(sourceTokens[0]!.text);
}

/**
 * The kind of a cue's source, with what the sentence says around it: a transcript's "Q:" and "A:"
 * stand for the interviewer and the one interviewed, whom the piece names (not "a" anyone);
 * "Several candidates, including Donald J. Trump and Ted Cruz," names the group's members.
 */
function readSourceAsWritten(tokens: readonly TaggedToken[], cue: Cue, sourceTokens: readonly TaggedToken[], lexicon: AttributionLexicon): SourceReading {
  const reading = readSource(sourceTokens, lexicon, cue.form === 'verb');
  const source = cue.source!;
  // What the sentence says of the source besides its name: its description, or what stands
  // between it and its verb.
  const end = cue.description ? cue.description.last + 1 : cue.cue.first > source.last ? cue.cue.first : source.last + 1;
  const around = tokens.slice(source.last + 1, end);
  if (!reading.pronoun && !interviewLabel(cue.form, sourceTokens)) {
    // (The aside right after: up to the verb when the verb follows, "An official, speaking on
    // condition of anonymity, said"; the words after the source when it follows its verb.)
    const verbFollows = cue.cue.first > source.last && !cue.description;
    const aside = verbFollows ? around : tokens.slice(end, Math.min(tokens.length, end + 12));
    if (declaresAnonymity(sourceTokens, tokens.slice(source.first, end), aside, lexicon)) {
      const asideEnd = verbFollows ? end : Math.min(tokens.length, end + 12);
      const explained = explainsAnonymity(sourceTokens, tokens, source.first, asideEnd, lexicon);
      return { kind: 'vague', person: reading.person, anonymous: true, ...(explained ? { anonymityExplained: true } : {}) };
    }
  }
  if (reading.kind !== 'vague') return reading;
  if (interviewLabel(cue.form, sourceTokens)) return { ...reading, kind: 'named' };
  // (Or by its examples after "like": "Some staunch defenders of globalization, like Gary Clyde Hufbauer, …".)
  // (Inside the phrase too, after its head: "Some analysts, like Paul Bauman of Yale, say…".)
  const described = [...sourceTokens.slice(1), ...around];
  const including = described.findIndex((t) => t.lower === 'including' || (t.lower === 'like' && t.pos === 'ADP'));
  if (including !== -1 && described.slice(including + 1).some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) return { ...reading, kind: 'group' };
  if (issuedByName(tokens, source, lexicon)) return { ...reading, kind: 'named' };
  if (nameGivenAfter(tokens, source.last)) return { ...reading, kind: 'named' };
  return reading;
}

/**
 * "a man calling himself Paul Paul", "a woman who calls herself Lady X", "a driver known as
 * Bob": the phrase gives the speaker's name, or the one they go by, right after it.
 */
function nameGivenAfter(tokens: readonly TaggedToken[], sourceEnd: number): boolean {
  let k = sourceEnd + 1;
  if (/^(who|that)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.pos === 'AUX') k++;
  const word = tokens[k];
  if (word === undefined) return false;
  if (callsItself(tokens, k)) k += 2;
  else if (NAME_GIVING.test(word.lower)) k += tokens[k + 1]?.lower === 'as' ? 2 : 1;
  else return false;
  const name = tokens[k];
  return name !== undefined && (name.pos === 'PROPN' || /^\p{Lu}/u.test(name.text)) && !/^(the|a|an)$/i.test(name.text);
}

/** How far after "written by" its writer's name may stand: "by her stepson, Jeremy Ortiz". */
const WRITER_REACH = 7;

/**
 * A text issued by someone the sentence names: "Kraft Foods issued a statement announcing…",
 * "his wife, Michele, released a statement saying…", "a letter written by her stepson, Jeremy
 * Ortiz". The text is the speaker's words, and its issuer is named.
 */
function issuedByName(tokens: readonly TaggedToken[], source: Span, lexicon: AttributionLexicon): boolean {
  const head = tokens[source.last]!;
  if (!lexicon.issuedTexts.has(head.lemma) && !lexicon.issuedTexts.has(head.lower)) return false;
  // "…written by her stepson, Jeremy Ortiz": a participle, "by" and a name.
  const by = tokens.findIndex((t, k) => k > source.last && k <= source.last + 2 && t.lower === 'by');
  if (by !== -1 && tokens[by - 1]?.pos === 'VERB' && tokens.slice(by + 1, by + 1 + WRITER_REACH).some(isCapitalisedName)) return true;
  // "Kraft Foods issued a statement": the verb before the text, and a name in its subject.
  const verb = issuingVerbBefore(tokens, source.first, lexicon);
  if (verb === undefined) return false;
  // (Back to where the clause begins: its subject may end on an apposition, "Chris Carr, the
  // committee's political director, released…", or hold a relative clause.)
  for (let j = verb - 1; j >= 0 && tokens[j]!.pos !== 'SCONJ' && !/^(but|;)$/.test(tokens[j]!.lower); j--) if (isCapitalisedName(tokens[j])) return true;
  return false;
}

/** A paragraph that opens with a question's label: "Q:", "Q.", or "Q" run into the question ("QWhat would have happened?"). */
const QUESTION_LABEL = /^[ \t]*Q(?:[:.]|\s*[-–—]|(?=\p{Lu}\p{Ll}))/mu;
const interviews = new WeakMap<Article, boolean>();

/** QUESTION_LABEL at the start of one paragraph's text. */
const QUESTION_START = new RegExp(`^(?:${QUESTION_LABEL.source.replace(/^\^/, '')})`, 'u');
const questionStarts = new WeakMap<Article, number[]>();

/** Whether a paragraph opening with a question's label starts after `offset` in the article. */
function questionAfter(article: Article, offset: number): boolean {
  let starts = questionStarts.get(article);
  if (!starts) {
    starts = [...article.text.matchAll(new RegExp(QUESTION_LABEL.source, 'gmu'))].map((m) => m.index);
    questionStarts.set(article, starts);
  }
  return starts.some((start) => start >= offset);
}

/** The piece is an interview, questions labelled "Q": its "A:" answers are the interviewee's, not a list's options. */
function isInterview(article: Article): boolean {
  let known = interviews.get(article);
  if (known === undefined) {
    known = QUESTION_LABEL.test(article.text);
    interviews.set(article, known);
  }
  return known;
}

function describe(
  article: Article,
  tokens: TaggedToken[],
  cue: Cue,
  lexicon: AttributionLexicon,
  mentions: Mention[],
  sentence: number,
  quotedNames: () => ReadonlyMap<string, string | undefined> = () => new Map(),
): SourceAttribution {
  const cueStart = tokens[cue.cue.first]!.start;
  const cueEnd = tokens[cue.cue.last]!.end;
  const cueText = textBetween(article, cueStart, cueEnd);
  if (cue.form === 'impersonal' || !cue.source) {
    const unqueried = cue.planned || isLegalHedge(article, cueText, lexicon);
    return { text: cueText, kind: 'impersonal', start: cueStart, end: cueEnd, cue: cueText, cueStart, cueEnd, form: cue.form, carried: false, ...(unqueried ? { unqueried: true } : {}) };
  }
  const sourceTokens = tokens.slice(cue.source.first, cue.source.last + 1);
  const asWritten = readSourceAsWritten(tokens, cue, commonWordOpening(article, tokens, cue.source.first, sourceTokens), lexicon);
  // ("Kristen Day, executive director of Democrats for Life, … ¶ Day said…": a capitalised word
  // alone that the article gives in full as a surname is that person, though the tagger reads the
  // word as the time or the event it also spells.)
  // ("Word comes from People magazine… ¶ People said Reid's representative confirmed…": a word
  // the article also writes before a kind of publication is that outlet, not people at large.)
  const aloneCapitalised = asWritten.kind === 'vague' && sourceTokens.length === 1 && /^\p{Lu}\p{Ll}/u.test(sourceTokens[0]!.text);
  const reading =
    aloneCapitalised && namedInFullAs(article, sourceTokens[0]!.text, lexicon)
      ? { kind: 'named' as const, person: true }
      : aloneCapitalised && namedAsPublication(article.text, sourceTokens[0]!.text, lexicon)
        ? { kind: 'named' as const, person: false }
        : asWritten;
  const start = sourceTokens[0]!.start;
  const end = sourceTokens[sourceTokens.length - 1]!.end;
  const name = spanText(article, tokens, cue.source);
  // A description of the speaker is part of the source as written, not of its name.
  const describedEnd = cue.description ? tokens[cue.description.last]!.end : undefined;
  const text = describedEnd === undefined ? name : textBetween(article, start, describedEnd);
  const named = describedEnd === undefined ? {} : { name: { text: name, end } };
  const sourceEnd = describedEnd ?? end;
  // Written out rather than spread from shared fields: a sentence with a source is common, and
  // spreading an object costs several times building one.
  const form = cue.form;
  // ("A: It's a big mistake." in "Q&A with Vice President Joe Biden": the answer is the
  // interviewee's, the first person the piece names, as a pronoun's is the one it stands for.)
  const interviewee = form === 'label' && text === 'A' && isInterview(article) ? mentions.find((m) => m.person && m.kind === 'named') : undefined;
  // ("Q: You open your book on May 17, 2001. What did you find?": the interviewer asks, whom the
  // piece does not name; "Q" alone told a reader nothing — blind read, round 369.)
  if (form === 'label' && text === 'Q' && isInterview(article))
    return { start, end: sourceEnd, cue: cueText, cueStart, cueEnd, form, carried: false, ...named, text: 'the interviewer', kind: 'named', as: text };
  // ("The director of the European Centre, Ina Kirsch, told…": a role named in its apposition is no one earlier.)
  const roleNamed = reading.role !== undefined && sourceTokens.some((t, k) => t.text === ',' && sourceTokens[k + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(sourceTokens[k + 1]!.text));
  // ("“…,” a source with knowledge of the team's thinking said. ¶ “…,” the source said.": the
  // same unnamed source, met again.)
  const unnamed = metAgainUnnamed(sourceTokens, mentions, sentence, lexicon);
  if (unnamed) {
    const where = { start: unnamed.start, end: unnamed.end };
    // (An unnamed source is warned of once, where the story brings it in.)
    return { start, end: sourceEnd, cue: cueText, cueStart, cueEnd, form, carried: false, ...named, text: unnamed.text, kind: 'vague', antecedent: where, as: text, unqueried: true, metAgain: true };
  }
  if (interviewee || reading.pronoun || (reading.role && !roleNamed)) {
    const roleText = reading.role ? withItsTitle(text, reading.role) : '';
    const givenRole = (m: Mention) => {
      const surname = surnameOf(m.text);
      return surname !== undefined && roleGivenTo(article.text, roleText, surname);
    };
    const found =
      interviewee ?? resolve(reading, roleText, mentions, sentence, sourceTokens[0]!.lower, lexicon, givenRole, quotedNames(), cueText, lexicon.evidenceVerbs.has(tokens[cue.cue.last]!.lemma));
    // ("The French president expressed his condolences…, while Obama…": a role a proper adjective
    // qualifies is someone that word also names; better unresolved than the wrong president.)
    const antecedent = found && !interviewee && !qualifiedAsNamed(sourceTokens, found.text) ? undefined : found;
    // ("Christie said that…, he said. … ¶ “…,” she said": the article's own "he" tells the
    // gender of a name no word of the lexicon states, for the pronouns after it.)
    const gender = PRONOUN_GENDER[sourceTokens[0]!.lower];
    // (Every mention of that span: a speaker is remembered as a subject too.)
    if (antecedent && gender && reading.pronoun && genderOf(antecedent, mentions, lexicon) === undefined)
      for (const m of mentions) if (m.start === antecedent.start && m.end === antecedent.end) m.referredAs = gender;
    // ("Trump eased his tone… Asked…, he said Ryan. “I would say Paul…,” he said.": a pronoun
    // that names the person the story was going on about carries that topic one sentence on, so
    // the next "he" finds the surname still the topic.)
    if (antecedent && reading.pronoun) goesOnAbout(antecedent, mentions, sentence);
    if (antecedent) {
      const where = { start: antecedent.start, end: antecedent.end };
      return { start, end: sourceEnd, cue: cueText, cueStart, cueEnd, form, carried: false, ...named, text: antecedent.text, kind: antecedent.kind, antecedent: where, as: text };
    }
  }
  // ("a federal judge ruled Monday", "says a narrator" of an ad: a record or a script speaks, no one to name.)
  // ("then someone asked how…", "a young boy shouted, ''Brujas coming!''": a question or a cry
  // asserts nothing to check.)
  // (The verb may stand before the cue's last word: "were questioned by a magistrate".)
  const asserts = !tokens.slice(cue.cue.first, cue.cue.last + 1).some((t) => (t.pos === 'VERB' || t === tokens[cue.cue.last]) && lexicon.nonAssertingVerbs.has(t.lemma));
  const unqueried =
    reading.kind === 'vague' &&
    (cue.standing === true ||
      reading.anonymityExplained === true ||
      !asserts ||
      speaksForRecord(sourceTokens, lexicon) ||
      saysNothing(tokens, cue, lexicon) ||
      entersPlea(tokens, cue, lexicon) ||
      membersNamedAfter(tokens, cue.cue.last, cue.source.last) ||
      supposedInCondition(tokens, cue.cue.first));
  const anonymous = reading.anonymous ? { anonymous: true } : {};
  if (describedEnd === undefined) return { start, end, cue: cueText, cueStart, cueEnd, form, carried: false, text, kind: reading.kind, ...(unqueried ? { unqueried } : {}), ...anonymous };
  return { start, end: sourceEnd, cue: cueText, cueStart, cueEnd, form, carried: false, ...named, text, kind: reading.kind, ...(unqueried ? { unqueried } : {}), ...anonymous };
}

/**
 * "Some senators declined to comment": the cue tells that nothing was said (lexicon
 * `nonStatements`), so there is no claim whose speaker to ask for.
 */
function saysNothing(tokens: readonly TaggedToken[], cue: Cue, lexicon: AttributionLexicon): boolean {
  const around = tokens
    .slice(Math.max(0, cue.cue.first - 3), cue.cue.last + 4)
    .map((t) => t.lower)
    .join(' ');
  return tellsNoStatement(around, lexicon);
}

/**
 * "A woman has admitted manslaughter", "A man has denied arson following a fire…": a plea
 * entered in court (lexicon `pleaVerbs`, the offence right after, `offences`) is the court's
 * record; no editor asks to name the defendant. Not "denied any wrongdoing", a statement.
 */
function entersPlea(tokens: readonly TaggedToken[], cue: Cue, lexicon: AttributionLexicon): boolean {
  const verb = tokens[cue.cue.last]!;
  if (!lexicon.pleaVerbs.has(verb.lemma)) return false;
  let k = cue.cue.last + 1;
  // (Past a determiner or a count: "denied the charges", "admitted two counts of fraud".)
  while (k <= cue.cue.last + 2 && /^(DET|NUM)$/.test(tokens[k]?.pos ?? '')) k++;
  return lexicon.offences.has(tokens[k]?.lower ?? '');
}

/** How far after the cue the members of a group may be named. */
const MEMBERS_REACH = 12;

/**
 * "Several nations announced support on Thursday, including the Netherlands, Pakistan and South
 * Korea": the group is named member by member after the cue ("including", "such as", "among
 * them", "like"), so the reader can check who spoke. An inverted speaker's examples follow it
 * without a comma: "…, say experts like Paul Bauman, a Canadian geophysicist".
 */
function membersNamedAfter(tokens: readonly TaggedToken[], cueEnd: number, sourceEnd: number): boolean {
  // (In the cue's clause, set off by a comma or right after the speaker: "in places such as
  // Syria" names places, and what follows a colon or a quotation mark is what was said.)
  for (let k = cueEnd + 1; k < tokens.length && k <= cueEnd + MEMBERS_REACH && !/^[:;“”"]$/.test(tokens[k]!.text); k++) {
    const t = tokens[k]!;
    const like = t.lower === 'like' && t.pos === 'ADP';
    const opens = t.lower === 'including' || like || (t.lower === 'such' && tokens[k + 1]?.lower === 'as') || (t.lower === 'among' && tokens[k + 1]?.lower === 'them');
    if (!opens || (tokens[k - 1]?.text !== ',' && k - 1 !== sourceEnd)) continue;
    let name = k + (t.lower === 'including' || like ? 1 : 2);
    if (tokens[name]?.pos === 'DET') name++;
    if (tokens[name]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[name]!.text)) return true;
  }
  return false;
}

/**
 * An unnamed speaker whose words are a record or a script: a judge's ruling, a jury's verdict, an
 * autopsy, an advertisement's narrator, a recorded message (lexicon `recordSpeakers`, the phrase's
 * last noun). Nobody an editor would ask to name; "a court source" is still a source to name.
 */
function speaksForRecord(sourceTokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  for (let k = sourceTokens.length - 1; k >= 0; k--) {
    const t = sourceTokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return lexicon.recordSpeakers.has(t.lower) || lexicon.recordSpeakers.has(t.lemma);
  }
  return false;
}

/** The subject of a sentence's first clause, read as a source would be. */
interface Subject {
  span: Span;
  tokens: TaggedToken[];
  reading: SourceReading;
}

function sentenceSubject(tokens: TaggedToken[], lexicon: AttributionLexicon): Subject | undefined {
  // (After a semicolon, the clause there is the nearer one: "The legislature passed a measure…;
  // Gov. Mary Fallin, who opposes abortion, vetoed the bill because she said…" — "she" is Fallin.)
  let semicolon = tokens.length - 1;
  while (semicolon > 0 && tokens[semicolon]!.text !== ';') semicolon--;
  const read =
    presentedName(tokens, lexicon) ?? (semicolon > 0 ? clauseSubject(tokens, semicolon + 1, true) : undefined) ?? clauseSubject(tokens, pastClockStamp(tokens)) ?? subjectReadPlainly(tokens);
  const span = read && (nameBeforeUnclosedDescription(tokens, read) ?? antecedentOfRelative(tokens, read) ?? read);
  if (!span) return undefined;
  const subjectTokens = tokens.slice(span.first, span.last + 1);
  return { span, tokens: subjectTokens, reading: readSource(subjectTokens, lexicon) };
}

/**
 * "Enter Stuart R. Kaplan, a graduate of the Wharton School…", "Meet Ana Ruiz, the nurse who…": a
 * verb that presents (lexicon presentingVerbs) opens the sentence, and the name right after it,
 * up to a comma or the sentence's end, is the one a later "he" or "she" stands for, though it
 * stands where an object would.
 */
function presentedName(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): Span | undefined {
  const verb = tokens[0];
  if (verb === undefined || !/^\p{Lu}/u.test(verb.text) || !lexicon.presentingVerbs.has(verb.lower)) return undefined;
  let last = 0;
  while (isCapitalisedName(tokens[last + 1])) last++;
  const after = tokens[last + 1];
  return last > 0 && (after === undefined || /^[,.;:!]$/.test(after.text)) ? { first: 1, last } : undefined;
}

/**
 * "Guercio, whose family owns a funeral home, witnessed the slashing": the first verb is the
 * relative clause's, and the phrase read back from it ("whose family") is that clause's subject.
 * The sentence's is the phrase the clause hangs on, which opens the sentence: what a later "she"
 * stands for.
 */
function antecedentOfRelative(tokens: readonly TaggedToken[], span: Span): Span | undefined {
  const comma = span.first - 1;
  if (tokens[comma]?.text !== ',' || !RELATIVE_OPENERS.test(tokens[span.first]!.lower)) return undefined;
  const antecedent = nounPhraseEndingAt(tokens, comma - 1);
  return antecedent && antecedent.first === 0 ? antecedent : undefined;
}

/** The words that open a relative clause set off by a comma. */
const RELATIVE_OPENERS = /^(who|whose|which)$/;

/**
 * "Amanda Carpenter, a former aide to Sen. Ted Cruz was one of the first…", "Bill McInturff, the
 * Republican half of a bipartisan polling team…, sounded…": a description after the name that
 * opens the sentence and its comma, read back from the verb as the subject ("a former aide to
 * Sen.", "the Republican half…") — most often where the writer left it unclosed. The name is the
 * subject later pronouns go back to.
 */
function nameBeforeUnclosedDescription(tokens: readonly TaggedToken[], span: Span): Span | undefined {
  const comma = span.first - 1;
  if (tokens[comma]?.text !== ',' || !/^(a|an|the)$/i.test(tokens[span.first]!.text)) return undefined;
  // (A name, not a time: "Early November, the British Royal Navy had captured…".)
  const name = tokens.slice(0, comma);
  return name.length >= 2 && name.every((t) => isCapitalisedName(t) && !isTimeWord(t)) ? { first: 0, last: comma - 1 } : undefined;
}

/**
 * The main clause's subject where the sentence opens with a subordinate clause, a phrase a
 * preposition governs or a participle's phrase, up to its comma: "At a time when few women
 * pursued a college education, Page earned…" — Page, where sentenceSubject reads "few women"
 * (which a pronoun later in the same sentence may stand for: "While Republican leaders…,
 * they…"). Only a person, a named body or a group, the subjects later pronouns may take.
 */
function mainClauseSubject(tokens: TaggedToken[], lexicon: AttributionLexicon): Subject | undefined {
  // (A subordinator may come after an adverb that grades it: "Even as he accused…, Giuliani…".)
  const opener = tokens[Math.max(0, openingSubordinatorAt(tokens))];
  // (Or a participle's phrase: "Dubbed the “Oddfather” for his bizarre behavior, Gigante had scored…".)
  const participle = opener?.pos === 'VERB' && /^\p{L}+(ed|en|ing)$/u.test(opener.text);
  const comma = tokens.findIndex((t) => t.text === ',');
  // (Or a time with no verb: "Just this week, the trade group…, which…, spelled out its concerns".)
  const openingTime = comma > 0 && tokens.slice(0, comma).some(isTimeWord) && !tokens.slice(0, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (opener === undefined || !(opener.pos === 'ADP' || opener.pos === 'SCONJ' || participle || openingTime || OPENING_SUBORDINATORS.test(opener.lower))) return undefined;
  if (comma <= 0) return undefined;
  // (The comma may close a quotation: "While her birth certificate spelled her name “Betty,” she…".)
  let start = comma + 1;
  while (start < tokens.length && /^[”"’']$/.test(tokens[start]!.text)) start++;
  // (Read plainly past a relative clause set off by commas, as an opening subject is.)
  // (Read in the main clause alone: a list read back from its verb may not run over the comma
  // into the opening clause, "…to the convention, Sanders and Clinton both still visited…".)
  const mainClause = tokens.slice(start);
  const span = shifted(clauseSubject(mainClause, 0) ?? subjectReadPlainly(mainClause), start);
  if (!span || span.first !== start) return undefined;
  const subjectTokens = tokens.slice(span.first, span.last + 1);
  const reading = readSource(subjectTokens, lexicon);
  return namesSomeoneToReferTo(reading, subjectTokens) ? { span, tokens: subjectTokens, reading } : undefined;
}

/** Adverbs that may stand before an opening subordinator: "even as", "just as", "only after". */
const GRADING_ADVERBS = /^(even|just|only|right|long)$/;

/** Where the subordinator that opens the sentence stands, past a grading adverb ("Even as…"); -1 where none does. */
function openingSubordinatorAt(tokens: readonly TaggedToken[]): number {
  const at = GRADING_ADVERBS.test(tokens[0]?.lower ?? '') && OPENING_SUBORDINATORS.test(tokens[1]?.lower ?? '') ? 1 : 0;
  return OPENING_SUBORDINATORS.test(tokens[at]?.lower ?? '') ? at : -1;
}

/**
 * Whether the cue's pronoun source stands in a clause that opens the sentence on a subordinator
 * (past a grading adverb), before the comma that closes it: "Even as he accused…, Giuliani…".
 */
function inOpeningClause(tokens: readonly TaggedToken[], cue: Cue): boolean {
  if (openingSubordinatorAt(tokens) === -1 || cue.source === undefined) return false;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma > cue.source.first && cue.source.first === cue.source.last && tokens[cue.source.first]!.pos === 'PRON';
}

/** A subject later pronouns may take: a person, a named body or a group, read as a name, a role or a phrase with a name in it — no pronoun. */
function namesSomeoneToReferTo(reading: SourceReading, subjectTokens: readonly TaggedToken[]): boolean {
  return !reading.pronoun && (reading.kind === 'named' || reading.kind === 'group') && (reading.person || subjectTokens.some((t) => t.pos === 'PROPN') || Boolean(reading.role));
}

/** A span read in a slice of the tokens, placed back where the slice starts. */
const shifted = (span: Span | undefined, by: number): Span | undefined => span && { first: span.first + by, last: span.last + by };

/**
 * The subject where a first reading finds none, read again plainly, as the name alone that opens
 * it, before its description: over descriptions set off by commas ("Luay Sami, 33, the community
 * center's program coordinator, came…") and relative clauses with verbs of their own ("Dorothy
 * Woods, whose husband, Navy SEAL Ty Woods, was…, discussed…"); with dashes that set off a
 * description read as commas ("Chairman John Podesta — Bill Clinton's former chief of staff —
 * offered…"); and with a form in -ing that modifies the noun right after it read as an adjective
 * ("leading candidate Donald Trump caused…", which the tagger takes for the clause's verb). Later
 * pronouns refer to the name, not to what the description says of it.
 */
function subjectReadPlainly(tokens: readonly TaggedToken[]): Span | undefined {
  const beforeAside = nameBeforeShortenedClause(tokens);
  if (beforeAside) return beforeAside;
  const plain = tokens.map((t, k): TaggedToken => {
    const before = tokens[k - 1];
    if (t.pos === 'VERB' && /^\p{Ll}+ing$/u.test(t.text) && /^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '') && (before === undefined || before.text === ',' || /^(DET|ADJ)$/.test(before.pos)))
      return { ...t, pos: 'ADJ' };
    return /^[—–]$/.test(t.text) ? { ...t, text: ',' } : t;
  });
  // (After an opening "And" or "But", the clause starts at the word after it.)
  const first = plain[0]?.pos === 'CCONJ' ? 1 : 0;
  const span = clauseSubject(plain, first) ?? clauseSubject(plain, first, true);
  // (The name alone, before its description.)
  const comma = span ? plain.findIndex((t, k) => k > span.first && k <= span.last && t.text === ',') : -1;
  return span && comma !== -1 ? { first: span.first, last: comma - 1 } : span;
}

/**
 * "Trump, when asked about his own contradictions, often steam-rolls…": a name that opens the
 * sentence, then between commas a clause cut short to its opening word and a participle ("when
 * asked", "if elected", "while campaigning"), then the verb: the name is the subject.
 */
function nameBeforeShortenedClause(tokens: readonly TaggedToken[]): Span | undefined {
  const comma = tokens.findIndex((t) => t.text === ',');
  const participle = tokens[comma + 2];
  if (comma < 1 || !OPENING_SUBORDINATORS.test(tokens[comma + 1]?.lower ?? '') || participle?.pos !== 'VERB' || !/(ed|en|ing)$/.test(participle.lower)) return undefined;
  if (!tokens.slice(0, comma).every(isCapitalisedName)) return undefined;
  const close = tokens.findIndex((t, k) => k > comma + 2 && t.text === ',');
  let verb = close + 1;
  while (tokens[verb]?.pos === 'ADV') verb++;
  return close !== -1 && /^(VERB|AUX)$/.test(tokens[verb]?.pos ?? '') ? { first: 0, last: comma - 1 } : undefined;
}

/**
 * The subject of the sentence, for a pronoun later in it to refer to: a person named by name
 * ("Choe Son Hui … where she said"), a named body ("The bank expects …, it said"), or a group
 * a name qualifies ("While Republican leaders…, they said").
 */
function namedSubject(article: Article, tokens: TaggedToken[], subject: Subject | undefined, sentence: number, quotes: readonly QuoteSpan[], lexicon: AttributionLexicon): Mention | undefined {
  if (!subject) return undefined;
  const { reading, tokens: subjectTokens } = subject;
  // ("While Republican leaders are in no rush…, they are hearing from…": a group a name or a
  // role qualifies, as a sentence's subject later pronouns may take.)
  const namedGroup = reading.kind === 'group' && (reading.person || reading.role !== undefined || subjectTokens.some((t) => t.pos === 'PROPN'));
  if (reading.pronoun || !(reading.kind === 'named' || namedGroup) || (reading.person && reading.role)) return undefined;
  // ("“I am still Sanders,” it read.": a subject inside the quotation is the quoted words', and a
  // pronoun other than a third person's names no one; neither is what the credit's "it" stands for.)
  if (subjectTokens.every((t) => t.pos === 'PRON' || t.pos === 'PUNCT') || insideQuotes(quotes, subjectTokens[0]!.start, subjectTokens[0]!.end)) return undefined;
  const text = spanText(article, tokens, subject.span);
  const full = reading.person ? undefined : namedInFullAs(article, text, lexicon);
  return { ...surnameAlone(text, subjectTokens, full), person: reading.person && !spokenForAsBody(article, text, lexicon), kind: reading.kind, sentence, ...(full ? { namedInFull: full } : {}) };
}

/** Where a subject stands and what it is shown as: a surname named in full as the name alone ("Trump", not "Trump, however"). */
function surnameAlone(text: string, subjectTokens: readonly TaggedToken[], full: { gender: Gender | undefined } | undefined): { text: string; start: number; end: number } {
  const start = subjectTokens[0]!.start;
  if (!full) return { text, start, end: subjectTokens[subjectTokens.length - 1]!.end };
  const name = headPhrase(text);
  return { text: name, start, end: start + name.length };
}

/**
 * Whether the cue's source stands after a comma or a closing quotation mark ("Jackson was on
 * probation, he said."): a frame for what came before it, whose subject is the reported words'
 * and not the speaker.
 */
function framesWhatCameBefore(tokens: readonly TaggedToken[], cue: Cue): boolean {
  const before = tokens[(cue.source?.first ?? 0) - 1];
  return before !== undefined && (before.text === ',' || /^[”"»’']$/.test(before.text));
}

/** A surname alone ("Clinton", "Trump, who spoke…") that the article gives in full elsewhere, with the gender its full names state. */
function namedInFullAs(article: Article, text: string, lexicon: AttributionLexicon): { gender: Gender | undefined } | undefined {
  const names = fullNames(article, lexicon);
  const name = headPhrase(text);
  return names.has(name) ? { gender: names.get(name) } : undefined;
}

/** Whether the text writes `word` right before a kind of publication: "People magazine", "People Magazine". */
function namedAsPublication(text: string, word: string, lexicon: AttributionLexicon): boolean {
  const after = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}[ \\t]+(\\p{L}+)`, 'gu');
  for (const m of text.matchAll(after)) if (lexicon.publicationNouns.has(m[1]!.toLowerCase())) return true;
  return false;
}

/** A courtesy title that opens a name: "Mr. Petrov" names no more than "Ivo Petrov". */
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/;

/**
 * The latest earlier mention that names the same person as fully, shown in its stead: "Ivo
 * Petrov" for "Mr. Petrov" — a name of capitalised words, as many or more, with the same surname,
 * and no courtesy title of its own.
 */
function fullerName(name: string, mentions: readonly Mention[]): { text: string; start: number; end: number } | undefined {
  const surname = surnameOf(name);
  if (!surname) return undefined;
  const words = name.split(/\s+/).length;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    const other = m.text.split(',')[0]!;
    if (m.kind !== 'named' || other === name || surnameOf(other) !== surname || COURTESY_TITLE.test(other)) continue;
    if (other.split(/\s+/).length >= words && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u.test(other)) return { text: other, start: m.start, end: m.end };
  }
  return undefined;
}

/** The name that owns a subject, "Mr. Sanders" of "Mr. Sanders's campaign": capitalised words that open the subject, right before its first possessive. */
function possessiveOwner(subjectTokens: readonly TaggedToken[]): TaggedToken[] | undefined {
  const mark = subjectTokens.findIndex(isPossessiveMark);
  if (mark <= 0) return undefined;
  let first = mark;
  while (first > 0 && subjectTokens[first - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(subjectTokens[first - 1]!.text)) first--;
  // (The name opens the subject: not "The resurgence of Vladimir V. Putin's Russia", whose
  // owner is no nearer than the rest of the phrase.)
  return first === 0 && first < mark ? subjectTokens.slice(first, mark) : undefined;
}

/**
 * A sentence whose subject is "he" or "she" right after one whose subject was a surname named in
 * full, or after the run of such sentences that followed it, when that name is the latest
 * mention: the story goes on about it. (Whether "he" or "she" may stand for it, its gender tells
 * when a pronoun is resolved, as for any mention.)
 */
function goOnAbout(mentions: readonly Mention[], sentence: number): void {
  const latest = mentions[mentions.length - 1];
  if (latest) carryTopic(latest, sentence);
}

/** Carries to `sentence` the topic of each mention of the antecedent's surname (as `goOnAbout` does for the latest mention). */
function goesOnAbout(antecedent: Mention, mentions: readonly Mention[], sentence: number): void {
  const surname = surnameOf(antecedent.text);
  if (surname === undefined) return;
  for (const m of mentions) if (surnameOf(m.text) === surname) carryTopic(m, sentence);
}

/** A surname named in full, not a speaker, whose topic ran to the sentence before: the topic runs on to `sentence`. */
function carryTopic(m: Mention, sentence: number): void {
  if (m.namedInFull && !m.speaker && (m.topicUntil ?? m.sentence) === sentence - 1) m.topicUntil = sentence;
}

/**
 * What a pronoun in the sentence may take from the sentence itself, before its cue's source: the
 * subject's owner ("Sanders's role is under discussion, but he has said…"), then the subject ("Ana
 * Sousa visited Lisbon, where she said…"), so that a pronoun that fits the whole subject takes it.
 * Not a name that a frame after what came before reports ("Lind backed the plan, although she
 * said…" is framed by its own subject).
 */
function sameSentenceMentions(
  article: Article,
  tokens: readonly TaggedToken[],
  cue: Cue,
  subject: Subject | undefined,
  subjectMention: Mention | undefined,
  mentions: readonly Mention[],
  sentence: number,
  quotes: readonly QuoteSpan[],
  lexicon: AttributionLexicon,
): Mention[] {
  const owner = subject ? subjectOwner(article, subject.tokens, mentions, sentence, quotes, lexicon) : undefined;
  const sourceStart = tokens[cue.source?.first ?? 0]?.start ?? 0;
  // ("Even as he accused the department…, Giuliani wouldn't speculate…": a pronoun in a clause
  // that opens the sentence stands for the person the main clause then names.)
  const byName = subject?.tokens.every((t) => isCapitalisedName(t) || t.text === '.');
  if (subjectMention && byName === true && subjectMention.start > sourceStart && inOpeningClause(tokens, cue)) return [{ ...subjectMention, properName: true }];
  // (A frame after what came before reports a clause whose subject is the speaker's topic, not the
  // speaker: not a name given in full, "Jackson was on probation, he said", nor anything but a
  // person's name, "But the Common Core was rolled out badly, he said." (a name after "the" is a
  // thing's); a person may speak of themselves, "Ms. Vik was shocked by the reaction, she said".
  // A subordinate clause's subject is no such topic: "And while Republican leaders are in no rush
  // to help, they are hearing from…".)
  const frames = framesWhatCameBefore(tokens, cue);
  const opener = tokens.find((t) => t.pos !== 'CCONJ' && t.pos !== 'PUNCT');
  const closingFrame = frames && !OPENING_SUBORDINATORS.test(opener?.lower ?? '');
  // ("Mr. Trump… fits that bill for many people, he added.": who adds goes on from words said
  // before, so is the speaker before, not the person the added words are about.)
  const endsOnFrame = tokens.slice(cue.cue.last + 1).every((t) => t.pos === 'PUNCT' || t.pos === 'ADV' || isTimeWord(t));
  if (closingFrame && endsOnFrame && tokens[cue.cue.last]?.lemma === 'add') return [];
  return [owner, subjectMention].filter((m): m is Mention => m !== undefined && m.end <= sourceStart && !(m.namedInFull && frames) && !(closingFrame && !(m.person && !/^(the|a|an) /i.test(m.text))));
}

/**
 * The owner of a subject, as a person a pronoun may take: "Mr. Sanders's campaign vowed… As word
 * rolled in, he gave a defiant speech". Only a person whose title or given name says so (not
 * "Albany County Sheriff's Office", nor "the Nevada Democrat's"); a surname the article names in
 * full states the full name's gender, not a given name's it also spells ("Christie's seeming
 * thousand-yard stare" is Chris Christie's); not an owner inside a quotation ("“Donald Trump's
 * ignorant view of Islam could…,” Khan said. ¶ He added:" is Khan, whom the words are about).
 */
function subjectOwner(
  article: Article,
  subjectTokens: readonly TaggedToken[],
  mentions: readonly Mention[],
  sentence: number,
  quotes: readonly QuoteSpan[],
  lexicon: AttributionLexicon,
): Mention | undefined {
  const owner = possessiveOwner(subjectTokens);
  if (!owner || insideQuotes(quotes, owner[0]!.start, owner[0]!.end)) return undefined;
  const ownerText = textBetween(article, owner[0]!.start, owner[owner.length - 1]!.end);
  const ownerInFull = namedInFullAs(article, ownerText, lexicon);
  if (!(ownerInFull ? ownerInFull.gender : statedGender(ownerText, lexicon))) return undefined;
  const where = fullerName(ownerText, mentions) ?? { text: ownerText, start: owner[0]!.start, end: owner[owner.length - 1]!.end };
  return { text: where.text, start: where.start, end: where.end, person: true, kind: 'named', sentence, owner: true, ...(ownerInFull ? { namedInFull: ownerInFull } : {}) };
}

/**
 * Whether a subject's head is a proper name: the tagger's word for it, where the capital is not
 * only the sentence's ("Ferries will stop…" opens the sentence) unless the article writes the
 * name in full elsewhere.
 */
function properNameHeads(tokens: readonly TaggedToken[], subjectTokens: readonly TaggedToken[], full: Mention['namedInFull']): boolean {
  if (subjectTokens[subjectTokens.length - 1]!.pos !== 'PROPN') return false;
  const opensSentence = tokens.find((t) => t.pos !== 'PUNCT') === subjectTokens[0];
  return !opensSentence || subjectTokens.length > 1 || full !== undefined;
}

/**
 * The name acting in a "with" phrase ("…, with Hillary Clinton — who's called for… — lambasting
 * Trump's plan."): no subject, so never the antecedent itself, but a nearer name a later "she"
 * may stand for, which keeps the pronoun from an older speaker (`mayBeSomeonesName`).
 */
function withPhraseActor(article: Article, tokens: readonly TaggedToken[], quotes: readonly QuoteSpan[], sentence: number): Mention | undefined {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]!.lower !== 'with' || tokens[k + 1]!.pos !== 'PROPN') continue;
    let end = k + 1;
    while (tokens[end + 1]?.pos === 'PROPN') end++;
    // (An aside may stand between the name and its verb: "with Hillary Clinton — who's called for
    // big tax hikes on the rich — lambasting…".)
    let verb = end + 1;
    if (isDash(tokens, verb)) {
      verb++;
      while (verb < tokens.length && !isDash(tokens, verb)) verb++;
      verb++;
    }
    const act = tokens[verb];
    if (act?.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(act.text)) continue;
    const first = tokens[k + 1]!;
    const last = tokens[end]!;
    if (insideQuotes(quotes, first.start, last.end)) continue;
    return { text: textBetween(article, first.start, last.end), start: first.start, end: last.end, person: false, kind: 'named', sentence, properName: true };
  }
  return undefined;
}

/** Sources and the subjects of sentences are what later pronouns and roles may refer to. */
function remember(
  article: Article,
  tokens: TaggedToken[],
  subject: Subject | undefined,
  result: SentenceAttribution,
  lexicon: AttributionLexicon,
  mentions: Mention[],
  sentence: number,
  quotes: readonly QuoteSpan[],
  fromRelativeClause = false,
): void {
  if (subject) {
    const { reading, tokens: subjectTokens } = subject;
    if (subjectTokens.length === 1 && PRONOUN_GENDER[subjectTokens[0]!.lower]) goOnAbout(mentions, sentence);
    // ("Mr. Sanders's campaign vowed… As word rolled in, he gave a defiant speech": the subject's
    // owner, a name, is as near a later "he" as the subject; remembered before it, so that a
    // pronoun that fits the whole subject takes the subject.)
    const owner = subjectOwner(article, subjectTokens, mentions, sentence, quotes, lexicon);
    if (owner) mentions.push(owner);
    if (namesSomeoneToReferTo(reading, subjectTokens)) {
      const text = spanText(article, tokens, subject.span);
      const start = subjectTokens[0]!.start;
      // (Not a subject inside a quotation, "“Cruz is our best debater,” he says", nor one a frame
      // after it reports, "Jackson was on probation, he said": the speaker's words on someone.
      // The frame's own subject may be it: "Lind backed the plan, although she said…".)
      const source = result.source;
      // (Not a text the sentence is taken from, which says nothing a later "she" could be: "…, Page
      // earned a degree in 1944, according to her official biography. ¶ …, she said.")
      const reported = source !== undefined && source.form !== 'according-to' && source.start >= subjectTokens[subjectTokens.length - 1]!.end && source.antecedent?.start !== start;
      const quoted = insideQuotes(quotes, start, subjectTokens[0]!.end);
      const full = reading.person || reading.kind !== 'named' || reported || quoted ? undefined : namedInFullAs(article, text, lexicon);
      mentions.push({
        ...surnameAlone(text, subjectTokens, full),
        person: reading.person && !spokenForAsBody(article, text, lexicon),
        kind: reading.kind,
        sentence,
        ...(full ? { namedInFull: full } : {}),
        ...(quoted ? { quoted: true } : {}),
        ...(properNameHeads(tokens, subjectTokens, full) ? { properName: true } : {}),
        ...(reported ? { reported: true } : {}),
      });
    }
  }
  const actor = withPhraseActor(article, tokens, quotes, sentence);
  if (actor) mentions.push(actor);
  const source = result.source;
  // (Nor the people a relative clause describes, "an Abraham Lincoln impersonator who promises…":
  // they are spoken of in passing, not a speaker a later "he" goes back to.)
  // (An unnamed source met again, "the officer", is one a later "he" may stand for, as the role.)
  if (source && (!source.antecedent || source.metAgain) && source.kind !== 'impersonal' && !fromRelativeClause) {
    const sourceTokens = tokens.filter((t) => t.start >= source.start && t.end <= source.end);
    const end = source.name?.end ?? source.end;
    const reading = readSource(
      sourceTokens.filter((t) => t.end <= end),
      lexicon,
    );
    // A pronoun left unresolved names no one a later pronoun could stand for ("she" is not "She"),
    // and neither do the speaker's "I" nor an interview's "Q" ("I've written… It does say…").
    const alone = sourceTokens.length === 1 ? sourceTokens[0]!.lower : '';
    if (!reading.pronoun && !lexicon.writerPronouns.has(alone) && !interviewLabel(source.form, sourceTokens)) {
      const text = source.metAgain ? (source.as ?? source.text) : (source.name?.text ?? source.text);
      const full = reading.person ? undefined : namedInFullAs(article, text, lexicon);
      const kind = source.metAgain ? reading.kind : source.kind;
      mentions.push({
        text,
        start: source.start,
        end,
        person: reading.person && !spokenForAsBody(article, text, lexicon),
        kind,
        sentence,
        speaker: true,
        ...(full ? { namedInFull: full } : {}),
        ...(QUESTION_VERB.test(source.cue) && !asksToDo(tokens, source.cueEnd) ? { asker: true } : {}),
      });
    }
  }
}

/**
 * How much of a claim or source a diagnostic quotes: 40 code units is six or seven words, enough
 * to tell one sentence from another in the Problems panel, and with "Unattributed claim: " the
 * message stays near 60 characters, one row of a side-docked panel.
 */
const QUOTE_LIMIT = 40;

function quoted(text: string): string {
  return `“${excerpt(text, QUOTE_LIMIT)}”`;
}

/** The writer's own first person as a whole source: "I", "we". */
const writerPronoun = (text: string) => /^(i|we)$/i.test(text);

const KIND_WORDS: Record<SourceKind, string> = { named: 'named source', group: 'group', vague: 'vague source', impersonal: 'impersonal attribution' };

/** The pass's annotations: attribution for sourced sentences, vague and unattributed claims. */
export function attributionPass(article: Article, sentences: readonly SentenceAttribution[]): Annotation[] {
  const annotations: Annotation[] = [];
  for (const sentence of sentences) {
    const range = article.rangeOf(sentence.start, sentence.end);
    const source = sentence.source;
    if (!source) {
      if (sentence.unattributed) {
        annotations.push({
          kind: 'unattributed-claim',
          code: 'claim/unattributed',
          range,
          message: `Unattributed claim: ${quoted(textBetween(article, sentence.start, sentence.end))}`,
          data: { claim: true },
        });
      }
      continue;
    }
    // ("I think Google is a top stock to consider", "As I wrote at the time, …": the writer's own
    // "I" or "we", outside any quotation, is the article's voice; blind readers took "Source: I"
    // for someone else's report. It is named for what it is.)
    const writer = !sentence.quoted && !source.carried && !source.as && writerPronoun(source.text);
    // The source as the sentence words it, and whom a pronoun stands for beside it: what the
    // text says stays apart from what was inferred of it.
    const data = {
      source: source.as ?? source.text,
      cue: source.cue,
      sourceKind: source.kind,
      sourceRange: article.rangeOf(source.start, source.end),
      cueRange: article.rangeOf(source.cueStart, source.cueEnd),
      form: source.form,
      carried: source.carried,
      claim: sentence.claim,
      ...(source.antecedent ? { antecedentRange: article.rangeOf(source.antecedent.start, source.antecedent.end) } : {}),
      ...(source.as ? { resolvedSource: source.text } : {}),
      ...(source.reportedBy ? { reportedBy: source.reportedBy } : {}),
      ...(writer ? { writer: true as const } : {}),
    };
    // (An impersonal cue names no one: the message says so rather than showing the cue as a source.)
    const named = source.kind === 'impersonal' ? 'none named' : source.as ? `${source.as} — ${source.text}` : source.text;
    const described = writer ? `the writer (“${source.text}”, first person)` : `${named} (${KIND_WORDS[source.kind]})`;
    annotations.push({
      kind: 'attribution',
      code: 'attribution/source',
      range,
      message: `Source: ${described}, cue “${source.cue}”${source.reportedBy ? `, reported by ${source.reportedBy}` : ''}${source.carried ? ', carried over from the quote it continues' : ''}.`,
      data,
    });
    // (A plan or a forecast, "is expected to appear in court", names no one, but blind readers
    // rejected the warning on it: the schedule is the article's, not a belief to source; so is a
    // case's "allegedly", legalHedge.ts.) The warning stands where the source is written: the
    // sentences of a quotation it is carried to are the same source, asked about once, as a
    // linter reports a word once where it stands.
    const written = source.start >= sentence.start && source.end <= sentence.end;
    if ((source.kind === 'vague' || source.kind === 'impersonal') && !source.unqueried && written && !sentence.inHeadline) {
      annotations.push({
        kind: 'vague-attribution',
        code: 'claim/vague-source',
        range,
        message: source.anonymous
          ? `Anonymous source: ${quoted(source.text)} goes unnamed; a reader cannot check who said it.`
          : source.kind === 'vague'
            ? `Vague source: ${quoted(source.text)} names no one a reader could check.`
            : `Impersonal attribution: ${quoted(source.text)} names no one.`,
        data,
      });
    }
  }
  return annotations;
}
