/**
 * Noun phrases found by walking part-of-speech tags left or right from a cue: the subject
 * before "said", the object of "according to", the speaker after an inverted "said".
 * Covers the shapes news writing uses: possessives ("Estavia's central bank"), prepositional
 * tails ("Petra Lind of the Vardo Institute"), lists ("Lisbon, Madrid and Paris"), hyphenated
 * and bracketed parts ("the state-run Estavia News Agency (ENA)").
 */
import type { TaggedToken } from '../nlp/tagger.js';
import { MONTH } from './figures.js';
import { RANK_ABBREVIATIONS } from '../text.js';

export interface Span {
  /** Token indexes, inclusive. */
  first: number;
  last: number;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET', 'PRON', 'SYM']);
const CONNECTING_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'on', 'to', 'with', 'by', 'against', 'inside', 'within', 'across', 'among']);
const CONJUNCTIONS = new Set(['and', 'or', '&']);
/** The last part of a web address a scrape may split off: "EW.com", "ESPN. com". */
const WEB_DOMAINS = /^(com|org|net|gov|edu)$/;
/** Nouns of a role held for someone, whose "to" ties that person to the role: "an adviser to Clinton". */
const ROLE_TO_NOUNS =
  /^(aides?|advis[eo]rs?|counsel|counsellors?|counselors?|ambassadors?|envoys?|assistants?|deputies|deputy|consultants?|spokes(man|woman|men|women|person|people)|successors?|heirs?|lawyers?|attorneys?)$/;
/** "to" after a role noun: "a senior adviser to Clinton", "the former top aide to President Bush". */
const roleTo = (t: TaggedToken, before: TaggedToken | undefined) => t.lower === 'to' && before !== undefined && ROLE_TO_NOUNS.test(before.lower);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'me', 'us']);
/** Adjectives whose "to" or "with" ties a person to the phrase before: "a source close to him". */
const TYING_ADJECTIVES = new Set(['close', 'closest', 'loyal', 'familiar', 'near', 'opposed', 'friendly', 'allied']);

/** The pronoun at i is the object of "of" after a noun, or of "to"/"with" after a tying adjective. */
function objectOfPhrase(tokens: readonly TaggedToken[], i: number): boolean {
  const preposition = tokens[i - 1];
  const before = tokens[i - 2];
  if (!preposition || !before) return false;
  if (preposition.lower === 'of') return before.pos === 'NOUN' || before.pos === 'ADJ' || before.pos === 'NUM' || before.pos === 'PRON' || before.pos === 'DET';
  // ("those around him", "aides near her": the pronoun places the people before it.)
  if (SURROUNDING.test(preposition.lower)) return before.pos === 'NOUN' || before.pos === 'PRON' || before.pos === 'DET';
  return (preposition.lower === 'to' || preposition.lower === 'with') && TYING_ADJECTIVES.has(before.lower);
}
const SURROUNDING = /^(around|near|behind|beside)$/;
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'where', 'that', 'what', 'whoever']);
const STOP_DETERMINERS = new Set(['that', 'which', 'what']);

/** Words that make "on Monday", "in March" a time adverbial rather than part of a name. */
/** The days of the week, which stand alone as a time: "said Friday that…". */
export const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|tomorrow|morning|afternoon|evening|night|weekend)$/;
const isTimeAdverbial = (preposition: TaggedToken, next: TaggedToken | undefined) => /^(on|in|at|by)$/.test(preposition.lower) && next !== undefined && TIME_WORD.test(next.lower);

const isHyphen = (t: TaggedToken | undefined) => t !== undefined && /^[-–]$/.test(t.text);

/** Parts of a hyphenated compound ("ship-tracking", "state-run") belong to the phrase whatever their tag. */
function inCompound(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^\p{L}/u.test(t.text)) return false;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  return (next !== undefined && isHyphen(next) && !next.spaceBefore && tokens[i + 2]?.spaceBefore === false) || (before !== undefined && isHyphen(before) && !t.spaceBefore && !before.spaceBefore);
}

/** A possessive apostrophe standing alone after a plural ("the Dockworkers' Union"). */
const isBareApostrophe = (t: TaggedToken | undefined, before: TaggedToken | undefined) => t !== undefined && /^['’]$/.test(t.text) && !t.spaceBefore && before !== undefined && /s$/i.test(before.text);

/** An apostrophe standing alone before a separate "s": "Lohan ’ s", "she ’ s" (some scrapes space them so). */
export const isApostropheBeforeS = (tokens: readonly TaggedToken[], i: number) => /^['’]$/.test(tokens[i]!.text) && tokens[i + 1]?.lower === 's';

/**
 * "Lindsay Lohan ’ s attorney": a possessive some scrapes set apart with spaces; the apostrophe
 * joins the name before it to the "s" after it.
 */
const isSpacedPossessive = (tokens: readonly TaggedToken[], i: number) => isApostropheBeforeS(tokens, i) && (tokens[i - 1]?.pos === 'PROPN' || tokens[i - 1]?.pos === 'NOUN');

function isNominal(t: TaggedToken | undefined): boolean {
  if (!t) return false;
  if (t.pos === 'PRON' && RELATIVE.has(t.lower)) return false;
  if (t.pos === 'DET' && STOP_DETERMINERS.has(t.lower)) return false;
  return NOMINAL.has(t.pos) || isPossessiveMark(t) || (t.pos === 'X' && /^\p{Lu}/u.test(t.text));
}

/** A time of day as a live blog stamps its entries: "13.08", "9:45". */
const CLOCK_TIME = /^([01]?\d|2[0-3])[.:][0-5]\d$/;

/** A live blog's clock time at `i` stamping the name after it: "13.08 Tony Fernandes…". */
const clockStampAt = (tokens: readonly TaggedToken[], i: number): boolean => CLOCK_TIME.test(tokens[i]?.text ?? '') && isCapitalisedName(tokens[i + 1]);

/** Where a sentence starts past a live blog's clock time before a name ("13.08 Tony Fernandes…"): 1, else 0. */
export const pastClockStamp = (tokens: readonly TaggedToken[]): number => (clockStampAt(tokens, 0) ? 1 : 0);

export const isCapitalisedName = (t: TaggedToken | undefined) => t !== undefined && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);

/** A capitalised word inside the sentence that the tagger read as a verb ("spokesman Josh Earnest", "the Coast Herald poll") is a name. */
export function misreadAsVerb(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (!/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  // "Will" before a capitalised name: opening the sentence as a first name does, or inside it,
  // where the modal is never written with a capital ("…,” said Will Doyle").
  if (t.pos !== 'VERB') return t.pos === 'AUX' && t.lower === 'will' && (misreadFirstName(tokens, i) || (before !== undefined && before.text !== '.' && isCapitalisedName(tokens[i + 1])));
  // Inside the sentence after a word, or first and followed by another verb ("Lynch said"), or
  // after a comma right before a verb in lower case ("…without injury, Fanning said.").
  const next = tokens[i + 1];
  const beforeVerb = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
  // ("Facing mounting criticism…", "Citing growing concerns…": a form in -ing that opens the
  // sentence before a participle describing a noun is a participle phrase, not "Manning said".)
  const participleOpens = i === 0 && /ing$/.test(t.lower) && next !== undefined && /^\p{Ll}+(?:ing|ed)$/u.test(next.text) && /^(NOUN|PROPN)$/.test(tokens[i + 2]?.pos ?? '');
  // (Or after an abbreviation's full stop inside the sentence: "Sens. Ted Cruz", "Adm. Mike Rogers".)
  const afterAbbreviation = before?.text === '.' && !before.spaceBefore && /^\p{Lu}\p{L}*$/u.test(tokens[i - 2]?.text ?? '');
  return (
    (before !== undefined && /^[\p{L}\p{N}]/u.test(before.text)) ||
    afterAbbreviation ||
    (i === 0 && beforeVerb && !participleOpens) ||
    (i > 1 && before?.text === ',' && beforeVerb && /^\p{Ll}/u.test(next!.text)) ||
    misreadFirstName(tokens, i)
  );
}

/**
 * A misread verb that stands inside a person's name: a first name before a surname ("Texas Sen.
 * Ted Cruz", "spokesman Hope Hicks", "Don Stewart"), or a surname after a first name before the
 * verb, a bracket or a comma ("Attorney General Loretta Lynch is…", "Rep. Stephen Lynch
 * (D-Mass.) said"). Not a verb that a name only precedes or follows inside a clause.
 */
export function nameWordReadAsVerb(tokens: readonly TaggedToken[], i: number): boolean {
  // (After "to" a capitalised verb is an infinitive in a body's name: "the Coalition to Stop Trump".)
  if (tokens[i]?.pos !== 'VERB' || tokens[i - 1]?.lower === 'to') return false;
  if (apposedName(tokens, i) || surnameBeforeItsVerb(tokens, i)) return true;
  if (!misreadAsVerb(tokens, i)) return false;
  const next = tokens[i + 1];
  if (isCapitalisedName(next)) return true;
  return isCapitalisedName(tokens[i - 1]) && endsName(next);
}

/**
 * A capitalised word alone between commas right after a noun, inside the sentence: the noun's
 * apposition, a name ("Schilling's son, Grant, defended his father", "The son, Hope, said").
 */
function apposedName(tokens: readonly TaggedToken[], i: number): boolean {
  return i > 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text) && tokens[i - 1]!.text === ',' && tokens[i + 1]?.text === ',' && /^(NOUN|PROPN)$/.test(tokens[i - 2]!.pos);
}

/** Verbs of speech in the forms that follow their speaker's name: "Blunt said", "Fanning notes". */
const SPEECH_AFTER_NAME = /^(said|says|told|tells|added|adds|wrote|writes|noted|notes|explained|insisted|argued|asked|recalled|warned|replied|continued)$/;

/** Auxiliaries a speaker's name may stand before with "not": "Fanning couldn't say", "Blunt would not comment", "Lind did not confirm". */
const AUXILIARIES_BEFORE_NOT = /^(could|would|can|will|did|does|do|should|might|may)$/;

/** Verbs of speech in the plain form those take: "could not say", "would not comment". */
const SPEECH_AFTER_MODAL = /^(say|tell|comment|confirm|explain|disclose|elaborate|specify|speculate|discuss|estimate|recall|answer)$/;

/** How many tokens an aside between a name and its verb of speech may hold: "Blunt, after a long pause, said". */
const ASIDE_REACH = 10;

/**
 * A surname that is also a verb, where it opens the sentence or credits the quotation before it
 * ("Blunt said…", "“…,” Blunt, after a long pause, said of Cruz."): right before a verb of speech,
 * or before an aside set off by commas, with no verb in it, and the verb of speech after it. A
 * capitalised verb there is an order ("Stop saying…", "Listen, after all, …"), never before these.
 */
function surnameBeforeItsVerb(tokens: readonly TaggedToken[], i: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text)) return false;
  const credit = i >= 2 && /^[”"’']+$/.test(tokens[i - 1]!.text) && /^[,!?]$/.test(tokens[i - 2]!.text);
  if (i !== 0 && !credit) return false;
  const next = tokens[i + 1];
  if (!next) return false;
  if (SPEECH_AFTER_NAME.test(next.lower)) return true;
  // ("Fanning couldn't say if anyone else was inside, but said…": so before a modal, its
  // negation and a verb of speech, as a person declines to say; not a gerund that opens the
  // sentence, "Testing will confirm whether…".)
  if (i === 0 && next.pos === 'AUX' && AUXILIARIES_BEFORE_NOT.test(next.lower) && /^(not|n't|n’t)$/.test(tokens[i + 2]?.lower ?? '')) return SPEECH_AFTER_MODAL.test(tokens[i + 3]?.lower ?? '');
  if (next.text !== ',') return false;
  for (let k = i + 2; k < tokens.length && k <= i + ASIDE_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return SPEECH_AFTER_NAME.test(tokens[k + 1]?.lower ?? '');
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** What may follow a person's name as the sentence goes on: the verb, a bracket or a comma. */
const endsName = (next: TaggedToken | undefined) => next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === '(' || next.text === ',');

/**
 * A surname the tagger read as an adverb, an adjective or a preposition, after a first name and
 * before the verb, a bracket or a comma: "David Jolly said", "David Jolly hopes to…", "…,” said
 * Al From, who…". Capitalised inside the sentence, right after a name, the word is the name's
 * (running text writes a preposition in small letters; a line in title case is not read so).
 * A preposition may also end the sentence ("…,” said Al From."), or stand alone between the
 * quotation it credits and the verb of speech ("…,” From said.").
 */
export function surnameReadAsModifier(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!/^(ADV|ADJ|ADP)$/.test(t.pos) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  // (A surname alone, after the quotation it credits: "…,” From said.")
  if (t.pos === 'ADP' && /^[,”"’']$/.test(tokens[i - 1]?.text ?? '') && i > 1 && SPEECH_AFTER_NAME.test(next?.lower ?? '')) return true;
  const ends = endsName(next) || (t.pos === 'ADP' && (next === undefined || next.text === '.'));
  return isCapitalisedName(tokens[i - 1]) && ends;
}

/**
 * Verbs (as lemmas) that open a sentence before a name as an inverted report ("Said Comey, …",
 * "Added Lee: …"), a supposition or an order ("Say Mexico demanded…"), never as a first name.
 */
const NOT_FIRST_NAMES = /^(say|tell|ask|add|write|note|explain|insist|warn|reply|answer|continue|suppose|imagine|let|take|make|consider)$/;

/**
 * A first name read as a verb at the head of the sentence: "Grant Young, a strategist, said",
 * "Hope Hicks said", "Will Hurd, a Texas Republican, said". A surname follows, then a comma or
 * an inflected verb; a question ("Will Trump win?", "Can Cruz, …") keeps its verb.
 */
export function misreadFirstName(tokens: readonly TaggedToken[], i: number): boolean {
  // (Asked of every candidate verb: a loop, not a slice of the tokens before it.)
  for (let k = 0; k < i; k++) if (tokens[k]!.pos !== 'PUNCT') return false;
  if (NOT_FIRST_NAMES.test(tokens[i]!.lemma)) return false;
  const surname = tokens[i + 1];
  if (surname?.pos !== 'PROPN' || !/^\p{Lu}/u.test(surname.text)) return false;
  const after = tokens[i + 2];
  const inflected = after !== undefined && after.pos === 'VERB' && /(ed|s|id)$/.test(after.lower) && after.lower !== after.lemma;
  return (after?.text === ',' || inflected) && !tokens.some((t) => t.text.includes('?'));
}

/**
 * A participle that modifies the noun after it inside a phrase, whatever its tag: "registered"
 * in "52 percent of registered voters", "elected" in "the elected officials". Lower case, in
 * -ed or -ing, after a determiner, an adjective, a figure, a name or "of", or opening the sentence.
 */
function participleModifier(tokens: readonly TaggedToken[], i: number, phraseStart = -1): boolean {
  const t = tokens[i]!;
  // (Capitalised where it opens the sentence: "Leading Democrats say…".)
  const form = i === 0 ? /^\p{Lu}?\p{Ll}+(ed|ing)$/u : /^\p{Ll}+(ed|ing)$/u;
  if (t.pos !== 'VERB' || !form.test(t.text) || !isNominal(tokens[i + 1])) return false;
  const before = tokens[i - 1];
  // ("Kaine defended people accused…", "cases in which Kaine defended people…": a past form
  // after a name that opens a clause is the clause's verb; "The Wall Street Journal released
  // last week", "Democrats supporting Clinton" describe. A name inside a phrase has a determiner,
  // a preposition, a modifier or a list's "and" before it.)
  if (before?.pos === 'PROPN' && /ed$/.test(t.lower)) {
    let k = i - 1;
    while (k >= 0 && tokens[k]!.pos === 'PROPN') k--;
    // (Read rightwards from a phrase's known start, the name is inside it: "said Trend Micro
    // advanced threat researcher Paul Ferguson".)
    if (k >= phraseStart && (k < 0 || !/^(DET|ADP|ADJ|NOUN|NUM|CCONJ|PART)$/.test(tokens[k]!.pos))) return false;
    // ("The KGB planted newspaper articles alleging…", "In the 1980s, the KGB planted…": an
    // article that opens the sentence, or follows a comma, opens the clause's subject, and the
    // past form after the name is the clause's verb.)
    if (k >= phraseStart && tokens[k]!.pos === 'DET' && (tokens[k - 1]?.text === ',' || tokens.slice(0, k).every((x) => x.pos === 'PUNCT'))) return false;
  }
  // ("Trump's newly installed campaign chief": an adverb in -ly may stand before it, inside the phrase.)
  const slot = before?.pos === 'ADV' && /ly$/.test(before.lower) ? tokens[i - 2] : before;
  return slot === undefined || /^(DET|ADJ|NUM|PROPN)$/.test(slot.pos) || slot.lower === 'of' || isPossessiveMark(slot);
}

/** A possessive's "'s" standing as its own token: "Trump 's". */
export function isPossessiveMark(t: TaggedToken): boolean {
  return t.pos === 'PART' && /^['’]s?$/.test(t.text);
}

/** An adverb in -ly before a participle that modifies a noun inside a phrase: "newly" in "Trump's newly installed campaign chief". */
function adverbOfModifier(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  // (Capitalised where it opens the sentence: "Newly elected Academy President Boone Isaacs said".)
  const form = i === 0 ? /^\p{Lu}?\p{Ll}+ly$/u : /^\p{Ll}+ly$/u;
  // (Or an adjective or a count: "a previously undisclosed email", "The employee of nearly four
  // years"; not after a noun, where it opens a phrase of its own: "Last year only 32 percent".)
  const grades = participleModifier(tokens, i + 1) || (/^(ADJ|NUM)$/.test(tokens[i + 1]?.pos ?? '') && !/^(NOUN|PROPN|NUM)$/.test(tokens[i - 1]?.pos ?? ''));
  return t.pos === 'ADV' && form.test(t.text) && grades;
}

/** Words that grade the adjective after them inside a phrase: "most" in "Sanders's most passionate supporters". */
const GRADING_WORDS = /^(most|more|least|less|very)$/;

/**
 * A word grading the adjective or participle that modifies a noun inside a phrase: "The most
 * senior officials", "his most vocal critics", "the party's more moderate members". Only after
 * a determiner, a possessive or at the phrase's start: after a noun it opens a phrase of its own.
 */
function gradingWord(tokens: readonly TaggedToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!GRADING_WORDS.test(tokens[i]!.lower) || next === undefined || !(next.pos === 'ADJ' || participleModifier(tokens, i + 1))) return false;
  const before = tokens[i - 1];
  return before === undefined || isDeterminer(before) || isPossessiveMark(before) || POSSESSIVE_PRONOUNS.has(before.lower);
}

/**
 * The full stop of a title written short before a name ("the Rev. Kyev Tatum", "Ft. Worth",
 * "Police Const. Tim Fanning"), which the tokenizer splits off: a short capitalised word or a
 * rank's abbreviation before it, a capitalised word after.
 */
function titleAbbreviationDot(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const title = tokens[i - 1]?.text ?? '';
  return t.text === '.' && !t.spaceBefore && (/^\p{Lu}\p{Ll}{1,3}$/u.test(title) || RANK_ABBREVIATIONS.has(title)) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.spaceBefore === true;
}

const isBracket = (t: TaggedToken | undefined) => t !== undefined && /^[()]$/.test(t.text);
/** Possessive pronouns: "their partners", "his thinking". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** Words that open a clause set before the main one: "When…, ", "As police were trying to…, the councilman called…". */
export const OPENING_SUBORDINATORS = /^(when|while|after|before|because|since|although|though|if|once|until|unless|as|whereas)$/;
/** "such as" at token `i` (its "as") after a noun: "groups such as the NRA" — the examples belong to the noun. */
const suchAsAfterNoun = (tokens: readonly TaggedToken[], i: number) => tokens[i]!.lower === 'as' && tokens[i - 1]?.lower === 'such' && isNominal(tokens[i - 2]);
/** "the", and possessive pronouns, which open a phrase the same way ("their partners"). */
const isDeterminer = (t: TaggedToken) => t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.lower));
const isPersonalPronoun = (t: TaggedToken) => t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower);

/** Does a clause (a verb) stand between index `from` and the next comma or the end? */
function chunkHasVerb(tokens: readonly TaggedToken[], from: number): boolean {
  for (let i = from; i < tokens.length && tokens[i]!.text !== ','; i++) {
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX' || RELATIVE.has(tokens[i]!.lower)) return true;
  }
  return false;
}

/** The rest of a list ("Spanish and French fisheries data"): short, with "and", no quotes. */
const MAX_LIST_CHUNK = 8;
function chunkHasConjunction(tokens: readonly TaggedToken[], from: number): boolean {
  let conjunction = false;
  let i = from;
  for (; i < tokens.length && tokens[i]!.text !== ',' && tokens[i]!.text !== '.'; i++) {
    if (/^["“”«»]$/.test(tokens[i]!.text)) return false;
    if (CONJUNCTIONS.has(tokens[i]!.lower)) conjunction = true;
  }
  return conjunction && i - from <= MAX_LIST_CHUNK;
}

/** The longest bracket taken into a name whatever it holds: a party and state, an abbreviation. */
const MAX_BRACKET = 8;
/**
 * The longest aside in brackets between a name and its verb: "Sen. Chris Murphy (a Connecticut
 * Democrat so boyish he has been mistaken for a junior staffer) says…" describes him, as an
 * apposition would.
 */
const MAX_ASIDE_BRACKET = 30;

/** Small words inside a name: "de Blasio", "van Gogh", "bin Laden", "al-Assad". */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'le', 'la', 'bin', 'al', 'ibn', 'dos', 'das', 'ter']);

/** Dutch "'t" (the article) inside a name, which the tokenizer splits: "in 't Veld", "van 't Hek". */
function dutchArticleAt(tokens: readonly TaggedToken[], k: number): boolean {
  const mark = (x: TaggedToken | undefined) => x !== undefined && (x.text === "'" || x.text === '’');
  const t = (x: TaggedToken | undefined) => x !== undefined && x.text === 't' && !x.spaceBefore;
  if (mark(tokens[k])) return t(tokens[k + 1]);
  if (t(tokens[k])) return mark(tokens[k - 1]);
  return tokens[k]?.text === 'in' && mark(tokens[k + 1]) && t(tokens[k + 2]);
}

/** The longest run of small words a name holds before its capitalised part: "de la", "in 't". */
const MAX_PARTICLES = 3;

/**
 * A name's small word before its capitalised part, alone or in a run: "Mayor Bill de Blasio",
 * "de Blasio tweeted", "Jan de la Cruz", "Sophie in 't Veld".
 */
export function nameParticle(tokens: readonly TaggedToken[], i: number): boolean {
  let k = i;
  while (k < tokens.length && k - i <= MAX_PARTICLES && (NAME_PARTICLES.has(tokens[k]!.text) || dutchArticleAt(tokens, k))) k++;
  return k > i && isCapitalisedName(tokens[k]);
}

/** A year as written in news: "1972", "2010". */
export const YEAR = /^(1[89]|20)\d\d$/;

/** "of" before a year that ends a capitalised name: "The American Health Security Act of 2009", "the Class of 2016". */
function yearOfName(tokens: readonly TaggedToken[], i: number): boolean {
  return tokens[i]!.lower === 'of' && YEAR.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.pos !== 'NOUN' && i > 1 && /^\p{Lu}/u.test(tokens[i - 1]!.text);
}

/** The comma of a date that modifies a noun: "A Sept. 15, 2011 email", between the day and the year (not a date alone, "released on May 3, 2011"). */
function commaOfDate(tokens: readonly TaggedToken[], i: number): boolean {
  const dated = tokens[i + 2];
  return (
    tokens[i]!.text === ',' &&
    YEAR.test(tokens[i + 1]?.text ?? '') &&
    dated !== undefined &&
    /^(NOUN|PROPN)$/.test(dated.pos) &&
    /^\d{1,2}$/.test(tokens[i - 1]?.text ?? '') &&
    MONTH.test(tokens[i - 2]?.lower ?? '')
  );
}

/** The honorifics news writes before a surname: "Mr.", "Mrs.", "Ms.", "Messrs.". */
const HONORIFICS = /^(Mr|Mrs|Ms|Mmes|Messrs)\.?$/;

/** The noun phrase that ends at token `last` (inclusive), or undefined. */
/** Quantifiers that stand alone as a whole noun phrase: "both have said", "some say". */
const STANDING_QUANTIFIERS = /^(both|some|many|most|several|all)$/;

export function nounPhraseEndingAt(tokens: readonly TaggedToken[], last: number): Span | undefined {
  let first = -1;
  let sawConjunction = false;
  let closedByDeterminer = false;
  for (let i = last; i >= 0; i--) {
    const t = tokens[i]!;
    // "Paul D. Ryan (R-Wis.)": a short bracket after a name belongs to it, whatever it holds.
    if (t.text === ')' && !closedByDeterminer) {
      let open = i - 1;
      while (open >= Math.max(0, i - MAX_ASIDE_BRACKET) && tokens[open]!.text !== '(' && tokens[open]!.text !== ')') open--;
      // (A longer one only after a name and right before the verb: an aside on the speaker.)
      const reaches = open >= 0 && tokens[open]!.text === '(' && (i - open <= MAX_BRACKET || (i === last && isCapitalisedName(tokens[open - 1])));
      if (reaches && isNominal(tokens[open - 1])) {
        first = open;
        i = open;
        continue;
      }
    }
    // ("The job was hard (Ada Vik said it was the worst)": an opening bracket met before its
    // closing one opens the aside the phrase stands in, and a name or a determiner after it opens
    // the phrase ("(John Schlafly defended his mother…"), of two words at least where the bracket
    // opens the sentence ("(Personal note: …" is a label); "(IST)" closed in the phrase goes on
    // past it.)
    if (t.text === '(' && first !== -1 && (i > 0 || last > i + 1) && !tokens.slice(i + 1, last + 1).some((x) => x.text === ')') && /^(PROPN|DET)$/.test(tokens[i + 1]?.pos ?? '')) break;
    // ("13.08 Tony Fernandes, the Air Asia chief, has been speaking…": a live blog's clock time
    // before a name stamps the entry; it is no part of the name.)
    if (first === i + 1 && clockStampAt(tokens, i)) break;
    const before = tokens[i - 1];
    // ("…as characteristic of a campaign Mr. Khan has called bigoted": a common noun is never a
    // title before an honorific, "spokesman Mr. Smith"; the name opens a clause of its own.)
    if (first === i + 1 && HONORIFICS.test(tokens[first]!.text) && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)) break;
    if (closedByDeterminer) {
      // After "the", the phrase goes on leftwards only through "of", "and" or a list comma.
      // ("groups such as the NRA", "critics like the senator": examples after their noun.)
      if (suchAsAfterNoun(tokens, i)) {
        closedByDeterminer = false;
        first = i - 1;
        i--;
        continue;
      }
      const connects = (t.pos === 'ADP' && (CONNECTING_PREPOSITIONS.has(t.lower) || t.lower === 'like')) || CONJUNCTIONS.has(t.lower) || (t.text === ',' && sawConjunction);
      // (Or after the last part of a hyphenated compound, whatever its tag: "a voice-over in the ad".)
      if (!connects || !(isNominal(before) || inCompound(tokens, i - 1))) break;
      // ("…are already content providers and both have shown…": a quantifier standing alone is a
      // whole subject, never a conjunct joined to the noun before it.)
      if (CONJUNCTIONS.has(t.lower) && first === last && STANDING_QUANTIFIERS.test(tokens[last]!.lower)) break;
      closedByDeterminer = false;
      if (CONJUNCTIONS.has(t.lower)) sawConjunction = true;
      first = i;
      continue;
    }
    if (
      isNominal(t) ||
      misreadAsVerb(tokens, i) ||
      isBracket(t) ||
      inCompound(tokens, i) ||
      isBareApostrophe(t, before) ||
      (first === i + 1 && isSpacedPossessive(tokens, i)) ||
      (isHyphen(t) && !t.spaceBefore && first !== -1) ||
      (first === i + 1 &&
        (participleModifier(tokens, i) ||
          adverbOfModifier(tokens, i) ||
          gradingWord(tokens, i) ||
          titleAbbreviationDot(tokens, i) ||
          verbAsModifier(tokens, i) ||
          nameParticle(tokens, i) ||
          yearOfName(tokens, i))) ||
      (first === -1 && gerundAfterPossessive(tokens, i)) ||
      (first === -1 && verbAsCompoundHead(tokens, i)) ||
      // ("EW.com reports", "Buster Olney of ESPN. com believes": a web address is one name.)
      (first === i + 1 && t.text === '.' && WEB_DOMAINS.test(tokens[i + 1]!.lower) && isNominal(before)) ||
      (first === i + 1 && commaOfDate(tokens, i))
    ) {
      if (isPersonalPronoun(t) && first !== -1) break;
      first = i;
      if (isDeterminer(t)) closedByDeterminer = true;
      // An object pronoun is never a subject: "a source close to him", "most of them" go on
      // leftwards to the phrase the pronoun's preposition belongs to.
      if (isPersonalPronoun(t) && !(OBJECT_PRONOUNS.has(t.lower) && objectOfPhrase(tokens, i))) break;
      continue;
    }
    if (first === -1) break;
    if (t.pos === 'ADP' && SURROUNDING.test(t.lower) && OBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '') && first === i + 1 && isNominal(before)) {
      first = i;
      continue;
    }
    // ("Some advocates for stem cell research": the tagger may read "for" as a subordinator.)
    const preposition = t.pos === 'ADP' || (t.pos === 'SCONJ' && t.lower === 'for');
    if (preposition && CONNECTING_PREPOSITIONS.has(t.lower) && (t.lower !== 'to' || roleTo(t, before)) && isNominal(before)) {
      first = i;
      continue;
    }
    // ("Critics like Huffman say", "groups such as the NRA argue": the examples belong to the phrase.)
    if (t.pos === 'ADP' && t.lower === 'like' && isNominal(before) && before?.pos !== 'PRON') {
      first = i;
      continue;
    }
    if (suchAsAfterNoun(tokens, i)) {
      first = i - 1;
      i--;
      continue;
    }
    // ("nine out of 10 say": a share.)
    if (t.lower === 'of' && before?.lower === 'out' && tokens[i - 2]?.pos === 'NUM') {
      first = i - 1;
      i--;
      continue;
    }
    // "a source close to him", "officials familiar with them": the adjective ties the object to the noun before it.
    if (t.pos === 'ADP' && (t.lower === 'to' || t.lower === 'with') && before && TYING_ADJECTIVES.has(before.lower) && isNominal(tokens[i - 2])) {
      first = i - 1;
      i--;
      continue;
    }
    // ("Sen. Bernie Sanders (Vt.) and former governor Martin O'Malley": the first name's bracket
    // closes it before the conjunction.)
    if (CONJUNCTIONS.has(t.lower) && (isNominal(before) || shortBracketAfterName(tokens, i - 1))) {
      sawConjunction = true;
      first = i;
      continue;
    }
    if (t.text === ',' && sawConjunction && (before?.pos === 'PROPN' || before?.pos === 'NOUN')) {
      first = i;
      continue;
    }
    break;
  }
  if (first === -1) return undefined;
  return trim(tokens, { first, last });
}

/** A short bracket closing at `close` right after a name ("(Vt.)", "(R-Wis.)"), as the phrase reader takes one in. */
function shortBracketAfterName(tokens: readonly TaggedToken[], close: number): boolean {
  if (tokens[close]?.text !== ')') return false;
  let open = close - 1;
  while (open >= Math.max(0, close - MAX_BRACKET) && tokens[open]!.text !== '(' && tokens[open]!.text !== ')') open--;
  return open >= 1 && tokens[open]!.text === '(' && isCapitalisedName(tokens[open - 1]);
}

/**
 * "advocates for stem cell research", "the swing state voters": a plain verb form between a
 * determiner, adjective or preposition and a noun can only be the first word of a compound.
 */
function verbAsModifier(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (t.pos !== 'VERB' || !/^\p{Ll}+$/u.test(t.text) || t.lower !== t.lemma || tokens[i + 1]?.pos !== 'NOUN' || !before) return false;
  return /^(DET|ADJ|NUM)$/.test(before.pos) || (/^(ADP|SCONJ)$/.test(before.pos) && CONNECTING_PREPOSITIONS.has(before.lower) && before.lower !== 'to');
}

/**
 * "…, a piracy monitor told CNN": a plain verb form after a noun its determiner opens, right
 * before another verb, is the head of a compound noun ("monitor", "guard", "spokesman's aide").
 */
function verbAsCompoundHead(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.pos !== 'VERB' || !/^\p{Ll}+$/u.test(t.text) || t.lower !== t.lemma || tokens[i - 1]?.pos !== 'NOUN') return false;
  if (!/^(DET|ADJ|NUM)$/.test(tokens[i - 2]?.pos ?? '')) return false;
  return next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && next.lower !== next.lemma));
}

/** "a source familiar with Cruz's thinking": a form in -ing after a possessive is a noun. */
function gerundAfterPossessive(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  return t.pos === 'VERB' && /^\p{Ll}+ing$/u.test(t.text) && before !== undefined && (isPossessiveMark(before) || POSSESSIVE_PRONOUNS.has(before.lower));
}

/** Determiners that count what an "of" after them names: "some of his rivals". */
const COUNTING_DETERMINERS = /^(some|any|all|both|each|either|neither|no|none|several|many|most|few|half)$/;

/** The noun phrase that starts at token `first`, with list continuations and an apposition. */
export function nounPhraseStartingAt(tokens: readonly TaggedToken[], first: number, allowApposition = false, firstIsNominal = false): Span | undefined {
  let last = -1;
  let afterDeterminer = false;
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // After a preposition ("according to figures") the first word is a noun whatever its tag.
    if (
      (firstIsNominal && i === first && /^\p{L}/u.test(t.text)) ||
      isNominal(t) ||
      (i > first && misreadAsVerb(tokens, i)) ||
      // (A closing bracket only when the phrase opened one: not "according to the fact checkers)",
      // a bracket the phrase stands in.)
      (isBracket(t) && !(/^[)\]]$/.test(t.text) && !tokens.slice(first, i).some((x) => /^[([]$/.test(x.text)))) ||
      inCompound(tokens, i) ||
      isBareApostrophe(t, tokens[i - 1]) ||
      (last === i - 1 && isSpacedPossessive(tokens, i)) ||
      (isHyphen(t) && !t.spaceBefore && last !== -1) ||
      (last === i - 1 && titleAbbreviationDot(tokens, i)) ||
      (last === i - 1 && isCapitalisedName(tokens[first]) && nameParticle(tokens, i)) ||
      (i > first && participleModifier(tokens, i, first)) ||
      (last === i - 1 && t.text === '.' && WEB_DOMAINS.test(next?.lower ?? '')) ||
      // ("A previously undisclosed email", "the newly released figures": an adverb in -ly that
      // grades the adjective after it.)
      (last === i - 1 && t.pos === 'ADV' && /^\p{Ll}+ly$/u.test(t.text) && next?.pos === 'ADJ' && isNominal(tokens[i + 2]))
    ) {
      if (isPersonalPronoun(t) && last !== -1) break;
      last = i;
      afterDeterminer = isDeterminer(t);
      if (isPersonalPronoun(t)) break;
      continue;
    }
    // ("some of his rivals", "each of the unions": a quantifier's "of" leads to what it counts.)
    if (afterDeterminer && t.lower === 'of' && COUNTING_DETERMINERS.test(tokens[i - 1]!.lower) && isNominal(next)) {
      last = i;
      afterDeterminer = false;
      continue;
    }
    if (last === -1 || afterDeterminer) break;
    if (t.pos === 'ADP' && CONNECTING_PREPOSITIONS.has(t.lower) && (t.lower !== 'to' || roleTo(t, tokens[i - 1])) && isNominal(next) && !isTimeAdverbial(t, next)) {
      last = i;
      continue;
    }
    if (CONJUNCTIONS.has(t.lower) && isNominal(next)) {
      last = i;
      continue;
    }
    if (t.text === ',' && isNominal(next) && !chunkHasVerb(tokens, i + 1)) {
      // "Lisbon, Madrid and Paris", or ", the city's transport chief." at the end.
      const endsSentence = (() => {
        let j = i + 1;
        while (j < tokens.length && tokens[j]!.text !== ',') j++;
        return j >= tokens.length || tokens.slice(j).every((x) => x.pos === 'PUNCT');
      })();
      if (chunkHasConjunction(tokens, i + 1) || (allowApposition && endsSentence)) {
        last = i;
        continue;
      }
    }
    break;
  }
  if (last === -1) return undefined;
  return trim(tokens, { first, last });
}

/** How far back from the phrase before a verb a relative clause may reach to the noun it describes. */
const MAX_RELATIVE_CLAUSE = 12;
/** Words that head a phrase a relative clause describes: "people who…", "those who…", "anyone who…". */
const RELATIVE_OWNER = new Set(['NOUN', 'PROPN', 'PRON', 'DET']);
/** Words that open a clause of another kind: the phrase after them is that clause's, not a relative clause's. */
const CLAUSE_OPENERS = new Set(['when', 'if', 'because', 'while', 'whether', 'as', 'since', 'although', 'though', 'how', 'what', 'where', 'why', 'until', 'unless']);

/**
 * "People who have battled online threats say…", "executives who have worked with Lachlan
 * Murdoch say…", "a 2014 study that appeared in the journal found…": the phrase right before the
 * verb closes a relative clause, and the one who speaks is the noun the clause describes, with
 * the clause. Only where nothing else can be meant:
 * - no punctuation between (commas, quotes and dashes are other constructions, read elsewhere),
 *   no word opening another clause ("how", "when"), no "and" in the phrase;
 * - the clause has its own verb; after "that", the verb comes first ("a study that appeared"),
 *   since "a given that her decision will…", "his claim that Obama wants…" are no relative clause;
 * - the phrase is not a subject pronoun ("critics who say he…": "he" opens a clause of its own),
 *   and the noun described is not a personal pronoun ("him that had been…") nor the object of a
 *   preposition ("in ways that help…").
 */
export function overRelativeClause(tokens: readonly TaggedToken[], source: Span): Span {
  const phrase = tokens.slice(source.first, source.last + 1);
  // (A lone object pronoun may close a relative clause: "the ex-wife of X who filed reports against him".)
  const objectPronoun = phrase.length === 1 && OBJECT_PRONOUNS.has(phrase[0]!.lower);
  if (phrase.some((t) => CONJUNCTIONS.has(t.lower)) || (phrase.length === 1 && isPersonalPronoun(phrase[0]!) && !objectPronoun)) return source;
  // ("The voters who Trump courted said": the clause's verb may have been read into the phrase.)
  let clauseVerb = phrase.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  for (let k = source.first - 1; k >= Math.max(0, source.first - MAX_RELATIVE_CLAUSE); k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || CLAUSE_OPENERS.has(t.lower)) return source;
    // ("The state officials whose laws have been invalidated say…": "whose" opens one too.)
    if (t.lower === 'who' || t.lower === 'that' || t.lower === 'whose') {
      const owner = tokens[k - 1];
      const next = tokens[k + 1]!;
      if (!clauseVerb || !owner || !RELATIVE_OWNER.has(owner.pos) || isPersonalPronoun(owner) || POSSESSIVE_PRONOUNS.has(owner.lower)) return source;
      if (t.lower === 'that' && next.pos !== 'VERB' && next.pos !== 'AUX') return source;
      const head = nounPhraseEndingAt(tokens, k - 1);
      // ("…in ways that help Mr. Putin maintain…": a noun after a preposition is no subject.)
      if (!head || tokens[head.first - 1]?.pos === 'ADP') return source;
      return { first: head.first, last: source.last };
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') clauseVerb = true;
  }
  return source;
}

/** Words that may lead a time phrase: "on Tuesday", "earlier Tuesday", "this week", "late last night". */
export const TIME_LEAD = /^(on|in|at|this|last|next|earlier|later|late|early|that)$/;

/** Time nouns, in lower case, that take a clause without "that": "the first time she spoke". */
const RELATIVE_TIME = /^(time|times|day|days|moment|week|year)$/;

const PERIOD = /^(week|month|year|night|weekend|past)s?$/;
export const isTimeWord = (t: TaggedToken) => TIME_WORD.test(t.lower) || PERIOD.test(t.lower);

/**
 * "Beck, a radio host, last week said…", "…, who backed Cruz, on Tuesday said…": when the words
 * right before a verb (up to `last`) are only a time, set off by a comma before them, that comma's
 * index; otherwise -1.
 */
export function commaBeforeTime(tokens: readonly TaggedToken[], last: number): number {
  const phrase = nounPhraseEndingAt(tokens, last);
  if (!phrase || !isTimeSpan(tokens, phrase)) return -1;
  let k = phrase.first - 1;
  while (k >= 0 && TIME_LEAD.test(tokens[k]!.lower)) k--;
  return k > 0 && tokens[k]!.text === ',' ? k : -1;
}

/** The phrase is only a time: "Wednesday", "this week", "Monday night". */
function isTimeSpan(tokens: readonly TaggedToken[], span: Span): boolean {
  const words = tokens.slice(span.first, span.last + 1);
  // ("the past", "recent weeks": a determiner or "recent" may lead the time word; and a count of
  // them before "later" or "earlier", "Fiorina a month later announced…".)
  const counted = /^(later|earlier)$/.test(tokens[span.last + 1]?.lower ?? '');
  return words.some(isTimeWord) && words.every((t) => isTimeWord(t) || TIME_LEAD.test(t.lower) || /^(the|recent)$/.test(t.lower) || (counted && (/^(a|an|one)$/.test(t.lower) || t.pos === 'NUM')));
}

/**
 * A subject found right before a verb that is only a time ("Grassley on Wednesday downplayed",
 * "Trump earlier Tuesday backed", "A report published Wednesday said"): the phrase before the
 * time, with a participle that the time belongs to ("A report published Wednesday"). The span
 * as found when it is not a time; undefined when nothing stands before the time.
 */
export function beyondTime(tokens: readonly TaggedToken[], span: Span): Span | undefined {
  if (!isTimeSpan(tokens, span)) {
    // "It was the third time AROS said…": a time noun with a name after it is a clause's
    // antecedent ("the time [that] AROS said"), and the name alone speaks.
    for (let m = span.first; m < span.last; m++) {
      const next = tokens[m + 1]!;
      if (RELATIVE_TIME.test(tokens[m]!.text) && !isTimeWord(next) && (next.pos === 'PROPN' || (next.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(next.lower)))) return { first: m + 1, last: span.last };
    }
    // "Councillor Moreau on Wednesday criticised": the time closing the phrase is not the speaker's.
    for (let m = span.first + 1; m <= span.last; m++) {
      if (TIME_LEAD.test(tokens[m]!.lower) && isTimeSpan(tokens, { first: m, last: span.last })) return { first: span.first, last: m - 1 };
    }
    return span;
  }
  let k = span.first - 1;
  // (And the auxiliary before it: "allies have in the past said".)
  while (k >= 0 && (TIME_LEAD.test(tokens[k]!.lower) || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  if (k < 0) return undefined;
  const t = tokens[k]!;
  // (So after "out" too: "A University of New Hampshire poll out this week shows…".)
  const outAfterNoun = t.lower === 'out' && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '');
  if ((t.pos === 'VERB' && /(ed|en|wn)$/.test(t.lower)) || outAfterNoun) {
    const owner = nounPhraseEndingAt(tokens, k - 1);
    return owner ? { first: owner.first, last: span.last } : undefined;
  }
  return nounPhraseEndingAt(tokens, k);
}

/** Longest object of "according to" taken up to its boundary, in tokens. */
const MAX_OBJECT_TOKENS = 16;
const OBJECT_BOUNDARY = /^(?:[,;:—–―()"“”«»]|\.|\?|!|…)$/;

/**
 * The object of a preposition that must take one ("according to …"), as written up to the next
 * comma, dash, quotation mark or the end of the sentence: "the most recent data available from
 * the FBI", "a new Associated Press-GfK poll", "exit polling data". The tagger misreads the
 * modifiers of such phrases ("new" as an adverb, "exit polling" as verbs), so no tag may cut it
 * short; it must name something (a noun, a name or a pronoun) and not run on into a clause.
 */
export function objectToBoundary(tokens: readonly TaggedToken[], first: number): Span | undefined {
  let last = first - 1;
  for (let i = first; i < tokens.length && !OBJECT_BOUNDARY.test(tokens[i]!.text) && !(tokens[i]!.text === '-' && tokens[i]!.spaceBefore); i++) last = i;
  if (last < first || last - first + 1 > MAX_OBJECT_TOKENS) return undefined;
  const words = tokens.slice(first, last + 1);
  if (!words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) return undefined;
  // "according to him, is…" never; "according to officials who spoke…" is a clause: the phrase alone then.
  if (words.some((t) => t.pos === 'AUX' || (t.pos === 'PRON' && RELATIVE.has(t.lower)))) return undefined;
  return trim(tokens, { first, last });
}

/** Drops connectors, commas and unmatched brackets from the edges. */
function trim(tokens: readonly TaggedToken[], span: Span): Span | undefined {
  let { first, last } = span;
  const loose = (t: TaggedToken) => t.pos === 'ADP' || t.pos === 'CCONJ' || t.text === ',' || isHyphen(t) || isPossessiveMark(t);
  while (first <= last && (loose(tokens[first]!) || tokens[first]!.text === ')')) first++;
  while (last >= first && (loose(tokens[last]!) || tokens[last]!.text === '(')) last--;
  if (first > last) return undefined;
  // A bracket opened inside the phrase and not closed: stop before it.
  const opens = tokens.slice(first, last + 1).filter((t) => t.text === '(').length;
  const closes = tokens.slice(first, last + 1).filter((t) => t.text === ')').length;
  if (opens > closes) {
    for (let i = last; i >= first; i--) if (tokens[i]!.text === '(') return i - 1 >= first ? { first, last: i - 1 } : undefined;
  }
  return { first, last };
}
