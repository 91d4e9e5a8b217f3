/**
 * Finds the attribution cue of one sentence and the span of its source, from POS-tagged
 * tokens. Cue words inside quotation marks do not count (they belong to the quoted speaker).
 */
import type { TaggedToken } from '../nlp/tagger.js';
import { isEvidenceNoun, type AttributionLexicon } from './lexicon.js';
import { wordsAt } from '../wordSequences.js';
import {
  beyondTime,
  commaBeforeTime,
  isApostropheBeforeS,
  isCapitalisedName,
  nameParticle,
  isPossessiveMark,
  isTimeWord,
  OPENING_SUBORDINATORS,
  POSSESSIVE_PRONOUNS,
  TIME_LEAD,
  misreadAsVerb,
  misreadFirstName,
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  objectToBoundary,
  overRelativeClause,
  type Span,
  WEEKDAY,
  YEAR,
} from './phrases.js';
import { INVERTED_QUOTE_VERB, insideQuotes, type QuoteSpan } from './quotes.js';
import { isQuantity, MONTH } from './figures.js';

export type CueForm = 'verb' | 'inverted-verb' | 'according-to' | 'reported-by' | 'statement' | 'colon-quote' | 'citing' | 'impersonal' | 'label' | 'stance';

export interface Cue {
  form: CueForm;
  /** Token span of the cue words. */
  cue: Span;
  /** Token span of the source, when the sentence names one. */
  source?: Span;
  /**
   * Words after the source that describe it, a relative clause or an apposition ("…, a broker
   * in Tampa who sells golf courses"): part of the source as written, not of its name.
   */
  description?: Span;
  /** An impersonal passive that tells a plan or a forecast ("is expected to appear"), a belief given up ("was once thought to be") or one supposed in a condition ("if it is thought to…"): attributed, but no vague source to flag. */
  planned?: boolean;
  /**
   * A standing read in polls in general and told without a figure ("has a wide lead in the
   * polls"): attributed, but no vague source to flag — blind readers rejected the warning there;
   * "polls show that…", or a figure from unnamed polls, still gets it.
   */
  standing?: boolean;
  /**
   * The outlet or text a closing "according to" names when the cue gives a quotation to its own
   * speaker ("“…,” Sanders said, according to CNN"): it carried the words, it did not say them.
   */
  carrier?: Span;
  /**
   * A verb of speech in a relative clause on the phrase that speaks ("business leaders who say
   * the law…", "…, which in the wake of the defeat urged…"): what they say is reported, but a verb
   * of the sentence's own clause, where one speaks too, is the sentence's cue.
   */
  relative?: boolean;
  /**
   * The only cue is a question put in a time clause after the main one ("…offered a slogan when I
   * asked him how…"): its asker is remembered for a later "he asked", but the sentence has no
   * source, since the asker asserts nothing it reports.
   */
  questionOnly?: boolean;
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re']);
const OPENING_QUOTES = /^["“«„]$/;

/** A doubled apostrophe or backtick standing for a double quote: one of its two tokens. */
function isDoubledMark(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (!t || (t.text !== "'" && t.text !== '`')) return false;
  return tokens[i - 1]?.text === t.text || tokens[i + 1]?.text === t.text;
}

/**
 * An opening curly mark set where a closing one belongs ("…problems for her here,“ said Jim
 * Clyburn"): against the word before it, a space after it. (quotes.ts reads the text the same way.)
 */
const misprintedClosing = (tokens: readonly TaggedToken[], i: number) =>
  i > 0 &&
  tokens[i]?.text === '“' &&
  ((!tokens[i]!.spaceBefore && (tokens[i + 1]?.spaceBefore ?? true)) ||
    // ("…for the young, “said Tsikala Stephania": run into the verb of an inverted quotation.)
    (/^[,.!?]$/.test(tokens[i - 1]!.text) && tokens[i + 1] !== undefined && !tokens[i + 1]!.spaceBefore && INVERTED_QUOTE_VERB.test(tokens[i + 1]!.text)));
/** Any quotation mark, opening or closing, straight, curly or doubled. */
const isQuotationMark = (tokens: readonly TaggedToken[], i: number) => OPENING_QUOTES.test(tokens[i]?.text ?? '') || /^[”"»]$/.test(tokens[i]?.text ?? '') || isDoubledMark(tokens, i);
/**
 * Where a quotation in single marks that opens the sentence closes: "'At the time, I thought it
 * was a brick,' Mrs Armstead said." (British style). The opening mark stands first, against its
 * word; the closing one against the comma, question or exclamation mark before it, with a space
 * after. -1 when the sentence has no such quotation.
 */
function singleMarkClose(tokens: readonly TaggedToken[]): number {
  if (tokens[0]?.text !== "'" || tokens[1] === undefined || tokens[1].spaceBefore || tokens[1].pos === 'PUNCT') return -1;
  for (let k = 2; k < tokens.length - 1; k++) {
    if (tokens[k]!.text === "'" && !tokens[k]!.spaceBefore && /^[,?!]$/.test(tokens[k - 1]!.text) && tokens[k + 1]!.spaceBefore) return k;
  }
  return -1;
}
/**
 * A single mark that can only close a quotation: against the comma, question or exclamation mark
 * before it, with a space or the end after it ("…There was blood,' said Unique Armstead"), where
 * the quotation opened in an earlier sentence or paragraph. (Not an apostrophe: one between
 * letters, or after a plural's "s", never follows punctuation.)
 */
const singleClosingMark = (tokens: readonly TaggedToken[], i: number) =>
  i > 0 && tokens[i]?.text === "'" && !tokens[i]!.spaceBefore && /^[,?!]$/.test(tokens[i - 1]!.text) && (tokens[i + 1]?.spaceBefore ?? true) && !holdsDoubleMarks(tokens);

/** Sentences that hold a double or curly quotation mark, where single marks are quotations inside quotations. */
const doubleMarked = new WeakMap<readonly TaggedToken[], boolean>();
function holdsDoubleMarks(tokens: readonly TaggedToken[]): boolean {
  let holds = doubleMarked.get(tokens);
  if (holds === undefined) {
    holds = tokens.some((t) => /^[“”"«»„]$/.test(t.text));
    doubleMarked.set(tokens, holds);
  }
  return holds;
}
/** A mark that closes a quotation ("…,” said X"). */
const closesQuote = (tokens: readonly TaggedToken[], i: number) =>
  /^[”"»]$/.test(tokens[i]?.text ?? '') ||
  (tokens[i]?.text === "'" && (isDoubledMark(tokens, i) || (i > 0 && singleMarkClose(tokens) === i) || singleClosingMark(tokens, i))) ||
  misprintedClosing(tokens, i);
/**
 * A single mark that opens a quotation a single mark closes later in the sentence: a space or the
 * sentence's start before it, a word against it ("Kelly said: 'We're certainly pleased…,' the
 * Daily News reported").
 */
function singleOpeningMark(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t?.text !== "'" || (i > 0 && !t.spaceBefore) || !next || next.spaceBefore || !/^[\p{L}\p{N}]/u.test(next.text)) return false;
  for (let k = i + 2; k < tokens.length; k++) if (singleClosingMark(tokens, k)) return true;
  return false;
}
/** A mark that opens a quotation (X said: “…"). */
const opensQuote = (tokens: readonly TaggedToken[], i: number) =>
  (OPENING_QUOTES.test(tokens[i]?.text ?? '') && !misprintedClosing(tokens, i)) || isDoubledMark(tokens, i) || (i === 0 && singleMarkClose(tokens) > 0) || singleOpeningMark(tokens, i);

/** The finite forms of "be" in the present and the past: a main clause's verb after a subject's inner clause. */
const FINITE_BE = /^(is|was|are|were)$/;

function isBe(t: TaggedToken | undefined): boolean {
  // ("He's said he will…": an "'s" read as "has" is no "be".)
  return t !== undefined && t.pos === 'AUX' && (t.lemma === 'be' || (BE.has(t.lower) && t.lemma !== 'have'));
}

/** Index of the first token, going left from `from`, that is not an auxiliary, adverb or "not". */
function skipLeftModifiers(tokens: readonly TaggedToken[], from: number): number {
  let i = from;
  for (;;) {
    while (i >= 0 && (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'ADV' || tokens[i]!.lower === 'not' || tokens[i]!.lower === "n't")) i--;
    // ("critics have in particular noted", "officials in fact insist": an adverbial of two words.)
    if (i >= 1 && ADVERBIAL_PAIR_FIRSTS.has(tokens[i - 1]!.lower) && ADVERBIAL_PAIRS.has(`${tokens[i - 1]!.lower} ${tokens[i]!.lower}`)) {
      i -= 2;
      continue;
    }
    // ("The judges who ruled against the port, for instance, said": one set off by commas.)
    if (beforeCommaAdverbial(tokens, i) !== i) {
      i = beforeCommaAdverbial(tokens, i);
      continue;
    }
    // ("Sanders and Clinton both still visited…", "the officials all agreed": a quantifier that
    // floats after its subject, which stands before it.)
    if (i >= 1 && FLOATING_QUANTIFIERS.test(tokens[i]!.lower) && /^(NOUN|PROPN)$/.test(tokens[i - 1]!.pos)) {
      i--;
      continue;
    }
    // ("three scientific societies today called on…": a bare time word before the verb.)
    // (Written in small letters: "USA Today reports" is a name.)
    if (i >= 1 && BARE_TIMES.test(tokens[i]!.text) && tokens[i + 1]?.pos !== 'PART') {
      i--;
      continue;
    }
    // ("…and on Monday announced…": a day with its preposition.)
    // (Not a participle's time: "Figures reported on Sunday now suggest…".)
    if (i >= 1 && tokens[i - 1]!.lower === 'on' && tokens[i]!.pos === 'PROPN' && isTimeWord(tokens[i]!) && tokens[i - 2]?.pos !== 'VERB') {
      i -= 2;
      continue;
    }
    // ("McConnell, who in 2010 said…": a year with its preposition.)
    if (i >= 1 && YEAR.test(tokens[i]!.text) && /^(in|since|by)$/.test(tokens[i - 1]!.lower)) {
      i -= 2;
      continue;
    }
    // ("The State Department less than two weeks ago said…": a time counted back to, with its bound.)
    if (i >= 1 && tokens[i + 1]?.lower === 'ago' && TIME_UNITS.test(tokens[i]!.lower)) {
      let k = i - 1;
      while (k >= 0 && (tokens[k]!.pos === 'NUM' || /^(a|an|several|few|many|than|less|more|about|just|only|some|nearly|almost)$/.test(tokens[k]!.lower))) k--;
      if (k < i - 1) {
        i = k;
        continue;
      }
    }
    // ("Chairman Trey Gowdy (R-S.C.) earlier in the day touted…": a part of the day or of the
    // week with its preposition and its "earlier".)
    if (i >= 3 && PARTS_OF_TIME.test(tokens[i]!.lower) && tokens[i - 1]!.lower === 'the' && tokens[i - 2]!.lower === 'in' && /^(earlier|later)$/.test(tokens[i - 3]!.lower)) {
      i -= 4;
      continue;
    }
    // ("allies have in the past said": "past" may be read as an adverb and passed over already.)
    const past = tokens[i]?.lower === 'past' ? i : i + 1;
    if (past >= 2 && tokens[past]?.lower === 'past' && tokens[past - 1]!.lower === 'the' && tokens[past - 2]!.lower === 'in') {
      i = past - 3;
      continue;
    }
    return i;
  }
}

/** What "earlier in the …" or "later in the …" may name before a verb. */
const PARTS_OF_TIME = /^(day|week|month|year|morning|afternoon|evening|night|session|campaign)$/;

/** How far past a passive verb of naming its complement may run before "by" and the agent. */
const NAMED_COMPLEMENT_REACH = 8;

/**
 * The "by" after the complement of a passive verb of naming ("called a charlatan by…",
 * "described as “reckless” by…"): within reach, past words of a noun phrase or a quotation only,
 * no verb and no comma between. Undefined where none stands there.
 */
function agentAfterComplement(tokens: readonly TaggedToken[], verb: number): number | undefined {
  // (A preposition or a particle right after the verb is no complement: "is called on it by the
  // news media", "called out by…" — challenged, not named.)
  const next = tokens[verb + 1];
  if (next === undefined || (next.pos === 'ADP' && next.lower !== 'as') || next.pos === 'PART' || /^(out|off|up|down|back|on|in)$/.test(next.lower)) return undefined;
  for (let k = verb + 2; k < tokens.length && k <= verb + NAMED_COMPLEMENT_REACH; k++) {
    const t = tokens[k]!;
    if (t.lower === 'by') return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || /^[.;:!?]$/.test(t.text)) return undefined;
  }
  return undefined;
}

/** Verbs whose past participle is their plain form. */
const SAME_PARTICIPLE = /^(read|forecast|broadcast|bet|set|put|let|cut|hit|spread|quit|cast|upset|come|become|run)$/;

/** The index of the first token at or before `from` that is not an adverb. */
function skipAdverbs(tokens: readonly TaggedToken[], from: number): number {
  let k = from;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k;
}

/** Units a time is counted in: "two weeks ago". */
const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;

/**
 * After a participle's agent, the phrase closes on what was said: the sentence's end, a comma,
 * "as" ("described by X as…"), a time word before either ("criticised by some activists today.").
 */
function agentClosesPhrase(tokens: readonly TaggedToken[], k: number): boolean {
  let at = k;
  if (BARE_TIMES.test(tokens[at]?.text ?? '')) at++;
  else if (tokens[at]?.lower === 'on' && /day$/.test(tokens[at + 1]?.lower ?? '')) at += 2;
  const t = tokens[at];
  return t === undefined || t.lower === 'as' || /^[.,;]$/.test(t.text);
}

/** Times written as one word, which may stand between a subject and its verb. */
const BARE_TIMES = /^(today|yesterday|tonight)$/;

/** Two-word adverbials that may stand between a subject and its verb. */
const ADVERBIAL_PAIRS = new Set(['in particular', 'in fact', 'of course', 'at least', 'in turn', 'in part', 'at first', 'in private', 'in public']);
/** Adverbials of two words a writer sets off by commas between a subject and its verb. */
const COMMA_ADVERBIALS = new Set(['for instance', 'for example', 'in fact', 'of course', 'in turn', 'in particular', 'after all', 'by contrast', 'in contrast']);
/**
 * Before an adverbial of two words set off by commas that ends at the comma `k` (", for
 * instance,"): the index of the word before its first comma; `k` itself otherwise.
 */
function beforeCommaAdverbial(tokens: readonly TaggedToken[], k: number): number {
  if (k < 3 || tokens[k]?.text !== ',' || tokens[k - 3]!.text !== ',' || !COMMA_ADVERBIALS.has(`${tokens[k - 2]!.lower} ${tokens[k - 1]!.lower}`)) return k;
  return k - 4;
}

/** Their first words: a pair is looked up (and its key built) only after one of these. */
const ADVERBIAL_PAIR_FIRSTS = new Set([...ADVERBIAL_PAIRS].map((pair) => pair.split(' ')[0]!));

/**
 * "Advisers to Mr. Rubio are quick to point out that…", "the mayor was careful to note that…",
 * "she was the first to say…": an adjective that tells the act done (lexicon.mannerAdjectives)
 * after a form of "be", right before the "to" at `to`. Where "be" stands, or undefined.
 */
function mannerBefore(tokens: readonly TaggedToken[], to: number, lexicon: AttributionLexicon): number | undefined {
  const adjective = tokens[to - 1];
  if (!adjective || !lexicon.mannerAdjectives.has(adjective.lower)) return undefined;
  let k = to - 2;
  if (adjective.lower === 'first' && tokens[k]?.lower === 'the') k--;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return isBe(tokens[k]) ? k : undefined;
}

/** Verbs of going on, whose complement "to say…" is what their subject says: "went on to say", "continued to insist". */
const GOING_ON = new Set(['continue', 'hasten']);

/**
 * The verb of going on right before the "to" at `to` ("went on", "continued", "hastened"),
 * adverbs between them allowed ("went on later to say"); undefined when there is none.
 */
function goingOnBefore(tokens: readonly TaggedToken[], to: number): number | undefined {
  let k = to - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV' && tokens[k]!.lower !== 'on') k--;
  const verb = tokens[k];
  if (verb && verb.pos === 'VERB' && GOING_ON.has(verb.lemma)) return k;
  // "went on": "on" read as a particle, an adverb or a preposition.
  if (verb?.lower === 'on' && tokens[k - 1]?.lemma === 'go') return k - 1;
  return undefined;
}

/**
 * A negator among the four words before the verb, in its own clause: not one a comma or a
 * quotation mark sets off ("“…if I did not,” he said": the quote's "not" is not his).
 */
function negated(tokens: readonly TaggedToken[], verb: number, lexicon: AttributionLexicon): boolean {
  for (let i = verb - 1; i >= Math.max(0, verb - 4); i--) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT') return false;
    // ("An official who asked not to be identified said…", "…who declined to be named said": a
    // negation that governs an infinitive with a verb of its own is the infinitive's.)
    if (lexicon.negators.has(t.lower))
      return !tokens.slice(i + 1, verb).some((x, k, between) => x.pos === 'VERB' && between[k - 1]?.pos === 'AUX' && between.slice(0, k).some((y) => y.lower === 'to'));
  }
  return false;
}

/** Subordinators that open an adverbial clause (time, cause, concession), never a reported one. */
/** Subordinators of a clause of time: a belief or finding in one is narrated, not reported. */
const TIME_SUBORDINATORS = /^(before|after|when|until|once|whenever)$/;
/** Words that open a subordinate clause with a subject of its own ("…, when the Saints practice…"). */
const CLAUSE_SUBORDINATORS = /^(when|while|because|since|although|though|until|unless|whereas|where)$/;
const ADVERBIAL_SUBORDINATORS = /^(after|before|because|when|while|since|although|though|until|unless|once|whereas)$/;

/** Verbs of sight, whose object and a plain verb after it are an event seen or lived through: "saw their credit ratings fall". */
const SIGHT = /^(see|watch)$/;

/**
 * The verb at `i` closes a frame of the sentence set off by a comma, "…, the group said, …":
 * a verb of speech after a comma and a short subject, then a comma or the sentence's end.
 */
function frameAfterComma(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  if (!lexicon.speech.has(t.lemma)) return false;
  const after = tokens[i + 1];
  if (after !== undefined && after.pos !== 'PUNCT') return false;
  let k = i - 1;
  while (k >= 0 && k > i - 6 && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[k]!.pos)) k--;
  return k < i - 1 && tokens[k]?.text === ',';
}

/**
 * A preposition right after the verb, and no "that" and no verb before the next comma or the
 * sentence's end: the verb has no object or clause of its own, "the worst rioting Greece has
 * seen in decades, …" (its object is the noun before it); not "showed on Tuesday that…",
 * "demonstrate without doubt most voters are disgusted".
 */
function gapBeforePreposition(tokens: readonly TaggedToken[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.text === ',' || t.text === '.' || t.text === ';') return true;
  }
  return true;
}

/** Whether the "that" at `k` points at a thing: adjectives and nouns after it, then a relative word ("where", "which", "who") or the sentence's end. */
function demonstrativeThat(tokens: readonly TaggedToken[], k: number): boolean {
  let end = k + 1;
  while (end < tokens.length && /^(ADJ|NOUN)$/.test(tokens[end]!.pos)) end++;
  if (end === k + 1 || tokens[end - 1]!.pos !== 'NOUN') return false;
  const after = tokens[end];
  return after === undefined || /^(where|which|who|whom|whose)$/.test(after.lower) || /^[.!?]$/.test(after.text);
}

/**
 * Does the verb at `verb` stand in a subordinate clause that opens the sentence, or that follows the
 * comma of an opening phrase?
 */
function inSubordinateClause(tokens: readonly TaggedToken[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && tokens[k]!.text !== ',') k--;
  const opener = tokens[k + 1];
  if (opener === undefined || !OPENING_SUBORDINATORS.test(opener.lower)) return false;
  // (The clause opens the sentence, or an opening phrase with no verb stands before it: "In the
  // aftermath of the riot, as…".)
  return k < 0 || !tokens.slice(0, k).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * "Nor has he stood idle while China breaks WTO rules:": a verb in a clause that "while",
 * "because" or their like open does not introduce what a colon after it brings; the main clause
 * does ("As Bozell notes:" still does).
 */
function subordinateBeforeColon(tokens: readonly TaggedToken[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && tokens[k]!.pos !== 'PUNCT' && !CLAUSE_SUBORDINATORS.test(tokens[k]!.lower)) k--;
  return k >= 0 && CLAUSE_SUBORDINATORS.test(tokens[k]!.lower);
}

/** Prepositions after a verb of the mind that give what it turns over, not what it holds. */
const TOPIC_OF_THOUGHT = /^(about|of)$/;

/** Verbs of finding out, after which "if" opens a question ("will determine if…"), not a condition ("thinks if we wait, …"). */
const QUESTION_OPENING_VERBS = /^(decide|determine|assess|judge|consider|see|know|learn|hear|find|rule|calculate)$/;

/** Verbs of concern, whose question after "about" is what is feared, a position held. */
const CONCERNS = /^(worry|fear)$/;

/** Words that open a share "about" may stand before as "roughly": "about half", "about a third", "about one in five". */
const FRACTIONS = /^(half|a|one|two|three|twice)$/;

/** The object of sight right before a plain verb: a noun or a pronoun that is not a relative one ("who refuse"). */
const SEEN_OBJECT = (t: TaggedToken) => t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && !/^(who|which|that|what)$/.test(t.lower));

/**
 * A clause follows: "that", or a subject and a verb before the sentence ends — not "to" + verb.
 * The lexicon, when given, tells a verb of speech that frames the whole sentence after a comma
 * ("…would see a tax cut of $275,000, the group said"), which is not the first verb's clause.
 */
function clauseFollows(tokens: readonly TaggedToken[], verb: number, adjunctParticiples = false, lexicon?: AttributionLexicon): boolean {
  const next = tokens[verb + 1];
  if (!next || next.lower === 'to' || next.pos === 'PUNCT') return next?.text === ',' || (next?.text === ':' && !subordinateBeforeColon(tokens, verb));
  // ("decided not to risk their safety": an infinitive, negated.)
  if (next.lower === 'not' && tokens[verb + 2]?.lower === 'to') return false;
  // ("knows how to hold a stage", "is considering whether to order…": an infinitive after "how"
  // or "whether" is a skill or a choice still open, not a proposition anyone holds.)
  if ((next.lower === 'whether' || next.lower === 'how') && tokens[verb + 2]?.lower === 'to') return false;
  // ("feel terrible the next day if…", "feel vindicated they decided…", "feel so beleaguered that…":
  // a verb that links its subject to a state, the state right after it, tells how someone is,
  // not what anyone holds.)
  if (STATE_LINKS.test(tokens[verb]!.lower) && stateFollows(tokens, verb)) return false;
  // ("Rust Belt states that have suffered…", "the same Washington thinking that has ignored…": a
  // noun, or a form in -ing after a noun it compounds with, and a relative clause on it; "that"
  // is the relative clause's subject, not the opening of a clause reported.)
  // (A gerund after "that" is its clause's subject: "Microsoft claims that running IE in… prevents".)
  if (next.lower === 'that' && relativeVerb(tokens[verb + 2]) && namesAThing(tokens, verb)) return false;
  // ("…and found that magical place where a joke is just biting enough": "that" before a noun
  // phrase with a relative word or the sentence's end right after it points at a thing.)
  if (next.lower === 'that' && demonstrativeThat(tokens, verb + 1)) return false;
  // ("…where they assess whether foreigners are credible", "Voters will also determine if new
  // movements can rise": a mind or evidence verb before a question leaves it open; it holds no
  // view. A verb of speech before one asks or tells it, and is read elsewhere.)
  const open = next.lower === 'whether' || (next.lower === 'if' && QUESTION_OPENING_VERBS.test(tokens[verb]!.lemma));
  if (open && lexicon?.clausal.has(tokens[verb]!.lemma) && !lexicon.speech.has(tokens[verb]!.lemma)) return false;
  if (next.lower === 'that' || next.lower === 'whether' || next.lower === 'how') return true;
  // ("thinking about what's next", "knew of how the deal was made": what a mind turns over after
  // "about" or "of", a question even, is its topic, not a view it holds.)
  // (Not "about" before a figure: "thinks about half the ferries will stop".)
  const topic = TOPIC_OF_THOUGHT.test(next.lower) && !(tokens[verb + 2]?.pos === 'NUM' || FRACTIONS.test(tokens[verb + 2]?.lower ?? ''));
  // (A worry is a position, its question what is feared: "the harbour towns worry about what the
  // new owners could close".)
  const mind = tokens[verb]!.lemma;
  if (lexicon !== undefined && topic && lexicon.clausal.has(mind) && !lexicon.speech.has(mind) && !CONCERNS.test(mind)) return false;
  // (Not a verb's own particle: "pointed out, …", "did rule out cutting…".)
  const particle = lexicon?.particleVerbs.get(tokens[verb]!.lemma)?.has(next.lower) === true;
  if (lexicon !== undefined && next.pos === 'ADP' && next.lower !== 'as' && !particle && gapBeforePreposition(tokens, verb)) return false;
  const sight = SIGHT.test(tokens[verb]!.lemma);
  // (Not a frame: "As House Speaker Paul Ryan has pointed out, that's…" gives what he pointed out.)
  const inOpeningClause = lexicon !== undefined && inSubordinateClause(tokens, verb) && !(lexicon.speech.has(tokens[verb]!.lemma) || lexicon.particleVerbs.has(tokens[verb]!.lemma));
  // (The reach grows by the length of a relative clause passed over.)
  let reach = verb + 14;
  for (let i = verb + 1; i < Math.min(tokens.length, reach); i++) {
    const t = tokens[i]!;
    // ("When Border Patrol agents find the tunnels, they dump concrete…", "Though families like
    // mine are feeling it most acutely, this is…": the comma that closes a subordinate clause the
    // verb stands in opens the main clause, no clause the verb takes.)
    if (inOpeningClause && t.text === ',') return false;
    // ("the biggest fire the department has seen this year, and Steele said…", "Both campaigns
    // know it too, and that's why…": a clause after a comma and "and" is the sentence's next,
    // not the verb's.)
    if (lexicon !== undefined && t.pos === 'CCONJ' && tokens[i - 1]!.text === ',') return false;
    // ("saw 30 applicants, which he said were split": a relative clause set off by a comma
    // describes the object; its verbs are its own. Past it, where a comma closes it, the clause
    // may go on: "believes the plan, which passed, will fail".)
    if (lexicon !== undefined && i > verb + 1 && commaOpensRelative(tokens, i)) {
      let close = i + 2;
      while (close < tokens.length && tokens[close]!.text !== ',' && !/^[.;:!?]$/.test(tokens[close]!.text)) close++;
      if (tokens[close]?.text !== ',') return false;
      reach += close - i + 1;
      i = close;
      continue;
    }
    if (lexicon !== undefined && i > verb + 1 && t.pos === 'VERB') {
      if (frameAfterComma(tokens, i, lexicon)) return false;
      // ("…saw their credit ratings fall", "…would see their incomes increase": a plain verb after
      // the object of sight is what was seen or lived through, not a clause of what was thought.)
      if (sight && t.lower === t.lemma && SEEN_OBJECT(tokens[i - 1]!)) return false;
    }
    // ("countered with a 9-2 run and missed a trey": a verb after "and" is the subject's next
    // act, not a clause the first verb takes.)
    // (Asked for, a participle after a comma is an adjunct, not a clause's verb: "found room down
    // the sideline, cutting back…", "maintained a comfortable margin, cracking the 90-point mark".)
    if (adjunctParticiples && t.pos === 'VERB' && tokens[i - 1]!.text === ',' && /^\p{Ll}+ing$/u.test(t.text)) return false;
    // ("can find solace in a CounterPunch article titled “Clinton Does Best…”": a participle of
    // naming after a noun gives a title, whose words are no clause.)
    if (lexicon !== undefined && i > verb + 1 && lexicon.namingParticiples.has(t.lower) && /^(NOUN|PROPN)$/.test(tokens[i - 1]!.pos)) return false;
    // ("calculated the z-score by finding the number of…", "estimated the cost after counting the
    // ferries": a gerund that a preposition of means or time governs opens no clause; a clause may
    // still follow it. Not "as" or "of": "see Mr. Trump as posing risks", "suspected the
    // contractor of cutting corners" hold what the object is or did.)
    if (lexicon !== undefined && i > verb + 1 && t.pos === 'VERB' && /^\p{Ll}+ing$/u.test(t.text) && GERUND_ADJUNCT_OPENERS.test(tokens[i - 1]!.lower)) continue;
    if (i > verb + 1 && (t.pos === 'VERB' || t.pos === 'AUX')) return tokens[i - 1]!.pos !== 'CCONJ';
    // ("found Buckley and the others but they could not…": a clause after "but" is coordinated.)
    if (t.lower === 'but' && t.pos === 'CCONJ') return false;
    if (t.text === '.' || t.text === ';') return false;
    // "demonstrated outside the hall after it backed…": a clause opened by an adverbial
    // subordinator is not the verb's complement.
    if (ADVERBIAL_SUBORDINATORS.test(t.lower)) return false;
    // ("he heard activity as the gunman gave himself up": after the verb's object, "as" opens a
    // clause of time or manner; not after a verb that holds its object to be something, "see him
    // as a threat", "saw the deal as a way to win".)
    if (
      lexicon !== undefined &&
      !lexicon.objectComplementVerbs.has(tokens[verb]!.lemma) &&
      t.lower === 'as' &&
      i > verb + 1 &&
      /^(NOUN|PROPN|PRON)$/.test(tokens[i - 1]!.pos) &&
      /^(DET|PRON)$/.test(tokens[i + 1]?.pos ?? '')
    )
      return false;
  }
  return false;
}

/** Prepositions of means or time before a gerund: "by finding", "after counting", "without saying". */
const GERUND_ADJUNCT_OPENERS = /^(by|after|before|without|upon|through|while)$/;

/** Verbs that leave their object in a state a participle names: "left them wondering", "keep voters guessing". */
const RESULT_VERBS = /^(leave|keep)$/;

/**
 * A participle in -ing whose noun phrase before it is no speaker: the object of a verb that leaves
 * it in a state ("You could leave it thinking that…"), or, with nothing after the participle, the
 * object of "with" in a phrase of circumstance ("even with all precincts reporting, the race…").
 * Not "with Sen. John McCain calling it a “Chinese menu”": there the phrase's words are McCain's.
 */
function participleOfCircumstance(tokens: readonly TaggedToken[], i: number): boolean {
  const phrase = nounPhraseEndingAt(tokens, i - 1);
  if (!phrase) return false;
  const before = tokens[phrase.first - 1];
  if (before?.pos === 'VERB' && RESULT_VERBS.test(before.lemma)) return true;
  // ("With almost 100% of the precincts reporting": an adverb may stand between.)
  let preposition = phrase.first - 1;
  while (tokens[preposition]?.pos === 'ADV') preposition--;
  if (tokens[preposition]?.lower !== 'with') return false;
  // (Nothing after it but a stop, and no quotation: "with one of her ads asking, “Is…”" is the ad's question.)
  const next = tokens[i + 1];
  return next === undefined || (next.pos === 'PUNCT' && !opensQuote(tokens, i + 1) && !opensQuote(tokens, i + 2));
}

/**
 * A state right after a linking verb, past its adverbs: an adjective, or a participle that works as
 * one ("vindicated"). Not a state of mind with what the mind holds right after it: "feel confident
 * that the channel is safe" is a view; "feel so beleaguered that…" is not.
 */
function stateFollows(tokens: readonly TaggedToken[], verb: number): boolean {
  const k = skipAdverbsRight(tokens, verb + 1);
  const word = tokens[k];
  // (A form in -ing with no object after it works as an adjective too: "will prove challenging for
  // Sanders", "seemed promising.")
  const ingState = word?.pos === 'VERB' && /^\p{Ll}+ing$/u.test(word.text) && /^(ADP|PART|PUNCT|CCONJ)$/.test(tokens[k + 1]?.pos ?? 'PUNCT');
  if (word === undefined || !(word.pos === 'ADJ' || (word.pos === 'VERB' && /^\p{Ll}+ed$/u.test(word.text)) || ingState)) return false;
  // ("feel so neglected that they…": "so" makes the clause the state's result, not its content.)
  return tokens[k + 1]?.lower !== 'that' || tokens[k - 1]?.lower === 'so';
}

/** The adverbs from `k` on ("so", "very"): the index of the first word that is not one. */
function skipAdverbsRight(tokens: readonly TaggedToken[], k: number): number {
  while (tokens[k]?.pos === 'ADV') k++;
  return k;
}

/** A verb or an auxiliary right after a relative "that", not a gerund that opens a clause as its subject. */
export const relativeVerb = (t: TaggedToken | undefined) => t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !/^\p{Ll}+ing$/u.test(t.text)));

/**
 * A plural the tagger called a noun ("questions"), or a form in -ing right after a noun or a name
 * it compounds with ("policy thinking"). Not a plain form read as a noun: in "One in five say that
 * won't be true" "that" opens the clause said.
 */
function namesAThing(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  return (t.pos === 'NOUN' && /^\p{Ll}+s$/u.test(t.text)) || (/^\p{Ll}+ing$/u.test(t.text) && /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? ''));
}

/** A plain object right after the verb: "has shown little interest" (not a time: "found Tuesday", "show this week"). */
function objectAfter(tokens: readonly TaggedToken[], verb: number): boolean {
  const next = tokens[verb + 1];
  if (next === undefined || !/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(next.pos)) return false;
  return !isTimeWord(next) && !(/^(this|last|next|that|early|late)$/.test(next.lower) && tokens[verb + 2] !== undefined && isTimeWord(tokens[verb + 2]!));
}

/**
 * "…, official data showed on Tuesday.": a cue verb after a comma and its subject, followed by
 * nothing but adverbials to the end, frames the whole sentence that comes before it.
 */
function framesSentence(tokens: readonly TaggedToken[], verb: number): boolean {
  const subject = closingSubject(tokens, verb);
  return subject !== undefined && tokens[subject.first - 1]?.text === ',';
}

/**
 * "…also carries risks, as Clinton supporters point out.", "…, as the ferry logs have shown.": a subject
 * and its verb closing the sentence in a clause of "as" after a comma credit what comes before,
 * as "As critics have pointed out, …" credits what follows (opensAsFrame).
 */
function closesAsFrame(tokens: readonly TaggedToken[], verb: number, lexicon: AttributionLexicon): boolean {
  // (Only a verb that tells what was said or shown: "…, as he feared." or "…, as we found out." says
  // the writer's fact met a fear or a finding, not whose fact it is.)
  const lemma = cueLemma(tokens[verb]!, lexicon) ?? '';
  if (!lexicon.particleVerbs.has(lemma) && !lexicon.evidenceVerbs.has(lemma)) return false;
  const subject = closingSubject(tokens, verb);
  const as = subject === undefined ? -1 : subject.first - 1;
  return as > 0 && tokens[as]!.lower === 'as' && tokens[as - 1]!.text === ',';
}

/** The subject of a verb that closes the sentence, with only adverbials after it. */
function closingSubject(tokens: readonly TaggedToken[], verb: number): Span | undefined {
  if (!onlyAdverbialsAfter(tokens, verb + 1)) return undefined;
  const left = skipLeftModifiers(tokens, verb - 1);
  return left >= 0 ? nounPhraseEndingAt(tokens, left) : undefined;
}

/**
 * "…,” the ad states.": a subject and its verb closing the sentence right after a quotation's
 * closing mark (after its comma, question or exclamation mark) frame the quotation. Only to tell a
 * verb the tagger read as a noun; which of a sentence's cues speaks is decided apart.
 */
function closesQuotationAsFrame(tokens: readonly TaggedToken[], verb: number): boolean {
  const subject = closingSubject(tokens, verb);
  const mark = subject === undefined ? -1 : subject.first - 1;
  return mark > 0 && closesQuote(tokens, mark) && /^[,?!]$/.test(tokens[mark - 1]!.text);
}

/**
 * "Mr. Obama warned the Chinese leader not to move…, said an American official who was briefed."
 * An inverted verb after the sentence's last comma, with its speaker (and what describes the
 * speaker) closing the sentence, frames all before it, as ", his lawyer said." does; a verb
 * earlier in the sentence is inside what the speaker said.
 */
function invertedFramesSentence(tokens: readonly TaggedToken[], cue: Cue, lexicon: AttributionLexicon): boolean {
  if (cue.form !== 'inverted-verb' || !cue.source || tokens[cue.cue.first - 1]?.text !== ',') return false;
  // (Not a verb whose object is its hearer: in "…, his agent, told ESPN." the phrase after it is
  // who heard.)
  if (lexicon.hearerVerbs.has(tokens[cue.cue.first]!.lemma)) return false;
  const after = (cue.description ?? cue.source).last + 1;
  // (A relative clause that tells who the speaker is runs to the end: "…, said an official who
  // spoke anonymously because…".)
  if (/^(who|whom|whose)$/.test(tokens[after]?.lower ?? '')) {
    for (let k = after; k < tokens.length; k++) if (opensQuote(tokens, k) || closesQuote(tokens, k)) return false;
    return true;
  }
  return onlyAdverbialsAfter(tokens, after);
}

/** "Some who…", "those who…": a pronoun a restrictive relative clause describes. */
function describedPronoun(t: TaggedToken): boolean {
  return (t.pos === 'PRON' || t.pos === 'DET') && (t.lower === 'those' || QUANTIFIERS.has(t.lower));
}

/** The most words a restrictive relative clause may run before the phrase that ends it. */
const RELATIVE_CLAUSE_WORDS = 10;

/** Prepositions that open a time closing a clause: "on Monday", "in May", "since 2010". */
const TIME_PREPOSITIONS = /^(on|in|at|since|during|until|by)$/;

/** Passive participles of being asked: "was asked", "were pressed". */
const ASKED = /^(asked|questioned|pressed|quizzed)$/;

/** How often something is done: "protested daily". */
const FREQUENCIES = /^(hourly|daily|nightly|weekly|monthly|yearly|annually)$/;

/** Prepositions that make a time of an event: "since the boy's death", "after the attack". */
const EVENT_TIME_PREPOSITIONS = /^(since|during|after|before|until)$/;

/**
 * The "who" of a restrictive relative clause that runs, with no comma or clause opener in it, up
 * to the phrase at `first`: "A resident who lives in a nearby flat", "Economists who favor
 * consumption taxes". The "who" follows a noun, not a comma.
 */
function restrictiveRelativeBefore(tokens: readonly TaggedToken[], first: number): number | undefined {
  for (let k = first - 1; k >= 1 && k >= first - RELATIVE_CLAUSE_WORDS; k--) {
    const t = tokens[k]!;
    // (After a possessive too: "Friends of Mr. Clinton's who have seen him…".)
    if (t.lower === 'who') return /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos) || describedPronoun(tokens[k - 1]!) || isPossessiveMark(tokens[k - 1]!) ? k : undefined;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || /^(that|which|and|but|or)$/.test(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * "Residents who fled said…", "An official who asked not to be named said…", "Another man who
 * worshiped there and who did not want to be named said…": a restrictive relative clause that
 * ends on its own verb closes the subject right before the verb of speech. The phrase the clause
 * describes, with the clause, is the subject, when it opens the sentence or, after a comma, frames
 * what comes before ("…, a spokeswoman who asked not to be named said."). The verb at `last` ends
 * the clause; undefined when no such clause and phrase stand before it.
 */
function subjectEndingInRelativeVerb(tokens: readonly TaggedToken[], last: number, verb: number): Span | undefined {
  let who = -1;
  for (let k = last - 1; k >= 1 && k >= last - 2 * RELATIVE_CLAUSE_WORDS; k--) {
    const t = tokens[k]!;
    if (t.lower === 'who' || (t.lower === 'that' && tokens[k - 1]!.pos === 'NOUN')) {
      // (A second clause joined by "and" describes the same phrase: read on to the first.)
      if (tokens[k - 1]!.lower === 'and' && who === -1) {
        who = k;
        k--;
        continue;
      }
      who = k;
      break;
    }
    // (Its verbs may be joined: "who spoke at the news conference but declined to be identified".)
    const joinsVerbs = /^(and|but)$/.test(t.lower) && (tokens[k + 1]?.lower === 'who' || tokens[k + 1]?.pos === 'VERB');
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || /^(which|or)$/.test(t.lower) || (/^(and|but)$/.test(t.lower) && !joinsVerbs)) return undefined;
  }
  if (who < 1 || tokens[who - 1]!.lower === 'and') return undefined;
  const before = tokens[who - 1]!;
  if (!/^(NOUN|PROPN)$/.test(before.pos) && !describedPronoun(before)) return undefined;
  const phrase = describedPronoun(before) ? { first: who - 1, last: who - 1 } : nounPhraseEndingAt(tokens, who - 1);
  if (!phrase) return undefined;
  const opensSentence = tokens.slice(0, phrase.first).every((x) => x.pos === 'PUNCT' || x.pos === 'CCONJ');
  const framesBefore = tokens[phrase.first - 1]?.text === ',' && onlyAdverbialsAfter(tokens, verb + 1);
  return opensSentence || framesBefore ? { first: phrase.first, last } : undefined;
}

/**
 * "…but I don't know for sure,” he said.": a verb of speech closing the sentence after a
 * closing mark, with a subject and nothing but adverbials after it, frames the quotation.
 */
function closesQuotation(tokens: readonly TaggedToken[], cue: Cue): boolean {
  const source = cue.source;
  // ("You know what they say – the third time's the charm,” said DeGeneres.": inverted.)
  if (cue.form === 'inverted-verb') return source !== undefined && closingMarkAt(tokens, cue.cue.first - 1);
  if (cue.form !== 'verb' || !source || cue.cue.first !== source.last + 1 || !closingMarkAt(tokens, source.first - 1)) return false;
  // (A participle of the same speaker may follow: "…,” he said, laughing.")
  return onlyAdverbialsAfter(tokens, cue.cue.last + 1, true);
}

/**
 * Nothing from `from` to the sentence's end but adverbials: no verb, comma or quotation mark —
 * or, when `participle` allows it, a comma and a participle of the same subject ("…, laughing").
 */
function onlyAdverbialsAfter(tokens: readonly TaggedToken[], from: number, participle = false): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (participle && t.text === ',' && tokens[k + 1]?.pos === 'VERB' && /ing$/.test(tokens[k + 1]!.lower)) return true;
    // ("…, journalist Martha Raddatz said in posing the question to Christie.": a gerund after a
    // preposition right after the verb is an adverbial of the saying.)
    if (k === from && (t.pos === 'ADP' || /^(while|when)$/.test(t.lower)) && tokens[k + 1]?.pos === 'VERB' && /ing$/.test(tokens[k + 1]!.lower)) {
      k++;
      continue;
    }
    // ("…, Bill Clinton said this week at an event in Wyoming — an apparent reversal of…", "…,
    // Clinton allies believe — backers she will need…": a phrase after a dash is the writer's
    // comment on all of it.)
    if (isDash(tokens, k) && /^(DET|ADJ|NOUN)$/.test(tokens[k + 1]?.pos ?? '')) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || /^["“”]$/.test(t.text)) return false;
  }
  return true;
}

/**
 * A mark at `q` that can only close: a curly closing mark, a misprinted one, or a straight or
 * doubled mark set against what comes before it (an opening one has a space before it).
 */
function closingMarkAt(tokens: readonly TaggedToken[], q: number): boolean {
  const t = tokens[q];
  if (!t || q < 1) return false;
  if (/^[”»]$/.test(t.text) || misprintedClosing(tokens, q)) return true;
  if (t.text === '"') return !t.spaceBefore || runIntoSpeaker(tokens, q);
  // The first of a doubled mark: "…work,'' said"; or a single mark that closes a quotation opening
  // the sentence in single marks ("'…,' Mrs Armstead said"), or one opened before it.
  return t.text === "'" && ((tokens[q - 1]?.text === "'" && !tokens[q - 1]!.spaceBefore && q >= 2) || singleMarkClose(tokens) === q || singleClosingMark(tokens, q));
}

/** Words that make a speaker after an inverted plain present several: "…, say police", "…, say Smith and Jones". */
const INVERTED_SEVERAL = /^(police|people|and|both|all)$/;

/** Words that give the name a phrase goes by: "the base chief known as Bob", "a driver named Lee". */
export const NAME_GIVING = /^(known|called|named|dubbed|nicknamed)$/;

/** "calling himself", "calls itself" at `i`: naming oneself, not saying something. */
export const callsItself = (tokens: readonly TaggedToken[], i: number) => tokens[i]?.lemma === 'call' && REFLEXIVES.test(tokens[i + 1]?.lower ?? '');

/** Pronouns that are a clause's subject: in "the scholars I interviewed", "I" opens a clause of its own. */
const CLAUSE_SUBJECT_PRONOUNS = /^(i|we|he|she|they|you)$/;

/**
 * "The scholars I interviewed this week said…", "Most of the voters we spoke to said…": a noun
 * with a relative clause of its own subject and verb, no "who" or "that" (a contact clause),
 * ending at `end`; the whole phrase speaks. Undefined when the words before `end` are not one.
 */
function contactClauseSubject(tokens: readonly TaggedToken[], end: number): Span | undefined {
  let k = end;
  // (Past the clause's time and its verb's particle: "…I interviewed this week", "…we spoke to".)
  const timeEnd = k;
  while (k > 0 && (isTimeWord(tokens[k]!) || /^(this|last)$/.test(tokens[k]!.lower))) k--;
  // (And the preposition that brings the time in: "…I interviewed in the past week", "…we
  // polled over the last two months".)
  if (k < timeEnd) {
    let j = k;
    while (j > 0 && (/^(the|past|previous|few|several)$/.test(tokens[j]!.lower) || tokens[j]!.pos === 'NUM')) j--;
    if (/^(in|over|during|for)$/.test(tokens[j]?.lower ?? '')) k = j - 1;
  }
  if (tokens[k]?.pos === 'ADP' || (tokens[k]?.pos === 'PART' && tokens[k]!.lower === 'to')) k--;
  const verb = tokens[k];
  const pronoun = tokens[k - 1];
  if (verb?.pos !== 'VERB' || /ing$/.test(verb.lower) || !/^\p{Ll}/u.test(verb.text) || !CLAUSE_SUBJECT_PRONOUNS.test(pronoun?.lower ?? '')) return undefined;
  // (Or a pronoun that takes such a clause: "Everyone I interviewed criticized…".)
  const head = tokens[k - 2];
  if (!/^(NOUN|PROPN)$/.test(head?.pos ?? '') && !/^(everyone|everybody|someone|somebody|anyone|anybody|those|all)$/.test(head?.lower ?? '')) return undefined;
  if (head!.pos === 'PRON' || head!.pos === 'DET') return { first: k - 2, last: end };
  const noun = nounPhraseEndingAt(tokens, k - 2);
  return noun ? { first: noun.first, last: end } : undefined;
}

/**
 * Before `end`, a finite verb of the sentence's own clause, not of a relative clause ("Gov. John
 * Kasich of Ohio, a Republican who has refused to endorse Mr. Trump," has none): what stands
 * before is what was said, not a subject and its description.
 */
function clauseBefore(tokens: readonly TaggedToken[], end: number): boolean {
  let relative = false;
  for (let k = 0; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ',') relative = false;
    else if (/^(who|whom|whose|which|that)$/.test(t.lower)) relative = true;
    else if (!relative && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower) && !misreadAsVerb(tokens, k)) return true;
  }
  return false;
}

/**
 * After the verb at `verb`, a speaker with a name in it and nothing but its description to the
 * end: no quotation mark, and any verb only in a "who" clause that runs to the end without a
 * comma ("…, said witness Angela Benson, who had just exited the store and was 20 feet away.").
 */
function speakerClosesSentence(tokens: readonly TaggedToken[], verb: number): boolean {
  const rest = tokens.slice(verb + 1);
  if (rest.some((t) => /^["“”'‘’]$/.test(t.text) && t.pos === 'PUNCT')) return false;
  const relative = rest.findIndex((t) => /^(who|whom|whose)$/.test(t.lower));
  const before = relative === -1 ? rest : rest.slice(0, relative);
  if (before.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  if (relative !== -1 && rest.slice(relative).some((t) => t.text === ',')) return false;
  return before.some((t) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text));
}

/** A closing quotation mark between the comma before `comma` and `comma`, its opening mark before that comma. */
function quotationClosesBetween(tokens: readonly TaggedToken[], comma: number): boolean {
  let j = comma - 1;
  while (j >= 0 && tokens[j]!.text !== ',') j--;
  for (let k = comma - 1; k > j; k--) {
    if (opensQuote(tokens, k)) return false;
    if (closingMarkAt(tokens, k)) return true;
  }
  return false;
}

/** "call" at `i` that says nothing: "called off", "called into a program", "called in to", "called in sick". */
function calledWithoutWords(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const next = tokens[i + 1]?.lower;
  const after = tokens[i + 2]?.lower ?? '';
  // ("Capellas … called with an enticing offer": he phoned.)
  return (
    next === 'off' ||
    next === 'with' ||
    (next === 'in' && /^(to|sick)$/.test(after)) ||
    (next === 'into' && !/^(question|doubt)$/.test(after)) ||
    convenes(tokens, i, lexicon) ||
    onlyANameFollows(tokens, i)
  );
}

/**
 * A name and the sentence's end after the verb: "…the donor club called Democracy Alliance.",
 * "Obama called Netanyahu." — a name given, or a call made; nothing said of anyone.
 */
function onlyANameFollows(tokens: readonly TaggedToken[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.lower === 'the') k++;
  const first = k;
  while (tokens[k]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return k > first && (tokens[k] === undefined || /^[.!?;]$/.test(tokens[k]!.text));
}

/** How many words may qualify what is called before its noun: "called an emergency session". */
const CONVENED_REACH = 3;

/**
 * "Republicans had called the hearing because…", "the Security Council called an emergency
 * session", "Weeks called a halt to the fight": calling a meeting, a vote or a halt (lexicon
 * `convenedEvents`) convenes or stops something; nothing is said. Not "called his vote an
 * example of…", where what follows the noun is what it is called.
 */
function convenes(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  let k = i + 1;
  if (tokens[k]?.pos !== 'DET') return false;
  k++;
  for (let reach = 0; reach < CONVENED_REACH && !lexicon.convenedEvents.has(tokens[k]?.lower ?? '') && /^(ADJ|NOUN)$/.test(tokens[k]?.pos ?? ''); reach++) k++;
  if (!lexicon.convenedEvents.has(tokens[k]?.lower ?? '')) return false;
  return !/^(DET|ADJ|PROPN|NUM)$/.test(tokens[k + 1]?.pos ?? 'PUNCT');
}

/**
 * "Mr. Netanyahu responded by settling a dispute with Turkey": an answer in deeds, "by" and a
 * gerund with no words after it (not "responded by using the example of Chicago to prove that…",
 * nor a quotation).
 */
function answeredInDeeds(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const wordsAfter = (from: number) => {
    for (let k = from; k < tokens.length; k++) if ((tokens[k]!.lower === 'that' && tokens[k]!.pos === 'SCONJ') || opensQuote(tokens, k) || tokens[k]!.text === ':') return true;
    return false;
  };
  // ("Police responded with barrages of tear gas", "Artino answered with another bucket": a thing
  // given back, no words after it; not a text or a message, "responded with a statement", nor
  // "responded with a phrase…: “Do not moan…”".)
  if (tokens[i + 1]?.lower === 'with') {
    const thing = nounPhraseStartingAt(tokens, i + 2);
    if (!thing || tokens.slice(thing.first, thing.last + 1).some((x) => lexicon.issuedTexts.has(x.lower) || lexicon.requestNouns.has(x.lower))) return false;
    return !wordsAfter(thing.last + 1) && !tokens.slice(thing.last + 1).some((x) => x.pos === 'VERB' && /ing$/.test(x.lower));
  }
  if (tokens[i + 1]?.lower !== 'by' || !/^\p{Ll}+ing$/u.test(tokens[i + 2]?.text ?? '')) return false;
  return !wordsAfter(i + 3);
}

/**
 * A straight mark a scrape set against the speaker after it instead of the words before it:
 * "…infinitely more serious, "he said." — after a comma or a full stop, no space after it, then a
 * pronoun or a name and a verb of speech.
 */
function runIntoSpeaker(tokens: readonly TaggedToken[], q: number): boolean {
  const next = tokens[q + 1];
  if (!next || next.spaceBefore || !/^[,.!?]$/.test(tokens[q - 1]?.text ?? '')) return false;
  let k = q + 1;
  if (next.pos === 'PROPN') while (tokens[k + 1]?.pos === 'PROPN') k++;
  else if (!/^(he|she|they|we|i)$/.test(next.lower)) return false;
  return INVERTED_QUOTE_VERB.test(tokens[k + 1]?.lower ?? '');
}

/** A word joined to the one before it by a hyphen, no space on either side: "owned" in "state-owned". */
function hyphenJoined(tokens: readonly TaggedToken[], i: number): boolean {
  const hyphen = tokens[i - 1];
  return hyphen !== undefined && hyphen.text === '-' && !hyphen.spaceBefore && !tokens[i]!.spaceBefore && i >= 2;
}

/** The subject of the clause that the token at `index` belongs to: the phrase before its verb. */
export function clauseSubject(tokens: readonly TaggedToken[], index: number, overRelativeClauses = false): Span | undefined {
  let verb = -1;
  for (let i = index; i < tokens.length; i++) {
    // "Sen. Mark Kirk, who faces a tough race, rescinded…": a relative clause set off by commas
    // has its own verb; the subject's comes after it.
    // (Asked for by a participle after the main clause only: elsewhere the cue may stand in that
    // relative clause, "Sanders, who endorsed Canova and said he would…".)
    if (overRelativeClauses && commaOpensRelative(tokens, i)) {
      let close = i + 2;
      while (close < tokens.length && tokens[close]!.text !== ',') close++;
      if (close < tokens.length) {
        i = close - 1;
        continue;
      }
    }
    // ("Senator Ted Cruz of Texas": a name the tagger read as a verb is no clause's verb.)
    // ("China's state-owned giant CITIC runs…": a participle joined by a hyphen modifies a noun.)
    if ((tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') && !(overRelativeClauses && misreadAsVerb(tokens, i)) && !hyphenJoined(tokens, i)) {
      verb = i;
      break;
    }
  }
  if (verb === -1) return undefined;
  const end = skipLeftModifiers(tokens, verb - 1);
  if (end < 0) return undefined;
  // "Gary Emineth, a former state party chairman, became…": the subject with its apposition.
  // ("Sen. Mark Kirk, R-Ill., who faces a tough race, rescinded…": descriptions may run over
  // several commas; the name opens the sentence, and the only verbs between are the relative
  // clause's.)
  if (tokens[end]!.text === ',') {
    let j = end - 1;
    while (j > index && tokens[j]!.text !== ',' && tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'AUX') j--;
    if (j > index && tokens[j]!.text === ',' && j < end - 1) {
      const head = nounPhraseEndingAt(tokens, j - 1);
      // ("Donald Trump, during multiple interviews on Thursday, referred…": a phrase of the
      // occasion between the commas is no description; the name alone is the subject.)
      // (Not "of…", nor others beside the name, "Young white women, along with white young men, want…".)
      // ("Then DuPont, only two months later, announced…": nor a time counted from another.)
      const occasion = (tokens[j + 1]!.pos === 'ADP' && !/^(of|along|together|alongside)$/.test(tokens[j + 1]!.lower)) || COUNTED_TIME_ENDS.test(tokens[end - 1]!.lower);
      if (head && head.first === index) return occasion ? head : { first: head.first, last: end - 1 };
    }
    if (overRelativeClauses) {
      const opening = tokens.findIndex((t, k) => k > index && t.text === ',');
      const name = opening > index && opening < end ? nounPhraseEndingAt(tokens, opening - 1) : undefined;
      if (name && name.first === index && tokens.slice(name.first, name.last + 1).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') && onlyRelativeVerbs(tokens, opening, end))
        return { first: index, last: end - 1 };
    }
    return undefined;
  }
  // "Grassley on Wednesday downplayed…": not the time before the verb.
  const subject = nounPhraseEndingAt(tokens, end);
  // ("In the days following the attacks in Paris, Donald Trump has sought…": a participle inside
  // an opening phrase a preposition governs is no clause's verb, and its noun no subject; the
  // clause starts after the phrase's comma.)
  // ("In a speech to supporters gathered in Ohio, the senator attacked…": so too a participle on
  // the object of a preposition further in the phrase.)
  const inOpeningPhrase =
    subject !== undefined &&
    tokens[index]!.pos === 'ADP' &&
    (subject.first === index + 1
      ? /^\p{Ll}+ing$/u.test(tokens[verb]!.text)
      : subject.first > index + 1 && tokens[subject.first - 1]!.pos === 'ADP' && /^\p{Ll}+(?:ing|ed)$/u.test(tokens[verb]!.text) && !tokens.slice(index, verb).some((t) => t.text === ','));
  if (inOpeningPhrase) {
    const comma = tokens.findIndex((t, k) => k > verb && t.text === ',');
    return comma === -1 ? undefined : clauseSubject(tokens, comma + 1, overRelativeClauses);
  }
  return subject && beyondTime(tokens, subject);
}

/**
 * Where a clause of result opens between `from` and `end` ("such a presence … that Sanders…", "so
 * angry that she…"): right after its "that", with "so" or "such" a few words before it and no comma
 * between it and `end`. Undefined where there is none.
 */
function resultClauseStart(tokens: readonly TaggedToken[], from: number, end: number): number | undefined {
  for (let k = end - 1; k > from; k--) {
    if (tokens[k]!.text === ',') return undefined;
    if (tokens[k]!.lower !== 'that') continue;
    const degree = tokens.slice(Math.max(from, k - 7), k).some((t) => /^(so|such)$/.test(t.lower));
    return degree && !/^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? 'PUNCT') ? k + 1 : undefined;
  }
  return undefined;
}

/** Whether the sentence closes on a frame of its own after a comma: "…, he indicated.", "…, the ministry said." */
function closesOnFrame(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  let end = tokens.length - 1;
  while (end > 0 && tokens[end]!.pos === 'PUNCT') end--;
  const verb = tokens[end];
  return verb?.pos === 'VERB' && (lexicon.speech.has(verb.lemma) || lexicon.clausal.has(verb.lemma)) && framesSentence(tokens, end);
}

/**
 * Where a speaker's phrase ending at `last` ends once the tie that keeps it unnamed is read on:
 * "said a person close" + "to the Clintons" (lexicon `anonymityTies`), its object to the next
 * comma or the sentence's end. `last` where no tie is cut there.
 */
function tiedOn(tokens: readonly TaggedToken[], last: number, lexicon: AttributionLexicon): number {
  for (const tie of lexicon.anonymityTies) {
    if (tie.length < 2 || !wordsAt(tokens, last, tie)) continue;
    const object = nounPhraseStartingAt(tokens, last + tie.length);
    if (object) return object.last;
  }
  return last;
}

/** Words that close a time counted from another: "two months later", "a year earlier", "days ago". */
const COUNTED_TIME_ENDS = /^(later|earlier|ago|afterwards|afterward)$/;

/**
 * "House Democrats, looking for a way to shake up the conversation on gun control, seized the floor
 * … and said they would…": the phrase that opens the clause at `start`, before an aside that a
 * participle opens and a comma closes, with the clause's own verb right after that comma. The
 * aside tells the occasion and stays out of the subject. `end` is the joined verb's conjunction.
 */
function subjectBeforeParticipleAside(tokens: readonly TaggedToken[], start: number, end: number): Span | undefined {
  const open = tokens.findIndex((t, k) => k > start && k < end && t.text === ',');
  // (Not "according to", a source's phrase: "One Sunday in late 2001, according to a biography,
  // Fiorina sat … and called…".)
  if (open === -1 || !opensParticipleAside(tokens, open) || tokens[open + 1]!.lower === 'according') return undefined;
  const close = tokens.findIndex((t, k) => k > open + 1 && k < end && t.text === ',');
  // (The clause's verb right after the aside: not "One Sunday in late 2001, looking for a way out,
  // the firm sat down and said…", whose subject follows the aside.)
  let verb = close + 1;
  while (close !== -1 && tokens[verb]?.pos === 'ADV') verb++;
  if (close === -1 || !clauseVerbAt(tokens, verb)) return undefined;
  const subject = nounPhraseEndingAt(tokens, open - 1);
  return subject && subject.first === start ? beyondTime(tokens, subject) : undefined;
}

/**
 * Whether the comma at `comma` closes a relative clause set off by commas right after the noun
 * that opens the sentence: "The complaint, which was filed Monday, …", "Gray, who leads the
 * board, …". No other comma or quotation mark stands inside it.
 */
/**
 * "In the book, Byrne — who was posted at the door to the Oval Office for three years — states
 * that…": an aside set off by dashes, closing at `dash`, stands between a name and its verb.
 */
function dashAsideBefore(tokens: readonly TaggedToken[], dash: number): boolean {
  if (!isDash(tokens, dash)) return false;
  for (let k = dash - 1; k > 0; k--) {
    if (opensQuote(tokens, k) || closesQuote(tokens, k) || tokens[k]!.text === ',') return false;
    if (isDash(tokens, k)) return k + 1 < dash && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos);
  }
  return false;
}

function relativeAsideBefore(tokens: readonly TaggedToken[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  for (let k = comma - 1; k > 0; k--) {
    if (opensQuote(tokens, k) || closesQuote(tokens, k)) return false;
    if (tokens[k]!.text !== ',') continue;
    if (!commaOpensRelative(tokens, k) || k + 2 >= comma) return false;
    const subject = nounPhraseEndingAt(tokens, k - 1);
    return subject !== undefined && subject.first === 0 && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos);
  }
  return false;
}

/**
 * The last comma at or before `from`, or -1; but the comma that opens a relative clause when the
 * stretch from it holds a party and state set off by commas ("Beck, who supported Sen. Ted Cruz,
 * R-Texas, and opposed Trump…, said": the clause opens before "who", not after "R-Texas").
 */
function commaBeforePastPartyLabels(tokens: readonly TaggedToken[], from: number): number {
  let last = from;
  while (last >= 0 && tokens[last]!.text !== ',') last--;
  let j = last;
  for (;;) {
    let open = j - 1;
    while (open >= 0 && tokens[open]!.text !== ',') open--;
    if (open < 0 || !partyAndState(tokens, open + 1, j - 1)) return last;
    j = open - 1;
    while (j >= 0 && tokens[j]!.text !== ',') j--;
    if (commaOpensRelative(tokens, j)) return j;
  }
}

/**
 * Whether the tokens from `first` to `last` are a party and state as US papers write them after a
 * lawmaker's name: "R-Texas", "D-N.Y.", "I-Vt.", "R-South Carolina".
 */
function partyAndState(tokens: readonly TaggedToken[], first: number, last: number): boolean {
  const hyphen = tokens[first + 1];
  if (!/^[RDI]$/.test(tokens[first]?.text ?? '') || hyphen?.text !== '-' || hyphen.spaceBefore || tokens[first + 2]?.spaceBefore !== false) return false;
  const state = tokens.slice(first + 2, last + 1);
  return state.length >= 1 && state.length <= 4 && /^\p{Lu}/u.test(state[0]!.text) && state.every((t) => /^(\p{Lu}[\p{L}.]*|\.)$/u.test(t.text));
}

/** Whether the comma at `k` opens a relative clause set off by commas: ", who faces…", ", which…". */
function commaOpensRelative(tokens: readonly TaggedToken[], k: number): boolean {
  // (", whose ferry sank in May," too: its verb is the relative clause's.)
  return tokens[k]?.text === ',' && /^(who|which|whose)$/i.test(tokens[k + 1]?.text ?? '');
}

/** Whether every verb between two commas stands in a relative clause set off by commas (", who faces…,"). */
function onlyRelativeVerbs(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  let relative = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ',') relative = commaOpensRelative(tokens, k);
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative) return false;
  }
  return true;
}

/**
 * The lexicon lemma of a word: the tagger's, or for words it tagged as adjectives or nouns
 * (and so did not reduce), the form with a regular ending removed ("alleged" -> "allege").
 */
export function cueLemma(t: TaggedToken, lexicon: AttributionLexicon): string | undefined {
  if (isCueWord(t.lemma, lexicon)) return t.lemma;
  // ("Ian Read said": the tagger may call "said" an adjective, and leave it unreduced.)
  if (t.lower === 'said' && isCueWord('say', lexicon)) return 'say';
  // The regular endings, tried in this order: -ied and -ies to -y, then -d, -ed, -es, -s.
  const w = t.lower;
  // Every ending ends in "d" or "s": other words need no look.
  const last = w.charCodeAt(w.length - 1);
  if (last !== 0x64 && last !== 0x73) return undefined;
  // (A word is asked about many times a sentence, and each try builds a string: the answers are kept.)
  const tried = cueIndex(lexicon).endingLemmas;
  let answer = tried.get(w);
  if (answer === undefined) {
    // (Bounded: a server reads words without end.)
    if (tried.size >= MAX_KEPT_ENDINGS) tried.clear();
    answer = lemmaByEnding(w, lexicon) ?? null;
    tried.set(w, answer);
  }
  return answer ?? undefined;
}

const MAX_KEPT_ENDINGS = 50_000;

function lemmaByEnding(w: string, lexicon: AttributionLexicon): string | undefined {
  for (const [ending, replacement] of CUE_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const candidate = w.slice(0, w.length - ending.length) + replacement;
    if (isCueWord(candidate, lexicon)) return candidate;
  }
  return undefined;
}

const CUE_ENDINGS: readonly (readonly [string, string])[] = [
  ['ied', 'y'],
  ['ies', 'y'],
  ['d', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
];

function isCueWord(word: string, lexicon: AttributionLexicon): boolean {
  return lexicon.speech.has(word) || lexicon.clausal.has(word);
}

/**
 * A word that opens or continues a noun phrase before the cue word makes it the phrase's
 * noun, whatever its tag: "a New York judge", "his home state", "this finding", "Stumpf's
 * repeated emphasis". ("Some say", "All said": a quantifier can stand alone as the subject.)
 */
function nounAfterDeterminer(tokens: readonly TaggedToken[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.pos === 'PART' && /^['’]s$/.test(before.text)) return true;
  // ("During the game ’ s deciding run": a possessive some scrapes set apart with spaces.)
  if (i >= 2 && isApostropheBeforeS(tokens, i - 2) && tokens[i - 2]!.spaceBefore) return true;
  if (before.pos === 'PRON' && (POSSESSIVE_PRONOUNS.has(before.lower) || /^(this|these)$/.test(before.lower))) return true;
  if (before.pos === 'DET' && /^(a|an|the|this|these|every|no)$/.test(before.lower)) return true;
  // ("rose to each comment", "read any report": a distributive after a preposition or a verb
  // opens the object's phrase; not "the two men each said", whose "each" goes with the subject.)
  if (before.pos === 'DET' && /^(each|any|another|either|neither)$/.test(before.lower) && /^(ADP|VERB)$/.test(tokens[i - 2]?.pos ?? '')) return true;
  // ("The government's only hope at this point was…", "his earlier comments": a possessive, then
  // a word or two the tagger read as adverbs; not "this only shows", whose "this" is a subject,
  // nor "Ivana Trump's brief said", whose noun the tagger read as an adjective.)
  let owner = i - 1;
  while (owner >= i - POSSESSIVE_MODIFIERS && tokens[owner]?.pos === 'ADV') owner--;
  const possessor = tokens[owner];
  return owner < i - 1 && possessor !== undefined && ((possessor.pos === 'PART' && /^['’]s$/.test(possessor.text)) || (possessor.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(possessor.lower)));
}

/**
 * "Clinton seized on a CNN report that…": a plain form the tagger read as a noun after a name
 * that an article opens is read as the name's verb (round 43 keeps "a CNN" as the report's
 * source), but its subject starts at that article; the phrase reader would take in the clause
 * before it as a participle's ("Clinton seized on a CNN", like "the drugs seized on a ship").
 * The article's index, or undefined.
 */
function articleOfNameBefore(tokens: readonly TaggedToken[], i: number): number | undefined {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || /s$/.test(t.lower)) return undefined;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'PROPN') k--;
  return k < i - 1 && tokens[k]?.pos === 'DET' && /^(an?|the)$/.test(tokens[k]!.lower) ? k : undefined;
}

/**
 * "The Post will brand you a liar and NBC News will accuse you…", "Trump met the mayor and the
 * governor said…": a phrase joined by "and" or "or" whose first part is the object of a verb
 * before it (after that verb's own object pronoun, if any) is no one subject; the verb's clause
 * ends at the conjunction, and only what follows it speaks. Not after a verb that takes a clause
 * ("said Clinton and Sanders agreed", "saw him and his wife argue"), whose phrase may be the
 * clause's subject.
 */
function lastConjunctAfterObject(tokens: readonly TaggedToken[], cue: Cue, lexicon: AttributionLexicon): Cue {
  const source = cue.source;
  if (cue.form !== 'verb' || !source || source.first < 2 || source.last >= cue.cue.first) return cue;
  // (The phrase is the verb's subject right before it: not "scooped Woodward and Bernstein, who
  // had promised…", whose relative clause speaks for the whole phrase.)
  if (tokens.slice(source.last + 1, cue.cue.first).some((x) => x.pos !== 'ADV' && x.pos !== 'AUX')) return cue;
  const objectPronoun = OBJECT_FORMS.test(tokens[source.first - 1]!.lower) || tokens[source.first - 1]!.lower === 'you';
  const verb = objectPronoun ? source.first - 2 : source.first - 1;
  const v = tokens[verb];
  // (A form in -ing only after "be", a progressive: "is investigating the Chicago police and the
  // Justice Department said…"; alone it may describe a noun.)
  if (v?.pos !== 'VERB' || (/ing$/.test(v.lower) && tokens[verb - 1]?.lemma !== 'be') || cueLemma(v, lexicon) !== undefined) return cue;
  // (The verb's own subject before it: a finite clause, not a participle that describes a noun.)
  if (!/^(NOUN|PROPN|PRON|AUX|ADV)$/.test(tokens[verb - 1]?.pos ?? '')) return cue;
  let conjunction = -1;
  for (let k = source.first + 1; k < source.last; k++) if (/^(and|or)$/.test(tokens[k]!.lower)) conjunction = k;
  return conjunction === -1 ? cue : { ...cue, source: { first: conjunction + 1, last: source.last } };
}

/** The cue with its source cut to start at `first`, where it starts before it. */
function sourceFrom(cue: Cue, first: number | undefined): Cue {
  if (first === undefined || !cue.source || cue.source.first >= first || cue.source.last < first) return cue;
  return { ...cue, source: { first, last: cue.source.last } };
}

/**
 * "In a survey published by NBC News, …", "In a study conducted by Gallup, …": the evidence and
 * whoever made it, where a participle and "by" tie the maker to it and its phrase runs up to the
 * comma at `comma`; otherwise the evidence alone.
 */
function madeBy(tokens: readonly TaggedToken[], evidence: Span, comma: number): Span {
  const participle = tokens[evidence.last + 1];
  if (participle?.pos !== 'VERB' || !/ed$/.test(participle.lower) || tokens[evidence.last + 2]?.lower !== 'by') return evidence;
  const maker = nounPhraseStartingAt(tokens, evidence.last + 3);
  return maker !== undefined && maker.last === comma - 1 ? { first: evidence.first, last: maker.last } : evidence;
}

/** The most adverbs between a possessive and the noun the tagger read as a verb ("'s only hope"). */
const POSSESSIVE_MODIFIERS = 2;

/** The most words of a name that opens a reported clause after a participle ("saying Jean-Claude Van Damme was…"). */
const NAME_WORDS = 4;

/**
 * After a word the tagger read as a noun or adjective, what can open the clause a cue verb
 * heads: "that", a determiner or pronoun opening its subject, a figure, a colon or a quote.
 * Not another noun ("state attorney general"), a verb ("judge ruled", "tweets attempting"),
 * a preposition ("estimate for his plans") or a comma ("his home state, Hawaii").
 */
function opensReportedClause(tokens: readonly TaggedToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.text === ':' || opensQuote(tokens, i + 1)) return true;
  if (next.pos === 'SCONJ' || next.lower === 'that') return true;
  // ("Schneiderman alleged in the suit that…", "…argued on Monday that…": where or when it was
  // said, then the clause.)
  // (Not a noun's phrase, "the F.B.I. report on her practices that suggested…", nor a relative
  // "that" with its verb right after it.)
  if (next.pos === 'ADP' && /^(in|on|at|during)$/.test(next.lower) && tokens[i]!.pos !== 'NOUN') {
    const place = nounPhraseStartingAt(tokens, i + 2);
    const that = place ? place.last + 1 : -1;
    if (place && place.last - i <= 7 && tokens[that]?.lower === 'that' && !/^(VERB|AUX)$/.test(tokens[that + 1]?.pos ?? 'PUNCT')) return true;
  }
  // "Polling averages show Clinton ahead": a plain verb agreeing with a plural noun before it.
  const before = tokens[i - 1];
  // ("The government claims Gülen runs…": a singular one before a form in -s.)
  if (next.pos === 'PROPN' && before?.pos === 'NOUN' && agrees(before, tokens[i]!)) return true;
  // ("…issued a statement saying Murphy owes…": a participle before a name and the name's verb.)
  if (next.pos === 'PROPN' && tokens[i]!.pos === 'VERB' && /ing$/.test(tokens[i]!.lower)) {
    let k = i + 1;
    while (k < tokens.length && k <= i + NAME_WORDS && tokens[k]!.pos === 'PROPN') k++;
    // (A finite verb: not "an ad showing Trump making remarks".)
    if (tokens[k]?.pos === 'AUX' || (tokens[k]?.pos === 'VERB' && !/ing$/.test(tokens[k]!.lower))) return true;
  }
  // ("Tallies by Kantar Media show about 70% of the ads come from…": an adverb of the figure's
  // own phrase before it opens the clause as the figure would.)
  if (next.pos === 'ADV' && PHRASE_ADVERBS.test(next.lower) && tokens[i + 2]?.pos === 'NUM') return true;
  // (A reflexive pronoun is the verb's object, no clause's subject: "…mechanically repeating himself".)
  return next.pos === 'DET' || next.pos === 'NUM' || (next.pos === 'PRON' && !/^(who|which|whom|whose)$/.test(next.lower) && !/sel(?:f|ves)$/.test(next.lower));
}

/**
 * A cue word that is the last noun of a compound, whatever its tag: "a press call", "a New York
 * Times report", "her March comment", "the following comment", "crude remarks", "spent on phone
 * calls", "mail, phone calls and digital ads". The words before it modify it; they are not a
 * subject: a singular determiner before a plain verb form, adjectives alone, or a bare singular
 * word after a preposition cannot be the subject of a clause.
 * ("A majority say", "Every expert says", "officials said", "Another ranking says", "polling
 * data showing": subjects, and the cue stays one.)
 */
export function compoundNounCue(tokens: readonly TaggedToken[], i: number): boolean {
  const cue = tokens[i]!;
  // (A participle modifies only after a determiner or another modifier: "a confirmed … report",
  // not "have renewed …", "polling data".)
  const participleModifier = (k: number) => /^\p{Ll}.*(ed|ing)$/u.test(tokens[k]!.text) && (k === 0 || /^(DET|ADJ|NUM|PUNCT)$/.test(tokens[k - 1]!.pos));
  const modifier = (k: number) => {
    const t = tokens[k]!;
    return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'VERB' && participleModifier(k));
  };
  let left = i;
  while (left > 0 && i - left < 5 && modifier(left - 1)) left--;
  if (left === i) return false;
  const chain = tokens.slice(left, i);
  const head = chain[chain.length - 1]!;
  const before = tokens[left - 1];
  const lowerCase = (t: TaggedToken) => /^\p{Ll}/u.test(t.text);
  // A plain form ("call", "report"), not "calls", "reported", "said".
  const plainForm = cue.lower === cue.lemma && !/s$/.test(cue.lower);
  const singularHead = !pluralForm(head.lower) && !QUANTITY_HEADS.has(head.lower) && !PLURAL_SENSE.has(head.lower);
  // A noun phrase inside a longer one ("voters in each state want", "sources close to her
  // campaign say") leaves the verb to the longer one's head.
  // (Not after an object pronoun, which takes no phrase: "confronted him about crude remarks he had made".)
  const ofLongerPhrase = (k: number) => tokens[k - 1]?.pos === 'ADP' && /^(NOUN|PROPN|ADJ|NUM|PRON)$/.test(tokens[k - 2]?.pos ?? '') && !/^(him|them|me|us)$/.test(tokens[k - 2]?.lower ?? '');
  // What the tagger read as a verb opening a clause ("…convention say they'll…") stays a verb.
  const verbWithClause = cue.pos === 'VERB' && opensReportedClause(tokens, i);
  const determiner = before !== undefined && (before.pos === 'DET' || (before.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(before.lower)) || isPossessiveMark(before));
  // ("a New York Times report that …" tells what the report says: the name before it stays its source.)
  const namesWhatItSays = cue.pos === 'NOUN' && tokens[i + 1]?.lower === 'that' && chain.some((t) => t.pos === 'PROPN');
  // ("…to comply with the DOJ demand that HB2 not be implemented": a demand, a request or a call
  // after its singular owner is a noun that tells what was asked for, not what anyone holds true.)
  if (cue.pos === 'NOUN' && DIRECTIVE_NOUNS.test(cue.lower) && determiner && singularHead) return true;
  // ("Alongside BLM calls for action, …": calls for something after the preposition that opens
  // the sentence are a noun's; no clause opens after a preposition. Not inside a subject, "A
  // letter to committee members calls for…".)
  const governing = tokens[left - 1];
  if (
    /s$/.test(cue.lower) &&
    DIRECTIVE_NOUNS.test(cue.lemma) &&
    tokens[i + 1]?.lower === 'for' &&
    governing?.pos === 'ADP' &&
    left === 1 &&
    !CLAUSE_OPENERS.has(governing.lower) &&
    !ADVERBIAL_SUBORDINATORS.test(governing.lower)
  )
    return true;
  if (determiner && !verbWithClause && !namesWhatItSays && !ofLongerPhrase(left - 1)) {
    // (After "a", "an", "each", "every", "another" the head is singular whatever its ending: "a New York Times report".)
    if (/^(a|an|another|each|every)$/.test(before.lower) && plainForm && !QUANTITY_HEADS.has(head.lower)) return true;
    if (/^(my|your|his|her|its|our|their|['’]s?)$/.test(before.lower) && plainForm && singularHead) return true;
  }
  // "the following comment", "crude remarks": adjectives alone head no subject ("many say" is a quantifier's).
  // ("made the following comment:": a word that only ever modifies is no subject, whatever follows.)
  if (determiner && chain.length === 1 && MODIFIERS_ONLY.has(head.lower)) return true;
  // ("a flurry of conference calls and meetings": after "of" and a singular noun, a plural form
  // before "and" or a comma is the compound's head, not a verb; not "a study by a group of
  // researchers shows in detail…".)
  const endsPhrase = /^(CCONJ|PUNCT)$/.test(tokens[i + 1]?.pos ?? 'PUNCT');
  if (before?.lower === 'of' && head.pos === 'NOUN' && lowerCase(head) && singularHead && /s$/.test(cue.lower) && !verbWithClause && endsPhrase) return true;
  // ("the sole surviving suspect of…": a participle in -ing that modifies counts as an adjective;
  // not one in -ed, "those surveyed say…", the people it describes.)
  const adjectivesOnly = chain.every(
    (t, k) => (t.pos === 'ADJ' || ORDER_WORDS.has(t.lower) || (t.pos === 'VERB' && /ing$/.test(t.lower) && participleModifier(left + k))) && lowerCase(t) && !QUANTIFIERS.has(t.lower),
  );
  // (Not before a verb's own form: "the military said", "the public says" are nouns.)
  if (adjectivesOnly && !verbWithClause && (cue.pos === 'NOUN' || plainForm) && determiner) return true;
  // ("about crude remarks he had made": after a preposition, an adjective alone is never a subject.)
  if (adjectivesOnly && cue.pos === 'NOUN' && before?.pos === 'ADP' && lowerCase(before) && !CLAUSE_OPENERS.has(before.lower)) return true;
  // ("…, longer and more frequent telephone calls and more visits": a bare singular noun with its
  // adjectives, in a list that goes on, is a compound's first part.)
  const listItem = before !== undefined && (before.text === ',' || before.pos === 'CCONJ' || before.pos === 'ADV') && tokens[i + 1]?.pos === 'CCONJ';
  if (listItem && !determiner && head.pos === 'NOUN' && lowerCase(head) && singularHead && chain.every((t) => t.pos === 'NOUN' || t.pos === 'ADJ')) return true;
  if (chain.length !== 1 || determiner || !lowerCase(head) || head.pos !== 'NOUN' || !singularHead || before === undefined) return false;
  // ("a flood of harassing emails and phone calls to the members": a bare singular word joined
  // by "and" or "or" to a plural noun, before a plural in -s, is a compound that goes on the list.)
  const afterPlural = before.pos === 'CCONJ' && tokens[left - 2]?.pos === 'NOUN' && pluralForm(tokens[left - 2]!.lower) && lowerCase(tokens[left - 2]!);
  if (afterPlural && /[^s]s$/.test(cue.lower) && !verbWithClause) return true;
  // A bare singular word after a preposition: "spent on phone calls", "amid news reports".
  // (Not a word that opens a clause, "although history says", nor an adjective the tagger read
  // as a preposition, "an inside source said".)
  const preposition = before.pos === 'ADP' && lowerCase(before) && !CLAUSE_OPENERS.has(before.lower) && tokens[left - 2]?.pos !== 'DET';
  // ("with tracking suggesting a big opening": the subject of an absolute participle.)
  if (preposition && !ofLongerPhrase(left) && !/ing$/.test(cue.lower)) return true;
  // "mail, phone calls and digital ads": a bare word in a list that goes on.
  return before.text === ',' && tokens[i + 1]?.pos === 'CCONJ';
}

/** Nouns of asking for something, which a cue verb's form may spell: "the DOJ demand that…". */
const DIRECTIVE_NOUNS = /^(demand|request|call|order|plea|appeal|proposal|offer|invitation|recommendation|instruction|directive)$/;

/** Words a tagger may call prepositions that open a clause, or a source: "although history says", "according to". */
const CLAUSE_OPENERS = new Set([
  'according',
  'that',
  'than',
  'as',
  'like',
  'although',
  'though',
  'because',
  'while',
  'whilst',
  'since',
  'if',
  'unless',
  'until',
  'whereas',
  'after',
  'before',
  'once',
  'so',
]);

/** Nouns without a plural ending that stand for several: "police said", "staff say". */
const PLURAL_SENSE = new Set([
  'police',
  'people',
  'staff',
  'personnel',
  'clergy',
  'media',
  'data',
  'military',
  'public',
  'crew',
  'team',
  'family',
  'management',
  'government',
  'committee',
  'board',
  'jury',
  'panel',
  'audience',
  'electorate',
]);
/** Quantifiers that stand alone as a subject: "Some say…", "Many think…", "Both believe…". */
export const LONE_QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'some', 'most', 'few', 'several', 'others', 'both', 'all']);
/** Quantifiers that may open a subject: the lone ones, and those mostly before a noun ("more voters say", "numerous critics"). */
const QUANTIFIERS = new Set([...LONE_QUANTIFIERS, 'more', 'fewer', 'numerous', 'various']);

/**
 * A participle between a determiner and its noun describes the noun: "a key suspected Mafia
 * boss", "a formal written request", "its own recommended list". ("The senator said Tuesday",
 * "officials suspected Iran": a subject stands before those.)
 */
export function participleBeforeNoun(tokens: readonly TaggedToken[], i: number): boolean {
  if (!/(ed|en|wn)$/.test(tokens[i]!.lower)) return false;
  const next = tokens[i + 1];
  if (!next || !/^(NOUN|PROPN|ADJ)$/.test(next.pos)) return false;
  let k = i - 1;
  // (Adjectives joined to it count too: "a shrewd and calculated political move".)
  const joinsAdjectives = (x: TaggedToken, k: number) => (x.text === ',' || /^(and|or)$/.test(x.lower)) && tokens[k - 1]?.pos === 'ADJ';
  while (k >= 0 && i - k <= 4 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV' || joinsAdjectives(tokens[k]!, k))) k--;
  const determiner = tokens[k];
  // (Or a preposition, a phrase with no article: "comparing panels to various known benchmarks".)
  // (Or a count: "There are 384 pledged delegates at stake".)
  const opensPhrase =
    determiner !== undefined &&
    (determiner.pos === 'DET' ||
      (determiner.pos === 'NUM' && !YEAR.test(determiner.text)) ||
      (determiner.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(determiner.lower)) ||
      (determiner.pos === 'ADP' && k < i - 1));
  return opensPhrase && !/^(that|which|what)$/.test(determiner.lower);
}

/** A word some path of findCue may read as a cue. */
function mayBeCue(t: TaggedToken, lexicon: AttributionLexicon): boolean {
  return cueLemma(t, lexicon) !== undefined || lexicon.stance.has(t.lemma) || lexicon.learnedCues.has(t.lemma) || lexicon.quoteVerbs.has(t.lemma) || lexicon.thatVerbs.has(t.lemma);
}

/** A plural ending: "aides", "voters"; not "press", "status", "analysis", "news". */
function pluralForm(word: string): boolean {
  return /[^siu]s$/.test(word) && !/^(news|series|species)$/.test(word);
}

/** Words that order or place a noun, whatever the tagger calls them: "the following comment", "the latest report". */
const ORDER_WORDS = new Set(['following', 'latest', 'same', 'previous', 'recent', 'initial', 'original', 'final', 'first', 'last', 'second', 'third', 'next', 'earlier', 'later']);

/** Order words that never stand for a noun: "the following", unlike "the first said". */
const MODIFIERS_ONLY = new Set(['following', 'latest', 'previous', 'recent', 'initial', 'original', 'same']);

/** Heads that stand for several: "A majority say", "a third say", "a handful say". */
const QUANTITY_HEADS = new Set([
  'majority',
  'minority',
  'plurality',
  'third',
  'quarter',
  'half',
  'fifth',
  'tenth',
  'few',
  'handful',
  'couple',
  'dozen',
  'number',
  'lot',
  'percent',
  'share',
  'portion',
]);

/**
 * "The roll call itself was…", "the two-paragraph mention in…", "#FeelTheBern benefit concert
 * announce…": a plain present form right after a plain noun phrase (an article, its modifiers,
 * a singular noun, no preposition) does not agree with it, and when the noun names nothing that
 * could speak the word is the phrase's last noun, not its verb. A noun that stands for several
 * ("the family say", "the majority say", "the council say") or could speak ("the senator say",
 * after "would", is never right before it) is left to the other rules.
 */
function plainFormAfterMuteNoun(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  if (t.lower !== t.lemma || !/^\p{Ll}+$/u.test(t.text) || /ed$/.test(t.lower) || SAME_PARTICIPLE.test(t.lower)) return false;
  const noun = tokens[i - 1];
  // (A plural the tagger reduces, "the women say", agrees.)
  if (noun?.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(noun.text) || noun.lemma !== noun.lower || pluralForm(noun.lower) || QUANTITY_HEADS.has(noun.lower)) return false;
  const head = noun.lower;
  if (headCanSpeak(head, lexicon) || isEvidenceNoun(noun, lexicon)) return false;
  let k = i - 2;
  while (k >= 0 && (/^(ADJ|NOUN|NUM)$/.test(tokens[k]!.pos) || (tokens[k]!.text === '-' && !tokens[k]!.spaceBefore))) k--;
  // (The article opens the clause: not "People briefed on the situation say", "those who … win
  // the nomination acknowledge", whose subject's head stands further back.)
  const opener = tokens[k - 1];
  return k >= 0 && tokens[k]!.pos === 'DET' && /^(a|an|the|this|that|each|every)$/.test(tokens[k]!.lower) && (opener === undefined || opener.pos === 'PUNCT' || opener.pos === 'CCONJ');
}

/** The most words of a time or place a participle may take before the clause's own verb: "announced on Monday morning would…". */
const PARTICIPLE_ADJUNCT_WORDS = 5;

/**
 * "A $160 billion megamerger announced Monday would turn…", "The plan announced on Tuesday will
 * close the ferry": a past form right after a noun phrase that opens its clause, whose noun names
 * nothing that could speak (as in plainFormAfterMuteNoun), then only a time or a place and the
 * clause's own verb, or "by" and its agent, is a participle describing the noun, not a verb of
 * speech: the merger announced nothing. ("The agency announced Monday…", "Officials reported…":
 * nouns that speak stay subjects.)
 */
function pastFormAfterMuteNoun(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  if (t.lower === t.lemma || !/^\p{Ll}+$/u.test(t.text) || /ing$|s$/.test(t.lower)) return false;
  const noun = tokens[i - 1];
  if (noun?.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(noun.text) || QUANTITY_HEADS.has(noun.lower)) return false;
  if ([noun.lower, noun.lemma].some((head) => headCanSpeak(head, lexicon)) || isEvidenceNoun(noun, lexicon)) return false;
  let k = i - 2;
  while (k >= 0 && (/^(ADJ|NOUN|NUM|SYM)$/.test(tokens[k]!.pos) || (tokens[k]!.text === '-' && !tokens[k]!.spaceBefore))) k--;
  const opener = tokens[k - 1];
  if (!(k >= 0 && tokens[k]!.pos === 'DET' && /^(a|an|the|this|that)$/.test(tokens[k]!.lower) && (opener === undefined || opener.pos === 'PUNCT' || opener.pos === 'CCONJ'))) return false;
  // Past the time or place, the clause's own verb: a finite verb or an auxiliary, never "that" or
  // an object. (A name only inside a place, "in Brussels": "The outcome showed Clinton had…" is a
  // clause; and "criticized by Miller" a passive whose agent speaks, found as such.)
  let place = false;
  for (let m = i + 1; m < tokens.length && m <= i + 1 + PARTICIPLE_ADJUNCT_WORDS; m++) {
    const x = tokens[m]!;
    if (m > i + 1 && (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower)))) return true;
    if (x.pos === 'ADP' && x.lower !== 'by') place = true;
    else if (!(isTimeWord(x) || x.pos === 'NUM' || /^(last|next|this|early|late|earlier|later|the)$/.test(x.lower) || (place && x.pos === 'PROPN'))) return false;
  }
  return false;
}

/**
 * "…,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": the phrase before a
 * relative clause may be the last of the asides a name carries, an age or a home town set off by
 * commas; the speaker is the name that opens them, with them. Only when the asides hold an age or
 * "of" and the name before them has two words or more ("Raleigh, N.C., who…" alone is a place).
 */
function backOverAgeAndPlace(tokens: readonly TaggedToken[], subject: Span): Span {
  let k = subject.first - 1;
  // (The phrase may be the age itself: "Harry Bond, 30, who…".)
  let aside = subject.first === subject.last && tokens[subject.first]!.pos === 'NUM' && /^\d{1,3}$/.test(tokens[subject.first]!.text);
  let nameStart = -1;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.text === ',' || (t.pos === 'NUM' && /^\d{1,3}$/.test(t.text)) || t.lower === 'of') {
      if (t.text !== ',') aside = true;
      k--;
      continue;
    }
    if (!/^\p{Lu}/u.test(t.text) || !(t.pos === 'PROPN' || isCapitalisedName(t))) break;
    // A run of capitalised words: a place inside the asides, or the name that opens them.
    let m = k;
    while (m - 1 >= 0 && /^\p{Lu}/u.test(tokens[m - 1]!.text) && (tokens[m - 1]!.pos === 'PROPN' || isCapitalisedName(tokens[m - 1]))) m--;
    if (tokens[k + 1]?.text === ',' && k - m >= 1 && !(tokens[m - 1]?.lower === 'of')) nameStart = m;
    k = m - 1;
  }
  return aside && nameStart !== -1 && nameStart < subject.first ? { first: nameStart, last: subject.last } : subject;
}

/** A plural noun before a plain verb form, or a singular one before a form in -s ("documents show", "data shows"). */
function agrees(subject: TaggedToken, verb: TaggedToken): boolean {
  return /s$/.test(subject.lower) !== /s$/.test(verb.lower);
}

/** The most words a hearer's phrase takes before "about": "told few people about…", "told the council's members about…". */
const HEARER_WORDS = 4;

/**
 * "…, telling few people about their situations", "She told reporters about the plan": a verb
 * whose object is the hearer (lexicon `hearerVerbs`, but "ask"), then "about" and a topic, reports
 * no words, only that there was talk.
 */
function tellsOnlyAbout(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  // (Not a verb that frames a quotation: "“…,” Ryan told CNN's Jake Tapper about extending his support.")
  // (A question asked about something is still the asker's: "Holt asks him about his tax returns".)
  if (!lexicon.hearerVerbs.has(tokens[i]!.lemma) || tokens[i]!.lemma === 'ask' || besideQuote(tokens, i)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 1 + HEARER_WORDS; k++) {
    const x = tokens[k]!;
    if (x.lower === 'about') return k > i + 1;
    // ("told investors that concerns about…": the clause "that" opens is what was told.)
    if (x.lower === 'that' || !/^(DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/.test(x.pos)) return false;
  }
  return false;
}

/**
 * "Cite" reports only with what is cited after it ("Democrats cited several factors…"). With
 * nothing after it the verb closes a relative clause ("the cases it cited,", "the phrase Grassley
 * cited on Wednesday has appeared…") or is a participle ("the bureau cited in Trump's tweet").
 */
function citesNothing(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  if (cueLemma(tokens[i]!, lexicon) !== 'cite') return false;
  const next = tokens[i + 1];
  return next === undefined || next.pos === 'PUNCT' || next.pos === 'ADP' || isTimeWord(next);
}

/**
 * "Costa reported from Washington.": a reporter's dateline note, where the story was reported,
 * says nothing reported. "Report" followed only by "from" and a place, then the sentence's end
 * or a comma, is the journalist's work, not a cue; "reported from the scene that…" still reports.
 */
function reportedOnlyFrom(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  if (cueLemma(tokens[i]!, lexicon) !== 'report' || tokens[i + 1]?.lower !== 'from') return false;
  const place = nounPhraseStartingAt(tokens, i + 2);
  if (!place) return false;
  const after = tokens[place.last + 1];
  return after === undefined || /^[.,;]$/.test(after.text);
}

/**
 * "With Medicare projected to run out of money…", "With Clinton estimated to lead by five
 * points…": a verb that takes no infinitive in the active (lexicon.passiveBeforeInfinitive), in
 * its past form right before "to" and a verb, is a passive whose "be" is left out; the noun
 * before it is what is projected, not who projects. (After "be" it is the impersonal reading's,
 * "is believed to have fled"; after "have" it is active.)
 */
function passiveWithoutBe(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  const lemma = cueLemma(t, lexicon);
  if (lemma === undefined || !lexicon.passiveBeforeInfinitive.has(lemma) || t.lower === lemma || /(ing|s)$/.test(t.lower)) return false;
  if (tokens[i + 1]?.lower !== 'to' || !/^(VERB|AUX)$/.test(tokens[skipAdverbsRight(tokens, i + 2)]?.pos ?? '')) return false;
  return tokens[skipAdverbs(tokens, i - 1)]?.pos !== 'AUX';
}

/** The most words of the object "claim" takes before the thing won ("41 percent of the vote"). */
const CLAIMED_OBJECT_WORDS = 6;

/**
 * "Tenney took down Wells, claiming 41 percent of the vote", "The runner claimed the silver
 * medal": to claim a share of a count or a place of a competition (lexicon.resultNouns,
 * lexicon.podiumWords) is to win it; nothing is said. ("Both campaigns claimed victory",
 * "claimed that…" and a clause without "that", "organizers claimed nearly 400 delegates
 * participated", still report.)
 */
function claimsAPrize(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  if (cueLemma(tokens[i]!, lexicon) !== 'claim') return false;
  let won = false;
  for (let k = i + 1; k < tokens.length && tokens[k]!.pos !== 'PUNCT'; k++) {
    const x = tokens[k]!;
    if (/^(VERB|AUX|SCONJ)$/.test(x.pos) || x.lower === 'that') return false;
    won ||= k <= i + CLAIMED_OBJECT_WORDS && (lexicon.resultNouns.has(x.lower) || lexicon.podiumWords.has(x.lower));
  }
  return won;
}

/**
 * "…, the union claims, as a row…", "…, the ministry claims.": a frame of "the", a speaker's noun
 * and a verb of speech in -s between commas (or before the full stop), which the tagger read as
 * one noun phrase, "union" its adjective. The speaker's word must be one the lexicon knows as a
 * body, a group or a role, or a noun: "…, the false claims," is an apposition.
 */
function frameReadAsNounPhrase(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  const speaker = tokens[i - 1];
  if (t.pos !== 'NOUN' || !/^\p{Ll}+s$/u.test(t.text) || !lexicon.speech.has(cueLemma(t, lexicon) ?? '') || speaker === undefined) return false;
  if (!/^(the|a|an)$/.test(tokens[i - 2]?.lower ?? '') || tokens[i - 3]?.text !== ',') return false;
  const known = lexicon.groupHeads.has(speaker.lower) || lexicon.organisations.has(speaker.lower) || lexicon.roles.has(speaker.lower) || lexicon.bodyHeads.has(speaker.lower);
  if (!/^\p{Ll}+$/u.test(speaker.text) || !(known || speaker.pos === 'NOUN')) return false;
  const next = tokens[i + 1];
  return next === undefined || /^[,.;]$/.test(next.text);
}

/**
 * "Mr. Sanders has found ways to press his agenda", "found a way around the rule", "found himself
 * in a tight race": finding a means or oneself somewhere is doing, not a finding anyone reports.
 */
function findsAWay(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  if (cueLemma(tokens[i]!, lexicon) !== 'find') return false;
  let k = i + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  if (REFLEXIVES.test(tokens[k]?.lower ?? '')) return true;
  if (/^(a|another|new|other|no|some|creative)$/.test(tokens[k]?.lower ?? '')) k++;
  if (/^(new|other|creative)$/.test(tokens[k]?.lower ?? '')) k++;
  return /^ways?$/.test(tokens[k]?.lower ?? '');
}

function isCueVerb(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  if (cueLemma(t, lexicon) === undefined) return false;
  if (reportedOnlyFrom(tokens, i, lexicon)) return false;
  if (claimsAPrize(tokens, i, lexicon)) return false;
  if (passiveWithoutBe(tokens, i, lexicon)) return false;
  if (findsAWay(tokens, i, lexicon)) return false;
  if (frameReadAsNounPhrase(tokens, i, lexicon)) return true;
  if (tellsOnlyAbout(tokens, i, lexicon)) return false;
  if (nounAfterDeterminer(tokens, i)) return false;
  if (plainFormAfterMuteNoun(tokens, i, lexicon)) return false;
  if (pastFormAfterMuteNoun(tokens, i, lexicon)) return false;
  if (t.pos === 'VERB' || evidenceBeforeVerb(tokens, i, lexicon)) return true;
  if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  // Taggers call "had alleged" an adjective; an auxiliary "have" before it makes it a verb.
  const before = tokens[skipLeftModifiers(tokens, i - 1) + 1];
  if (t.pos === 'ADJ' && before !== undefined && before.pos === 'AUX' && before.lemma === 'have') return true;
  // "Prosecutors alleged that…", "The authority estimates the strike has…": a subject noun right
  // before and a clause right after make a mis-tagged cue word a verb.
  const previous = tokens[i - 1];
  // ("Pfizer chief executive Ian Read said…": "said" is never an adjective after a name, even one
  // the tagger misread as a verb.)
  if (t.lower === 'said' && previous !== undefined && (previous.pos === 'PROPN' || misreadAsVerb(tokens, i - 1))) return true;
  // ("Some say they hear echoes…", "Those over 60 say they feel…": "say" read as a noun, as in "a
  // say", after a quantifier or a figure; a subject pronoun and its verb after it make it a verb.
  // Not other verbs of speech, whose nouns take clauses: "many promises he made", "how many
  // states you win".)
  if (
    t.pos === 'NOUN' &&
    cueLemma(t, lexicon) === 'say' &&
    (/^(DET|NUM)$/.test(previous?.pos ?? '') || QUANTIFIERS.has(previous?.lower ?? '')) &&
    !(previous !== undefined && LONE_QUANTIFIERS.has(previous.lower) && !opensItsClause(tokens, i - 1)) &&
    PERSONAL_PRONOUNS.test(tokens[i + 1]?.lower ?? '') &&
    /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '')
  )
    return true;
  if (t.pos === 'NOUN' && plainVerbAfterLoneQuantifier(tokens, i, lexicon)) return true;
  // ("The scholars I interviewed said…", "said" read as an adjective: after a contact clause, a
  // past or present form is the sentence's verb.)
  if (cueLemma(t, lexicon) !== t.lower && contactClauseSubject(tokens, i - 1) !== undefined) return true;
  // ("One in five say…", "Nearly nine out of 10 say…": a poll's share is a subject.)
  const share =
    previous?.pos === 'NUM' && ((tokens[i - 2]?.lower === 'in' && tokens[i - 3]?.pos === 'NUM') || (tokens[i - 2]?.lower === 'of' && tokens[i - 3]?.lower === 'out' && tokens[i - 4]?.pos === 'NUM'));
  // ("The complaint, which was filed in federal court, alleged that…": a relative clause set off by
  // commas stands between the subject and its verb.)
  // (Or a name the tagger read as a verb or an adverb, "though Lynch notes they were…", as
  // misreadName reads one before a verb of speech.)
  const misreadNameBefore = previous !== undefined && MISREAD_NAME_TAGS.has(previous.pos) && /^\p{Lu}\p{Ll}+$/u.test(previous.text);
  const subjectBefore =
    (previous !== undefined && (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'PRON' || share)) ||
    misreadNameBefore ||
    relativeAsideBefore(tokens, i - 1) ||
    dashAsideBefore(tokens, i - 1);
  // "…, fundraising documents show.": at the end, after a comma and a subject it agrees with.
  // (Not before a list's "and": "…, longer and more frequent telephone calls and more visits.")
  const listGoesOn = () => tokens.slice(i + 1).some((x) => x.pos === 'CCONJ');
  if (subjectBefore && t.pos === 'NOUN' && agrees(previous, t) && !listGoesOn() && (framesSentence(tokens, i) || closesAsFrame(tokens, i, lexicon) || closesQuotationAsFrame(tokens, i))) return true;
  // ("Labor leaders point out that…": a verb with its particle, the clause after the particle.)
  const particles = lexicon.particleVerbs.get(cueLemma(t, lexicon) ?? '');
  if (subjectBefore && particles?.has(tokens[i + 1]?.lower ?? '') && opensReportedClause(tokens, i + 1) && clauseFollows(tokens, i + 1)) return true;
  // ("The ad claims “…”": a speech verb before a quotation.)
  const quoteFollows = opensQuote(tokens, i + 1) && lexicon.speech.has(cueLemma(t, lexicon) ?? '');
  // ("a raft of new emissions rules that…": a plural noun before a form in -s, both bare after
  // a preposition, make a compound, not a subject and its verb. So does a singular noun where no
  // "that" follows to open a reported clause: "confronted him about crude remarks he'd made",
  // where "Drop in primary turnout hints that…" is a subject with its phrase.)
  let chain = i - 1;
  while (chain >= 0 && (tokens[chain]!.pos === 'NOUN' || tokens[chain]!.pos === 'ADJ')) chain--;
  // (So too right after a verb whose object they are: "when launching construction projects that…".)
  const objectOfVerb = previous?.pos === 'NOUN' && t.pos === 'NOUN' && /s$/.test(t.lower) && tokens[chain]?.pos === 'VERB' && /^\p{Ll}+ing$/u.test(tokens[chain]!.text);
  const compound =
    objectOfVerb ||
    (previous?.pos === 'NOUN' && (/s$/.test(previous.lower) || tokens[i + 1]?.lower !== 'that') && /s$/.test(t.lower) && tokens[chain]?.pos === 'ADP' && /^\p{Ll}/u.test(tokens[chain]!.text));
  // ("…moves to Western states this week that…": a noun whose only modifiers before it are names
  // or adjectives right after a verb's preposition is that preposition's object, not a subject's
  // verb; "Audit files from NGP VAN show that…" is a subject with its preposition's phrase.)
  let modifiers = i - 1;
  while (modifiers >= 0 && /^(PROPN|ADJ)$/.test(tokens[modifiers]!.pos)) modifiers--;
  const prepositionObject = t.pos === 'NOUN' && modifiers < i - 1 && tokens[modifiers]?.pos === 'ADP' && tokens[modifiers - 1]?.pos === 'VERB';
  return subjectBefore && !compound && !prepositionObject && opensReportedClause(tokens, i) && (quoteFollows || clauseFollows(tokens, i));
}

/**
 * "Some say the deal is dead", "Many think that…", "…, some say, is only a matter of time": a
 * quantifier that opens its clause is the subject of the plain verb of speech or thought after
 * it, which the tagger read as a noun ("a say", "some fear"); the verb's clause follows, or the
 * comma or full stop that closes it as an aside. Not after a word the quantifier counts for
 * ("how many", "the many"), nor before a noun that makes a compound ("many think tanks", "some
 * report cards") or a preposition ("some fear of heights").
 */
function plainVerbAfterLoneQuantifier(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  const quantifier = tokens[i - 1];
  if (!quantifier || !LONE_QUANTIFIERS.has(quantifier.lower) || cueLemma(t, lexicon) !== t.lower || !opensItsClause(tokens, i - 1)) return false;
  const next = tokens[i + 1];
  if (!next) return false;
  // (An aside: "…, many think, is…", "…, some say.")
  if (tokens[i - 2]?.text === ',' && (next.text === ',' || (next.text === '.' && i + 2 === tokens.length))) return true;
  // (A name may open the clause: "Both think Obama advanced…".)
  if (!(opensReportedClause(tokens, i) || next.pos === 'PROPN') || !clauseFollows(tokens, i, false, lexicon)) return false;
  if (next.lower === 'that' || next.lower === 'whether') return true;
  // (The clause's verb is finite: in "many mention Obama … only in passing" the words after the
  // verb are its object, and "passing" no clause's verb.)
  return finiteVerbFrom(tokens, i + 2);
}

/** Is the first verb from `from` to the clause's end finite: an auxiliary, or a verb not in -ing nor after a preposition or "to"? */
function finiteVerbFrom(tokens: readonly TaggedToken[], from: number, endsClause: (t: TaggedToken) => boolean = (t) => /^[.;:!?]$/.test(t.text)): boolean {
  for (let k = from; k < tokens.length && !endsClause(tokens[k]!); k++) {
    const x = tokens[k]!;
    if (x.pos === 'AUX') return true;
    if (x.pos === 'VERB') return !/ing$/.test(x.lower) && !/^(ADP|PART)$/.test(tokens[k - 1]!.pos);
  }
  return false;
}

/**
 * "Most believe that…": a quantifier the tagger read as an adverb, opening its clause right
 * before a verb in a plain or past form, is that verb's subject ("most" then qualifies nothing).
 */
export function quantifierReadAsAdverb(tokens: readonly TaggedToken[], k: number): boolean {
  const verb = tokens[k + 1];
  if (tokens[k]!.pos !== 'ADV' || !LONE_QUANTIFIERS.has(tokens[k]!.lower) || !opensItsClause(tokens, k)) return false;
  return verb !== undefined && verb.pos === 'VERB' && /^\p{Ll}/u.test(verb.text) && !/ing$/.test(verb.lower) && !/s$/.test(verb.lower);
}

/** Does the word at `k` open its clause: first, or after a comma, a dash, a bracket, a quotation mark or a conjunction ("but many fear", "as some say")? */
export function opensItsClause(tokens: readonly TaggedToken[], k: number): boolean {
  const before = tokens[k - 1];
  return before === undefined || /^[,;:(—–―-]$/.test(before.text) || opensQuote(tokens, k - 1) || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.lower === 'as';
}

/** The index past the auxiliaries and adverbs (three at most) right after `from`: "are circulating", "has long been". */
function pastAuxiliaries(tokens: readonly TaggedToken[], from: number): number {
  let k = from + 1;
  while (k <= from + 3 && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV')) k++;
  return k;
}

/**
 * "A CNN/ORC poll showed a one-point difference", "The reports show the PAC changed its plans":
 * evidence (a poll, a study, records) reports what its verb takes, a plain object as well as a
 * clause. Not a person or a body ("Police found a knife"): their finding is an act.
 */
function evidenceReports(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const lemma = cueLemma(tokens[i]!, lexicon);
  if (lemma === undefined || !lexicon.evidenceVerbs.has(lemma)) return false;
  const found = nounPhraseEndingAt(tokens, skipLeftModifiers(tokens, i - 1));
  // ("A Monmouth poll released Monday showed Clinton ahead": past the time, to what it describes.)
  const subject = found && beyondTime(tokens, found);
  // ("Marshals serving him with papers found him…": evidence a preposition governs is the
  // object of what describes the subject, not the subject; evidence described at length is
  // describedEvidenceSubject's.)
  if (subject !== undefined && governedInParticiple(tokens, subject.first - 1)) return false;
  return subject !== undefined && (evidenceIn(tokens, subject, lexicon) !== -1 || recordingShows(tokens, subject, lexicon));
}

/**
 * "News footage from the scene of the Nice incident showed…", "His first videos show…": a
 * recording (lexicon `recordingNouns`) heading the subject is evidence of what it shows, as a poll
 * is. (Only as the verb's subject: "In the video, he…" is no statement of the video's.)
 */
function recordingShows(tokens: readonly TaggedToken[], subject: Span, lexicon: AttributionLexicon): boolean {
  const head = headNoun(tokens, subject);
  return head !== undefined && (lexicon.recordingNouns.has(head.lower) || lexicon.recordingNouns.has(head.lemma));
}

/**
 * "In a string of new radio ads announced Wednesday, Trump and his supporters talk about…": a
 * participle closing an opening phrase a preposition governs, with at most a time after it,
 * describes the preposition's object; nobody speaks by it.
 */
function participleInOpeningPhrase(tokens: readonly TaggedToken[], i: number): boolean {
  if (!/^\p{Ll}+(ed|en|wn)$/u.test(tokens[i]!.text)) return false;
  const opener = tokens.find((x) => x.pos !== 'PUNCT');
  const comma = tokens.findIndex((x) => x.text === ',');
  // (Not a clause "As Politico reported, …", whose name speaks.)
  if (opener?.pos !== 'ADP' || opener.lower === 'as' || comma < i || tokens[i - 1]?.pos !== 'NOUN') return false;
  return tokens.slice(i + 1, comma).every((x) => isTimeWord(x) || /^(this|last|next|on|in)$/.test(x.lower));
}

/**
 * The subject of an evidence verb at `i` when it is evidence with what describes it between them:
 * a preposition's phrase, a participle's, a relative clause, an aside ("A random survey conducted
 * by the One America News Network found…", "An analysis by Politifact of presidential elections
 * going back to 1972 showed…", "The survey, conducted by the Public Policy Institute, finds…").
 * Not past a verb of a clause of its own ("The poll was released and Trump found…"), nor a gerund
 * or a participle of the verb itself ("polls showing…").
 */
function describedEvidenceSubject(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): Span | undefined {
  const t = tokens[i]!;
  const lemma = cueLemma(t, lexicon);
  if (lemma === undefined || !lexicon.evidenceVerbs.has(lemma) || t.pos !== 'VERB' || /^\p{Ll}+(ing|en|wn)$/u.test(t.text)) return undefined;
  // (Not a relative pronoun's verb, "…her medical records in July, which showed…", nor one joined
  // by "and" to a verb before it, "…, combed through the filings … and found": the rules for those
  // find their subject.)
  if (/^(which|that|who)$/.test(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.pos === 'CCONJ') return undefined;
  const start = subjectClauseStart(tokens, i);
  // (A phrase that opens with a determiner, a modifier or a noun: not an opening participle's,
  // "Cross-referencing congressional voting records…, the researchers found".)
  if (start >= i || !/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[start]!.pos) || tokens.slice(start, start + 3).some((x) => /ing$/i.test(x.text))) return undefined;
  const head = nounPhraseStartingAt(tokens, start);
  if (!head || head.last >= i - 1 || evidenceIn(tokens, head, lexicon) === -1) return undefined;
  // A relative clause may have verbs of its own, up to the comma that closes it.
  let relative = false;
  for (let k = head.last + 1; k < i; k++) {
    const x = tokens[k]!;
    if (isQuotationMark(tokens, k) || x.text === ';' || x.text === ':') return undefined;
    if (x.text === ',') relative = false;
    if (/^(that|which)$/.test(x.lower) && x.pos !== 'DET') relative = true;
    // (A participle describes its noun; a past form with an object after it is a clause's verb:
    // "Clinton released her medical records…".)
    const objectAfter = /^(DET|PRON|NUM)$/.test(tokens[k + 1]?.pos ?? '') && !isTimeWord(tokens[k + 2] ?? x);
    const participle = /^\p{Ll}+(ed|ing|en|wn)$/u.test(x.text) && tokens[k - 1]?.pos !== 'AUX' && (/ing$/.test(x.lower) || !objectAfter);
    if ((x.pos === 'VERB' || x.pos === 'AUX') && !relative && !participle && !misreadAsVerb(tokens, k)) return undefined;
  }
  let last = i - 1;
  while (last > head.last && tokens[last]!.text === ',') last--;
  if (last === i - 1) while (last > head.last && tokens[last]!.pos === 'ADV') last--;
  return { first: head.first, last };
}

/**
 * "Polls shown on television had…", "figures given to the committee": a participle with no
 * auxiliary describes its noun. (findCue turns such a verb away before verbCue sees it.)
 */
function evidenceParticiple(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const lemma = cueLemma(tokens[i]!, lexicon);
  return lemma !== undefined && lexicon.evidenceVerbs.has(lemma) && /(wn|en)$/.test(tokens[i]!.lower) && tokens[i - 1]?.pos !== 'AUX' && tokens[i - 1]?.pos !== 'ADV';
}

/** Where the first evidence noun of a span stands, or -1. */
function evidenceIn(tokens: readonly TaggedToken[], span: Span, lexicon: AttributionLexicon): number {
  for (let k = span.first; k <= span.last; k++) if (isEvidenceWord(tokens, k, lexicon)) return k;
  return -1;
}

/**
 * An evidence noun, also where the tagger took the capital of a sentence's first word for a
 * name ("Polls show…", "Records show…").
 */
function isEvidenceWord(tokens: readonly TaggedToken[], k: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[k]!;
  if (isEvidenceNoun(t, lexicon)) return true;
  const first = k === 0 || /^["“‘'(]$/.test(tokens[k - 1]!.text);
  return first && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && (lexicon.evidenceNouns.has(t.lower) || lexicon.evidenceNouns.has(t.lower.replace(/s$/, '')));
}

/** Adverbs that may stand between evidence and its verb: "Polls there show…", "records now show…". */
const BETWEEN_EVIDENCE_AND_VERB = /^(there|here|now|also|still)$/;

/**
 * "Polls show voters trust…", "F.A.A. records show, the Cessna…": an evidence verb right after
 * an evidence noun it agrees with is that evidence reporting, though the tagger reads "polls
 * show" as a compound noun. The plain form needs a plural ("records show"), the form in -s a
 * singular ("the poll shows"), a past form either ("the survey found"); "data" takes both.
 * (Not a participle or a gerund: "the figures shown", "polls showing…" are no finite verb.)
 */
function evidenceBeforeVerb(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  if (i === 0 || !/^(NOUN|VERB|ADJ)$/.test(t.pos)) return false;
  const lemma = cueLemma(t, lexicon);
  // (An adverb of place or time may stand between: "Polls there show Trump trailing".)
  const at = i > 1 && BETWEEN_EVIDENCE_AND_VERB.test(tokens[i - 1]!.lower) ? i - 2 : i - 1;
  if (lemma === undefined || !lexicon.evidenceVerbs.has(lemma) || !isEvidenceWord(tokens, at, lexicon)) return false;
  const subject = tokens[at]!.lower;
  if (subject === 'data') return true;
  if (t.lower === lemma) return pluralForm(subject);
  if (t.lower === `${lemma}s` || t.lower === `${lemma}es`) return !pluralForm(subject);
  return !/(ing|en|wn)$/.test(t.lower);
}

/**
 * An evidence verb's source starts with its evidence: "…their support with recent polls showing
 * a tightening" is told by "recent polls", and "In Ohio and Pennsylvania, a Marist College poll …
 * showed" by "a Marist College poll …" — not by what stands before them across a comma or a
 * preposition other than "of".
 */
function evidenceFirst(tokens: readonly TaggedToken[], cue: Cue, lexicon: AttributionLexicon): Cue {
  const source = cue.source;
  const lemma = cueLemma(tokens[cue.cue.last]!, lexicon);
  if (!source || cue.form !== 'verb' || lemma === undefined || !lexicon.evidenceVerbs.has(lemma)) return cue;
  const evidence = evidenceIn(tokens, source, lexicon);
  if (evidence === -1) return cue;
  let first = evidence;
  // (Not across "of": "an average of recent polls", "the results of nationwide surveys" are told by the average, the results.)
  const boundary = (t: TaggedToken) => t.text === ',' || (t.pos === 'ADP' && t.lower !== 'of');
  while (first > source.first && !boundary(tokens[first - 1]!)) first--;
  return first === source.first ? cue : { ...cue, source: { first, last: source.last } };
}

/**
 * Before a comma, a verb that is no speech verb reports only with its subject at the head of the
 * sentence or set off by a comma: "Polls show, however, …", "…, F.A.A. records show, the Cessna
 * has flown…". Not a noun phrase after a preposition: "Making the rounds on the Sunday morning
 * shows, Carson said…" is no "rounds" showing anything.
 */
/** A verb of a clause at `k`: a verb or auxiliary, not a name the tagger misread as one. */
const clauseVerbAt = (tokens: readonly TaggedToken[], k: number) => (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !misreadAsVerb(tokens, k);

/** Whether a verb of a clause stands in [from, to). */
function hasClauseVerb(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (clauseVerbAt(tokens, k)) return true;
  return false;
}

/** The first token from `from` (before `limit`) past opening punctuation and conjunctions ("But", "And"). */
function pastConnectives(tokens: readonly TaggedToken[], from: number, limit: number): number {
  let start = from;
  while (start < limit && (tokens[start]!.pos === 'PUNCT' || tokens[start]!.pos === 'CCONJ')) start++;
  return start;
}

/** Words a verb's object may open with when it names a thing: "his candidacy", "the deal", "a new rule", "plans". */
const THING_OPENS = /^(DET|ADJ|NOUN|NUM)$/;

/**
 * Whether the verb at `verb` takes a thing for its object and no words: a noun phrase right after
 * it, no clause, no quotation and no colon before the clause ends ("announced his candidacy in
 * June 2015"; not "announced Friday that…", "declared, “…”").
 */
function onlyAThingSaid(tokens: readonly TaggedToken[], verb: number, lexicon: AttributionLexicon): boolean {
  const next = tokens[verb + 1];
  if (!next || !(THING_OPENS.test(next.pos) || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.lower)))) return false;
  if (next.lower === 'that' || clauseFollows(tokens, verb, false, lexicon)) return false;
  for (let k = verb + 1; k < tokens.length && !/^[.;!?]$/.test(tokens[k]!.text); k++) {
    if (tokens[k]!.text === ':' || isQuotationMark(tokens, k)) return false;
    if (tokens[k]!.text === ',') break;
  }
  return true;
}

/** Prepositions that give what talk is about before a question: "argued over why", "spoke about how". */
const TOPIC_BEFORE_QUESTION = /^(about|over)$/;
/** Words that open a question in a clause: "why", "how", "whether". */
const QUESTION_WORDS = /^(why|how|whether|who|what|when|where|which)$/;

/** Verbs of putting a question to someone: "asked", "questioned", "quizzed", "interviewed". */
const ASKING_VERBS = /^(ask|question|inquire|enquire|quiz|query|interview)$/;

/** Words that open a clause of time: "when", "after", "once"… (and "by the time", below). */
const TIME_CLAUSE_OPENERS = /^(when|after|before|once|until|while|since|whenever|upon)$/;

/** Whether the verb at `verb` is the own verb of a clause of time that opens the sentence, no comma or other verb before it there. */
function closesOpeningClauseOfTime(tokens: readonly TaggedToken[], verb: number): boolean {
  const start = pastConnectives(tokens, 0, verb);
  const opener = tokens[start];
  const byTheTime = opener?.lower === 'by' && tokens[start + 1]?.lower === 'the' && tokens[start + 2]?.lower === 'time';
  if (!opener || (!TIME_CLAUSE_OPENERS.test(opener.lower) && !byTheTime)) return false;
  // (The clause's own verb, the first after its opener: not "When he returned he began by saying, “…”".)
  for (let k = start + 1; k < verb; k++) if (tokens[k]!.text === ',' || clauseVerbAt(tokens, k)) return false;
  return true;
}

function subjectOpensClause(tokens: readonly TaggedToken[], verb: number): boolean {
  // ("As the Washington Post — even the devil can quote… — observed, …": past a parenthesis set off by dashes.)
  const open = openingDash(tokens, verb - 1);
  const subject = nounPhraseEndingAt(tokens, skipLeftModifiers(tokens, open > 0 ? open - 1 : verb - 1));
  if (subject === undefined) return false;
  // (Its determiner and modifiers belong to it: "the publicly available evidence indicates, …".)
  let first = subject.first;
  while (first > 0 && /^(DET|ADJ|ADV|NUM)$/.test(tokens[first - 1]!.pos)) first--;
  // ("as many researchers believe, …": a clause of "as" reports too.)
  return first === 0 || /^(,|as)$/.test(tokens[first - 1]!.lower);
}

/** A form only a participle takes, no past tense: "seen", "written", "shown", "born". */
const onlyParticiple = (t: TaggedToken) => (/^\p{Ll}+(en|wn)$/u.test(t.text) && t.lower !== t.lemma) || t.lower === 'born';
/** A past participle's form: in -ed, or an irregular one no past tense shares ("written", "shown"). */
const pastParticipleForm = (t: TaggedToken) => /^\p{Ll}+ed$/u.test(t.text) || onlyParticiple(t);

/** Prepositions of a comparison or a time, whose object a participle after it does not describe: "as", "than", "after", "while"… */
const COMPARING_OR_TIMING = /^(as|than|like|after|before|since|until|while|because)$/;

/** Words that open a clause reduced to its participle: "when asked", "if pressed", "once questioned". */
const REDUCED_CLAUSE_OPENERS = /^(when|if|once|unless|until)$/;

/**
 * The verb at `i` stands in a relative clause with no relative pronoun, right after the noun it
 * describes: its subject follows a noun or a pronoun ("Nothing the president said…", "the
 * Amendment the Founding Fathers wrote…").
 */
function describesNounBefore(tokens: readonly TaggedToken[], i: number): boolean {
  const subject = i > 0 ? nounPhraseEndingAt(tokens, i - 1) : undefined;
  return subject !== undefined && /^(NOUN|PRON|PROPN)$/.test(tokens[subject.first - 1]?.pos ?? '');
}

/**
 * "…the investigation — a probe the agency said was ongoing", "It was a report the ministry says
 * is false", "…a list of countries he said had sent immigrants": a subject with its determiner,
 * or a personal pronoun, right after a noun the sentence has already placed (after its verb, or
 * after a dash or a comma) opens a relative clause without "that", whose verb reports of that
 * noun. Not a subject phrase that opens the sentence, "Everything Trump says is a lie", nor an
 * opening phrase, "In the letter the agency said…".
 */
function contactClauseOnObject(tokens: readonly TaggedToken[], subject: Span): boolean {
  const antecedent = tokens[subject.first - 1];
  const first = tokens[subject.first];
  const opensSubject = first?.pos === 'DET' || (first?.pos === 'PRON' && CLAUSE_SUBJECT_PRONOUNS.test(first.lower));
  if (!opensSubject || antecedent?.pos !== 'NOUN' || !/^\p{Ll}/u.test(antecedent.text) || isTimeWord(antecedent)) return false;
  const phrase = nounPhraseEndingAt(tokens, subject.first - 1);
  if (phrase === undefined) return false;
  const opener = tokens[phrase.first - 1];
  return /^[,—–-]$/.test(opener?.text ?? '') || tokens.slice(0, phrase.first).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
}

/**
 * Whether "you" at `you` said something before: the cue right after it is a verb in the past
 * ("you said", "you mentioned"), not after "had" or "if" ("had you told me…", "if you asked").
 */
function saidBefore(tokens: readonly TaggedToken[], you: number, cue: number): boolean {
  const verb = tokens[cue]!;
  const past = cue === you + 1 && verb.pos === 'VERB' && verb.lower !== verb.lemma && !/(ing|s)$/.test(verb.lower);
  return past && !/^(had|if|when|whenever|unless)$/.test(tokens[you - 1]?.lower ?? '');
}

/**
 * "…the gatherings of world leaders, called the Clinton Global Initiative, that…": right after a
 * comma and before a name, a participle of naming gives the phrase before it that name. Not a
 * subject's verb after its apposition, "Rep. Adam Schiff, the top Democrat…, called for…",
 * "Critics, including…, called him a traitor", whose words after it are no name alone; nor
 * "“Come in,” called the nurse", with a quotation's closing mark at the comma.
 */
function namingAfterComma(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  if (!lexicon.namingParticiples.has(tokens[i]!.lower) || tokens[i - 1]?.text !== ',' || closesQuote(tokens, i - 2)) return false;
  // The name alone, then the phrase goes on: "called the Clinton Global Initiative, that…"; not
  // an object and what it was called, "called Obama a “petulant child”", "called Trump's
  // statements “childish.”", nor a quotation, "called ''our No. 1 geopolitical foe''".
  let k = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  const first = k;
  while (k < tokens.length && tokens[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return k > first && /^(,|that|which)$/.test(tokens[k]?.text ?? '');
}

/** Participles after a work's noun that go on to give what it says: "a book arguing…", "a memoir detailing…" (and "in which", below). */
const CONTENT_GIVEN = /^(arguing|saying|claiming|alleging|detailing|describing|accusing|urging|exposing|revealing|warning|charging)$/;

/**
 * The head of the object after the verb at `i` (past determiners, possessives and adjectives) is
 * one of `heads`: what is sought by acting (help, counsel, an office), a work written (a book, a
 * check).
 */
function objectHeadAmong(tokens: readonly TaggedToken[], i: number, heads: ReadonlySet<string>): boolean {
  return objectHeadAt(tokens, i, heads) !== -1;
}

/** How far after a change's noun an "as" or a participle may make it a view: "see a rise in fares as likely", "see a rise in fares coming". */
const SEEN_AS_REACH = 6;

/** The object of "see" at `i` is a change (lexicon changeNouns) that nothing after it holds to be something. */
function changeHad(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const head = objectHeadAt(tokens, i, lexicon.changeNouns);
  return head !== -1 && !tokens.slice(head + 1, head + 1 + SEEN_AS_REACH).some((t) => t.lower === 'as' || (t.pos === 'VERB' && /^\p{Ll}+ing$/u.test(t.text)));
}

/** Where objectHeadAmong finds the head; -1 where it finds none. */
function objectHeadAt(tokens: readonly TaggedToken[], i: number, heads: ReadonlySet<string>): number {
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k]!;
    if (heads.has(t.lower) || heads.has(t.lemma)) return k;
    const next = tokens[k + 1];
    const modifier = t.pos === 'NOUN' && next !== undefined && (/^(NOUN|ADJ)$/.test(next.pos) || isPossessiveMark(next));
    if (!/^(DET|ADJ|PRON|PROPN|NUM|SYM)$/.test(t.pos) && !isPossessiveMark(t) && !modifier) return -1;
  }
  return -1;
}

/** An infinitive after the verb at `i`, past a short time phrase: "sought to block…", "has sought for months to temper…". */
function aimFollows(tokens: readonly TaggedToken[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k]!;
    if (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return true;
    if (!(t.pos === 'ADV' || isTimeWord(t) || /^(for|over|in|on|the|past|last|several|many|few)$/.test(t.lower) || t.pos === 'NUM')) return false;
  }
  return false;
}

/** Conjunctions that may take a past participle with no subject: "once agreed", "if approved". */
const ELLIPTICAL_CONJUNCTIONS = /^(once|if|unless|until|though|although)$/;

/**
 * "…the role of Assad in the transition once agreed", "the plan, if approved,": a past
 * participle right after such a conjunction is a passive with its subject left out; the noun
 * before is what would be agreed, not who agrees. ("When asked, she said…" is not one: "when"
 * is not listed, and the answer has its own verb.)
 */
function ellipticalPassive(tokens: readonly TaggedToken[], i: number): boolean {
  return /ed$/.test(tokens[i]!.lower) && ELLIPTICAL_CONJUNCTIONS.test(tokens[i - 1]?.lower ?? '');
}

/**
 * "African-Americans have seen their jobless rate fall", "a second theft saw a diamond necklace
 * stolen": a time, an event or an offence that saw something happen, and anyone who has seen a
 * figure change, lived through it; no one reports it. The object is a noun phrase with a
 * determiner or a possessive, then a verb in its plain form, in -ing or a past participle. (A
 * witness keeps theirs: "He looked out the window and saw a woman fleeing".)
 */
function perceivesAnEvent(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  // (In the past or the perfect only: "Investors see the Fed raising rates" is a forecast.)
  if (tokens[i]!.lemma !== 'see' || !/^(saw|seen)$/.test(tokens[i]!.lower)) return false;
  if (!/^(DET|PRON)$/.test(tokens[i + 1]?.pos ?? '') || tokens[i + 1]!.lower === 'that') return false;
  const perfect = /^(have|has|had|'ve|’ve)$/.test(tokens[i - 1]?.lower ?? '');
  const subject = tokens[i - 1];
  // (A subject that cannot speak, as `phraseCanSpeak` reads one, or an offence: "a second theft".)
  const eventSubject = subject?.pos === 'NOUN' && (!phraseCanSpeak(tokens, { first: i - 1, last: i - 1 }, lexicon) || lexicon.offences.has(subject.lemma));
  let k = i + 2;
  for (; k < tokens.length && k <= i + OBJECT_WORDS_SEEN && /^(ADJ|NOUN|PROPN|NUM|SYM)$/.test(tokens[k]!.pos); k++) {
    // (A verb of change the tagger read as the noun's last word: "their jobless rate fall".)
    if (k > i + 2 && tokens[k]!.pos === 'NOUN' && tokens[k - 1]!.pos === 'NOUN' && lexicon.changeVerbs.has(tokens[k]!.lower)) return perfect || eventSubject;
  }
  if (k === i + 2 || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return false;
  const verb = tokens[k];
  if (verb === undefined || verb.pos !== 'VERB' || !(verb.lower === verb.lemma || /ing$/.test(verb.lower) || /(ed|en)$/.test(verb.lower))) return false;
  return eventSubject || (perfect && lexicon.changeVerbs.has(verb.lemma));
}

/** Words the object of "saw" may run to before the verb of its event ("a diamond necklace worth £1.2m stolen"). */
const OBJECT_WORDS_SEEN = 8;

/** "…super PACs with whom Christie was contending", "has to contend with the suggestion": contending with something is a struggle, not a claim. */
function contendsWith(tokens: readonly TaggedToken[], i: number): boolean {
  if (tokens[i]!.lemma !== 'contend') return false;
  return tokens[i + 1]?.lower === 'with' || tokens.slice(Math.max(0, i - 5), i).some((x, k, near) => x.lower === 'whom' && near[k - 1]?.lower === 'with');
}

/**
 * "Then, last week, Eric Trump called.", "His brother called, but he did not answer", "The mayor
 * called on Tuesday.": "call" with nothing it takes after it but when is a telephone call; nothing
 * is said. Not in a sentence with a quotation ("“Come back,” she called"), nor "called for a
 * recount", "called the plan a disaster".
 */
/** What a call rings: "called her cell", "calls his phone". */
const PHONE_NOUNS = /^(cell|cellphone|phone|telephone|mobile|landline|number|hotline|voicemail)$/;

function telephoned(tokens: readonly TaggedToken[], i: number): boolean {
  if (tokens[i]!.lemma !== 'call' || tokens.some((_t, k) => isQuotationMark(tokens, k))) return false;
  // (A time word, or one led by "on", "last", "this"…: "Tuesday night", "on Monday".)
  const timed = (j: number) => tokens[j] !== undefined && (isTimeWord(tokens[j]!) || (TIME_LEAD.test(tokens[j]!.lower) && tokens[j + 1] !== undefined && isTimeWord(tokens[j + 1]!)));
  let k = i + 1;
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || timed(k))) k++;
  const after = tokens[k];
  if (after === undefined || (after.pos === 'PUNCT' && after.text !== ':')) return true;
  // ("Obama called both candidates Tuesday night and was scheduled to…", "called him on Monday to
  // congratulate him": whom someone called, then when or what for, is a call made; not "called
  // him a liar on Monday", whose complement stands between.)
  if (k !== i + 1) return false;
  const called = nounPhraseStartingAt(tokens, k);
  if (called === undefined) return false;
  // (The phrase reader may run on into the time: "both candidates Tuesday night".)
  let last = called.last;
  while (last > called.first && isTimeWord(tokens[last]!)) last--;
  // (One phrase, no complement after it: not "the plan a disaster".)
  if (!/^(NOUN|PROPN|PRON)$/.test(tokens[last]!.pos) || tokens.slice(called.first + 1, last + 1).some((x) => x.pos === 'DET')) return false;
  // ("When a TV station calls her cell, one woman shushes the room": a phone is only ever rung.)
  if (PHONE_NOUNS.test(tokens[last]!.lower) && !/^(NOUN|PROPN|DET|ADJ)$/.test(tokens[last + 1]?.pos ?? 'PUNCT')) return true;
  let m = last + 1;
  if (!timed(m)) return false;
  while (timed(m)) m += TIME_LEAD.test(tokens[m]!.lower) ? 2 : 1;
  const next = tokens[m];
  return next === undefined || next.pos === 'PUNCT' || next.pos === 'CCONJ' || (next.lower === 'to' && tokens[m + 1]?.pos === 'VERB');
}

/**
 * "It sounded like someone telling a dog to shut up", "It sounded like someone was yelling": a
 * verb after "like" and its noun phrase, after a verb of seeming, likens; no one is heard.
 */
function likenedSpeaker(tokens: readonly TaggedToken[], i: number): boolean {
  // (Not a hedge on a report, "It looks like the mayor said…".)
  if (!/ing$/.test(tokens[i]!.lower)) return false;
  let end = i - 1;
  while (end >= 0 && (tokens[end]!.pos === 'AUX' || tokens[end]!.pos === 'ADV')) end--;
  const speaker = nounPhraseEndingAt(tokens, end);
  if (speaker === undefined || tokens[speaker.first - 1]?.lower !== 'like') return false;
  return SEEMING.test(tokens[skipAdverbs(tokens, speaker.first - 2)]?.lemma ?? '');
}

/** Verbs of seeming, after which "like" likens ("sounded like", "looks like"). */
const SEEMING = /^(sound|look|seem|feel|appear)$/;

/**
 * The verb at `i` stands in a time clause, with its own subject, after a main clause that has
 * its finite verb: "…offered a slogan when I asked him…". Not one that opens the sentence ("When
 * I asked him, he said…"), whose main clause may report what the answer was.
 */
export function askedInTrailingTimeClause(tokens: readonly TaggedToken[], i: number): boolean {
  if (tokens[i]?.lemma !== 'ask') return false;
  const clause = clauseOpenedBefore(tokens, skipAdverbs(tokens, i - 1));
  if (!clause || !(TIME_CLAUSE_OPENERS.test(clause.opener.lower) || clause.opener.lower === 'as')) return false;
  return tokens.slice(0, clause.subject.first - 1).some((x) => (x.pos === 'VERB' || x.pos === 'AUX') && !/ing$/.test(x.lower));
}

/** The subject ending at `k` (a pronoun or a noun phrase) and the word right before it that opens its clause. */
function clauseOpenedBefore(tokens: readonly TaggedToken[], k: number): { subject: Span; opener: TaggedToken } | undefined {
  const subject = tokens[k]?.pos === 'PRON' ? { first: k, last: k } : /^(NOUN|PROPN)$/.test(tokens[k]?.pos ?? '') ? nounPhraseEndingAt(tokens, k) : undefined;
  const opener = subject ? tokens[subject.first - 1] : undefined;
  return subject && opener ? { subject, opener } : undefined;
}

/**
 * The verb at `i` is the own verb of a clause that "if" or "unless" opens right before its subject
 * (past adverbs and auxiliaries): "If the mayor says…", "…if he thinks…". Not "asked if she
 * thinks…", where "if" opens a question after a verb of asking or knowing.
 */
function inConditionalClause(tokens: readonly TaggedToken[], i: number): boolean {
  // ("If you watch what he said this week, he talked about…": anywhere in a condition that opens
  // the sentence, before the comma or dash that closes it; where none closes it after the verb,
  // the writer left the comma out and the verb may be the main clause's.)
  const opener = tokens.findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ');
  if (opener >= 0 && opener < i && /^(if|unless)$/.test(tokens[opener]!.lower)) {
    // (A hyphen inside a word, as in "(R-Tex.)", closes nothing; a spaced one is a dash.)
    const closedBetween = (from: number, to: number) => {
      for (let k = from; k < to; k++) if (/^[,;:]$/.test(tokens[k]!.text) || isDash(tokens, k)) return true;
      return false;
    };
    if (!closedBetween(opener + 1, i) && closedBetween(i + 1, tokens.length)) return true;
  }
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.lower === 'not')) k--;
  const clause = clauseOpenedBefore(tokens, k);
  if (!clause || !/^(if|unless)$/.test(clause.opener.lower)) return false;
  const before = tokens[clause.subject.first - 2];
  return !(before?.pos === 'VERB' && WHETHER_VERBS.test(before.lemma));
}

/** Verbs after which "if" opens a question, not a condition: "asked if", "wonders if". */
const WHETHER_VERBS = /^(ask|wonder|know|see|check|decide|question|doubt|tell|say|determine|learn|find|consider|debate)$/;

/**
 * No quotation in the sentence, no verb after `i` that could be a clause of what was said, and
 * `i` closes no frame after what was said ("…, Sgt. Barry Whiteside testified.").
 */
function nothingSaidAround(tokens: readonly TaggedToken[], i: number): boolean {
  if (tokens.some((_, k) => isQuotationMark(tokens, k))) return false;
  const closesFrame = tokens.slice(i + 1).every((x) => x.pos === 'PUNCT' || x.pos === 'ADV') && tokens.slice(0, i).some((x) => x.text === ',');
  if (closesFrame) return false;
  return !tokens.slice(i + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.lower === 'that' || x.text === ':');
}

/** Whether a thing boasted opens at `k`: a noun phrase with no verb of its own after it. */
function boastsAThing(tokens: readonly TaggedToken[], k: number): boolean {
  if (!THING_OPENS.test(tokens[k]?.pos ?? '') || tokens[k]!.lower === 'that') return false;
  const thing = nounPhraseStartingAt(tokens, k);
  return thing === undefined || !/^(VERB|AUX)$/.test(tokens[thing.last + 1]?.pos ?? '');
}

/**
 * "He tweets @pmorici1.", "She posts at @harbourwatch": a writer's tagline, where the account to
 * follow is all the verb takes; nothing is said.
 */
function onlyAHandleAfter(tokens: readonly TaggedToken[], i: number): boolean {
  let k = i + 1;
  if (/^(at|as|on|from)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^@\w/u.test(tokens[k]?.text ?? '')) return false;
  return tokens.slice(k + 1).every((t) => t.pos === 'PUNCT');
}

/** Whether "to" and a verb follow `i`, past its adjuncts, before any "that" or finite verb. */
function infinitiveBeforeClause(tokens: readonly TaggedToken[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return true;
    if (t.lower === 'that' || t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return false;
  }
  return false;
}

function verbCue(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon, quoteVerb = false): Cue | undefined {
  const t = tokens[i]!;
  if (negated(tokens, i, lexicon)) return undefined;
  if (telephoned(tokens, i)) return undefined;
  if (ellipticalPassive(tokens, i) || perceivesAnEvent(tokens, i, lexicon) || contendsWith(tokens, i)) return undefined;
  if (namingAfterComma(tokens, i, lexicon)) return undefined;
  if (likenedSpeaker(tokens, i)) return undefined;
  if (onlyAHandleAfter(tokens, i)) return undefined;
  // ("Experts have argued over why.", "Residents speculated about who set the fire": a question
  // after "about" or "over" is what the talk was about; nothing said is reported.)
  // (Not a worry, whose question is what is feared: "worried about whether the polls were right".)
  if (TOPIC_BEFORE_QUESTION.test(tokens[i + 1]?.lower ?? '') && QUESTION_WORDS.test(tokens[i + 2]?.lower ?? '') && !CONCERNS.test(t.lemma)) return undefined;
  // ("…has throughout his campaign boasted an eclectic collection of supporters": boasting a thing,
  // no words, is having it; "still boasts just the one small supermarket", past its adverbs.)
  // (Not a clause without "that": "boasted the toll had doubled".)
  if (t.lemma === 'boast' && boastsAThing(tokens, skipAdverbsRight(tokens, i + 1))) return undefined;
  // ("San Bernardino shooter's friend denied bail", "the judge denied parole": bail, entry or a
  // permit denied is an act of record, never a denial of what someone said.)
  if (t.lemma === 'deny' && objectHeadAmong(tokens, i, lexicon.thingsWithheld)) return undefined;
  // ("With each character repeated several times, …", "with prices quoted in euros": a past
  // participle after the noun of an absolute "with" tells the noun's state; no one speaks.)
  // (Not with what was said after it, which no state takes: "…with other party leaders announced
  // they would call the roll", a scrape that lost its "and".)
  const saysAfter = reportedComplement(tokens, i) || /^(he|she|they|it|we|i)$/.test(tokens[i + 1]?.lower ?? '');
  if (t.lower !== t.lemma && /ed$/.test(t.lower) && !saysAfter && stateAfterWith(tokens, i)) return undefined;
  // ("He wrote up a company profile", "wrote out a check": writing with a particle makes a thing;
  // not "has written off efforts by…", dismissed.)
  if (t.lemma === 'write' && /^(up|down|out)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
  // ("Harris claimed the other prized scalp", "claimed the title": a thing taken, not a claim made.)
  if (t.lemma === 'claim' && objectHeadAmong(tokens, i, lexicon.thingsTaken)) return undefined;
  // ("students will learn how to:", "knows how to win": a skill, no view held; "your customers can
  // find what they want": a thing found, no finding.)
  if (tokens[i + 1]?.lower === 'how' && tokens[i + 2]?.lower === 'to' && !lexicon.speech.has(t.lemma)) return undefined;
  if (t.lemma === 'find' && /^(what|whatever)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
  // ("this sample of sites saw a 30% increase of total external traffic", "the port has seen a
  // sharp drop in traffic": a change seen is a change had; nothing is perceived or held.)
  // (Not a change seen as something or coming: "analysts see a rise in fares coming" hold a view.)
  if (SIGHT.test(t.lemma) && changeHad(tokens, i, lexicon)) return undefined;
  // ("…and denied Carter a final-night photograph of unity", "denied him a seat": someone denied a
  // thing, two objects, is withholding it; "denied Vik's claims" and "denied reports that…" deny
  // what was said.)
  if (t.lemma === 'deny' && deniedSomeoneAThing(tokens, i)) return undefined;
  // ("The Bush Center maintains a program to develop young leaders", "maintains a home in Florida
  // where…": a plain object kept or run; "maintained the plan was legal" has its clause's verb
  // right after the object.)
  if (lexicon.keepingVerbs.has(cueLemma(t, lexicon) ?? '') && keepsAnObject(tokens, i)) return undefined;
  // ("When veterans ask for help, too many of their calls…": asking for help, advice or a job is
  // seeking it, as "seek" is read; nothing is said that the sentence reports.)
  if (t.lemma === 'ask' && tokens[i + 1]?.lower === 'for' && objectHeadAmong(tokens, i + 1, lexicon.thingsSoughtByActing)) return undefined;
  // ("…offered a slogan straight out of the 1990s when I asked him how she'd mount a defense": a
  // question put in a time clause after the main clause tells when that clause happened; the
  // asker asserts nothing the sentence reports.)
  // ("When I asked him, he said the plan was dead": nor in one that opens the sentence, whose
  // main clause gives the answer and its speaker.)
  // (One in a clause after the main one is found, to be remembered as its asker, and dropped by
  // the caller: askedInTrailingTimeClause.)
  // ("When investigators questioned Avalos about the call, she said…": so any verb of asking.)
  if (ASKING_VERBS.test(t.lemma) && closesOpeningClauseOfTime(tokens, i)) return undefined;
  // ("If the mayor says the levy is fair, the council will vote for it", "…not without recourse if
  // he thinks that…": what someone would say or think in a condition is not reported as said.)
  if (inConditionalClause(tokens, i)) return undefined;
  // ("Melissa Rosenberg is writing the screenplay", "wrote a $500,000 check to a super PAC", "She
  // wrote a children's book": writing a work is an act of authorship; its words are not given.)
  // (Not a work whose content the sentence goes on to give: "has written a book in which he exposes…".)
  if (t.lemma === 'write') {
    const work = objectHeadAt(tokens, i, lexicon.worksWritten);
    // ("Baker wrote the letter Feb. 2 to the acting legal adviser": so is writing a message, unless
    // the sentence goes on to give what it says: "…, saying the bullet was not meant…", "…, which
    // said…".)
    const message = work === -1 ? objectHeadAt(tokens, i, lexicon.messagesWritten) : -1;
    const contentGiven = (k: number) => (tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'which') || CONTENT_GIVEN.test(tokens[k]?.lower ?? '');
    const contentGivenLater = (k: number) => tokens.slice(k).some((x, n) => contentGiven(k + n) || (x.text === ',' && tokens[k + n + 1]?.lower === 'which'));
    if (work !== -1 && !contentGiven(work + 1)) return undefined;
    if (message !== -1 && !contentGivenLater(message + 1)) return undefined;
  }
  // ("Clinton testified voluntarily in 1998", "will testify against the mayor": testifying with
  // none of the words given is an act; "testified that…", "testified he saw…" and "…,” she
  // testified" give them. PolNeAR's annotators mark "has also commented on X" as one, so
  // "comment" is not listed.)
  if (lexicon.wordlessActVerbs.has(t.lemma) && nothingSaidAround(tokens, i)) return undefined;
  // ("Hope Hicks, a spokeswoman, said": a first name, not "hope".)
  if (misreadFirstName(tokens, i)) return undefined;
  // "Everything Trump says is a lie": a verb followed at once by an auxiliary has no
  // complement; its clause is a relative one inside a larger subject.
  // (Not after a relative pronoun: "donations, which he said were…" reports of the donations;
  // nor after a "what" a verb or a preposition governs: "adapt to what she said is growing
  // demand" reports the demand. "What Trump said was a lie" is the writer's verdict, and "what
  // he's proposing is realistic" the thing proposed.)
  const next = tokens[i + 1];
  const whatGoverned = (x: TaggedToken, before: TaggedToken | undefined) => x.lower === 'what' && /^(ADP|VERB)$/.test(before?.pos ?? '') && !/ing$/.test(t.lower);
  // (Or right before a longer subject: "…, which the Organization for Economic Cooperation and Development says has…".)
  const relativeBefore = () => {
    if (tokens.slice(Math.max(0, i - 4), i).some((x, k, near) => /^(which|who|whom|that)$/.test(x.lower) || whatGoverned(x, near[k - 1] ?? tokens[i - 5]))) return true;
    const subject = i > 0 ? nounPhraseEndingAt(tokens, i - 1) : undefined;
    if (subject === undefined) return false;
    return /^(which|that)$/.test(tokens[subject.first - 1]?.lower ?? '') || contactClauseOnObject(tokens, subject);
  };
  // ("…,” said Will Doyle": a first name the tagger read as "will".)
  if (next && next.pos === 'AUX' && !relativeBefore() && !misreadAsVerb(tokens, i + 1)) return undefined;
  if (contactRelative(tokens, i, true, lexicon)) return undefined;
  // ("Nothing the president said “will assuage people's fears,” the Florida senator said": so too
  // past an opening quotation mark, where the verb's subject follows the noun its clause
  // describes; not "Cruz, Blackwell wrote “has consistently demonstrated…”", whose words go on the
  // sentence's subject.)
  if (next && opensQuote(tokens, i + 1) && tokens[i + 2]?.pos === 'AUX' && /^\p{Ll}/u.test(tokens[i + 2]!.text) && describesNounBefore(tokens, i)) return undefined;
  // ("…found himself sprawled on the court", "saw herself as a victim": finding or seeing oneself
  // reports nothing; "describes himself as…", "declared himself…" do.)
  if (REFLEXIVES.test(next?.lower ?? '') && /^(find|see)$/.test(t.lemma)) return undefined;
  // ("…war zones where known terrorists operate": right after "where" a verb has no subject of
  // its own; a participle there describes the noun after it.)
  if (tokens[i - 1]?.lower === 'where') return undefined;
  // ("…and, when questioned, asserting that…", "If pressed, she…": a passive participle after
  // "when" or "if" tells what was done to the subject; it is no one's speech.)
  if (/^\p{Ll}+(ed|en)$/u.test(t.text) && REDUCED_CLAUSE_OPENERS.test(tokens[i - 1]?.lower ?? '') && (next === undefined || next.text === ',' || /^(ADP|PART|SCONJ)$/.test(next.pos))) return undefined;
  if (/^\p{Ll}+ing$/u.test(t.text) && participleOfCircumstance(tokens, i)) return undefined;
  if (participleInOpeningPhrase(tokens, i)) return undefined;
  const lemma = cueLemma(t, lexicon) ?? '';
  // ("Justice Stephen G. Breyer, a Clinton appointee considered a liberal, …", "Joe Madison, a
  // talk radio host considered one of the most influential…, recalled": in an apposition, the
  // participle of a verb that holds its object as something describes the noun it follows.)
  // (Only after a name that opens the sentence, so an apposition: not "In June, the South Carolina
  // senator called on…", a main clause after an opening phrase.)
  if (/^\p{Ll}+ed$/u.test(t.text) && lexicon.objectComplementVerbs.has(lemma) && !lexicon.evidenceVerbs.has(lemma) && tokens[i - 1]?.pos === 'NOUN' && !/^(that|by|to|,)$/.test(next?.lower ?? ',')) {
    const described = nounPhraseEndingAt(tokens, i - 1);
    const comma = described ? described.first - 1 : -1;
    const name = comma > 0 && tokens[comma]!.text === ',' ? nounPhraseEndingAt(tokens, comma - 1) : undefined;
    const namedOpening = name !== undefined && tokens.slice(0, name.first).every((x) => x.pos === 'PUNCT') && tokens.slice(name.first, name.last + 1).some((x) => x.pos === 'PROPN' && !isTimeWord(x));
    if (namedOpening && /^(a|an|the)$/i.test(tokens[described!.first]!.text)) return undefined;
  }
  // ("Hillis added 101 yards", "…adding six rebounds": "add" reports only with what was said
  // after it, beside a quotation, or closing the sentence it frames: "…, he added.")
  // (Not "will add to the deficit", "added to a $5 billion bill": adding to a thing is a sum.)
  const sum = next?.lower === 'to' && /^(DET|NUM|SYM)$/.test(tokens[i + 2]?.pos ?? '');
  const framingEnd = (next?.pos === 'PUNCT' && next.text !== ',') || next?.pos === 'ADV' || (next?.pos === 'ADP' && !sum);
  if (lemma === 'add' && !quoteVerb && !besideQuote(tokens, i) && next?.text !== ',' && !reportedComplement(tokens, i) && !(framingEnd && onlyAdverbialsAfter(tokens, i + 1))) return undefined;
  // ("It's worth noting that…": the writer's aside; "Lynch agreed to an interview", "agreed to
  // pay": an agreement is an act; "Nixon denied him, and…": a refusal, not a denial said.)
  if (tokens[i - 1]?.lower === 'worth') return undefined;
  // ("his own so called “black bag” burglaries": a label the writer puts on the noun.)
  if (t.lower === 'called' && tokens[i - 1]?.lower === 'so') return undefined;
  // ("the former governor challenged by Sanders 30 years ago", "a memo seen by Reuters": a
  // participle with its agent after a noun describes the noun, which does not speak by it; its
  // agent does, when the phrase closes on what was said: "a practice criticized by Miller.", "the
  // man described by The New York Times Magazine as…". Not "Brafman concluded by making…".)
  // (An irregular participle too, in a form no past tense shares: "A report written by Ian Tuttle
  // says…", "a memo shown by…"; not "Ms. Gao said by telephone".)
  const pastParticiple = pastParticipleForm(t);
  // (An adverb may stand between: "a fact first reported by Christopher Heath, an Orlando TV reporter".)
  const describedNoun = /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') || (tokens[i - 1]?.pos === 'ADV' && /^(NOUN|PROPN)$/.test(tokens[i - 2]?.pos ?? ''));
  if (next?.lower === 'by' && pastParticiple && describedNoun && !/^\p{Ll}+ing$/u.test(tokens[i + 2]?.text ?? '')) {
    const phrase = nounPhraseStartingAt(tokens, i + 2);
    // (Without a time word at its end: "criticised by some activists today".)
    const agent = phrase && phrase.last > phrase.first && BARE_TIMES.test(tokens[phrase.last]!.text) ? { first: phrase.first, last: phrase.last - 1 } : phrase;
    const speaks = agent !== undefined && lexicon.speech.has(lemma) && agentClosesPhrase(tokens, agent.last + 1);
    if (!speaks || votersCounted(tokens, agent, lexicon)) return undefined;
    // ("the four-book series written by Stephenie Meyer.": a work and its author, none of its words.)
    const described = tokens[i - 1]?.pos === 'ADV' ? tokens[i - 2] : tokens[i - 1];
    if (lemma === 'write' && described !== undefined && lexicon.worksWritten.has(described.lower)) return undefined;
    const description = agentDescription(tokens, agent, lexicon);
    return { form: 'reported-by', cue: { first: i, last: i + 1 }, source: agent, ...(description ? { description } : {}) };
  }
  // ("…harsher than anything seen here in years", "the guidance shown to staff": a form only a
  // participle takes, right after a noun or a pronoun with no auxiliary, describes what went
  // before; it is no clause whose subject speaks.)
  if (onlyParticiple(t) && /^(NOUN|PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? '')) return undefined;
  // ("He answered nothing.", "said nothing about…": no words said; not "said nothing had changed".)
  if (next?.lower === 'nothing' && !/^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '')) return undefined;
  if (lemma === 'agree' && next?.lower === 'to') return undefined;
  // ("The two firms called off a merger": calling a thing off cancels it; nothing is said. "She
  // called into Tom Joyner's radio program", "called in to an MTV town hall", "called in sick":
  // she phoned. Not "calling into question", which doubts aloud.)
  if (lemma === 'call' && calledWithoutWords(tokens, i, lexicon)) return undefined;
  if (/^(respond|reply|answer|react)$/.test(lemma) && answeredInDeeds(tokens, i, lexicon)) return undefined;
  if (reducedRelative(tokens, i, lexicon)) return undefined;
  // ("…the first person found guilty of participating in the coverup", "those found dead": the
  // participle of finding right after a noun, then the state found, is a verdict or a discovery
  // told of the noun, a reduced passive; no one reports by it. "The jury found him guilty" still
  // has its object.)
  // (Not what a poll found, nor an adjective that opens a noun phrase: "a poll found last week
  // that…", "found better support for Clinton".)
  const stateFound = next?.pos === 'ADJ' && !/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[i + 2]?.pos ?? '');
  const foundOfNoun = (tokens[i - 1]?.pos === 'NOUN' && !isEvidenceNoun(tokens[i - 1]!, lexicon)) || /^(those|anyone|one)$/.test(tokens[i - 1]?.lower ?? '');
  if (t.lower === 'found' && stateFound && foundOfNoun) return undefined;
  // ("Federal marshals … once found him standing under the shower, fully clothed": finding someone
  // doing something is coming upon them; no finding is reported. Not evidence's: "the poll found
  // them trailing".)
  const comeUpon = lemma === 'find' && OBJECT_FORMS.test(next?.lower ?? '') && /^(VERB|NOUN)$/.test(tokens[i + 2]?.pos ?? '') && /^\p{Ll}+ing$/u.test(tokens[i + 2]!.text);
  if (comeUpon && !evidenceReports(tokens, i, lexicon)) return undefined;
  // ("chemicals found in refrigerants", "The deaths of two women found in a New Bedford home":
  // where a thing was found, a reduced passive after its noun; not "…found in 2014 that…".)
  const foundWhere = next !== undefined && /^(in|on|at|inside|near|under|among|outside|beside)$/.test(next.lower) && !isTimeWord(tokens[i + 2] ?? next) && !YEAR.test(tokens[i + 2]?.text ?? '');
  const findingFollows = () => tokens.slice(i + 2, i + 2 + FOUND_WHERE_REACH).some((x) => x.lower === 'that');
  if (t.lower === 'found' && foundWhere && foundOfNoun && !findingFollows()) return undefined;
  // ("a chronicle of Mr. Putin's foreign policy thinking as it grew…", "the campaign's thinking":
  // "thinking" after a noun or a possessive is the noun, a way of thinking; it reports nothing.)
  const before = tokens[i - 1];
  if (t.lower === 'thinking' && before !== undefined && (before.pos === 'NOUN' || isPossessiveMark(before))) return undefined;
  if (lacksItsParticle(tokens, i, lemma, lexicon)) return undefined;
  // (The cue shows its particle when it is an adverb's, "pointed out"; "pointed to" leads a phrase.)
  const particle = lexicon.particleVerbs.has(lemma) && next?.lower === 'out';
  // ("Angry Voters Have Point": after "have" a verb is a participle; a plain form there is a noun,
  // but for verbs whose participle is their plain form, "has forecast", "had read".)
  const auxiliary = tokens[skipAdverbs(tokens, i - 1)];
  if (auxiliary?.pos === 'AUX' && /^(have|has|had)$/.test(auxiliary.lower) && t.lower === lemma && !/(ed|en)$/.test(t.lower) && !SAME_PARTICIPLE.test(t.lower)) return undefined;
  if (lemma === 'deny' && OBJECT_FORMS.test(next?.lower ?? '') && /^(PUNCT|CCONJ)$/.test(tokens[i + 2]?.pos ?? 'PUNCT')) return undefined;
  // ("Few people would have described Mr. Obama as…", "critics would call them…": supposed.)
  if (hypotheticalBefore(tokens, i)) return undefined;
  const speech = quoteVerb || lexicon.speech.has(lemma);
  // (A verb that takes an object and its description, "judged America a paper tiger,
  // encouraging…", "see him as a threat, running…", may have a participle after them.)
  const takesAnObjectClause = lexicon.objectComplementVerbs.has(lemma);
  // (A verb that only frames the sentence has nothing of its own after it: "…, records show." —
  // not "Still, the base has shown little interest.", whose object is what it shows; but "most
  // economists assess its impact as modest", an object and what it is held to be.)
  // (Nor a view someone holds of its object, "he does see the need for…", "some of his supporters
  // saw a culprit in…", "Britain and France feared the re-emergence of…", which blind readers
  // kept; the verbs of evidence among them, "the base has shown little interest", show a thing.)
  const heldAs = takesAnObjectClause && tokens.slice(i + 2).some((x) => x.lower === 'as');
  // (Not a bare noun that closes the sentence with the verb, a compound: "…, president of the New
  // Democrat Network think tank.")
  const compoundEnd = tokens[i + 1]?.pos === 'NOUN' && (tokens[i + 2]?.pos ?? 'PUNCT') === 'PUNCT';
  // (Not a linking verb's object: "they feel a greater sense of safety" is a feeling, no view.)
  const view = takesAnObjectClause && !lexicon.evidenceVerbs.has(lemma) && !compoundEnd && !STATE_LINKS.test(t.lower);
  const frames = (framesSentence(tokens, i) || closesAsFrame(tokens, i, lexicon)) && (!objectAfter(tokens, i) || heldAs || view);
  // ("The little polling that was done in the state before Tuesday's primary showed a virtual dead
  // heat…": evidence described at length is the subject, however far from its verb.)
  const evidenceNear = !speech && evidenceReports(tokens, i, lexicon);
  const describedEvidence = !speech && !evidenceNear ? describedEvidenceSubject(tokens, i, lexicon) : undefined;
  if (describedEvidence) return { form: 'verb', cue: { first: i, last: i }, source: describedEvidence };
  // ("One group of researchers found 20 different fecal pathogens on…": a finding, though what
  // was found is a plain object.)
  const researchers = () => lexicon.findingVerbs.has(lemma) && researchersFinding(tokens, i, lexicon) !== undefined;
  if (!speech && !clauseFollows(tokens, i, !takesAnObjectClause, lexicon) && !frames && !evidenceNear && !opensAsFrame(tokens, i) && !researchers()) return undefined;
  if (!speech && next?.text === ',' && !subjectOpensClause(tokens, i)) return undefined;
  // ("When the talks concluded, the union said…", "By the time those primaries concluded, …": a
  // verb with nothing after it that closes an opening clause of time tells when; it reports nothing.)
  if (next?.text === ',' && closesOpeningClauseOfTime(tokens, i)) return undefined;
  const name = speech ? misreadName(tokens, i) : undefined;
  if (name) return { form: 'verb', cue: { first: i, last: i }, source: name };
  // (A time between a subject set off by commas and its verb stands aside: "Beck, a radio host,
  // last week said…" reads as "Beck, a radio host, said…".)
  const closestLeft = skipLeftModifiers(tokens, i - 1);
  const timeComma = closestLeft >= 0 && tokens[closestLeft]!.text !== ',' ? commaBeforeTime(tokens, closestLeft) : -1;
  const left = timeComma === -1 ? closestLeft : timeComma;
  const leftToken = tokens[left];
  // A plain passive ("was published") is an event, not a source speaking; but "the jury was
  // told that…" reports what someone unnamed said.
  // (Not "is saying": a present participle after "be" is progressive, not passive.)
  if (!/ing$/.test(t.lower) && (isBe(tokens[i - 1]) || (tokens[i - 1]?.pos === 'ADV' && isBe(tokens[i - 2])))) {
    const be = isBe(tokens[i - 1]) ? i - 1 : i - 2;
    // "…was confirmed by the harbour authority": the agent of a passive speech verb speaks.
    if (speech && tokens[i + 1]?.lower === 'by') {
      // ("“American Skin” was written by Springsteen": who wrote a thing is its author; the
      // sentence gives none of its words.)
      if (lemma === 'write') return undefined;
      const agent = nounPhraseStartingAt(tokens, i + 2);
      const description = agent && agentDescription(tokens, agent, lexicon);
      if (agent && lemma === 'call' && calledToConvene(tokens, be, agent, lexicon)) return undefined;
      if (agent && votersCounted(tokens, agent, lexicon)) return undefined;
      if (agent) return { form: 'reported-by', cue: { first: i, last: i + 1 }, source: agent, ...(description ? { description } : {}) };
    }
    // ("…has been called a charlatan by fellow physicians", "…described as “reckless” by two
    // pilots": what it was called, then the agent who called it so.)
    if (speech && lexicon.objectComplementVerbs.has(lemma)) {
      const by = agentAfterComplement(tokens, i);
      const agent = by === undefined ? undefined : nounPhraseStartingAt(tokens, by + 1);
      if (agent) return { form: 'reported-by', cue: { first: i, last: i }, source: agent };
    }
    // (Not a comma right after it: "Jokes are told, interviews are requested…" lists what is done.)
    if (!lexicon.passiveSpeech.has(lemma) || !clauseFollows(tokens, i) || tokens[i + 1]?.text === ',') return undefined;
    // ("Staff … were told at 5:30 p.m. local time to leave the premises": told to do something is
    // an order given, not a report; nothing was said that the sentence claims.)
    if (infinitiveBeforeClause(tokens, i)) return undefined;
    // ("Officials who were briefed on the talks said…": a relative clause tells who the phrase
    // before it is, not what anyone was told.)
    if (/^(who|that|which)$/.test(tokens[be - 1]?.lower ?? '')) return undefined;
    const subject = nounPhraseEndingAt(tokens, skipLeftModifiers(tokens, be - 1));
    return { form: 'impersonal', cue: { first: subject?.first ?? be, last: i } };
  }
  // ("The scholars I interviewed said…", "Most of the voters we spoke to said…": a noun with a
  // clause of its own subject and verb, no "who" or "that", speaks with that clause.)
  // (A finite verb only: "a document he drew up last year describing his goals, he wrote" has its
  // participle describe the document; and after "to" a plain form is an infinitive, "remarks she
  // tried to demonstrate…".)
  const finite = !/ing$/.test(t.lower) && !(tokens[i - 1]?.lower === 'to' && t.lower === t.lemma);
  const contact = finite ? contactClauseSubject(tokens, left) : undefined;
  if (contact) {
    const speaker = beyondTime(tokens, contact);
    if (speaker) return { form: 'verb', cue: { first: i, last: i }, source: speaker };
  }
  // Inverted: "…,” said Lena Vos" / "…, predicts Ivo Petrov of …" (tried after an apposition, below, for a comma).
  const inverted = (): Cue | undefined => {
    // A participle never inverts ("…, fearing the consequences", "would be praising a plan"):
    // what follows it is its object.
    if (/ing$/.test(t.lower)) return undefined;
    // Nor does "told": who follows it is the hearer ("…, told The Huffington Post.").
    if (t.lemma === 'tell') return undefined;
    // Nor a verb whose object comes before its preposition, that preposition following: "…a
    // statement that, while condemning violence, accused the Democratic leadership in Nevada of
    // using…" — who follows is the one accused.
    const objectPreposition = lexicon.objectFirstVerbs.get(cueLemma(t, lexicon) ?? t.lemma);
    if (objectPreposition && tokens.slice(i + 1, i + 12).some((x) => objectPreposition.has(x.lower))) return undefined;
    // Nor does a participle of naming but right after a quotation: "…and elected officials, called
    // superdelegates, and…" gives the officials' name; "“Come in,” called the nurse" speaks.
    const afterQuotation = leftToken !== undefined && closesQuote(tokens, left);
    // ("…this CNN “reporter” has revealed her bias": an auxiliary before the verb keeps the subject
    // before it; "Perhaps counterintuitively, deeply reported features…": an adverb before a
    // participle after a comma makes an adjective of it.)
    if (tokens[i - 1]?.pos === 'AUX' || (!afterQuotation && tokens[i - 1]?.pos === 'ADV' && /ed$/.test(t.lower))) return undefined;
    if (lexicon.namingParticiples.has(t.lower) && !afterQuotation) return undefined;
    // Nor does a verb of belief, evidence or perception but right after a quotation ("…,”
    // remembered Roy Verley"): "She went to the lounge, saw four of her co-workers…", "Expect
    // economic issues to roar back…" tell what the subject saw or the reader should expect.
    if (!speech && !afterQuotation) return undefined;
    // "…, who, on a press call Friday, criticized Sanders": the verb of a relative clause whose
    // circumstance commas set off; what follows it is its object.
    let parenthesis = left - 1;
    while (parenthesis >= 0 && tokens[parenthesis]!.text !== ',') parenthesis--;
    if (parenthesis > 0 && /^(who|which)$/.test(tokens[parenthesis - 1]!.lower)) return undefined;
    // A capitalised word after the verb opens the speaker's name whatever its tag ("said Concord resident…").
    const found = nounPhraseStartingAt(tokens, i + 1, true, /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
    if (!found) return undefined;
    // ("…,” said General Manager A. J. Smith in a news release issued by the team": the speaker
    // ends where the statement he spoke in begins.)
    // (Nor does a phrase of where, how or to whom right after the name: "…, wrote Osman Abu Laban
    // on Facebook", "said Mitch McConnell to reporters".)
    const statementAt = statementPhraseWithin(tokens, found, lexicon);
    const occasionAt = statementAt === -1 ? occasionAfterName(tokens, found) : statementAt;
    const unhung = occasionAt === -1 ? found : { first: found.first, last: occasionAt - 1 };
    // (Not what a phrase cut short leaves hanging: "says Scott McGeary, an IT professional", where
    // the tagger read "IT" as a pronoun, ends the phrase at ", an"; the description starts there.)
    // (A title in quotation marks after "the" is the phrase's: "the authors of the “Growth and
    // Opportunity Project,”", which speakingSource reads on.)
    let hanging = unhung.last;
    if (!opensQuote(tokens, unhung.last + 1)) while (hanging > unhung.first && dangles(tokens[hanging]!)) hanging--;
    const right = { first: unhung.first, last: tiedOn(tokens, hanging, lexicon) };
    // (A plain present inverts only before several: "…, say police", "…, write the authors"; not
    // "Red Hot Chili Peppers in final stages of new album, announce #FeelTheBern benefit concert".)
    // (Nor a body's name, as British papers write: "…, say Microsoft"; nor "read", whose past is
    // its plain form: "…,” read the email.")
    const several = (w: TaggedToken) => (w.pos === 'NOUN' && pluralForm(w.lower)) || INVERTED_SEVERAL.test(w.lower) || lexicon.collectiveNouns.has(w.lower);
    if (t.lower === t.lemma && t.lower !== 'read' && !tokens.slice(right.first, right.last + 1).some(several) && !isCapitalisedName(tokens[right.last])) return undefined;
    const first = tokens[right.first]!;
    // "said he", "said its chief executive, …" — not "said it was", nor "said he did not see":
    // a pronoun followed by a verb is the subject of what was said.
    if (first.pos === 'PRON' && !/^(he|she|they|its|his|her|their)$/i.test(first.text)) return undefined;
    // ("…, told her she clearly did not need…": a pronoun alone after the verb is its hearer.)
    if (right.first === right.last && /^(her|him|them|me|us)$/i.test(first.text)) return undefined;
    // ("Asked Tuesday about Sullivan, Feinstein said": a day is nobody.)
    const rightWords = tokens.slice(right.first, right.last + 1);
    if (rightWords.some(isTimeWord) && rightWords.every((x) => isTimeWord(x) || x.pos === 'DET')) return undefined;
    if (first.pos === 'PRON' && /^(he|she|they)$/i.test(first.text) && /^(VERB|AUX)$/.test(tokens[right.first + 1]?.pos ?? '')) return undefined;
    // ("…as “terrible,” denounced her record as secretary of state and said…": a phrase a
    // possessive opens, then a predicate joined by "and", is the object of one predicate in a
    // series, after a quotation too; "said his brother" ends the sentence.)
    if (/^(his|her|its|their)$/i.test(first.text)) {
      let k = right.last + 1;
      while (k < tokens.length && k <= right.last + SERIES_OBJECT_REACH && tokens[k]!.pos !== 'CCONJ' && !/^(PUNCT|VERB|AUX)$/.test(tokens[k]!.pos)) k++;
      if (predicateFollows(tokens, k)) return undefined;
    }
    // ("…, said the party would hold": a phrase followed by its verb is the subject of what was said.)
    // (Not a name given: "said the base chief known as Bob".)
    const after = tokens[right.last + 1];
    // (Nor one who names himself: "wrote a man calling himself Paul Paul".)
    const namesItself = callsItself(tokens, right.last + 1);
    // (After a quotation, a participle in -ing is the speaker's description, no verb of a clause:
    // "“…,” said a man wearing ski goggles and a dark blue jacket.")
    const describedByParticiple = afterQuotation && after?.pos === 'VERB' && /ing$/.test(after.lower);
    if (/^(VERB|AUX)$/.test(after?.pos ?? '') && !NAME_GIVING.test(after!.lower) && !namesItself && !describedByParticiple) return undefined;
    // ("He hosts a talk show, writes a weekly column and, since 2013, leads…": after a comma, not a
    // quotation, predicates of one subject in a series; the phrase is the verb's object.)
    if (tokens[i - 1]?.text === ',' && predicateFollows(tokens, right.last + 1)) return undefined;
    // (The name one goes by is the speaker's: "a man calling himself Paul Paul".)
    if (namesItself) {
      let end = right.last + 3;
      while (/^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) end++;
      if (/^\p{Lu}/u.test(tokens[right.last + 3]?.text ?? '')) right.last = end;
    }
    const description = trailingDescription(tokens, right.last + 1, lexicon);
    return { form: 'inverted-verb', cue: { first: i, last: i }, source: right, ...(description ? { description } : {}) };
  };
  // ("Advisers to Mr. Rubio are quick to point out that…": an adjective that tells the act
  // done, after "be"; the subject of "be" speaks.)
  const be = leftToken?.lower === 'to' && left === i - 1 && (speech || particle) ? mannerBefore(tokens, left, lexicon) : undefined;
  if (be !== undefined) {
    if (!reportedComplement(tokens, particle ? i + 1 : i)) return undefined;
    const end = skipLeftModifiers(tokens, be - 1);
    const subject = end >= 0 ? nounPhraseEndingAt(tokens, end) : undefined;
    return subject && holdsAView(tokens.slice(subject.first, subject.last + 1), lexicon, true) ? { form: 'verb', cue: { first: i, last: particle ? i + 1 : i }, source: subject } : undefined;
  }
  // "He went on to say…", "She continued to insist…": the words are the complement of a verb of
  // going on, whose subject speaks.
  if (leftToken?.lower === 'to' && left === i - 1 && speech) {
    const goingOn = goingOnBefore(tokens, left);
    // ("Ana Ruiz rose to say…", "took to Twitter to say…": otherwise why someone acted.)
    if (goingOn === undefined) return purposeOfSpeech(tokens, left, lexicon);
    const outer = verbCue(tokens, goingOn, lexicon, true);
    // (Not a preposition's object: "Mr. Allen is for the time being continuing to write…".)
    if (!outer?.source || outer.form !== 'verb' || tokens[outer.source.first - 1]?.pos === 'ADP') return undefined;
    return { ...outer, cue: { first: goingOn, last: i } };
  }
  // ("Joe Scarborough, host of MSNBC's “Morning Joe,” suggested…": the mark closes a title in
  // the description of the name that opens the sentence, not a quotation; the name speaks.)
  if (leftToken && closesQuote(tokens, left)) {
    const titled = closesTitle(tokens, left) ? describedOpening(tokens, left, lexicon) : undefined;
    if (titled?.description) return { form: 'verb', cue: { first: i, last: i }, source: titled.source, description: { first: titled.description.first, last: left } };
  }
  if (!leftToken || closesQuote(tokens, left)) {
    const invertedCue = inverted();
    if (invertedCue || !leftToken) return invertedCue;
    // ("Humphrey, who calls Trump a “sociopath,” said he…": the quotation closes a relative clause
    // on the name that opens the sentence, and that name speaks.)
    // ("Democrats had sued after Ohio eliminated the “Golden Week,” saying that…": a term in
    // quotation marks whose comma stands inside them ends the main clause as a plain comma does;
    // the participle after it reports for the clause's subject.)
    if (/^\p{Ll}+ing$/u.test(t.text) && tokens[left - 1]?.text === ',') {
      let j = left - 2;
      while (j >= 0 && tokens[j]!.text !== ',') j--;
      const mainClause = commaOpensRelative(tokens, j) ? undefined : participleOfMainClause(tokens, i, left - 1, lexicon.speech.has(t.lemma) || quoteVerb, lexicon);
      if (mainClause?.source && !tokens.slice(mainClause.source.first, mainClause.source.last + 1).some((x) => /^[()"“”]$/.test(x.text))) return mainClause;
    }
    if (!reportedComplement(tokens, i)) return undefined;
    let relative = left - 1;
    while (relative > 1 && !/^(who|which)$/.test(tokens[relative]!.lower)) relative--;
    if (tokens[relative - 1]?.text === ',' && /^(who|which)$/.test(tokens[relative]!.lower)) {
      const antecedent = relativeAntecedent(tokens, relative, lexicon);
      return antecedent && antecedent.first === 0 ? { form: 'verb', cue: { first: i, last: i }, source: antecedent } : undefined;
    }
    // ("Mr. Manafort, citing “the unique magic of Trump,” said…": or a participle phrase on it.)
    const aside = tokens.findIndex((x, k) => k < left && x.text === ',' && tokens[k + 1]?.pos === 'VERB' && /^\p{Ll}+ing$/u.test(tokens[k + 1]!.text));
    const name = aside > 0 ? nounPhraseEndingAt(tokens, aside - 1) : undefined;
    return name && tokens.slice(0, name.first).every((x) => x.pos === 'PUNCT') && namesSomeone(tokens, name, lexicon) ? { form: 'verb', cue: { first: i, last: i }, source: name } : undefined;
  }
  // "The mayor signed the order … and said it would …": the subject of the first clause speaks.
  // ("Kasich offered the man a job as Secretary of Defense, then says he'll welcome advice": a
  // comma and "then" join the predicates the same way.)
  // (Not a participle: ", then saying…" is the participle rule's.)
  const thenAfterComma = leftToken?.text === ',' && tokens[left + 1]?.lower === 'then' && !/ing$/.test(t.lower);
  if (leftToken && (((leftToken.lower === 'and' || leftToken.lower === 'but') && leftToken.pos === 'CCONJ') || thenAfterComma)) {
    // ("His personal story is compelling and well told": after a copula and its adjective, a verb
    // "and" joins with nothing after it but its agent is the copula's participle, a passive; its
    // subject is what was told. "The mayor was tired but said the bridge…" speaks.)
    let beforeAdjectives = left - 1;
    while (beforeAdjectives > 0 && /^(ADJ|ADV)$/.test(tokens[beforeAdjectives]!.pos)) beforeAdjectives--;
    const endsClause = (tokens[i + 1]?.pos ?? 'PUNCT') === 'PUNCT' || tokens[i + 1]?.lower === 'by';
    if (endsClause && tokens[left - 1]?.pos === 'ADJ' && tokens[beforeAdjectives]?.lemma === 'be' && !thenAfterComma) return undefined;
    // ("…, calling them rapists and vowing to make Mexico pay": a participle joined to one after
    // a comma is said by whoever says the first, or by no one where the first is no one's.)
    const joinedTo = /^\p{Ll}+ing$/u.test(t.text) ? participleJoinedAt(tokens, left) : -1;
    if (joinedTo !== -1) {
      const first = participleOfMainClause(tokens, joinedTo, joinedTo - 1, true, lexicon);
      return first && { ...first, cue: { first: i, last: i } };
    }
    // ("I am glad journalists are pointing this out and informing us that…": a form in -ing joined
    // to one after "be" goes on with that verb, whose subject is the one before "be".)
    const be = /^\p{Ll}+ing$/u.test(t.text) ? progressiveJoinedAt(tokens, left) : -1;
    if (be !== -1) {
      const subject = nounPhraseEndingAt(tokens, skipAdverbs(tokens, be - 1));
      // (Past the adjective of a copula before a clause without "that": "I am glad journalists are…".)
      let first = subject?.first ?? 0;
      if (isBe(tokens[first - 1])) while (first < be - 1 && tokens[first]!.pos === 'ADJ') first++;
      return subject && { form: 'verb', cue: { first: i, last: i }, source: { first, last: subject.last } };
    }
    // ("As the crowd began to chant, Silverman … joked": past an opening subordinate clause.)
    const opener = tokens.find((x) => x.pos !== 'PUNCT');
    // (The tagger may read "When" as an adverb: "When told Perez was…, Bush thought for a moment and said…".)
    // ("Asked on Monday whether…, Mrs. Clinton shook her head and said…": an opening participle
    // phrase is passed over the same way.)
    const participle = opener !== undefined && opener.pos === 'VERB' && /^\p{Lu}\p{Ll}+(ed|ing)$/u.test(opener.text);
    const subordinate = opener !== undefined && (opener.pos === 'SCONJ' || opener.lower === 'as' || ADVERBIAL_SUBORDINATORS.test(opener.lower) || participle);
    const comma = tokens.findIndex((x) => x.text === ',');
    // ("When Trump later referred to the massacre and said he would…, …": the verbs joined inside
    // the opening clause are its subject's.)
    const insideOpening = subordinate && (comma === -1 || left < comma);
    let mainStart = insideOpening ? tokens.indexOf(opener!) + 1 : subordinate ? comma + 1 : pastOpeningCircumstance(tokens, 0, left);
    // ("Once in my early 20s, when my mother mentioned the devil…, I laughed and said…": a clause
    // of time after the opening phrase is passed over as well.)
    while (!insideOpening && mainStart > 0 && ADVERBIAL_SUBORDINATORS.test(tokens[mainStart]?.lower ?? '')) {
      const close = tokens.findIndex((x, k) => k > mainStart && k < left && x.text === ',');
      if (close === -1) break;
      mainStart = close + 1;
    }
    if (mainStart < 0 || mainStart >= left) return undefined;
    // ("…, a charge that Mrs. Clinton has faced in the past and has always denied.": verbs joined
    // inside a "that" clause on a noun, the last with nothing after it, tell what was done to that
    // noun; nothing of the sentence is reported.)
    if ((tokens[i + 1]?.pos ?? 'PUNCT') === 'PUNCT' && !/^[,:]$/.test(tokens[i + 1]?.text ?? '.')) {
      let k = left - 1;
      while (k > mainStart && tokens[k]!.text !== ',' && !(tokens[k]!.lower === 'that' && tokens[k - 1]?.pos === 'NOUN')) k--;
      if (tokens[k]?.lower === 'that' && tokens[k - 1]?.pos === 'NOUN') return undefined;
    }
    // ("…restrain a distraught woman outside the bank, who wept and cried “…”": the verbs joined
    // in a relative clause are the clause's.)
    let relative = left - 1;
    while (relative > mainStart && tokens[relative]!.text !== ',' && !/^(who|which)$/.test(tokens[relative]!.lower)) relative--;
    if (/^(who|which)$/.test(tokens[relative]?.lower ?? '') && tokens[relative - 1]?.text === ',') {
      const antecedent = relativeAntecedent(tokens, relative, lexicon);
      return antecedent ? { form: 'verb', cue: { first: i, last: i }, source: antecedent } : undefined;
    }
    // (So too in one no comma sets off, right after its noun: "…firing a shot at an employee who
    // had followed her in and had yelled, “Hide…”" — the employee yelled.)
    // (Only where the clause's auxiliary stands again before the cue, "who had … and had yelled":
    // "met voters who live nearby and said…" may join the main clause.)
    const sameAuxiliary = tokens[relative + 1]?.pos === 'AUX' && tokens[i - 1]?.lower === tokens[relative + 1]!.lower;
    if (tokens[relative]?.lower === 'who' && /^(NOUN|PROPN)$/.test(tokens[relative - 1]?.pos ?? '') && sameAuxiliary) {
      const phrase = nounPhraseEndingAt(tokens, relative - 1);
      if (!phrase) return undefined;
      // (The noun the clause is on, not a phrase it ends, "a shot at an employee"; "the head of
      // the union" is one: it starts after the phrase's last preposition but "of".)
      let first = relative - 1;
      const opensPart = (k: number) => k > phrase.first && tokens[k]!.pos === 'ADP' && tokens[k]!.lower !== 'of';
      while (first > phrase.first && !opensPart(first - 1)) first--;
      return { form: 'verb', cue: { first: i, last: i }, source: { first, last: relative - 1 } };
    }
    // ("We'll know more Wednesday, when the Saints practice and hopefully reveal…": verbs joined
    // inside a later subordinate clause are that clause's subject's.)
    // (Set off by a comma before it, with none between it and "and": "…apologetic when he
    // visited Ankara, and even admitted…" joins the main clause; "couldn't say if anyone…, but
    // said…" opens no clause of time.)
    // (Or a relative clause on a noun with no comma: "…an annual ritual … in which management sits
    // down with analysts and tells them…", "a day when management sits down… and tells…".)
    const opensRelativeOnNoun = (k: number) =>
      (tokens[k]!.lower === 'which' && tokens[k - 1]?.pos === 'ADP' && /^(NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? '')) || (/^(when|where)$/.test(tokens[k]!.lower) && tokens[k - 1]?.pos === 'NOUN');
    let subordinator = left - 1;
    while (subordinator > mainStart && tokens[subordinator]!.text !== ',' && !CLAUSE_SUBORDINATORS.test(tokens[subordinator]!.lower) && !opensRelativeOnNoun(subordinator)) subordinator--;
    const inSubordinate = subordinator > mainStart && ((CLAUSE_SUBORDINATORS.test(tokens[subordinator]!.lower) && tokens[subordinator - 1]?.text === ',') || opensRelativeOnNoun(subordinator));
    // ("Priebus, who has been in daily contact with the campaign, arrived … and acknowledged…":
    // past a relative clause set off by commas, which the search above found closed before "and".)
    // ("It's become such a presence on the trail that Sanders … thanked its members and called…":
    // verbs joined inside a clause of result are its own subject's.)
    const result = resultClauseStart(tokens, mainStart, left);
    const subjectStart = inSubordinate ? subordinator + 1 : (result ?? mainStart);
    const subject = clauseSubject(tokens, subjectStart, true) ?? subjectBeforeParticipleAside(tokens, subjectStart, left);
    return subject ? { form: 'verb', cue: { first: i, last: i }, source: subject } : undefined;
  }
  // "Murphy — after a knock on wood — told me…", "insiders in two states — Nevada and South
  // Carolina — said…": the speaker stands before a parenthesis set off by dashes.
  if (leftToken && isDash(tokens, left)) {
    // "Rubio flipped his choice on the spot – saying he…": a participle after a dash is the main clause's.
    const participle = lexicon.speech.has(t.lemma) ? participleOfMainClause(tokens, i, left, false, lexicon) : undefined;
    if (participle) return participle;
    const j = openingDash(tokens, left);
    const subject = j > 0 ? nounPhraseEndingAt(tokens, skipLeftModifiers(tokens, j - 1)) : undefined;
    const speaker = subject && beyondTime(tokens, subject);
    if (!speaker) return undefined;
    const described = tokens[speaker.first - 1]?.text === ',' ? describedBeforeDashes(tokens, i, j, left, speaker, lexicon, quoteVerb) : undefined;
    if (described) return described;
    // ("Three-in-five insiders across the four states — and two-thirds of…— said": the phrase
    // before the dashes is the whole subject's, read as it would be right before the verb.)
    const whole = wholeSubject(tokens, { form: 'verb', cue: { first: j, last: j }, source: speaker });
    // ("Gingrich — mentioned by Newsmax as the leading choice — told…", "The three scholars — Mr.
    // Tribe, Ms. Epstein and Mr. Amar — agreed": what the dashes set off describes the speaker,
    // and is part of the source as written; an occasion, "— after a knock on wood —", is not.)
    const aside = { first: j + 1, last: left - 1 };
    const describes = whole.source!.last === j - 1 && dashAsideDescribes(tokens, aside);
    return { form: 'verb', cue: { first: i, last: i }, source: whole.source!, ...(describes ? { description: aside } : {}) };
  }
  // ("…Bret Stephens, who, after trading insults with the host, said on the show that…": an aside
  // set off by commas between the relative pronoun and its verb, with no finite verb of its own.)
  if (leftToken?.text === ',' && speech) {
    let open = left - 1;
    while (open > 0 && tokens[open]!.text !== ',') open--;
    const pronoun = tokens[open - 1];
    const finiteInAside = tokens.slice(open + 1, left).some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower)));
    if (open > 1 && pronoun !== undefined && /^(who|which)$/.test(pronoun.lower) && tokens[open - 2]?.text === ',' && !finiteInAside) {
      if (!reportedComplement(tokens, i)) return undefined;
      const antecedent = relativeAntecedent(tokens, open - 1, lexicon);
      return antecedent ? { form: 'verb', cue: { first: i, last: i }, source: antecedent } : undefined;
    }
  }
  if (leftToken?.text === ',') {
    // ("Clinton “drew well from white, working-class Democrats” in the 2008 primary, said Ohio
    // State University professor Paul Beck.": a comma inside a quotation that closes before the
    // verb sets nothing off; the speaker after the verb, closing the sentence, frames it.)
    // (So too after a clause that ends on asides of its own: "Cruz also lacks support from his
    // colleagues, whom he's alienated…, said Larry Sabato, director of…", "…died at the federal
    // prison in Springfield, Mo., said prison spokesman Al Quintero." — "said" and a named
    // speaker with nothing after but a description, not "…, said the Khan family deserved better".)
    const namedCloser = lemma === 'say' && clauseBefore(tokens, left) && speakerClosesSentence(tokens, i);
    if ((quoteVerb || lexicon.speech.has(lemma)) && !/ing$/.test(t.lower) && (quotationClosesBetween(tokens, left) || namedCloser)) {
      const framing = inverted();
      if (framing && invertedFramesSentence(tokens, framing, lexicon)) return framing;
    }
    // "Tracy Martin, Trayvon's father, issued a statement Thursday, saying…": a participle after
    // a comma reports for the main clause's subject, even where the stretch before it opens
    // with a past tense that could have been a participle phrase.
    // (Not past a dateline or a bracket: "PARIS, Aug 31 (Reuters) - …, Marine Le Pen, …, saying".)
    // (Nor after a relative clause, whose subject may be the one who speaks: "…for Eric Kingson,
    // who worked the crowd, praising…".)
    // The comma before this one: what stands between them is a description, a relative clause
    // or the main clause's own stretch.
    const j = commaBeforePastPartyLabels(tokens, left - 1);
    const afterRelative = commaOpensRelative(tokens, j);
    // (A verb that speaks beside a quotation speaks here too: "…, alternately shouting ''Get 'em
    // out of here'' and urging…".)
    const mainClause = /ing$/.test(t.lower) && !afterRelative ? participleOfMainClause(tokens, i, left, lexicon.speech.has(t.lemma) || quoteVerb, lexicon) : undefined;
    const plain = mainClause?.source && !tokens.slice(mainClause.source.first, mainClause.source.last + 1).some((x, k) => /^[()]$/.test(x.text) || isDash(tokens, mainClause.source!.first + k));
    if (mainClause && plain) return mainClause;
    // An apposition or relative clause between subject and verb: "Dana Morrell, who leads X, said".
    // "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": the
    // sentence opens with the speaker's name, and a description runs to the verb, commas and all.
    // ("“It's an invasion…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the
    // states suing the EPA, said": so too after the quotation that opens the sentence.)
    const quoteClose = tokens.findIndex((_, k) => k > 0 && k < left && closesQuote(tokens, k) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''));
    const afterQuote = quoteClose > 0 && opensQuote(tokens, 0) ? quoteClose + 1 : 0;
    const opening = describedOpening(tokens, left, lexicon, afterQuote);
    // (A description of one stretch is the apposition's, below; an aside of one stretch is here.)
    if (opening && opening.descriptionStart <= (opening.description ? j : j + 1))
      return { form: 'verb', cue: { first: i, last: i }, source: opening.source, ...(opening.description ? { description: opening.description } : {}) };
    if (j > 0) {
      const between = tokens.slice(j + 1, left);
      // "Fiorina, speaking to Iowans, said": a participle phrase stands where a relative clause would.
      const relativePronoun = between[0] !== undefined && /^(who|which|whose|whom)$/i.test(between[0].text);
      // (An irregular participle too: "Sullivan, struck by her story, told…", "Smith, born in
      // Oslo, said".)
      // (An adverb may stand before it: "Jane Okafor, recently promoted to chief, said".)
      // (Only a participle past the adverb, as adverbedParticiple reads it: not "Reid, who…,
      // recently ordered up a legal analysis", the clause's own verb.)
      const p = between[0]?.pos === 'ADV' && between[1]?.pos === 'VERB' && adverbedParticiple(tokens, j + 2) ? 1 : 0;
      const participlePhrase = between[p] !== undefined && between[p].pos === 'VERB' && (/(ing|ed)$/.test(between[p].lower) || between[p + 1]?.lower === 'by' || onlyParticiple(between[p]));
      const relative = relativePronoun || participlePhrase;
      let subject = nounPhraseEndingAt(tokens, skipLeftModifiers(tokens, j - 1));
      // ("Veterans interviewed at rallies in Ohio this week, including Mr. Jebens, said they…": the
      // time and the participle's phrase before the aside belong to the speaker's phrase, when
      // what was said follows the verb; not "Gigante died at the prison hospital, …, said its
      // spokesman", whose "died" is the clause's own verb.)
      if (subject && clauseFollows(tokens, i)) {
        subject = beyondTime(tokens, subject);
        const owner = subject && participlePhraseOwner(tokens, subject);
        if (subject && owner) subject = { first: owner.first, last: subject.last };
      }
      // (A participle between a determiner and a noun describes it: "another unaligned strategist".)
      const describing = (k: number) => /^\p{Ll}+(ed|ing)$/u.test(between[k]!.text) && /^(DET|ADJ|NUM)$/.test(between[k - 1]?.pos ?? '') && /^(NOUN|PROPN|ADJ)$/.test(between[k + 1]?.pos ?? '');
      // (A capitalised word past the first is a name's, whatever its tag: "chairman of the House Ways and Means Committee".)
      // (Or one with a possessive after it: "Rob Jones, Felt's grandson, said", "Felt" read as a verb.)
      // (Or a first name before a surname: "The White House spokesman, Josh Earnest, said", "Josh"
      // and "Hope" read as verbs.)
      const misreadInName = (k: number) =>
        /^\p{Lu}/u.test(between[k]!.text) && (k > 0 || (between[k + 1] !== undefined && (isPossessiveMark(between[k + 1]!) || (between.length === 2 && isCapitalisedName(between[k + 1])))));
      // (A gerund after a preposition is a noun's work: "…, current polling leader in South
      // Carolina by a wide margin after winning the New Hampshire primaries, said".)
      const gerund = (k: number) => /^\p{Ll}+ing$/u.test(between[k]!.text) && between[k - 1]?.pos === 'ADP';
      const apposition = !relative && between.length > 0 && between.every((b, k) => b.pos !== 'AUX' && (b.pos !== 'VERB' || describing(k) || misreadInName(k) || gerund(k)));
      // (Not a participle: "…reached out to Ann Lee, a speechwriter, asking her…" is the main clause's.)
      // (An aside on the occasion is not the speaker's: "“…,” Smith, after a long pause, said".)
      // (An aside on the occasion whatever its words' tags: "Hillary Clinton, at a later press
      // gaggle, said", where the tagger read "press" as a verb.)
      // (Not a phrase a preposition governs: "In early 1970, while waiting in an anteroom…, Felt
      // chanced to meet…" has no subject before its aside.)
      // ("Grandpa Bern, as he's affectionately known by his grandchildren, described…": an aside
      // with "as" tells how the speaker is known, and the name before it speaks.)
      // (Not "as well as", which joins another to the subject.)
      // (A phrase after an earlier verb of the sentence is that verb's object, not its subject.)
      const afterAVerb = (span: Span) => tokens.slice(0, span.first).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
      const occasion = opensOccasion(tokens, j + 1) || (tokens[j + 1]?.lower === 'as' && tokens[j + 2]?.lower !== 'well');
      const occasionAfterSubject = occasion && !relative && subject !== undefined && tokens[subject.first - 1]?.pos !== 'ADP';
      if (subject && (apposition || occasionAfterSubject) && !/ing$/.test(t.lower)) {
        // ("Mr. Obama warned the Chinese leader, Xi Jinping, during their meeting…, said an
        // American official.": a phrase after an earlier verb is that verb's object, and a speaker
        // after this one that closes the sentence is inverted.)
        // (The speaker after the verb can hold a view: not "…, Brian Burton, AKA Danger Mouse,
        // wrote a host of new songs".)
        const framed = afterAVerb(subject) ? inverted() : undefined;
        if (framed?.source && invertedFramesSentence(tokens, framed, lexicon) && headHoldsAView(tokens.slice(framed.source.first, framed.source.last + 1), lexicon)) return framed;
        // ("…, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH),
        // said": the phrase before the comma is a verb's object; the one after it speaks.)
        const objectOfVerb = !occasion && tokens[subject.first - 1]?.pos === 'VERB' && /^\p{Ll}+ing$/u.test(tokens[subject.first - 1]!.text) && isCapitalisedName(tokens[j + 1]);
        if (objectOfVerb) return { form: 'verb', cue: { first: i, last: i }, source: { first: j + 1, last: left - 1 } };
        return { form: 'verb', cue: { first: i, last: i }, source: occasion ? subject : { first: subject.first, last: left - 1 } };
      }
      // (A participle phrase between them, "Fiorina, speaking to Iowans, said", tells the
      // occasion, not who speaks: it stays out of the source.)
      // "Shane Shook, a security expert who has studied the breaches, said": the sentence opens
      // with the speaker, and a description with clauses of its own stands before the verb.
      // (Or right after the quotation that opens it: "“We lost,” Ana Ruiz, a pilot who…, said".)
      // (Or past an opening circumstance, a subject that can hold a view: "On the other side, Sen.
      // Ted Cruz (R-Tex.), a candidate who has made liberty a centerpiece of his campaign, tweeted a
      // warning."; not "…, a daylong series of simulations, such as…, more accurately predicted
      // their future performance".)
      const opensSentence =
        subject !== undefined &&
        (subject.first === afterQuote ||
          tokens.slice(0, subject.first).every((b) => b.pos === 'PUNCT' || b.pos === 'CCONJ' || FOCUSING_OPENERS.test(b.lower)) ||
          (subject.first > 0 && subject.first === pastOpeningCircumstance(tokens, pastConnectives(tokens, 0, left), left) && headHoldsAView(tokens.slice(subject.first, subject.last + 1), lexicon)));
      // (Its clauses are relative ones: "Salah, son Ghassan and daughter Reem had been traveling
      // together, wrote his nephew" joins the name to a clause of the sentence's own.)
      const firstRelative = between.findIndex((b) => /^(who|which|that|whose|whom)$/i.test(b.text));
      const ownAuxiliary = between.some((b, k) => b.pos === 'AUX' && (firstRelative === -1 || k < firstRelative));
      const describes =
        opensSentence &&
        subject?.last === j - 1 &&
        opensDescription(tokens, j + 1, lexicon) &&
        !ownAuxiliary &&
        !between.some((b, k) => OPENING_QUOTES.test(b.text) || isDoubledMark(tokens, j + 1 + k));
      if (subject && relative) subject = backOverAgeAndPlace(tokens, subject);
      // ("The fire destroyed the old warehouse, which had stood there since 1935, said a spokesman
      // for the port.": a phrase after an earlier verb is that verb's object, its relative clause
      // describes it, and the speaker after the verb that closes the sentence is inverted.)
      // (Only a verb that stands before its speaker so, "said", "added": not "…why Felt, who was
      // suffering from dementia, admitted his role…", whose object follows.)
      if (subject && relativePronoun && INVERTED_QUOTE_VERB.test(t.lower) && afterAVerb(subject)) {
        const framed = inverted();
        if (framed?.source && invertedFramesSentence(tokens, framed, lexicon)) return framed;
      }
      if (subject && (relative || describes))
        return {
          form: 'verb',
          cue: { first: i, last: i },
          source: subject,
          ...(subject.last === j - 1 && (describes || relativePronoun) ? { description: { first: j + 1, last: left - 1 } } : {}),
        };
    }
    // ("…, calling the toll a tax": a participle after a comma is the main clause's, never inverted.)
    const speech = lexicon.speech.has(t.lemma);
    // ("Starr's remarks, first reported by the Times on Tuesday, suggested a tinge of regret":
    // after a sentence that opens with a bare noun phrase and an aside, the verb is that phrase's,
    // and what follows it is its object, not a speaker.)
    const after = opensWithSubjectAndAside(tokens, left) ? () => undefined : inverted;
    return /ing$/.test(t.lower)
      ? (participleOfMainClause(tokens, i, left, speech, lexicon) ?? after())
      : (after() ?? participleOfMainClause(tokens, i, left, speech, lexicon) ?? nameBeforeStrayComma(tokens, left, i));
  }
  // "Having said that, …": a perfect participle's subject is nowhere before it.
  // ("Having announced that he would not…, Judge Berman proceeded": with a clause of its own it
  // is the main clause's subject's, after the phrase's comma.)
  if (leftToken && leftToken.pos === 'VERB' && /^having$/i.test(leftToken.text) && left === i - 1) {
    const ownClause = tokens[i + 1]?.lower === 'that' && !/^(PUNCT|VERB|AUX)$/.test(tokens[i + 2]?.pos ?? 'PUNCT');
    const comma = tokens.findIndex((x, k) => k > i && x.text === ',');
    const subject = ownClause && left === 0 && comma > 0 ? clauseSubject(tokens, comma + 1) : undefined;
    return subject ? { form: 'verb', cue: { first: i, last: i }, source: subject } : undefined;
  }
  // "He began by saying, “…”", "After telling reporters that…, the mayor left": a participle
  // governed by a preposition reports what the subject of the clause it hangs on said.
  // (Adverbs may stand between: "after initially saying".)
  const onlyAdverbsBetween = tokens.slice(left + 1, i).every((x) => x.pos === 'ADV');
  // (The tagger may read "while" and "when" as conjunctions: "…, while saying that…".)
  const governs = leftToken !== undefined && (leftToken.pos === 'ADP' || (leftToken.pos === 'SCONJ' && /^(while|when)$/.test(leftToken.lower)));
  if (leftToken && governs && onlyAdverbsBetween && PARTICIPLE_PREPOSITIONS.test(leftToken.lower)) return participleAfterPreposition(tokens, i, left, lexicon);
  // ("And he made a point of saying the Orlando nightclub…": the point made is the saying, the
  // subject of "make" says it; it hangs on that verb as "by saying" does.)
  if (leftToken?.lower === 'of' && onlyAdverbsBetween && tokens[left - 1]?.lower === 'point' && tokens[left - 2]?.lower === 'a' && tokens[left - 3]?.lemma === 'make') {
    const made = participleAfterPreposition(tokens, i, left - 2, lexicon);
    if (made) return made;
  }
  // "those surveyed said", "voters polled said": a participle closing the subject belongs to it.
  if (leftToken && leftToken.pos === 'VERB' && /^(surveyed|polled|questioned|interviewed|asked|contacted|sampled)$/.test(leftToken.lower) && left === i - 1 && left > 0) {
    const owner = tokens[left - 1]!;
    // (Not a clause's own subject: "The scholars I interviewed said…" is a contact clause, above.)
    if (owner.pos === 'DET' || owner.pos === 'NOUN' || (owner.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(owner.lower) && !CLAUSE_SUBJECT_PRONOUNS.test(owner.lower))) {
      const head = owner.pos === 'DET' ? { first: left - 1, last: left - 1 } : nounPhraseEndingAt(tokens, left - 1);
      if (head && tokens[head.first - 1]?.pos !== 'VERB') return { form: 'verb', cue: { first: i, last: i }, source: { first: head.first, last: left } };
    }
  }
  // "…with help from Labor Secretary Thomas Perez, who said he expects…": a relative clause of
  // speech set off by a comma reports for the one it describes, when that phrase names someone.
  // (Only with what was said after the verb: not "…Clinton, who added to her delegate lead".)
  // (A verb of speech by its particle too: "…, who pointed out that…".)
  if (leftToken && (speech || particle) && /^(who|which)$/.test(leftToken.lower) && tokens[left - 1]?.text === ',') {
    if (!reportedComplement(tokens, particle ? i + 1 : i)) return undefined;
    const antecedent = relativeAntecedent(tokens, left, lexicon);
    return antecedent ? { form: 'verb', cue: { first: i, last: particle ? i + 1 : i }, source: antecedent } : undefined;
  }
  // ("…released her medical records in July, which showed she was fit for duty", "…polls by
  // Quinnipiac University that showed Trump leading": evidence a relative clause of evidence is on
  // reports what the clause says it shows.)
  if (leftToken && /^(that|which)$/.test(leftToken.lower) && left === i - 1 && lexicon.evidenceVerbs.has(lemma)) {
    const evidence = evidenceAntecedent(tokens, left, lexicon);
    if (evidence) return { form: 'verb', cue: { first: i, last: i }, source: evidence };
  }
  // ("…replaced by a message that said, “Sorry, but…”": a text that says a quotation is its source;
  // so is one that says a clause, "a letter from his doctor that says he has…".)
  // (A verb of speech, not of a text's wording: "a sign that read “15%!”" is held up, not said.)
  const saysWhat = opensQuote(tokens, i + 1) || (tokens[i + 1]?.text === ',' && opensQuote(tokens, i + 2)) || reportedComplement(tokens, i);
  if (leftToken?.lower === 'that' && lexicon.speech.has(lemma) && left === i - 1 && saysWhat) {
    const text = nounPhraseEndingAt(tokens, left - 1);
    const head = text && headNoun(tokens, text);
    if (text && head && text.last === left - 1 && [head.lower, head.lemma].some((word) => lexicon.issuedTexts.has(word))) return { form: 'verb', cue: { first: i, last: i }, source: text };
  }
  // ("…backlash from gay rights groups, entertainers and business leaders who say the law
  // unfairly targets…", "…family members of victims, many of whom say…": a restrictive relative
  // clause of speech on a phrase that names someone reports what they say.)
  // (So "which" after a body's name: "…turned to the Chicago Police Department which reported “…”".)
  const bodyWhich = leftToken?.lower === 'which' && tokens[left - 1]?.pos === 'PROPN';
  if (leftToken && speech && left === i - 1 && tokens[left - 1]?.text !== ',' && (leftToken.lower === 'who' || bodyWhich || (leftToken.lower === 'whom' && tokens[left - 1]?.lower === 'of'))) {
    if (!reportedComplement(tokens, i)) return undefined;
    const antecedent = restrictiveAntecedent(tokens, left, lexicon);
    return antecedent ? { form: 'verb', cue: { first: i, last: i }, source: antecedent, relative: true } : undefined;
  }
  // "an estimated £300m": a participle after a determiner describes a noun; it reports nothing.
  // (Also with modifiers between: "In an earlier report, Newsday reported…".)
  // (Not a share: "Less than a third agreed…" speaks.)
  const modifiers = tokens.slice(left + 1, i);
  if (leftToken && leftToken.pos === 'DET' && /^(a|an|the)$/.test(leftToken.lower) && modifiers.every((x) => (x.pos === 'ADV' || x.pos === 'ADJ') && !SHARES.test(x.lower))) return undefined;
  // The share is the source, with the bound before it: "Less than a third agreed", "Nearly half
  // said" (the tagger reads "third" as an adverb, so it was passed over as one).
  const share = modifiers.findIndex((x) => SHARES.test(x.lower));
  if (leftToken?.pos === 'DET' && share >= 0 && modifiers.slice(share + 1).every((x) => x.pos === 'ADV')) {
    const bound = tokens[left - 1]?.lower === 'than' && /^(less|more|fewer)$/i.test(tokens[left - 2]?.text ?? '') ? left - 2 : left;
    return { form: 'verb', cue: { first: i, last: i }, source: { first: bound, last: left + 1 + share } };
  }
  // ("Voters surveyed said…": a bare participle after its noun belongs to the speaker.)
  const bareParticiple = leftToken !== undefined && reducedRelative(tokens, left, lexicon) && tokens[left + 1] === t ? nounPhraseEndingAt(tokens, left - 1) : undefined;
  const found = bareParticiple ? { first: bareParticiple.first, last: left } : left >= 0 ? (gerundSubject(tokens, left, i) ?? nounPhraseEndingAt(tokens, left)) : undefined;
  // ("Officials who spoke on Monday said…", "Residents who moved here last year said…": a time
  // that closes a relative clause is the clause's; its verb ends the subject.)
  // (So does an event that dates it: "Greek youths who have protested daily since the boy's death
  // have vowed…".)
  const eventTime = found !== undefined && EVENT_TIME_PREPOSITIONS.test(tokens[found.first - 1]?.lower ?? '');
  let relativeVerb = left;
  if (found !== undefined && (eventTime || beyondTime(tokens, found) === undefined)) {
    relativeVerb = found.first - 1;
    // (Past "daily" and its like too, which the tagger may read as adjectives.)
    const adverbial = (x: TaggedToken) => x.pos === 'ADV' || FREQUENCIES.test(x.lower) || TIME_PREPOSITIONS.test(x.lower) || EVENT_TIME_PREPOSITIONS.test(x.lower);
    while (relativeVerb > 0 && adverbial(tokens[relativeVerb]!)) relativeVerb--;
  }
  const relativeVerbToken = tokens[relativeVerb];
  const relativeSubject =
    // (Or, before an event that dates it, the clause's object: "Many who voted for him before the
    // scandal now say…".)
    relativeVerbToken?.pos === 'VERB' || (VERB_PARTICLES.test(relativeVerbToken?.lower ?? '') && tokens[relativeVerb - 1]?.pos === 'VERB') || (eventTime && relativeVerb < left)
      ? subjectEndingInRelativeVerb(tokens, relativeVerb, i)
      : undefined;
  // (With the clause's adverbs, not its time: "Residents who moved here".)
  const clauseEnd = found !== undefined && relativeVerb < left ? found.first - 1 - (TIME_PREPOSITIONS.test(tokens[found.first - 1]?.lower ?? '') || eventTime ? 1 : 0) : undefined;
  const wholeClause = relativeSubject && clauseEnd !== undefined ? { first: relativeSubject.first, last: clauseEnd } : relativeSubject;
  let source = (eventTime && relativeSubject ? wholeClause : undefined) ?? (found && beyondTime(tokens, found)) ?? wholeClause;
  // ("…a message at around 11 am (IST) saying…": a bracketed label is nobody; nor is a year,
  // "…and in 2001 announced plans" — a count may be: "all but two said".)
  if (!source || tokens[source.first]!.text === '(' || (source.first === source.last && YEAR.test(tokens[source.first]!.text))) return undefined;
  // ("Officials believed to support the plan said…", "A man believed to be her husband said…":
  // the phrase before the verb is the object of an infinitive on the subject; the subject speaks,
  // with it.)
  source = subjectBeforeInfinitive(tokens, source) ?? source;
  // ("…, which in the wake of the party's defeat in 2012 urged the GOP to…": a phrase of time or
  // circumstance between a relative pronoun and its verb is no subject; the relative clause
  // reports for what it describes, as right after the pronoun.)
  const pronounBeforePhrase = tokens[source.first - 2];
  if (tokens[source.first - 1]?.pos === 'ADP' && pronounBeforePhrase !== undefined && /^(who|which)$/.test(pronounBeforePhrase.lower) && tokens[source.first - 3]?.text === ',') {
    if (!speech || !reportedComplement(tokens, i)) return undefined;
    const antecedent = relativeAntecedent(tokens, source.first - 2, lexicon);
    return antecedent ? { form: 'verb', cue: { first: i, last: i }, source: antecedent, relative: true } : undefined;
  }
  // ("Stop saying the crossing is full.": an order opening the sentence, its verb right before a
  // gerund; nobody speaks.)
  if (/ing$/.test(t.lower) && source.first === 0 && source.last === 0 && i === 1 && tokens[0]!.pos === 'VERB') return undefined;
  // "gives inmates free phone calls": a cue word in -s whose phrase follows a finite verb is a
  // plural noun in that verb's object. Not after a participle ("elected officials say"), nor
  // after a capitalised word the tagger misread as a verb ("spokesman Josh Earnest said").
  const beforeSource = tokens[source.first - 1];
  // (But "The last man to mount a third-party race says he…": an infinitive that describes the
  // noun before it, and the verb reports a clause.)
  // (The noun opens the sentence's subject: no verb before it, "…would require delegates to challenge party rules that…".)
  // (And a verb of speech in lower case: not "…implies that…", nor a headline's "…Bush Rules That…".)
  const describingInfinitive =
    lexicon.speech.has(t.lemma) &&
    /^\p{Ll}/u.test(t.text) &&
    tokens[source.first - 2]?.lower === 'to' &&
    /^(NOUN|PROPN)$/.test(tokens[source.first - 3]?.pos ?? '') &&
    !tokens.slice(0, source.first - 2).some((x) => x.pos === 'VERB' || x.pos === 'AUX') &&
    reportedComplement(tokens, i);
  if (/s$/.test(t.lower) && beforeSource && beforeSource.pos === 'VERB' && /^\p{Ll}/u.test(beforeSource.text) && !/(ed|ing|en)$/.test(beforeSource.lower) && !describingInfinitive) return undefined;
  // "Kaine defended people accused of rape": a participle followed by a preposition, its
  // phrase the object of a verb before, describes that object; nobody speaks.
  // ("…designed to withstand the sort of minor tremors reported today": so with a time or the end after it.)
  const afterParticiple = tokens[i + 1];
  const closesPhrase = !afterParticiple || afterParticiple.pos === 'ADP' || isTimeWord(afterParticiple) || afterParticiple.text === '.' || afterParticiple.text === ',';
  // (Not a phrase run over a comma: "…host the Oscars for a second time, producers X and Y announced today.")
  const plainPhrase = afterParticiple?.pos === 'ADP' || !tokens.slice(source.first, source.last + 1).some((x) => x.text === ',');
  // ("McAllister was the first witness called in the trial": so after a finite "be" too, when a
  // preposition follows; not "a man believed to be Johnson's husband screamed, “…”".)
  const afterBe = beforeSource !== undefined && isBe(beforeSource) && beforeSource.lower !== 'be' && afterParticiple?.pos === 'ADP';
  // (Or, right before the participle, a preposition's object inside a predicate: "credited to the
  // aggressive laws proposed during his term", "voted on the plan proposed in March", "the trial
  // of two men accused in…" — not a clause's subject after "after" or "before", nor a subject's
  // own phrase, "Both sides of the debate over abortion rights agreed on…", "A panel of reporters
  // led by Chris Matthews agreed Saturday…".)
  const governed =
    beforeSource?.pos === 'ADP' &&
    source.last === i - 1 &&
    !COMPARING_OR_TIMING.test(beforeSource.lower) &&
    tokens.slice(0, source.first - 1).some((x, k) => (x.pos === 'VERB' || x.pos === 'AUX') && tokens[k + 1]?.lower !== 'by');
  const verbBefore = beforeSource?.pos === 'VERB' || afterBe || governed;
  if (/ed$/.test(t.lower) && closesPhrase && plainPhrase && verbBefore && /^\p{Ll}/u.test(beforeSource!.text) && !mainVerbAfterRelative(tokens, source, i)) return undefined;
  // "taxpayers reporting capital gains", "in many cases reporting different numbers": a
  // participle in -ing without "be" before it heads no clause of its own.
  // ("tweets saying that…", "footage of her asking, “…”" do report.)
  // ("…, with the former governor calling Trump a fascist": after "with", the phrase is the
  // participle's subject, and it speaks.)
  const absolute = beforeSource?.lower === 'with' && lexicon.speech.has(t.lemma);
  if (/ing$/.test(t.lower) && !absolute && !tokens.slice(source.last + 1, i).some((x) => isBe(x)) && !opensReportedClause(tokens, i) && tokens[i + 1]?.text !== ',') return undefined;
  // ("The ad uses footage of Hillary Clinton asking, “…”", "…followed by a clip of McCain saying
  // he will…": a participle of speech right after what a recording shows is the speech of the
  // one shown, not of the recording, nor of the subject of the verb before it.)
  const shown = /ing$/.test(t.lower) && lexicon.speech.has(t.lemma) && source.last === i - 1 ? shownSpeaker(tokens, source, lexicon) : undefined;
  if (shown) return { form: 'verb', cue: { first: i, last: i }, source: shown };
  const owner = participleAfterGovernedPhrase(tokens, source, i, lexicon);
  if (owner === 'none') return undefined;
  if (owner) return { form: 'verb', cue: { first: i, last: i }, source: owner };
  // "A government official downplayed the unrest saying that…", "The campaign released a
  // statement saying…": a participle of speech after a finite verb's object reports for that
  // verb's subject, as it does after a comma.
  // (The subject of that verb, not of the sentence: "Clashes broke out when the crowd attacked
  // the banker accusing him…" is the crowd's accusation.)
  if (
    /ing$/.test(t.lower) &&
    !absolute &&
    lexicon.speech.has(t.lemma) &&
    beforeSource?.pos === 'VERB' &&
    /^\p{Ll}/u.test(beforeSource.text) &&
    !/ing$/.test(beforeSource.lower) &&
    // (A time may stand between: "filed a lawsuit in 2013 alleging…", "sent the DNC on Monday alleging…".)
    (source.last === i - 1 || timePhraseEnd(tokens, source.last + 1) === i)
  ) {
    // ("Chris Carr, the committee's political director, released a statement confirming…": the
    // subject with its apposition, where the sentence opens with it.)
    // (Not a preposition's object: "Palin's posts about ISIS include one last week saying…"; but
    // a clause's own subject after a subordinator the tagger read as one, "after Donald Trump
    // unleashed a series of tweets criticizing…".)
    const ownSubject = (span: Span | undefined) => {
      const before = tokens[(span?.first ?? 0) - 1];
      return span && (before?.pos !== 'ADP' || ADVERBIAL_SUBORDINATORS.test(before.lower)) ? span : undefined;
    };
    const nearest = ownSubject(subjectOfVerbBefore(tokens, source.first));
    const opening = nearest ? undefined : ownSubject(clauseSubject(tokens, 0, true));
    const subject = nearest ?? (opening && opening.last < source.first - 1 && !tokens.slice(opening.last + 1, source.first - 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX') ? opening : undefined);
    if (subject && subject.last < source.first - 1) return { form: 'verb', cue: { first: i, last: i }, source: subject };
  }
  source = lastConjunctIfOnlyItNames(tokens, source);
  // ("…was mowed down by a drunken hit-and-run driver, cops and family said.", "…to host the
  // Oscars for a second time, producers X and Y announced": a list read back over a comma into
  // the object of a preposition or a verb starts after that comma.)
  const beforeList = tokens[source.first - 1];
  if (beforeList && (beforeList.pos === 'ADP' || (beforeList.pos === 'VERB' && /^\p{Ll}/u.test(beforeList.text)))) {
    const listComma = tokens.findIndex((x, k) => k >= source!.first && k < source!.last && x.text === ',');
    // (Not a list that is the object of "of" in a name: "the National Academies of Sciences,
    // Engineering and Medicine".)
    const ofList = tokens[listComma - 2]?.lower === 'of' && /^\p{Lu}/u.test(tokens[listComma - 1]?.text ?? '');
    if (listComma !== -1 && !ofList) source = { first: listComma + 1, last: source.last };
  }
  // "A report published on Monday found…": extend back over a participle phrase to its noun.
  const preposition = tokens[source.first - 1];
  // ("Thirteen months passed before a federal judge ordered…": after "before", "after" or "until"
  // someone who may speak opens a clause of their own; "A report published before the election
  // found…" is the report's.)
  const clauseOfTime = TIME_SUBORDINATORS.test(preposition?.lower ?? '') && headHoldsAView(tokens.slice(source.first, source.last + 1), lexicon);
  if (participleBeforePhrase(tokens, source) && !clauseOfTime) {
    const owner = participlePhraseOwner(tokens, source);
    // ("Clinton responded to Vargas' question on Facebook writing, “…”": after a name that opens
    // the sentence, the past form is the clause's verb, and a participle cue reports for its
    // subject; "The conversation ended with Maddow asking whether…": after "with", the phrase
    // right before a participle of speech is its own subject, and speaks. Not before a finite
    // cue: "Research conducted for the Center showed…", "Twenty-seven states led by … are
    // challenging…".)
    const opensSentence = owner !== undefined && /ing$/.test(t.lower) && source.last === i - 1 && tokens.slice(0, owner.first).every((x) => x.pos === 'PUNCT');
    if (opensSentence && preposition?.lower === 'with' && lexicon.speech.has(t.lemma)) return { form: 'verb', cue: { first: i, last: i }, source };
    if (owner && opensSentence && tokens[owner.first]!.pos === 'PROPN') return { form: 'verb', cue: { first: i, last: i }, source: owner };
    if (owner) source = { first: evidenceOverTopic(tokens, owner, lexicon).first, last: source.last };
  } else if (preposition?.pos === 'VERB' && /^\p{Ll}+ing$/u.test(preposition.text) && !/ing$/.test(t.lower)) {
    // ("House Republicans supporting the bill have said…": the phrase after a participle is its
    // object; the noun before the participle speaks, when it opens the clause.)
    const owner = nounPhraseEndingAt(tokens, source.first - 2);
    if (owner && opensClauseAt(tokens, owner.first)) source = { first: owner.first, last: source.last };
  } else if (preposition?.pos === 'VERB' && /^\p{Ll}+(ed|en|wn)$/u.test(preposition.text) && isTimeWord(tokens[source.first]!) && !/ing$/.test(t.lower)) {
    // ("A message posted Monday afternoon on the firm's Web site said…": a time right after a
    // past participle is the participle's; the noun the participle describes speaks. Before a
    // cue in -ing the form in -ed is the clause's verb: "The campaign entered Thursday's talks
    // believing…".)
    const owner = nounPhraseEndingAt(tokens, source.first - 2);
    if (owner) source = { first: owner.first, last: source.last };
  }
  source = overRelativeClause(tokens, source);
  if (speech) source = nameBeforeUnclosedDescription(tokens, source, i);
  // ("Alongside the platform, domestic and international critics have noted…": a list comma
  // read into the phrase stops at an opening circumstance.)
  const subjectStart = pastOpeningCircumstance(tokens, 0, source.last);
  if (source.first < subjectStart && subjectStart <= source.last) source = { first: subjectStart, last: source.last };
  // ("Let’s see how…": the clitic of "let us" is the writer and the reader, no source.)
  if (source.first === source.last && /^['’]s$/.test(tokens[source.first]!.text)) return undefined;
  // ("The ex-wife … who filed reports against him blames…": an object pronoun left alone is
  // never the one who speaks; better no source than a wrong one.)
  if (source.first === source.last && /^(him|them|me|us)$/i.test(tokens[source.first]!.text)) return undefined;
  // ("…part of being an effective president is acknowledging mistakes": the phrase after "being"
  // or "becoming" is what one is or becomes, not who speaks.)
  if (/^(being|becoming)$/.test(tokens[source.first - 1]?.lower ?? '')) return undefined;
  // A belief or a perception that is not said: not the reader's ("Do you know where…?"), nor one
  // told in a clause of time, which narrates ("…before Microsoft knew it existed", "when she
  // learned that…"; not "after a poll showed…", "after a judge ruled that…").
  if (!speech && source.first === source.last && tokens[source.first]!.lower === 'you') return undefined;
  if (!speech && lexicon.narratedStates.has(lemma) && TIME_SUBORDINATORS.test(tokens[source.first - 1]?.lower ?? '')) return undefined;
  // ("…has charged the campaign $3.7 million since he announced his candidacy", "Boos rained down
  // when Trump mentioned the former secretary of state": a verb of announcing (lexicon
  // `announcingVerbs`) in a clause of time, with a thing for its object and no words of its own,
  // dates an act; the sentence is not what it said. Not a verb that judges its object, "when he
  // criticized the toll", which says what its subject holds.)
  // (Not "while", which sets one side against another as often as it dates: "…, while Clinton has
  // slammed his proposal as too vague".)
  const dating = tokens[source.first - 1];
  if (lexicon.announcingVerbs.has(lemma) && dating && dating.lower !== 'while' && TIME_CLAUSE_OPENERS.test(dating.lower) && onlyAThingSaid(tokens, i, lexicon)) return undefined;
  // "…the information that the US and Ukraine have accused.": a speech verb that ends a "that"
  // clause reports nothing of its own.
  const introducer = tokens[source.first - 1];
  const complementless = (tokens[i + 1]?.pos ?? 'PUNCT') === 'PUNCT' && tokens[i + 1]?.text !== ',' && tokens[i + 1]?.text !== ':';
  if (introducer && /^(that|which|who)$/i.test(introducer.text) && complementless) return undefined;
  // ("Holding signs calling Christie “New Jersey's Biggest Loser,” the protesters chanted": a
  // participle after the object of an opening participle phrase describes that object.)
  const firstWord = tokens[source.first]!;
  if (/ing$/.test(t.lower) && source.first === 0 && source.last > 0 && firstWord.pos === 'VERB' && /^\p{Lu}\p{Ll}+ing$/u.test(firstWord.text)) return undefined;
  // (Not an adverbial the commas set off: "…, for instance, said" shows "said".)
  let cueFirst = left + 1;
  for (let k = left + 1; k < i; k++) if (tokens[k]!.text === ',') cueFirst = k + 1;
  // (Nor a time before the verb: "Trump on Monday said", "…, who in 2010 said" show "said".)
  while (cueFirst < i && timePhraseEnd(tokens, cueFirst) > cueFirst && timePhraseEnd(tokens, cueFirst) <= i) cueFirst = timePhraseEnd(tokens, cueFirst);
  // ("Brian Murphy, the county chairman, for example, said": the name a description follows
  // speaks, as it does with the adverbial left out.)
  if (cueFirst > left + 1 && tokens[source.first - 1]?.text === ',') {
    const opening = describedOpening(tokens, left + 1, lexicon);
    if (opening?.description?.first === source.first) return { form: 'verb', cue: { first: cueFirst, last: particle ? i + 1 : i }, source: opening.source, description: opening.description };
  }
  return { form: 'verb', cue: { first: cueFirst, last: particle ? i + 1 : i }, source };
}

/**
 * The one a recording shows, when `phrase` ends on "footage of X" or is the X of it (lexicon
 * recordingNouns): X, when it is a plain phrase (no verb, no preposition of its own). Undefined otherwise.
 */
function shownSpeaker(tokens: readonly TaggedToken[], phrase: Span, lexicon: AttributionLexicon): Span | undefined {
  for (let k = Math.max(1, phrase.first - 1); k < phrase.last; k++) {
    const recording = tokens[k - 1]!;
    if (tokens[k]!.lower !== 'of' || !(recording.pos === 'NOUN' && (lexicon.recordingNouns.has(recording.lower) || lexicon.recordingNouns.has(recording.lemma)))) continue;
    const shown = tokens.slice(k + 1, phrase.last + 1);
    const names = shown.some((x) => x.pos === 'PROPN' || x.pos === 'NOUN' || /^(him|her|them)$/.test(x.lower)) && shown.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX' && x.pos !== 'ADP');
    return names ? { first: k + 1, last: phrase.last } : undefined;
  }
  return undefined;
}

/** How far a framed report's object may run before its preposition ("listed the resort in his financial disclosure as"). */
const FRAMED_OBJECT_REACH = 8;

/**
 * "Police have identified the victims as…", "Forbes put his net worth at $45 billion", "Osama
 * attributed these problems to the cable cut": a verb of lexicon.framedReports reports through
 * its object and the preposition after it. Not without an object ("identifies strongly as a
 * Latino"), and its "at" must lead to a figure: "puts Americans at risk", "placed flowers at a
 * memorial" name, ascribe or estimate nothing; "as" must lead to what the object is called, not
 * a clause ("Fans hailed the striker as a hero", not "She hailed a taxi as the rain began").
 */
function framedReport(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const prepositions = lexicon.framedReports.get(tokens[i]!.lemma);
  if (!prepositions) return false;
  // ("the counties identified by Politico as…": a participle with its agent describes its noun;
  // a passive with "be" is verbCue's to read.)
  if (tokens[i + 1]?.lower === 'by' && !isBe(tokens[skipAdverbs(tokens, i - 1)])) return false;
  let object = false;
  for (let k = i + 1; k < tokens.length && k <= i + FRAMED_OBJECT_REACH; k++) {
    const x = tokens[k]!;
    if (object && prepositions.has(x.lower)) return x.lower === 'at' ? figureFollows(tokens, k + 1) : x.lower !== 'as' || !clauseAfterAs(tokens, k);
    if (/^(NOUN|PROPN|PRON|NUM)$/.test(x.pos)) object = true;
    // (A participle on the object stays in it: "identified the person killed as…".)
    else if (!/^(DET|ADJ|ADP|PART)$/.test(x.pos) && !(object && x.pos === 'VERB' && /(ed|en)$/.test(x.lower))) return false;
  }
  return false;
}

/** "as the jury watched", "as the rain began": "as" opening a clause of time, its verb before the next mark, not what the object is called. */
function clauseAfterAs(tokens: readonly TaggedToken[], as: number): boolean {
  // (Up to a clause of the object's own: "hailed the bridge as a symbol that the city had recovered".)
  return finiteVerbFrom(tokens, as + 1, (t) => t.pos === 'PUNCT' || /^(that|which|who)$/.test(t.lower));
}

/**
 * "Analysts estimate the loss at $3 billion", "Statista estimates the market at…": the tagger
 * reads the verb as a noun of a compound; a subject it agrees with before it and a determiner
 * after it make it the verb (framedReport then asks for the object and its preposition).
 */
function framedVerbReadAsNoun(tokens: readonly TaggedToken[], i: number): boolean {
  const subject = tokens[i - 1];
  return tokens[i]!.pos === 'NOUN' && (subject?.pos === 'NOUN' || subject?.pos === 'PROPN') && agrees(subject, tokens[i]!) && tokens[i + 1]?.pos === 'DET';
}

/**
 * "Trump charges that countries that stand to benefit … donated…": a form in -s of a verb that
 * reports only before "that" (lexicon thatVerbs), read as a noun after a name, is the name's verb
 * when the name opens the clause and "that" opens a clause with its own subject. ("The Ruiz
 * charges that were dropped": "that" followed by a verb is a relative pronoun, the word a noun.)
 */
function thatVerbReadAsNoun(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !/^\p{Ll}+s$/u.test(t.text) || tokens[i + 1]?.lower !== 'that') return false;
  const after = tokens[i + 2];
  if (after === undefined || /^(VERB|AUX|ADV|PUNCT|ADP)$/.test(after.pos)) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
  return k < i - 1 && (k < 0 || /^(PUNCT|CCONJ)$/.test(tokens[k]!.pos));
}

/** A figure within the next few words, past its determiners and hedges: "at a solid 50 percent", "at more than $2 billion". */
function figureFollows(tokens: readonly TaggedToken[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const x = tokens[k]!;
    if (x.pos === 'NUM' || /^[$£€]$/.test(x.text)) return true;
    if (!/^(DET|ADJ|ADV|ADP)$/.test(x.pos)) return false;
  }
  return false;
}

/** A verb that reports only with a particle (lexicon.particleVerbs) without one right after it: "pointed at the door". */
function lacksItsParticle(tokens: readonly TaggedToken[], i: number, lemma: string, lexicon: AttributionLexicon): boolean {
  const particles = lexicon.particleVerbs.get(lemma);
  return particles !== undefined && !particles.has(tokens[i + 1]?.lower ?? '');
}

/** How far past a possessive phrase after the verb its object may run before "and" and the next predicate. */
const SERIES_OBJECT_REACH = 8;

/** Prepositions that give what a report is about: "a report about [the economy]", "a study of [voters]". */
const TOPIC_PREPOSITIONS = new Set(['about', 'on', 'into', 'of']);

/**
 * "A report about the region's economy issued on Monday by the OECD noted…": the phrase a
 * participle describes may be the topic of an evidence noun before it; the report, not the
 * economy, is what notes. The phrase widened back to the evidence noun's own phrase, else as it is.
 */
function evidenceOverTopic(tokens: readonly TaggedToken[], phrase: Span, lexicon: AttributionLexicon): Span {
  const preposition = tokens[phrase.first - 1];
  if (!preposition || !TOPIC_PREPOSITIONS.has(preposition.lower)) return phrase;
  const evidence = nounPhraseEndingAt(tokens, phrase.first - 2);
  if (!evidence || !isEvidenceNoun(tokens[evidence.last]!, lexicon)) return phrase;
  return { first: evidence.first, last: phrase.last };
}

/** A participle and its preposition right before the phrase: "…published on [Monday]", "…speaking to [Fox News]". */
function participleBeforePhrase(tokens: readonly TaggedToken[], phrase: Span): boolean {
  const participle = tokens[phrase.first - 2];
  const preposition = tokens[phrase.first - 1];
  if (preposition?.pos !== 'ADP' || participle?.pos !== 'VERB') return false;
  if (/^\p{Ll}+(ed|en|wn|ing)$/u.test(participle.text)) return true;
  return IRREGULAR_PARTICIPLES.test(participle.text) && !VERB_PARTICLES.test(preposition.lower) && !CLAUSE_LINKING_WORDS.test(preposition.lower);
}

/**
 * Past participles with no regular ending that describe a noun before a preposition: "Emails sent
 * to the mayor show…" (not before a particle, "His office put out a statement saying…", nor a word
 * that opens a clause, "The mayor made as if the crew…").
 */
const IRREGULAR_PARTICIPLES = /^(sent|kept|put|made|held|paid|bought|brought|built|spent|sold|lent|sought|taught|caught|led|done|run|won|told|heard|met)$/;

/**
 * The noun a participle phrase ending in `phrase` describes: "A report published on Monday",
 * "Another intelligence source speaking to Fox News" (the phrase after the preposition is not
 * the one who speaks), "Two lawsuits being considered in San Diego" (past the "being" of a passive).
 */
function participlePhraseOwner(tokens: readonly TaggedToken[], phrase: Span): Span | undefined {
  if (!participleBeforePhrase(tokens, phrase)) return undefined;
  return nounPhraseEndingAt(tokens, tokens[phrase.first - 3]?.lower === 'being' ? phrase.first - 4 : phrase.first - 3);
}

/**
 * "People briefed on the move said…", "Voters surveyed said…": a past participle after a noun,
 * with only a preposition's phrase before a finite verb of speech, describes that noun; the
 * later verb is the clause's, and its speaker is the whole phrase.
 */
/** Particles a verb takes that the tagger reads as prepositions: "pointed out all those arguments". */
const VERB_PARTICLES = /^(out|up|off|back|down|away)$/;

/** Words the tagger may read as prepositions that open a clause: "asked whether the candidates would…". */
const CLAUSE_LINKING_WORDS = /^(whether|if|that|as|because|since|while|than|like)$/;

/** Tokens an aside between "and" and the next predicate of a series may hold: "and, since 2013, leads". */
const SERIES_ASIDE_REACH = 6;

/** Does "and" at `k` join another predicate (a verb after at most a short aside of circumstance)? */
function predicateFollows(tokens: readonly TaggedToken[], k: number): boolean {
  if (tokens[k]?.pos !== 'CCONJ') return false;
  for (let j = k + 1; j < tokens.length && j <= k + SERIES_ASIDE_REACH; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return true;
    if (!/^(PUNCT|ADP|SCONJ|NUM|ADV)$/.test(t.pos)) return false;
  }
  return false;
}

function reducedRelative(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  const noun = tokens[i - 1];
  // (A common noun or a plural name, "Cuban-Americans polled"; a name is a clause's subject,
  // "The DOJ responded with the lawsuit Lynch announced"; so is anything after a relative
  // pronoun, "the chairs that POLITICO interviewed predicted…".)
  // ("Thirty-one percent of those surveyed say": "those" stands for the people.)
  const described = noun !== undefined && (noun.pos === 'NOUN' || (noun.pos === 'PROPN' && /s$/.test(noun.text)) || noun.lower === 'those');
  // (The tagger may read a noun right after its article as an adjective: "A future projected…".)
  const describedAfterArticle = noun?.pos === 'ADJ' && tokens[i - 2]?.pos === 'DET';
  // (A name an article opens may be described too, where an auxiliary follows the participle's
  // phrase: "The Crime Statistics Bureau cited in Trump's tweet does not exist".)
  const namedAfterArticle = noun?.pos === 'PROPN';
  if (t.pos !== 'VERB' || !/^\p{Ll}+ed$/u.test(t.text) || !(described || describedAfterArticle || namedAfterArticle)) return false;
  if (tokens.slice(Math.max(0, i - 4), i).some((x) => /^(that|which|who|whom)$/.test(x.lower))) return false;
  let k = i + 1;
  // ("Axelrod tweeted after Clinton argued…": a clause of time has its own subject.)
  let plainObject = false;
  if (tokens[k]?.pos === 'ADP' && !TIME_SUBORDINATORS.test(tokens[k]!.lower)) {
    const object = nounPhraseStartingAt(tokens, k + 1);
    if (!object) return false;
    // (A preposition's plain object: not a clause, "asked whether the candidates would…", nor a
    // time that runs into the next clause's subject, "reported on Wednesday the Secret Service had…".)
    plainObject = !CLAUSE_LINKING_WORDS.test(tokens[k]!.lower) && !VERB_PARTICLES.test(tokens[k]!.lower) && !isTimeWord(tokens[k + 1]!);
    k = object.last + 1;
  }
  // ("A future projected along these lines does not look promising": an auxiliary after the
  // participle's phrase is the sentence's own verb, whatever it says; not one its subject
  // follows, "…agreed with Trump did his critics try".)
  // (The noun is one an article or a count opens, as a described thing's is: "The Democratic plan
  // rejected on Monday was…", "One lesson learned in this campaign is…"; "Prosecutors pointed out
  // all those arguments had…" is a clause.)
  const subject = plainObject ? nounPhraseEndingAt(tokens, i - 1) : undefined;
  const opened = subject !== undefined && /^(DET|NUM)$/.test(tokens[subject.first]!.pos);
  if (opened && tokens[k]?.pos === 'AUX' && !/^(DET|PRON)$/.test(tokens[k + 1]?.pos ?? '')) return true;
  if (!described) return false;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX') k++;
  const verb = tokens[k];
  return verb !== undefined && verb.pos === 'VERB' && !/ing$/.test(verb.lower) && lexicon.speech.has(verb.lemma);
}

/** Whether a clause may open at token `k`: the sentence's start, or after a comma, a colon, a quotation mark or "that". */
function opensClauseAt(tokens: readonly TaggedToken[], k: number): boolean {
  const before = tokens[k - 1];
  return before === undefined || /^[,;:—–―]$/.test(before.text) || opensQuote(tokens, k - 1) || closesQuote(tokens, k - 1) || before.lower === 'that';
}

/** Tags a capitalised word may wrongly get when it is a name ("Ward" a verb, "Jolly" an adverb). */
const MISREAD_NAME_TAGS = new Set(['VERB', 'ADV', 'ADJ', 'AUX']);

/**
 * "“…,” Ward said.", "Jolly said he has…": capitalised words right before an inflected verb of
 * speech, after a quotation, a comma or nothing, name the speaker even when the tagger read the
 * last of them as a verb or an adverb. (An adverb or a verb cannot be the whole subject there.)
 */
function misreadName(tokens: readonly TaggedToken[], verb: number): Span | undefined {
  const t = tokens[verb]!;
  const last = tokens[verb - 1];
  // ("Also said to be present…": a passive, its subject further on.)
  if (t.lower === t.lemma || tokens[verb + 1]?.lower === 'to' || !last || !MISREAD_NAME_TAGS.has(last.pos) || !/^\p{Lu}\p{Ll}+$/u.test(last.text)) return undefined;
  let first = verb - 1;
  while (first > 0 && /^\p{Lu}[\p{L}.]*$/u.test(tokens[first - 1]!.text) && !MISREAD_NAME_TAGS.has(tokens[first - 1]!.pos)) first--;
  const before = first - 1;
  if (before >= 0 && !closesQuote(tokens, before) && tokens[before]!.text !== ',') return undefined;
  // A word that is no lemma of its own ("Having", "Shook") names the speaker only right after
  // the quotation it credits ("“…,” Shook said."): "Having said that" is no speaker.
  if (last.lemma !== last.lower && !(before >= 0 && closesQuote(tokens, before))) return undefined;
  // At the head of the sentence only before what the speaker says: a pronoun or "that" opening
  // it, a colon or a quote ("Jolly said he…"). Not "So says a booming voice…", "Enough said.",
  // "When asked about…": there the word is an adverb after all.
  if (before < 0 && !(tokens[verb + 1]?.pos === 'PRON' || tokens[verb + 1]?.lower === 'that' || tokens[verb + 1]?.text === ':' || opensQuote(tokens, verb + 1))) return undefined;
  return { first, last: verb - 1 };
}

/** Adverbs that may open a sentence before its subject without a comma: "Even China, …, said". */
const FOCUSING_OPENERS = /^(even|also)$/;

/**
 * A sentence that opens with a name, a comma and a description running to the comma before the
 * verb at `comma`: the name is the source, the rest describes it. Not when the stretch holds a
 * quotation, a verb of speech (someone else speaks in it), a dash, or a second subject joined by
 * "and"/"but" ("Clinton, who won Iowa, and Sanders, who won…"); not after a dateline in capitals.
 */
function describedOpening(tokens: readonly TaggedToken[], comma: number, lexicon: AttributionLexicon, from = 0): { source: Span; description?: Span; descriptionStart: number } | undefined {
  let start = from;
  // (Past a conjunction that opens the sentence too: "But Tom Fitton, the president of…, a group
  // that has sued…, said".)
  while (start < comma && (tokens[start]!.pos === 'PUNCT' || (tokens[start]!.pos === 'CCONJ' && /^\p{Lu}/u.test(tokens[start]!.text)))) start++;
  start = pastOpeningCircumstance(tokens, start, comma);
  let first = start;
  while (first < comma && tokens[first]!.text !== ',') first++;
  if (first >= comma - 1 || first === start) return undefined;
  const name = nounPhraseEndingAt(tokens, first - 1);
  if (!name || name.first !== start || !tokens.slice(name.first, name.last + 1).some((t) => t.pos === 'PROPN')) return undefined;
  // ("WASHINGTON, Dec. 8 (UPI) — …": a dateline, not a speaker.)
  if (tokens.slice(name.first, name.last + 1).every((t) => !/\p{Ll}/u.test(t.text))) return undefined;
  // "Ted Cruz, when asked what is wrong, responded…", "Sanders, meanwhile, said…": an aside on
  // the occasion stands where a description would; the name alone speaks.
  const aside = CIRCUMSTANCE_OPENERS.test(tokens[first + 1]?.lower ?? '');
  if (!aside && !opensDescription(tokens, first + 1, lexicon)) return undefined;
  for (let k = first + 1; k < comma; k++) {
    const t = tokens[k]!;
    if (isDash(tokens, k)) return undefined;
    // (A title in quotation marks is part of the description: "star of the show “The Apprentice,”".)
    const title = quotedTitleEnd(tokens, k);
    if (title !== undefined) {
      k = title;
      continue;
    }
    if (isQuotationMark(tokens, k)) return undefined;
    // (In an aside the question put to the speaker is no other voice: "…, when asked about it, said".)
    if (!aside && t.pos === 'VERB' && lexicon.speech.has(cueLemma(t, lexicon) ?? '')) return undefined;
    if (t.text === ',' && /^(and|but|or)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
  }
  // "Erin Brockovich, the environmental activist, endorsed the plan Saturday, saying…": the
  // last stretch before the cue opens with the main clause's verb, not a description's words.
  let lastStretch = comma - 1;
  while (lastStretch > first && tokens[lastStretch - 1]!.text !== ',') lastStretch--;
  // (A participle there still describes: "Sandra Inman, a supporter from Jackson, Miss., attending the convention, said".)
  // (Only before a participle: "David Fenton, a strategist whose agency, Fenton, made the ads, said".)
  let cue = comma + 1;
  while (tokens[cue]?.pos === 'ADV') cue++;
  const opener = tokens[lastStretch]!;
  if (lastStretch > first + 1 && /ing$/.test(tokens[cue]?.lower ?? '') && (opener.pos === 'AUX' || (opener.pos === 'VERB' && !/ing$/.test(opener.lower)))) return undefined;
  // ("But Reid, who has…, recently ordered up a legal analysis…, first reported by the Boston
  // Globe, which…": a participle with its agent describes what comes before it; no one opens
  // the sentence to speak by it.)
  if (/ed$/.test(tokens[cue]?.lower ?? '') && tokens[cue + 1]?.lower === 'by') return undefined;
  if (aside) return { source: name, descriptionStart: first + 1 };
  return { source: name, description: { first: first + 1, last: comma - 1 }, descriptionStart: first + 1 };
}

/**
 * "Officials who praised the plan warned on Tuesday that…": the verb after a relative clause on
 * the subject that opens the sentence, before what was said, is the sentence's own; the clause's
 * object ("the plan") is no noun it describes, as "people accused of rape" is.
 */
function mainVerbAfterRelative(tokens: readonly TaggedToken[], source: Span, i: number): boolean {
  const subject = overRelativeClause(tokens, source);
  if (subject.first >= source.first || !tokens.slice(0, subject.first).every((x) => x.pos === 'ADV' || x.pos === 'CCONJ' || x.pos === 'PUNCT')) return false;
  const next = tokens[i + 1];
  return reportedComplement(tokens, i) || (next !== undefined && isTimeWord(next) && tokens[i + 2]?.lower === 'that');
}

/** Words of a share of people, which may stand between "a" and a verb: "a third agreed". */
const SHARES = /^(half|third|quarter|fifth|tenth|majority|minority|few)$/;

const REFLEXIVES = /^(himself|herself|themselves|itself|myself|ourselves|yourself|yourselves)$/;

/** Longest phrase between a verb of speech and the verb of what was said: "told POLITICO he'll". */
const MAX_REPORTED_SUBJECT = 6;

/** Words that count a share of what follows "of": "none of the emails", "most of them". */
const QUANTIFIER_OF = /^(none|most|some|many|all|each|one|few|half|much|several|both|neither|either)$/;

/**
 * What was said follows the verb at `i`: "that…", a quotation, a colon, or a short phrase and its
 * verb ("said he expects…", "claimed Trump was…", "told POLITICO he'll…"). Stricter than
 * clauseFollows: "accused Bill Clinton of being…" and "is challenging Sen. Ron Johnson in…" are acts.
 */
function reportedComplement(tokens: readonly TaggedToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (/^(that|whether|how)$/.test(next.lower) || next.text === ':' || opensQuote(tokens, i + 1) || (next.text === ',' && opensQuote(tokens, i + 2))) return true;
  // ("…Curly Haugland, who's argued for years that delegates can't be bound": a time between.)
  const afterTime = timePhraseEnd(tokens, i + 1);
  if (afterTime > i + 1 && /^(that|whether)$/.test(tokens[afterTime]?.lower ?? '')) return true;
  // ("…, who declared in the debate spin room, “I'm sending…”": where it was said, then the quotation.)
  // (Or "that": "…, who said on the MSNBC show “Morning Joe” that…".)
  if (/^(in|at|on|during)$/.test(next.lower)) {
    // (A title's quotation marks count for nothing: "on the MSNBC show ''Morning Joe'' that…".)
    let comma = i + 2;
    let marks = 0;
    while (
      comma < tokens.length &&
      comma <= i + PLACE_PHRASE_REACH + marks &&
      tokens[comma]!.text !== ',' &&
      tokens[comma]!.pos !== 'AUX' &&
      tokens[comma]!.pos !== 'SCONJ' &&
      tokens[comma]!.lower !== 'that'
    ) {
      if (isQuotationMark(tokens, comma)) marks++;
      comma++;
    }
    if (tokens[comma]?.text === ',' && opensQuote(tokens, comma + 1)) return true;
    // (Not a relative "that" on the place: "said on the show that aired Tuesday".)
    if (tokens[comma]?.lower === 'that' && !/^(VERB|AUX)$/.test(tokens[comma + 1]?.pos ?? 'VERB')) return true;
  }
  let participle = false;
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + MAX_REPORTED_SUBJECT + 1); k++) {
    const t = tokens[k]!;
    // (A participle in -ing after a noun is no clause's verb but part of the phrase, with its
    // prepositions: "added Latin hits including a new one" reports nothing; "said voters going to
    // the polls were angry" goes on to its verb.)
    if (k > i + 1 && t.pos === 'VERB' && /ing$/.test(t.lower) && tokens[k - 1]!.pos === 'NOUN') {
      participle = true;
      continue;
    }
    // (An object, then the words quoted: "…, who called the nominee “unfit to serve”"; not a
    // word named, "added the word “hope” to…".)
    if (k > i + 1 && opensQuote(tokens, k) && /^(NOUN|PROPN|PRON)$/.test(tokens[k - 1]!.pos) && wordsQuotedFrom(tokens, k + 1) >= 2) return true;
    // (A subject, not a figure alone: "adding six rebounds", the count's noun misread as a verb.)
    if (k > i + 1 && (t.pos === 'VERB' || t.pos === 'AUX')) return tokens.slice(i + 1, k).some((x) => x.pos !== 'NUM' && x.pos !== 'ADJ');
    // (Two subjects joined: "said he and his father drove…"; not "adds a critical and previously
    // missing voice", whose "and" joins words that describe, nor "said nothing and left".)
    if (k > i + 1 && t.pos === 'CCONJ' && /^(and|or)$/.test(t.lower) && /^(DET|PRON|PROPN|NOUN)$/.test(tokens[k + 1]?.pos ?? '')) continue;
    // (A share of something for a subject: "said none of the emails in question originated…".)
    const share = k > i + 1 && t.pos === 'ADP' && QUANTIFIER_OF.test(tokens[i + 1]!.lower) && tokens[i + 2]?.lower === 'of';
    if (
      !(
        t.pos === 'PRON' ||
        t.pos === 'PROPN' ||
        t.pos === 'NOUN' ||
        t.pos === 'DET' ||
        t.pos === 'ADJ' ||
        t.pos === 'NUM' ||
        t.pos === 'ADV' ||
        t.pos === 'PART' ||
        share ||
        (participle && t.pos === 'ADP')
      )
    )
      return false;
  }
  return false;
}

/** How many words stand from `from` to the next quotation mark. */
function wordsQuotedFrom(tokens: readonly TaggedToken[], from: number): number {
  let words = 0;
  for (let k = from; k < tokens.length && !isQuotationMark(tokens, k); k++) if (tokens[k]!.pos !== 'PUNCT') words++;
  return words;
}

/** How many words a phrase of where something was said may run before the comma and the quotation ("in the debate spin room, “…”"). */
const PLACE_PHRASE_REACH = 8;

/** Past a short phrase of time at `from` ("for years", "on Monday", "in 2012", "last week"): where what follows it starts; `from` when none stands there. */
function timePhraseEnd(tokens: readonly TaggedToken[], from: number): number {
  const lead = tokens[from]?.lower ?? '';
  const word = tokens[from + 1];
  // ("…a series of tweets early Friday saying…", "said Friday that…": a day alone, or early or late in it.)
  const day = (t: TaggedToken | undefined) => t !== undefined && t.pos === 'PROPN' && WEEKDAY.test(t.lower);
  if (/^(early|late)$/.test(lead) && day(word)) return from + 2;
  if (day(tokens[from])) return from + 1;
  if (!word || !/^(for|on|in|last|this|since)$/.test(lead)) return from;
  return isTimeWord(word) || YEAR.test(word.text) || TIME_UNITS.test(word.lower) ? from + 2 : from;
}

/**
 * The object of the last preposition in a phrase, which a relative clause after it describes:
 * "the endorsement of former Sen. Gordon Humphrey, who told…", "an article … by Gabriel Sherman,
 * who reported…". Not inside a name: "the Illinois Board of Elections, which ruled…".
 */
function lastPrepositionalObject(tokens: readonly TaggedToken[], span: Span): Span {
  const capitalised = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  for (let k = span.last - 1; k > span.first; k--) {
    if (tokens[k]!.pos !== 'ADP') continue;
    if (tokens[k]!.lower === 'of' && capitalised(k - 1) && capitalised(k + 1)) continue;
    return { first: k + 1, last: span.last };
  }
  return span;
}

/**
 * A noun phrase past the last word in lower case that `readIn` says it cannot hold (a verb, say,
 * that the phrase finder read into it): the words after that one, the phrase as it is when there
 * is none, undefined when that word ends the phrase.
 */
function pastWordReadIn(tokens: readonly TaggedToken[], phrase: Span, readIn: (t: TaggedToken) => boolean): Span | undefined {
  let k = phrase.last;
  while (k >= phrase.first && !(readIn(tokens[k]!) && /^\p{Ll}/u.test(tokens[k]!.text))) k--;
  if (k < phrase.first) return phrase;
  return k < phrase.last ? { first: k + 1, last: phrase.last } : undefined;
}

/**
 * The subject of a verb of finding at `verb` when it names researchers (lexicon researchWords)
 * and a thing found follows: "Her team of Antarctic researchers found multiple infectious agents".
 */
function researchersFinding(tokens: readonly TaggedToken[], verb: number, lexicon: AttributionLexicon): Span | undefined {
  const found = tokens[verb + 1];
  if (!found || !/^(DET|NUM|ADJ|NOUN|PROPN)$/.test(found.pos)) return undefined;
  const end = skipLeftModifiers(tokens, verb - 1);
  const subject = end >= 0 ? nounPhraseEndingAt(tokens, end) : undefined;
  if (!subject || subject.last !== end) return undefined;
  return tokens.slice(subject.first, subject.last + 1).some((t) => t.pos === 'NOUN' && lexicon.researchWords.has(t.lower)) ? subject : undefined;
}

/** The word at `i` follows, with no verb between, the noun of an absolute "with": "with each character repeated". */
function stateAfterWith(tokens: readonly TaggedToken[], i: number): boolean {
  const noun = tokens[i - 1];
  if (noun?.pos !== 'NOUN' && noun?.pos !== 'PRON') return false;
  const phrase = nounPhraseEndingAt(tokens, i - 1);
  return phrase !== undefined && tokens[phrase.first - 1]?.lower === 'with';
}

/**
 * "O'Malley interjected to say: …", "Tom Emanuel … stood at a Bush event here to say he was
 * leaning…", "called a news conference to say…": the verb of speech after `to` tells why the
 * subject of the verb before acted (lexicon floorVerbs, floorNouns, purposeControls); that subject
 * says what follows, when something does.
 */
function purposeOfSpeech(tokens: readonly TaggedToken[], to: number, lexicon: AttributionLexicon): Cue | undefined {
  const speech = to + 1;
  if (!reportedComplement(tokens, speech)) return undefined;
  const main = verbServedBy(tokens, to, lexicon);
  if (main === undefined) return undefined;
  // (The subject as a verb of speech there would have it, "Tom Emanuel of Laconia, N.H., stood…".)
  const outer = verbCue(tokens, main, lexicon, true);
  // (Or as its clause has it, where the verb is no cue whatever follows, "called a news
  // conference", when that subject can speak.)
  const spoken = outer?.form === 'verb' ? outer.source : undefined;
  const clause = spoken ? undefined : clauseSubject(tokens, main);
  const canSpeak = (span: Span) => namesSomeone(tokens, span, lexicon) || headCanSpeak(headNoun(tokens, span)?.lower ?? '', lexicon);
  const subject = spoken ?? (clause && canSpeak(clause) ? clause : undefined);
  if (!subject || subject.last >= main) return undefined;
  return { ...(outer?.form === 'verb' ? outer : {}), form: 'verb', cue: { first: speech, last: speech }, source: subject };
}

/** The verb an infinitive of purpose at `to` serves, past where it acted or the floor it took; undefined for any other. */
function verbServedBy(tokens: readonly TaggedToken[], to: number, lexicon: AttributionLexicon): number | undefined {
  let k = skipAdverbs(tokens, to - 1);
  let acted = false;
  for (let hops = 0; hops < 4; hops++) {
    const t = tokens[k];
    if (t?.pos === 'VERB') {
      // (Right before the infinitive only a verb of taking the floor, "rose to say"; "wanted to
      // say", "struggled to explain" take it as their object. Past a place, not one that names the
      // speaker, "called on the mayor to say", nor one that takes the infinitive whatever stands
      // between, "struggled in the debate to explain", "refused at the hearing to say".)
      if (!acted) return lexicon.floorVerbs.has(t.lemma) ? k : undefined;
      return lexicon.purposeControls.has(t.lemma) || lexicon.infinitiveTakers.has(t.lemma) ? undefined : k;
    }
    const phrase = k >= 0 ? nounPhraseEndingAt(tokens, k) : undefined;
    const head = phrase && headNoun(tokens, phrase);
    if (!phrase || !head) return undefined;
    const before = skipAdverbs(tokens, phrase.first - 1);
    // (A time is passed over, "struggled on Tuesday to explain" is still "struggled to explain".)
    const time = isTimeWord(head);
    if (tokens[before]?.pos === 'ADP' && PURPOSE_PLACES.test(tokens[before]!.lower)) {
      k = skipAdverbs(tokens, before - 1);
      acted ||= !time;
      continue;
    }
    if (time) {
      k = before;
      continue;
    }
    // ("called a news conference to say…": the floor it took, its object.)
    const verb = tokens[before]?.pos === 'VERB' ? before : undefined;
    return verb !== undefined && lexicon.floorNouns.has(head.lower) && !lexicon.infinitiveTakers.has(tokens[verb]!.lemma) ? verb : undefined;
  }
  return undefined;
}

/** Prepositions of where or through what someone acted before speaking: "at a rally", "on CNN", "to Twitter". */
const PURPOSE_PLACES = /^(at|on|to|in|into|onto|before|from|outside|inside)$/;

/** The phrase a relative "that" or "which" is on, when evidence heads it (lexicon `evidenceNouns`): "her medical records in July, which…". */
function evidenceAntecedent(tokens: readonly TaggedToken[], relative: number, lexicon: AttributionLexicon): Span | undefined {
  const end = tokens[relative - 1]?.text === ',' ? relative - 2 : relative - 1;
  const phrase = end >= 0 ? nounPhraseEndingAt(tokens, end) : undefined;
  const head = phrase && headNoun(tokens, phrase);
  return head && isEvidenceNoun(head, lexicon) ? phrase : undefined;
}

/**
 * The phrase a relative clause opened at `relative` (", who…") describes, when it names someone:
 * the whole phrase when its own head does ("the leader of the opposition in Westphalia, who…",
 * "nervous Democrats on Capitol Hill, who…"), else its last preposition's object.
 */
function relativeAntecedent(tokens: readonly TaggedToken[], relative: number, lexicon: AttributionLexicon): Span | undefined {
  const found = nounPhraseEndingAt(tokens, relative - 2);
  // ("Vanity Fair scooped Woodward and Bernstein, who had promised…": a verb read into the phrase ends it.)
  const phrase = found && pastWordReadIn(tokens, found, (t) => t.pos === 'VERB');
  // ("a distraught woman outside the bank, who wept": "who" is the person's before a place.)
  if (phrase && tokens[relative]!.lower === 'who' && tokens[phrase.first - 1]?.pos === 'ADP') {
    const owner = nounPhraseEndingAt(tokens, phrase.first - 2);
    const head = owner && headNoun(tokens, owner)?.lower;
    if (owner && head && (lexicon.femaleWords.has(head) || lexicon.maleWords.has(head) || lexicon.personRoles.has(head))) return owner;
  }
  const antecedent = phrase && (headNamesSomeone(tokens, phrase, lexicon) ? phrase : lastPrepositionalObject(tokens, phrase));
  // ("The remark worried some analysts, who pointed out…": "who" makes people of a vague head
  // too — the speakers the vague-source warning then weighs.)
  const vaguePeople = (span: Span) => tokens[relative]!.lower === 'who' && lexicon.vagueHeads.has(headNoun(tokens, span)?.lower ?? '');
  // ("The question came from a young child, who said…": "who" makes a person of any common noun
  // it follows, one no lexicon lists; not of a preposition's object inside a longer phrase,
  // "staff members around the world, who…", "builder of low-income housing, who…".)
  const personByWho = (span: Span) => {
    const head = headNoun(tokens, span);
    const nounBefore = tokens[span.first - 1]?.pos === 'ADP' && /^(NOUN|PROPN)$/.test(tokens[span.first - 2]?.pos ?? '');
    return span === phrase && !nounBefore && tokens[relative]!.lower === 'who' && head?.pos === 'NOUN' && /^\p{Ll}/u.test(head.text) && !lexicon.nonAgentHeads.has(head.lower);
  };
  if (!antecedent || !(namesSomeone(tokens, antecedent, lexicon) || vaguePeople(antecedent) || personByWho(antecedent))) return undefined;
  // ("…by Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said…":
  // an apposition the article opens describes the name before it, which the clause is about.)
  if (antecedent === phrase && tokens[phrase.first]!.pos === 'DET' && tokens[phrase.first - 1]?.text === ',') {
    const found = nounPhraseEndingAt(tokens, phrase.first - 2);
    // ("…was supported Friday by Sen. Dianne Feinstein of California, …": the name, not its preposition.)
    const named = found && lastPrepositionalObject(tokens, found);
    if (named && tokens.slice(named.first, named.last + 1).some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) && !tokens.slice(named.first, named.last + 1).some((t) => t.text === ','))
      return { first: named.first, last: phrase.last };
  }
  return antecedent;
}

/** Participles of belief or report that describe a noun before an infinitive: "officials believed to…". */
const BELIEF_PARTICIPLES = /^(?:believed|thought|known|said|expected|reported|alleged|rumou?red|understood|considered|presumed|suspected|seen)$/;

/**
 * "Officials believed to support the plan", "A man thought to be her husband": where `object` is
 * what an infinitive after a participle takes, and the participle describes a noun that opens the
 * clause, that noun's phrase with all of it; undefined otherwise.
 */
function subjectBeforeInfinitive(tokens: readonly TaggedToken[], object: Span): Span | undefined {
  const verb = tokens[object.first - 1];
  if (!verb || !(verb.pos === 'VERB' || verb.pos === 'AUX') || verb.lower !== verb.lemma || tokens[object.first - 2]?.lower !== 'to') return undefined;
  const participle = tokens[object.first - 3];
  // (A participle of belief or report, "believed", "said", "known"; not a finite verb that takes an
  // infinitive, "Syria proved to be…", "One Republican threatened to make…".)
  if (!participle || !BELIEF_PARTICIPLES.test(participle.text)) return undefined;
  const noun = object.first >= 4 ? nounPhraseEndingAt(tokens, object.first - 4) : undefined;
  return noun && opensClauseAt(tokens, noun.first) ? { first: noun.first, last: object.last } : undefined;
}

/**
 * The phrase a restrictive "who" (or "many of whom") describes, when it names someone or is a
 * vague group of people: "business leaders who say…", "many of whom say…" (then "many of whom"
 * itself, the share of the phrase before the comma). A pronoun ("those who say") is left to the
 * clause's own verb.
 */
function restrictiveAntecedent(tokens: readonly TaggedToken[], who: number, lexicon: AttributionLexicon): Span | undefined {
  if (tokens[who]!.lower === 'whom') {
    const share = tokens[who - 2];
    return share && tokens[who - 3]?.text === ',' && QUANTIFIERS.has(share.lower) ? { first: who - 2, last: who } : undefined;
  }
  const found = nounPhraseEndingAt(tokens, who - 1);
  if (!found || tokens[found.last]!.pos === 'PRON' || tokens[found.last]!.pos === 'DET') return undefined;
  // (A verb or an adverb read into the phrase ends it: "Obama passionately rebuked critics who say…".)
  const phrase = pastWordReadIn(tokens, found, (t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADV');
  if (!phrase) return undefined;
  // (The phrase's own head, else its last preposition's object, "a backlash from business leaders
  // who say"; with the people a place or a body follows, "Democrats and Republicans in Congress
  // who agree…", "a tech staffer at the State Department who told…".)
  let antecedent = headNamesSomeone(tokens, phrase, lexicon) ? phrase : lastPrepositionalObject(tokens, phrase);
  const placeOrBody = tokens[antecedent.first - 1];
  if (antecedent !== phrase && placeOrBody && /^(in|at|on|from)$/.test(placeOrBody.lower)) {
    const owner = lastPrepositionalObject(tokens, { first: phrase.first, last: antecedent.first - 2 });
    const ownerHead = headNoun(tokens, owner);
    // ("Who" is a person's, not the body's after the preposition: "a tech staffer at the State Department".)
    const objectHead = headNoun(tokens, antecedent);
    const body =
      objectHead !== undefined &&
      [objectHead.lower, objectHead.lemma].some((word) => lexicon.bodyHeads.has(word) || lexicon.organisations.has(word) || (lexicon.roles.has(word) && !lexicon.personRoles.has(word)));
    // (A noun of a person's calling by its ending only before a body: "a tech staffer", "a
    // resident"; not "a backlash from unions".)
    const callingNoun = ownerHead !== undefined && ownerHead.pos === 'NOUN' && /(?:er|or|ist|ian|ant|ent)s?$/.test(ownerHead.lower);
    const ownerNames =
      ownerHead !== undefined && (namesSomeone(tokens, owner, lexicon) || [ownerHead.lower, ownerHead.lemma].some((word) => namesSomeoneByItsHead(word, lexicon)) || (body && callingNoun));
    if (owner.last >= owner.first && ownerNames) return { first: owner.first, last: antecedent.last };
  }
  antecedent = lastConjunctIfOnlyItNames(tokens, antecedent);
  const head = headNoun(tokens, antecedent);
  // (By the head's plural or its lemma: "business leaders", "voters".)
  const people = head !== undefined && [head.lower, head.lemma].some((word) => lexicon.vagueHeads.has(word) || namesSomeoneByItsHead(word, lexicon));
  return namesSomeone(tokens, antecedent, lexicon) || people ? antecedent : undefined;
}

/** The words of a phrase before its first preposition name someone: "the leader of…", "Democrats on…". */
function headNamesSomeone(tokens: readonly TaggedToken[], span: Span, lexicon: AttributionLexicon): boolean {
  let last = span.first;
  while (last < span.last && tokens[last + 1]!.pos !== 'ADP') last++;
  return namesSomeone(tokens, { first: span.first, last }, lexicon);
}

/** A phrase with a name in it, or headed by a role or a body ("the party's chairman", "the agency"). */
function namesSomeone(tokens: readonly TaggedToken[], span: Span, lexicon: AttributionLexicon): boolean {
  const words = tokens.slice(span.first, span.last + 1);
  // (A day's name is no one: "Wednesday's leak of the report, which concluded…".)
  if (words.some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !isTimeWord(t))) return true;
  const head = headNoun(tokens, span)?.lower;
  return head !== undefined && namesSomeoneByItsHead(head, lexicon);
}

/** A head noun that names someone: a role or a body, a person by a word of gender or kin, or a group ("the agency", "a distraught elderly woman", "residents"). */
/**
 * A noun that can be a speaker: someone or a group by its head (namesSomeoneByItsHead), a body, a
 * text or record that speaks, a collective, or a vague speaker ("sources"). The plain and past
 * forms right after any other noun are no verb of speech (plainFormAfterMuteNoun,
 * pastFormAfterMuteNoun).
 */
function headCanSpeak(head: string, lexicon: AttributionLexicon): boolean {
  return [lexicon.bodyHeads, lexicon.issuedTexts, lexicon.recordSpeakers, lexicon.collectiveNouns, lexicon.vagueHeads].some((words) => words.has(head)) || namesSomeoneByItsHead(head, lexicon);
}

function namesSomeoneByItsHead(head: string, lexicon: AttributionLexicon): boolean {
  return lexicon.personRoles.has(head) || lexicon.roles.has(head) || lexicon.organisations.has(head) || lexicon.femaleWords.has(head) || lexicon.maleWords.has(head) || isGroupWord(head, lexicon);
}

/** Longest quoted title read as part of a description, in words. */
const MAX_TITLE_WORDS = 5;

/**
 * Where a short quoted title opening at `k` ends (its closing mark, after a comma inside it if
 * any): "“The Apprentice,”" — capitalised words, small words between. Undefined otherwise.
 */
function quotedTitleEnd(tokens: readonly TaggedToken[], k: number): number | undefined {
  if (!/^["“]$/.test(tokens[k]?.text ?? '')) return undefined;
  let words = 0;
  for (let m = k + 1; m < tokens.length && words <= MAX_TITLE_WORDS; m++) {
    const t = tokens[m]!;
    if (/^[”"]$/.test(t.text)) return words > 0 ? m : undefined;
    if (t.text === ',' && /^[”"]$/.test(tokens[m + 1]?.text ?? '')) continue;
    // ("“America’s Bitter Pill”": a possessive inside a title.)
    if (words > 0 && /^['’]s$/.test(t.text)) continue;
    if (!/^\p{Lu}/u.test(t.text) && !(words > 0 && /^(of|the|and|or|a|an|in|on|to|for)$/.test(t.lower))) return undefined;
    words++;
  }
  return undefined;
}

/** Whether the mark at `close` closes a short quoted title ("“Morning Joe,”"): quotedTitleEnd from its opening mark. */
function closesTitle(tokens: readonly TaggedToken[], close: number): boolean {
  for (let k = close - 1; k >= Math.max(0, close - MAX_TITLE_WORDS * 2 - 2); k--) if (/^["“]$/.test(tokens[k]!.text)) return quotedTitleEnd(tokens, k) === close;
  return false;
}

/**
 * Whether the clause before the comma at `comma` opens with a bare noun phrase set off by a
 * comma, a description or a participle's phrase standing between it and that comma ("Starr's
 * remarks, first reported by the Times, suggested…", "Gigante, a stocky figure, proved…"): the
 * verb after `comma` is then that phrase's. Not "Costs, said Smith, will rise", where nothing
 * stands between.
 */
function opensWithSubjectAndAside(tokens: readonly TaggedToken[], comma: number): boolean {
  const start = pastOpeningCircumstance(tokens, pastConnectives(tokens, 0, comma), comma);
  let first = start;
  while (first < comma && tokens[first]!.text !== ',') first++;
  if (first <= start || first >= comma) return false;
  const subject = nounPhraseEndingAt(tokens, first - 1);
  if (subject?.first !== start) return false;
  if (hasClauseVerb(tokens, start, first)) return false;
  // Only a description or a participle's phrase between: a finite verb there ("The driver, who was
  // black, had seethed…, said his girlfriend") is the clause that was said.
  for (let k = first + 1; k < comma; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !PARTICIPLE.test(t.lower) && !misreadAsVerb(tokens, k))) return false;
  }
  return true;
}

/** A participle's ending: "reported", "taken", "resulting". */
const PARTICIPLE = /(ed|en|wn|ing)$/;

/**
 * Words that open an aside on the occasion ("after a long pause", "in a statement", "at a news
 * conference", "on Tuesday"), never a description of the speaker.
 */
const OCCASION_ASIDE = /^(after|before|when|while|in|at|on|during|meanwhile|however|without|through)$/;

/**
 * Does the token at `k` open an aside on the occasion? Not "at" before a name: "Pantucci, at the
 * Royal United Services Institute, said" gives where the speaker works, who they are.
 */
function opensOccasion(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  // ("Lena Vos, one week after the vote, said": a time counted from an event.)
  if (/^(one|a)$/.test(t.lower) && tokens[k + 1] !== undefined && ONE_TIME.test(tokens[k + 1]!.lower) && /^(after|before|later|earlier|ago)$/.test(tokens[k + 2]?.lower ?? '')) return true;
  if (!OCCASION_ASIDE.test(t.lower)) return false;
  if (t.lower !== 'at') return true;
  // ("at Monday's debate" tells when.)
  const next = tokens[k + 1]?.pos === 'DET' ? tokens[k + 2] : tokens[k + 1];
  return !(next && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text) && !isTimeWord(next));
}

/** A span of time counted as one: "one week after", "a day later". */
const ONE_TIME = /^(day|week|month|year|night|time|point|morning|afternoon|evening|hour)s?$/;

/** Words that open an aside on the occasion between a speaker's name and the verb. */
const CIRCUMSTANCE_OPENERS = /^(when|while|after|before|in|also|meanwhile|however|though|too|speaking|asked|contacted|reached)$/;

/** Longest opening circumstance skipped before a described speaker, in tokens. */
const MAX_OPENING_CIRCUMSTANCE = 6;

/**
 * Where the sentence's subject starts past a short opening circumstance set off by a comma:
 * "On Tuesday, Kevin Brady, chairman of…, said", "And last week, …", "Then, in 2017, …". A
 * stretch with a verb is a clause of its own, and a name in capitals a dateline: `start` then.
 */
function pastOpeningCircumstance(tokens: readonly TaggedToken[], start: number, limit: number): number {
  let at = start;
  for (;;) {
    // (After "And"/"But" only a circumstance: not "But the families, supporters and officials said".)
    const lead = tokens[at]?.pos === 'CCONJ' ? tokens[at + 1] : tokens[at];
    if (!lead || !(lead.pos === 'ADP' || lead.pos === 'ADV' || isTimeWord(lead))) return at;
    let end = at;
    while (end < limit && tokens[end]!.text !== ',') end++;
    if (end >= limit || end - at > MAX_OPENING_CIRCUMSTANCE) return at;
    const stretch = tokens.slice(at, end);
    if (stretch.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || OPENING_QUOTES.test(t.text))) return at;
    at = end + 1;
    // ("In U.S. District Court in Alexandria, Va., Lazar…": the state goes with the place.)
    const state = tokens[at];
    if (state && stretch[stretch.length - 1]!.pos === 'PROPN' && state.pos === 'PROPN' && tokens[at + 1]?.text === ',' && tokens[at + 2] && /^\p{Lu}/u.test(tokens[at + 2]!.text)) at += 2;
  }
}

/** Whether the verb at `i` has a person and then a thing for its objects: "denied him a seat", "denied Carter a photograph". */
function deniedSomeoneAThing(tokens: readonly TaggedToken[], i: number): boolean {
  let k = i + 1;
  if (OBJECT_FORMS.test(tokens[k]?.lower ?? '')) k++;
  else {
    // (A name, not a day: "denied Thursday the reports…".)
    while (tokens[k]?.pos === 'PROPN' && !isTimeWord(tokens[k]!)) k++;
    if (k === i + 1 || tokens[k] === undefined || isPossessiveMark(tokens[k]!)) return false;
  }
  return /^(a|an|any|the)$/.test(tokens[k]?.lower ?? '');
}

/** Whether a plain object follows the verb at `i` with no finite verb right after it: "maintains a program to develop…". */
function keepsAnObject(tokens: readonly TaggedToken[], i: number): boolean {
  const object = nounPhraseStartingAt(tokens, i + 1);
  if (!object || tokens[i + 1]?.lower === 'that') return false;
  const after = tokens[object.last + 1];
  return after === undefined || !(after.pos === 'AUX' || (after.pos === 'VERB' && !/^\p{Ll}+ing$/u.test(after.text)));
}

/**
 * Whether the preposition at `k` ends a participle's phrase: "serving him with", "helping the
 * family with" — a participle in -ing a few words before it, with its object between.
 */
function governedInParticiple(tokens: readonly TaggedToken[], k: number): boolean {
  if (tokens[k]?.pos !== 'ADP' || /^(than|as|like)$/.test(tokens[k]!.lower)) return false;
  for (let j = k - 1; j >= Math.max(0, k - PARTICIPLE_OBJECT_WORDS - 1); j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && /^\p{Ll}+ing$/u.test(t.text)) return j < k - 1;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/** The most words of a participle's object before its preposition ("serving the man with…"). */
const PARTICIPLE_OBJECT_WORDS = 4;

/**
 * "In addition to the ABA, a bipartisan coalition of politicians … have vouched": a phrase read
 * back as an apposition over the comma of an opening circumstance starts after that comma; the
 * circumstance's object is no part of who takes the side.
 */
function afterOpeningCircumstance(tokens: readonly TaggedToken[], phrase: Span | undefined, verb: number): Span | undefined {
  if (!phrase || phrase.first === 0) return phrase;
  const from = pastOpeningCircumstance(tokens, 0, verb);
  return from > phrase.first && from <= phrase.last ? { first: from, last: phrase.last } : phrase;
}

/**
 * "Of course, as Joel Pollak of Breitbart California observed, the biggest victor was…", "As many
 * expected, …": a verb of belief or evidence that closes an opening "as" clause before its comma
 * has the main clause for what it holds, as a verb of speech there does ("As Clyburn noted, …").
 * The "as" opens the sentence, past a connective or an opening phrase and its comma; its subject
 * holds no verb.
 */
function opensAsFrame(tokens: readonly TaggedToken[], verb: number): boolean {
  if (tokens[verb + 1]?.text !== ',') return false;
  let as = verb - 1;
  for (; as > 0 && tokens[as]!.lower !== 'as'; as--) {
    // ("As the Washington Post — even the devil can quote election statistics — observed, …": past
    // a parenthesis set off by dashes, whatever it holds.)
    const open = openingDash(tokens, as);
    if (open > 0) {
      as = open;
      continue;
    }
    if (/^(VERB|AUX|PUNCT)$/.test(tokens[as]!.pos)) break;
  }
  if (tokens[as]?.lower !== 'as' || as === verb - 1) return false;
  const before = tokens[as - 1];
  return before === undefined || before.text === ',' || (before.pos === 'CCONJ' && as === 1);
}

/** How far after a verb of speech the "that" of what was said may stand, past where and when: "said after a lunch on Tuesday that…". */
const THAT_REACH = 10;

/**
 * "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he hadn't…": a comma the writer
 * left between the name that opens the sentence and its verb of speech sets nothing off; the name
 * speaks, where a "that" opens what was said before any other verb.
 */
function nameBeforeStrayComma(tokens: readonly TaggedToken[], comma: number, verb: number): Cue | undefined {
  const name = nounPhraseEndingAt(tokens, comma - 1);
  if (!name || name.first !== 0 || !tokens.slice(name.first, name.last + 1).some((t) => isCapitalisedName(t))) return undefined;
  for (let k = verb + 1; k < tokens.length && k <= verb + THAT_REACH; k++) {
    if (tokens[k]!.lower === 'that') return { form: 'verb', cue: { first: verb, last: verb }, source: name };
    if (/^(VERB|AUX)$/.test(tokens[k]!.pos) || tokens[k]!.text === ',') return undefined;
  }
  return undefined;
}

/** How far back from "and" a participle after a comma may open the predicate joined to the next ("…, calling them rapists and vowing…"). */
const JOINED_PARTICIPLE_REACH = 12;

/**
 * The "be" of a form in -ing that the predicate "and" at `conjunction` closes opens ("…are
 * pointing this out and informing…"), or -1: a comma, a conjunction or another verb stands
 * between.
 */
function progressiveJoinedAt(tokens: readonly TaggedToken[], conjunction: number): number {
  for (let k = conjunction - 1; k > 0 && conjunction - k <= JOINED_PARTICIPLE_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'AUX') return -1;
    if (t.pos === 'VERB') {
      const be = skipAdverbs(tokens, k - 1);
      return /^\p{Ll}+ing$/u.test(t.text) && isBe(tokens[be]) && /^(is|are|was|were)$/.test(tokens[be]!.lower) ? be : -1;
    }
  }
  return -1;
}

/**
 * The participle in -ing right after a comma that opens the predicate "and" at `conjunction`
 * closes ("…, calling them rapists and vowing…"), or -1: no comma, finite verb or other
 * conjunction stands between.
 */
function participleJoinedAt(tokens: readonly TaggedToken[], conjunction: number): number {
  for (let k = conjunction - 1; k > 0 && conjunction - k <= JOINED_PARTICIPLE_REACH; k--) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'CCONJ' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) return -1;
    if (t.text === ',') return -1;
    if (tokens[k - 1]!.text === ',' && t.pos === 'VERB' && /^\p{Ll}+ing$/u.test(t.text)) return k;
  }
  return -1;
}

/**
 * Whether the words a pair of dashes sets off after a subject describe it: a name, a role, a
 * list of who it includes ("including…", "and some Republicans"), a participle with its agent
 * ("mentioned by Newsmax as…") or a relative clause on a name — not an occasion ("after a knock
 * on wood"), an adverb's aside ("now the nominee") or a clause with a verb of its own.
 */
function dashAsideDescribes(tokens: readonly TaggedToken[], aside: Span): boolean {
  if (aside.last < aside.first || aside.last - aside.first > 30) return false;
  const first = tokens[aside.first]!;
  if (opensOccasion(tokens, aside.first)) return false;
  const participle = first.pos === 'VERB' && (first.lower === 'including' || (/ed$/.test(first.lower) && tokens[aside.first + 1]?.lower === 'by'));
  const adds = /^(and|or|like|including)$/.test(first.lower);
  const words = tokens.slice(aside.first, aside.last + 1);
  // ("The governor — who has been under pressure for weeks — said": a relative clause on the speaker.)
  if (/^(who|whose)$/.test(first.lower)) return !words.some((t) => OPENING_QUOTES.test(t.text));
  if (!participle && !adds && !/^(DET|PROPN|NOUN|ADJ|NUM)$/.test(first.pos)) return false;
  // (A verb only in a relative clause on a name or a noun: "John McCain, who lost the 2008 election".)
  const relative = words.findIndex((t, k) => k > 0 && /^(who|whose|whom)$/.test(t.lower) && /^(NOUN|PROPN|PUNCT)$/.test(words[k - 1]!.pos));
  const own = relative === -1 ? words : words.slice(0, relative);
  return !own.some((t, k) => t.pos === 'AUX' || (t.pos === 'VERB' && !(k === 0 && participle) && !(/ed$/.test(t.lower) && own[k + 1]?.lower === 'by') && !/^\p{Lu}/u.test(t.text)));
}

/**
 * "John Podesta, a former aide — who ran the campaign — said…", "In Iowa, the campaign's chairman
 * — a former senator — said…": dashes that set off a parenthesis after a description stand where
 * commas would. The sentence is read with commas for the dashes (at `dash` and `close`), its
 * subject as whole as `wholeSubject` reads it there; that reading is taken where it keeps the
 * phrase before the first dash whole and reaches back past it.
 */
function describedBeforeDashes(tokens: readonly TaggedToken[], i: number, dash: number, close: number, speaker: Span, lexicon: AttributionLexicon, quoteVerb: boolean): Cue | undefined {
  const asComma = (t: TaggedToken): TaggedToken => ({ ...t, text: ',', lower: ',', lemma: ',', pos: 'PUNCT', spaceBefore: false });
  const asCommas = tokens.map((t, k) => (k === dash || k === close ? asComma(t) : t));
  const found = verbCue(asCommas, i, lexicon, quoteVerb);
  // (Read whole as the caller reads a subject, but in the sentence with commas.)
  const read = found && wholeSubject(asCommas, found);
  const source = read?.source;
  // (The phrase may fall in the description: "John Podesta" with "a former aide — who ran…".)
  const end = read?.description?.last ?? source?.last ?? -1;
  return read && source && source.first < speaker.first && end >= speaker.last ? read : undefined;
}

/**
 * "Clinton attacked Trump, saying he would…", "The departments declined, saying they cannot…":
 * a participle after a comma reports what the subject of the main clause said.
 */
function participleOfMainClause(tokens: readonly TaggedToken[], i: number, comma: number, speech: boolean, lexicon: AttributionLexicon): Cue | undefined {
  // (An adverb may stand between before a verb of speech: "…, eventually saying", "…, wrongly
  // suggesting"; "…, ultimately demonstrating" reports nothing.)
  // (A quotation mark may close after the comma: "…eliminated the “Golden Week,” saying…".)
  const from = closesQuote(tokens, comma + 1) ? comma + 1 : comma;
  if (!/ing$/.test(tokens[i]!.lower) || comma >= i || (from !== i - 1 && (!speech || tokens.slice(from + 1, i).some((t) => t.pos !== 'ADV')))) return undefined;
  // ("Obama's aides were also complimentary, perhaps recognizing that…": a hedge before the
  // participle is the writer's guess at what the subject thinks, no report of it.)
  if (tokens.slice(Math.max(comma + 1, i - 2), i).some((t) => t.pos === 'ADV' && lexicon.hedges.has(t.lower))) return undefined;
  // (Or a dash: "…on the spot – saying he was…".)
  // ("If Hillary Clinton is elected, her husband would be…, possibly calling himself…": a
  // sentence opening with a subordinate clause has its main clause's subject after it.)
  // (Whatever the opener's tag: "As word of the victories rolled in, he gave a speech,
  // predicting…", where the tagger read "As" as a preposition.)
  // (Past an opening circumstance too: "In June 2009, after Clinton suffered a concussion, Axelrod
  // emailed her…, telling her…".)
  const openingEnd = pastOpeningCircumstance(tokens, 0, comma);
  // (Past a conjunction that opens the sentence: "But when Mr. Hurt asked Norton…, it declined,
  // citing…".)
  const opener = tokens.slice(openingEnd).find((x, k) => x.pos !== 'PUNCT' && !(k === 0 && x.pos === 'CCONJ' && /^\p{Lu}/u.test(x.text)));
  if (opener !== undefined && (opener.pos === 'SCONJ' || opener.lower === 'as' || ADVERBIAL_SUBORDINATORS.test(opener.lower))) {
    const mainStart = tokens.findIndex((x, k) => k >= openingEnd && x.text === ',') + 1;
    let subject = mainStart > 0 && mainStart < comma ? clauseSubject(tokens, mainStart, true) : undefined;
    // ("While most of his rivals called for a bigger effort against the Islamic State, also known
    // as ISIS, Trump hewed to…, noting…": past an aside of the opening clause that has no subject,
    // the main clause opens after the next comma.)
    let aside = mainStart;
    while (!subject && aside > 0 && ASIDE_OPENERS.test(tokens[aside]?.lower ?? '')) {
      aside = tokens.findIndex((x, k) => k >= aside && x.text === ',') + 1;
      subject = aside > 0 && aside < comma ? clauseSubject(tokens, aside, true) : undefined;
    }
    return subject && subject.last < comma && tokens[subject.first]!.pos !== 'SCONJ' ? { form: 'verb', cue: { first: i, last: i }, source: subject } : undefined;
  }
  // ("Something hit me in my back”, then saying “save me”": a quotation closes before the comma,
  // and its subject is not the speaker.)
  if (/^[”"»]$/.test(tokens[comma - 1]?.text ?? '')) return undefined;
  // ("It was a potent one-two punch…, as Mrs. Clinton echoed the criticism, saying…": a
  // participle right after a subordinate clause set off by commas is that clause's subject's.)
  let before = comma - 1;
  while (before > 0 && tokens[before]!.text !== ',') before--;
  if (before > 0 && CLAUSE_SUBORDINATORS_OR_AS.test(tokens[before + 1]?.lower ?? '')) {
    const own = clauseSubject(tokens, before + 2);
    if (own && own.last < comma && tokens.slice(own.last + 1, comma).some((x) => x.pos === 'VERB') && tokens[own.first]!.pos !== 'PRON')
      return { form: 'verb', cue: { first: i, last: i }, source: own };
  }
  // (Past a conjunction that opens the sentence: "But the other candidate on the stage, former
  // Secretary of State Hillary Clinton, drew a contrast, saying…".)
  const start = tokens[0]?.pos === 'CCONJ' ? 1 : 0;
  let subject = clauseSubject(tokens, start, true);
  // ("In early October, Trump's Virginia state director, Mike Rubino, reached out…, writing…":
  // past an opening circumstance with no verb, the main clause's whole subject.)
  if (!subject || subject.last >= comma) {
    const past = pastOpeningCircumstance(tokens, start, comma);
    if (past > start) subject = clauseSubject(tokens, past, true);
  }
  // "Speaking in Salem, Trump went after Bush, calling him…": when the sentence opens with a
  // participle phrase, the subject of the last verb before the comma.
  if (!subject || subject.last >= comma) {
    subject = subjectOfVerbBefore(tokens, comma);
    // ("Central European leaders who have been opponents of taking in migrants have embraced…,
    // warning…": a preposition's object is no verb's subject; the subject stands further back.)
    if (subject && tokens[subject.first - 1]?.pos === 'ADP') return undefined;
  }
  if (!subject || subject.last >= comma || (tokens[subject.first]!.pos === 'PRON' && RELATIVE_WORDS.test(tokens[subject.first]!.text))) return undefined;
  // ("There is a lot of chatter about Perez, …, saying": no one is the subject of "there is".)
  if (subject.first === subject.last && /^there$/i.test(tokens[subject.first]!.text)) return undefined;
  // ("It's a big if, but Sanders was in San Diego…, emphasizing…": a clause joined by "but" after a
  // comma has a subject of its own, nearer the participle.)
  subject = joinedClauseSubject(tokens, subject.last, comma) ?? subject;
  // ("The fracas erupted two months after the tycoon entered the race…, calling them rapists",
  // "the Orlando attack was a searing moment, highlighting…": an event or a thing says nothing by
  // a participle; the subject of the last verb before the comma may, when it can speak.)
  if (!phraseCanSpeak(tokens, subject, lexicon)) {
    const nearer = subjectOfVerbBefore(tokens, comma);
    // (A preposition's object is no verb's subject; a subordinator's is: "…two months after the
    // real estate tycoon entered the race…, calling them rapists".)
    const governed = nearer ? tokens[nearer.first - 1] : undefined;
    return nearer && nearer.first > subject.last && (governed?.pos !== 'ADP' || ADVERBIAL_SUBORDINATORS.test(governed.lower)) && phraseCanSpeak(tokens, nearer, lexicon)
      ? { form: 'verb', cue: { first: i, last: i }, source: nearer }
      : undefined;
  }
  if (actShown(tokens, i, subject, lexicon)) return undefined;
  // ("Shares fell 5 percent, suggesting investors were worried", "The northern hemisphere lies at a
  // lower elevation…, suggesting the crust may be thinner": a verb of evidence after a subject that
  // neither speaks nor is evidence draws the writer's inference from what the clause tells.)
  if (INFERENCE_VERBS.test(tokens[i]!.lemma) && !subjectReports(tokens, subject, lexicon)) return undefined;
  // ("Clinton spoke down the street from the casino, where about 50 protesters had gathered…,
  // chanting “…”": a clause of place between, with a subject that can hold a view, is nearer;
  // the participle is that subject's.)
  // (Only "where" after a place, not a "when" that dates the main clause: "Trump was similarly
  // defensive when forced to defend…, saying…"; and a named or counted subject, not a pronoun.)
  const relative = tokens.slice(subject.last + 1, comma).findIndex((x, k) => x.lower === 'where' && /^(NOUN|PROPN|PUNCT)$/.test(tokens[subject.last + k]!.pos));
  if (relative !== -1) {
    const nearer = subjectOfVerbBefore(tokens, comma);
    if (nearer && nearer.first > subject.last + 1 + relative && tokens[nearer.first]!.pos !== 'PRON' && headHoldsAView(tokens.slice(nearer.first, nearer.last + 1), lexicon))
      return { form: 'verb', cue: { first: i, last: i }, source: nearer };
  }
  return { form: 'verb', cue: { first: i, last: i }, source: subject };
}

/**
 * "…at the foot of Mummy Mountain (did someone say Egypt?) in…": a question in brackets inside a
 * sentence that asserts; the one asked about says nothing the sentence reports.
 */
function askedInBrackets(tokens: readonly TaggedToken[], at: number): boolean {
  if (!insideBrackets(tokens, at)) return false;
  const close = tokens.findIndex((t, k) => k > at && t.text === ')');
  return tokens[close - 1]?.text === '?';
}

/** Verbs that bring back or take in a scene, someone doing something: "remember Carter going on TV". */
const RECALLING_VERBS = /^(remember|recall|recollect|see|watch|hear|imagine|picture|witness)$/;

/**
 * Whether a verb of memory or sight between `after` and `before` takes someone doing something
 * ("remember Carter going on TV", "watched the suspect fleeing"): a participle after it goes on
 * with that one's act, not the subject's.
 */
function sceneRecalled(tokens: readonly TaggedToken[], after: number, before: number): boolean {
  for (let k = before - 1; k > after + 2; k--) {
    const t = tokens[k]!;
    // (The tagger may read the form in -ing after a noun as a noun: "the mayor standing".)
    if (!/^(VERB|NOUN)$/.test(t.pos) || !/^\p{Ll}+ing$/u.test(t.text) || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) continue;
    if (tokens.slice(after + 1, k - 1).some((x) => x.pos === 'VERB' && RECALLING_VERBS.test(x.lemma))) return true;
  }
  return false;
}

/**
 * The subject of the last clause joined after a comma by "but", "and", "yet" or "so" between the
 * main clause's subject (`after`) and the participle's comma: a subject right after the conjunction
 * with its verb right after it ("…, but Sanders was…"). Not a verb phrase joined to the first
 * ("…, and later in Michigan, saying").
 */
function joinedClauseSubject(tokens: readonly TaggedToken[], after: number, comma: number): Span | undefined {
  for (let j = comma - 1; j > after; j--) {
    if (tokens[j]!.text !== ',' || !JOINING_CONJUNCTIONS.test(tokens[j + 1]?.lower ?? '')) continue;
    const own = clauseSubject(tokens, j + 2);
    if (!own || own.first !== j + 2 || own.last >= comma) return undefined;
    // (The verb in lower case: in "…, and Mr. Hurt's book included…" the tagger's verb is the name.)
    const verb = tokens[own.last + 1];
    return verb && /^(VERB|AUX)$/.test(verb.pos) && /^\p{Ll}/u.test(verb.text) ? own : undefined;
  }
  return undefined;
}

/** Conjunctions that join a clause of its own after a comma. */
const JOINING_CONJUNCTIONS = /^(but|and|yet|so)$/;

/** Verbs of showing by which a participle after a clause reads what its act shows. */
const SHOWING = /^(show|demonstrate|prove)$/;

/**
 * "Jose Luis Orozco showed almost no emotion throughout the trial", "the university showed a video
 * montage", "Mike Pence showed the crowd a clip": someone who shows a thing displays it, and says
 * nothing by it. Evidence still shows what it shows ("tests showed a herniated disk"), and anyone
 * may show that something is so ("…showed that the businessman was given an opportunity").
 */
function thingShown(tokens: readonly TaggedToken[], cue: Cue, lexicon: AttributionLexicon): boolean {
  const source = cue.source;
  const verb = tokens[cue.cue.last]!;
  if (cue.form !== 'verb' || !source || source.last >= cue.cue.first || !SHOWING.test(cueLemma(verb, lexicon) ?? verb.lemma)) return false;
  // (A thing: an article, a modifier, a count, a common noun or an object pronoun; not "that",
  // "how", a name that opens a clause, "showed Clinton had received…".)
  // (An adverb of degree may stand first: "showed almost no emotion".)
  const k = tokens[cue.cue.last + 1]?.pos === 'ADV' && /^(DET|ADJ|NUM)$/.test(tokens[cue.cue.last + 2]?.pos ?? '') ? cue.cue.last + 2 : cue.cue.last + 1;
  const next = tokens[k];
  if (next === undefined || !/^(DET|ADJ|NOUN|NUM|PRON)$/.test(next.pos) || /^(that|this|these|those|what|which|whether)$/.test(next.lower) || CLAUSE_SUBJECT_PRONOUNS.test(next.lower)) return false;
  return showsAsAnAgent(tokens, source, lexicon);
}

/**
 * Whether a subject is someone who acts rather than evidence: a personal pronoun, a person, a
 * role, a body or a group by its head ("the university", "Prosecutors"), or a name of capitalised
 * words past the sentence's first ("Mike Pence", "…, and Dalembert"), with no evidence, poll,
 * recording or text in the phrase ("A Sept. 15, 2011 email", "A national poll released Sunday by
 * The Washington Post", "Photos", capitalised only as the sentence's first word).
 */
function showsAsAnAgent(tokens: readonly TaggedToken[], subject: Span, lexicon: AttributionLexicon): boolean {
  const words = tokens.slice(subject.first, subject.last + 1);
  if (words.length === 1 && words[0]!.pos === 'PRON') return CLAUSE_SUBJECT_PRONOUNS.test(words[0]!.lower);
  if (words.some((t) => recordWord(t, lexicon))) return false;
  const head = headNoun(tokens, subject);
  if (head !== undefined && /^\p{Ll}/u.test(head.text) && namesSomeoneByItsHead(head.lower, lexicon)) return true;
  const name = words.every((t) => (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) || t.text === '.');
  return name && (subject.first > 0 || words.length > 1) && words.length <= NAME_WORDS;
}

/**
 * "Mrs. Clinton spent Monday campaigning in Kentucky, showing how the battle…": a participle of
 * showing after a clause whose subject is someone, not evidence, is the writer's reading of what
 * the act shows; the subject says nothing by it. Evidence still shows: "The poll came out on
 * Monday, showing Clinton ahead".
 */
function actShown(tokens: readonly TaggedToken[], i: number, subject: Span, lexicon: AttributionLexicon): boolean {
  if (!SHOWING.test(tokens[i]!.lemma)) return false;
  if (subject.first === subject.last && tokens[subject.first]!.pos === 'PRON') return /^(he|she|they|we|i|you)$/i.test(tokens[subject.first]!.text);
  const head = headNoun(tokens, subject);
  if (head === undefined) return false;
  return !recordWord(head, lexicon) && namesSomeone(tokens, subject, lexicon);
}

/** Evidence, a poll, a recording, an issued text or a record's speaker, by its word or lemma: what shows, not who acts. */
function recordWord(t: TaggedToken, lexicon: AttributionLexicon): boolean {
  return [lexicon.evidenceNouns, lexicon.pollNouns, lexicon.recordingNouns, lexicon.issuedTexts, lexicon.recordSpeakers].some((words) => words.has(t.lower) || words.has(t.lemma));
}

/**
 * "She appeared on television during the convention claiming that…", "The group published
 * research on behalf of the institute during the convention showing that…": a participle in -ing
 * right after a preposition's or a verb's object that cannot speak (an event, an incident) is not
 * that object's. Back over the chain of preposition phrases: where it ends on a verb's object, evidence
 * there shows ("research … showing") and anything else is the verb's subject's; where it ends on
 * the verb ("appeared on television during…"), the verb's subject speaks. Undefined where the
 * rule says nothing, "none" where no one fits (better no source than the convention).
 */
function participleAfterGovernedPhrase(tokens: readonly TaggedToken[], source: Span, i: number, lexicon: AttributionLexicon): Span | 'none' | undefined {
  if (!/^\p{Ll}+ing$/u.test(tokens[i]!.text)) return undefined;
  // (Or a finite verb's own object, a time perhaps between: "The board entered the meeting on
  // Tuesday believing it had the votes" is the board's belief, not the meeting's. A participle of
  // speech there is read below, in verbCue: "issued a statement Saturday saying…".)
  const governing = tokens[source.first - 1];
  const objectOfVerb =
    governing?.pos === 'VERB' &&
    /^\p{Ll}/u.test(governing.text) &&
    !/ing$/.test(governing.lower) &&
    !lexicon.speech.has(tokens[i]!.lemma) &&
    (source.last === i - 1 || timePhraseEnd(tokens, source.last + 1) === i);
  if (!objectOfVerb && (source.last !== i - 1 || governing?.pos !== 'ADP')) return undefined;
  // (Only a phrase that cannot speak: "…reminds me of Abraham Lincoln saying", "…alongside an
  // item suggesting", "…into the hands of land speculators anticipating" are the phrase's own.)
  // (A named event too: "the Democratic National Convention".)
  const head = headNoun(tokens, source);
  const event = head !== undefined && (!phraseCanSpeak(tokens, source, lexicon) || (head.pos === 'PROPN' && lexicon.nonAgentHeads.has(head.lower)));
  if (!event || evidenceIn(tokens, source, lexicon) >= 0) return undefined;
  let chain = source;
  while (tokens[chain.first - 1]?.pos === 'ADP') {
    // (Left as it is after an absolute "with", an agent's "by", a comparison or a time.)
    const preposition = tokens[chain.first - 1]!.lower;
    if (preposition === 'with' || preposition === 'by' || COMPARING_OR_TIMING.test(preposition)) return undefined;
    const outer = nounPhraseEndingAt(tokens, chain.first - 2);
    if (!outer) break;
    chain = outer;
  }
  const before = tokens[chain.first - 1];
  const finiteVerb = (t: TaggedToken | undefined) => t?.pos === 'VERB' && /^\p{Ll}/u.test(t.text) && !/ing$/.test(t.lower);
  let verbAt: number;
  if (before?.pos === 'ADP' && finiteVerb(tokens[chain.first - 2])) verbAt = chain.first - 2;
  else if (finiteVerb(before)) {
    const headWord = headNoun(tokens, chain);
    if (headWord && isEvidenceNoun(headWord, lexicon) && lexicon.evidenceVerbs.has(cueLemma(tokens[i]!, lexicon) ?? '')) return chain;
    verbAt = chain.first - 1;
  } else return undefined;
  const subject = subjectOfVerbBefore(tokens, verbAt + 1);
  if (!subject || subject.last >= verbAt || tokens[subject.first - 1]?.pos === 'ADP' || !phraseCanSpeak(tokens, subject, lexicon)) return 'none';
  return subject;
}

/**
 * "Sen. Kristen Gillibrand (D-NY), a supporter of … told host Chris Cuomo…", "“…,” Robert
 * McFarlane, an assistant state attorney general said Tuesday": a description after the name that
 * opens the clause, its closing comma missing before a verb of speech. The name with its
 * description speaks, as where both commas stand. Not a frame set off by commas ("Mr. Gigante,
 * the indictment asserted, wanted…"), nor after a clause of its own ("…in Santa Rosa, California,
 * the Post stated"), nor after a time ("On Saturday, the governor said").
 */
function nameBeforeUnclosedDescription(tokens: readonly TaggedToken[], source: Span, verb: number): Span {
  if (!/^(a|an|the)$/.test(tokens[source.first]?.lower ?? '') || tokens[source.first - 1]?.text !== ',' || tokens[verb + 1]?.text === ',') return source;
  let end = source.first - 2;
  // (A party and state in brackets after the name: "(D-NY)".)
  if (tokens[end]?.text === ')') {
    while (end > 0 && tokens[end]!.text !== '(') end--;
    end--;
  }
  let first = end;
  while (first > 0 && tokens[first - 1]!.pos === 'PROPN') first--;
  if (end < 0 || first > end || !tokens.slice(first, end + 1).every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !isTimeWord(t))) return source;
  // (One capitalised word opening the sentence may be an adverb the tagger took for a name: "Offstage, the actors agree".)
  if (first === 0 && end === 0) return source;
  // (The name opens the clause: nothing before it but an opening phrase with no verb, or a quotation.)
  const opensClause = first === 0 || closesQuote(tokens, first - 1) || (tokens[first - 1]!.text === ',' && !tokens.slice(0, first).some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
  return opensClause ? { first, last: source.last } : source;
}

/** A phrase that may speak: one not headed by a noun of an event, a time (nonAgentHeads) or an incident (incidentHeads). */
/** Verbs of evidence that a participle may use to draw an inference: "…, suggesting…", "…, signalling that…". */
const INFERENCE_VERBS = /^(suggest|indicate|show|signal|reveal|demonstrate|imply)$/;

/** A phrase that names someone, a body or evidence: what a verb of evidence may report for. */
function subjectReports(tokens: readonly TaggedToken[], span: Span, lexicon: AttributionLexicon): boolean {
  const head = headNoun(tokens, span);
  const person = span.first === span.last && /^(he|she|they|we|i|you)$/.test(tokens[span.first]!.lower);
  return person || namesSomeone(tokens, span, lexicon) || (head !== undefined && (isEvidenceNoun(head, lexicon) || headCanSpeak(head.lower, lexicon)));
}

function phraseCanSpeak(tokens: readonly TaggedToken[], span: Span, lexicon: AttributionLexicon): boolean {
  // (By its head, not a name that qualifies it: "the Orlando attack".)
  const head = headNoun(tokens, span);
  return head === undefined || head.pos !== 'NOUN' || ![head.lower, head.lemma].some((word) => lexicon.nonAgentHeads.has(word) || lexicon.incidentHeads.has(word));
}

/**
 * An agent that is voters counted or the electorate ("rejected by 64 percent of the electorate",
 * "approved by 52% of voters", "rejected by an electorate he no longer recognized"): a vote's
 * result, which no one reports by.
 */
function votersCounted(tokens: readonly TaggedToken[], agent: Span, lexicon: AttributionLexicon): boolean {
  const share = tokens[agent.first]?.pos === 'NUM' && /^(percent|per|%)$/.test(tokens[agent.first + 1]?.lower ?? '');
  const head = headNoun(tokens, agent);
  return share || (head?.pos === 'NOUN' && lexicon.votingBodies.has(head.lower));
}

/** The subject of the nearest verb before `index` that is not a participle in -ing. */
function subjectOfVerbBefore(tokens: readonly TaggedToken[], index: number): Span | undefined {
  let verb = index - 1;
  for (;;) {
    // (Nor a verb in a compound of hyphens: "a follow-up statement", "state-owned".)
    while (verb >= 0 && (tokens[verb]!.pos !== 'VERB' || /ing$/.test(tokens[verb]!.lower) || hyphenJoined(tokens, verb) || (tokens[verb + 2] !== undefined && hyphenJoined(tokens, verb + 2)))) verb--;
    const end = verb > 0 ? skipLeftModifiers(tokens, verb - 1) : -1;
    // ("…, Warren appeared with Maddow and officially endorsed Clinton, saying…": a predicate
    // joined by "and" shares the subject of the one before it.)
    if (end > 0 && tokens[end]!.pos === 'CCONJ') {
      verb = end - 1;
      continue;
    }
    // ("…, he proceeded to recite a passage from the Bible, saying:": an infinitive's subject is
    // that of the verb it completes.)
    if (end > 0 && tokens[end]!.lower === 'to' && tokens[end]!.pos === 'PART' && tokens[end - 1]!.pos === 'VERB') {
      verb = end - 1;
      if (/ing$/.test(tokens[verb]!.lower)) return undefined;
      continue;
    }
    const found = end >= 0 ? nounPhraseEndingAt(tokens, end) : undefined;
    return found && beyondTime(tokens, found);
  }
}

const RELATIVE_WORDS = /^(?:who|whose|whom|which|that|what)$/i;

/** Pronouns that may open a relative clause without its "that": "the candidate they support". */
const CONTACT_SUBJECTS = /^(he|she|they|we|i|you)$/i;

/** Pronouns of a thing a contact clause may describe: "everything he said". */
const INDEFINITE_THINGS = /^(everything|anything|something|nothing)$/;

/** How far after "found in" a "that" still opens what was found: "found in the files that…". */
const FOUND_WHERE_REACH = 6;

/** Words that open a relative clause that is its own noun phrase: "whoever he wants". */
const FREE_RELATIVES = /^(whoever|whomever|whatever|whichever)$/;

/**
 * "…name the candidate they support before being elected", "takes back everything he said.",
 * "The things he wants to accomplish appeal to…": a pronoun right after a noun opens a relative
 * clause that drops its "that"; the verb's object is the noun before it, and nothing after the
 * verb (or its infinitives) is reported — a preposition, the sentence's end or the main clause's
 * verb follows. The noun phrase must stand where a clause puts it (after a verb, or opening the
 * sentence): not "In the letter he warned of…", an opening phrase and its main clause.
 */
function contactRelative(tokens: readonly TaggedToken[], i: number, takesClause: boolean, lexicon: AttributionLexicon): boolean {
  let p = i - 1;
  while (p >= 0 && (tokens[p]!.pos === 'ADV' || tokens[p]!.pos === 'AUX' || tokens[p]!.lower === 'not' || tokens[p]!.lower === "n't")) p--;
  // ("another president whom Obama mentioned later in his speech": a clause that "whom" opens has
  // its object before its subject, and is read on as one without "that". Not a side taken or an
  // accusation, which blind readers kept: "the only councillor whom the mayor refused to endorse",
  // "the two rivals whom Lindqvist has accused of spreading false figures".)
  const subject = p >= 0 && /^(NOUN|PROPN|PRON)$/.test(tokens[p]!.pos) ? nounPhraseEndingAt(tokens, p) : undefined;
  const accusation = lexicon.objectFirstVerbs.has(cueLemma(tokens[i]!, lexicon) ?? tokens[i]!.lemma);
  if (takesClause && !accusation && subject !== undefined && tokens[subject.first - 1]?.lower === 'whom' && tokens[subject.first - 2]?.text !== ',')
    return nothingReportedAfter(tokens, i, takesClause);
  const noun = tokens[p - 1];
  if (p < 1 || !CONTACT_SUBJECTS.test(tokens[p]!.text) || noun === undefined) return false;
  // (Whatever the tagger made of "everything": "takes back everything he said".)
  // ("…to pick whoever he wants and that's it": a free relative is the verb's object, whatever follows.)
  if (FREE_RELATIVES.test(noun.lower)) return tokens[i + 1]?.lower !== 'that' && !isQuotationMark(tokens, i + 1);
  const indefinite = INDEFINITE_THINGS.test(noun.lower);
  if (!indefinite && (noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text) || isTimeWord(noun))) return false;
  const phrase = indefinite ? { first: p - 1, last: p - 1 } : nounPhraseEndingAt(tokens, p - 1);
  if (!phrase) return false;
  // (Whom a verb of saying addresses: "after telling his aides he planned to resign" gives what
  // he told them.)
  const governor = tokens[phrase.first - 1];
  if (governor?.pos === 'VERB' && lexicon.speech.has(cueLemma(governor, lexicon) ?? governor.lemma)) return false;
  const before = tokens.slice(0, phrase.first);
  if (!before.every((x) => x.pos === 'PUNCT' || x.pos === 'CCONJ') && !before.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return false;
  return nothingReportedAfter(tokens, i, takesClause);
}

/**
 * After the verb `i` of a relative clause whose object is the noun it describes: whether nothing
 * is reported — a preposition, the sentence's end or the main clause's verb follows, past the
 * verb's infinitives and a time.
 */
function nothingReportedAfter(tokens: readonly TaggedToken[], i: number, takesClause: boolean): boolean {
  // Past the verb's infinitives ("wants to accomplish", "preferred not to answer") and a time.
  let k = i + 1;
  let infinitive = false;
  for (;;) {
    while (tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'not') k++;
    if (tokens[k]?.lower !== 'to' || tokens[k + 1]?.pos !== 'VERB') break;
    k += 2;
    infinitive = true;
  }
  if (tokens[k]?.pos === 'NUM' && TIME_UNITS.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'ago') k += 3;
  const after = tokens[k];
  if (after === undefined) return true;
  if (after.lower === 'that' || isQuotationMark(tokens, k)) return false;
  // ("The major danger he sees for these plans is ''…''": the clause names the view whose words
  // the main clause then gives.)
  let given = k;
  while (given < tokens.length && !CLAUSE_MARK.test(tokens[given]!.text) && !FINITE_BE.test(tokens[given]!.lower)) given++;
  if (FINITE_BE.test(tokens[given]?.lower ?? '') && (isQuotationMark(tokens, given + 1) || /^(that|:)$/.test(tokens[given + 1]?.lower ?? ''))) return false;
  // (A verb of saying may take a clause whose subject is the noun: "a decision they say allowed
  // terrorist activity to multiply" reports what the decision did. The main clause's verb follows
  // only a verb that takes none, or an infinitive: "The things he wants to accomplish appeal…".)
  const mainVerb = (after.pos === 'VERB' || after.pos === 'AUX') && (!takesClause || infinitive);
  return mainVerb || after.pos === 'ADP' || /^[.!?;)]$/.test(after.text) || (after.lower === 'to' && tokens[k + 1]?.pos === 'PUNCT');
}

/** Words that open an aside on the noun before them, not a clause: ", also known as ISIS,", ", which is based in Syria,". */
const ASIDE_OPENERS = /^(also|known|which|who|whose|formerly|now|better|once|called|dubbed)$/;

/** Words that open a subordinate clause with a subject of its own, "as" among them ("…, as Mrs. Clinton echoed the criticism, saying"). */
const CLAUSE_SUBORDINATORS_OR_AS = /^(as|when|while|because|since|although|though|after|before)$/;

/** Prepositions that govern a participle of speech: "by saying", "after telling", "while insisting". */
const PARTICIPLE_PREPOSITIONS = /^(?:by|after|before|while|in|when|upon)$/;

/**
 * "He began by saying, “…”": the subject of the main clause speaks. At the head of the sentence
 * ("After saying he was nervous, the man…") the main clause comes after the first comma.
 */
function participleAfterPreposition(tokens: readonly TaggedToken[], i: number, governing: number, lexicon: AttributionLexicon): Cue | undefined {
  // Speech only: "by seeing", "after hearing" tell what the subject perceived, not what they said.
  if (!/ing$/.test(tokens[i]!.lower) || !lexicon.speech.has(tokens[i]!.lemma)) return undefined;
  const preposition = firstOfJoinedPrepositions(tokens, governing);
  const opensSentence = tokens.slice(0, preposition).every((t) => t.pos === 'PUNCT');
  let subject: Span | undefined;
  // Whether the subject lies beyond the plain reach: past an adverb, an infinitive or an aside.
  let reach = preposition !== i - 1;
  if (opensSentence) {
    const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
    subject = comma === -1 ? undefined : clauseSubject(tokens, comma + 1);
  } else {
    // The subject of the verb the preposition hangs on ("When the hearing resumed, Lindqvist began by saying").
    // (Not a participle that describes a noun: "…joining her running mate Donald Trump in calling".)
    let verb = preposition - 1;
    const describesNoun = (k: number) =>
      participleBeforeNoun(tokens, k) ||
      (/^\p{Ll}+ing$/u.test(tokens[k]!.text) && (tokens[k - 1]?.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[k - 1]?.lower ?? '')) && tokens[k + 1]?.pos === 'NOUN');
    // (A "have" or "be" with no verb after it is the clause's own verb: "Bolton had a comparable
    // assessment…, while saying that…".)
    const mainAuxiliary = (k: number) => tokens[k]!.pos === 'AUX' && /^(have|has|had|is|was|are|were)$/.test(tokens[k]!.lower) && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k + 1]?.pos ?? '');
    while (verb >= 0 && ((tokens[verb]!.pos !== 'VERB' && !mainAuxiliary(verb)) || describesNoun(verb))) verb--;
    let end = verb > 0 ? skipLeftModifiers(tokens, verb - 1) : -1;
    // (Through the verb an infinitive completes: "The candidate appeared to assert his plans by
    // saying"; not a passive's, "would be allowed to deny licences by asserting", nor past a
    // predicate of its own, "…appeared to hash out their differences, but Ryan has been vocal in
    // rejecting".)
    const ownPredicateBetween = tokens.slice(verb + 1, preposition).some((x) => x.pos === 'AUX' || x.text === ',' || x.pos === 'CCONJ' || x.pos === 'SCONJ');
    while (!ownPredicateBetween && end > 0 && tokens[end]!.lower === 'to' && tokens[end]!.pos === 'PART' && tokens[end - 1]!.pos === 'VERB' && !isBe(tokens[skipAdverbs(tokens, end - 2)])) {
      verb = end - 1;
      end = skipLeftModifiers(tokens, verb - 1);
      reach = true;
    }
    // ("Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying…": a
    // predicate joined by "and" shares the subject of the one before it.)
    // (Past an apposition, the sentence's own subject: "Dean, a medical doctor, then appeared…".)
    const sentenceSubject = () => {
      const opening = clauseSubject(tokens, 0);
      return opening && opening.last < end ? opening : undefined;
    };
    const joined = tokens[end]?.lower === 'and' && tokens[end]!.pos === 'CCONJ' ? (subjectOfVerbBefore(tokens, end) ?? sentenceSubject()) : undefined;
    const found = joined ?? (end >= 0 ? nounPhraseEndingAt(tokens, end) : undefined);
    subject = found && beyondTime(tokens, found);
    // ("Silverman, herself a supporter, incurred boos upon saying", "Mr. Sanders, after initially
    // saying…, has bought": past an aside set off by commas, the sentence's own subject.)
    const firstVerb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (!subject && verb < 0 && tokens[preposition - 1]?.text === ',') subject = openingSubjectBeforeComma(tokens, preposition);
    else if (!subject && tokens[end]?.text === ',' && firstVerb === verb) subject = openingSubjectBeforeComma(tokens, verb);
    if (subject && !found) reach = true;
  }
  // (What is reached past an adverb, an infinitive or an aside reports only with what was said
  // after it: "…upon saying, “…”"; not the acts a blind reader rejected, "after derisively
  // mocking Trump", "by rejecting an inquiry", "after accidentally tweeting a picture".)
  if (reach && !reportedComplement(tokens, i)) return undefined;
  if (!subject || (tokens[subject.first]!.pos === 'PRON' && RELATIVE_WORDS.test(tokens[subject.first]!.text))) return undefined;
  return { form: 'verb', cue: { first: i, last: i }, source: subject };
}

/**
 * "The meeting was called by the mayor", "The so called “Implementation Initiative” was called by
 * the SVP to force the government to adopt…": what was called is a meeting or a vote (lexicon
 * `convenedEvents`), or it was called for a purpose the infinitive after the agent gives; the
 * agent convened it and said nothing.
 */
function calledToConvene(tokens: readonly TaggedToken[], be: number, agent: Span, lexicon: AttributionLexicon): boolean {
  if (tokens[agent.last + 1]?.lower === 'to' && tokens[agent.last + 2]?.pos === 'VERB') return true;
  const subject = be > 0 ? nounPhraseEndingAt(tokens, skipLeftModifiers(tokens, be - 1)) : undefined;
  const head = subject && headNoun(tokens, subject);
  return head !== undefined && (lexicon.convenedEvents.has(head.lower) || lexicon.convenedEvents.has(head.lemma));
}

/**
 * "…on two levels: by suggesting that the voters got it wrong and by dismissing the judgment…":
 * a preposition joined by "and" or "or" to the same one before it, a participle after each, hangs
 * where the first does; its participle has the first one's subject, not the last noun before it.
 */
function firstOfJoinedPrepositions(tokens: readonly TaggedToken[], preposition: number): number {
  if (tokens[preposition - 1]?.pos !== 'CCONJ') return preposition;
  const word = tokens[preposition]!.lower;
  for (let k = preposition - 2; k >= 0; k--) if (tokens[k]!.lower === word && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? '')) return k;
  return preposition;
}

/**
 * The noun phrase that opens the sentence and ends at its first comma, before `before`, with
 * nothing but an aside between that comma and `before` ("Silverman, herself a supporter,").
 */
function openingSubjectBeforeComma(tokens: readonly TaggedToken[], before: number): Span | undefined {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 1 || comma >= before) return undefined;
  const phrase = nounPhraseEndingAt(tokens, comma - 1);
  if (!phrase || !tokens.slice(0, phrase.first).every((t) => t.pos === 'PUNCT')) return undefined;
  if (tokens[phrase.first]!.pos === 'PRON' && !PERSONAL_PRONOUNS.test(tokens[phrase.first]!.lower)) return undefined;
  return phrase;
}

/**
 * "Exit polling showed that…", "Recent polling shows…": a word in -ing right before the cue verb,
 * with no auxiliary before it, is a noun heading the subject however the tagger read it.
 */
function gerundSubject(tokens: readonly TaggedToken[], left: number, verb: number): Span | undefined {
  const t = tokens[left]!;
  // ("Having said that, …": an auxiliary's participle heads no subject.)
  if (left !== verb - 1 || t.pos !== 'VERB' || !/ing$/.test(t.lower) || /^(having|being)$/.test(t.lower)) return undefined;
  const before = tokens[left - 1];
  // At the head of the sentence, or after a determiner, an adjective or a name ("Exit polling",
  // "Recent polling"); not after a comma ("…, prompting calls for…") or a possessive ("the
  // 76ers' thinking said": the speaker is the phrase the possessive ends).
  if (!before) return { first: left, last: left };
  if (before.pos !== 'DET' && before.pos !== 'ADJ' && before.pos !== 'PROPN') return undefined;
  const head = nounPhraseEndingAt(tokens, left - 1);
  return head ? { first: head.first, last: left } : undefined;
}

/** Where `close` is a dash, the dash before it that opens the parenthesis it closes; a number below 1 where there is none. */
function openingDash(tokens: readonly TaggedToken[], close: number): number {
  if (!isDash(tokens, close)) return -1;
  let open = close - 1;
  while (open > 0 && !isDash(tokens, open)) open--;
  return open;
}

/** Whether the word at `k` stands between two dashes that set off a parenthesis. */
function insideDashes(tokens: readonly TaggedToken[], k: number): boolean {
  let before = 0;
  for (let j = 0; j < k; j++) if (isDash(tokens, j)) before++;
  return before % 2 === 1 && tokens.some((_, j) => j > k && isDash(tokens, j));
}

/** Whether the word at `k` stands inside brackets that close after it. */
function insideBrackets(tokens: readonly TaggedToken[], k: number): boolean {
  let depth = 0;
  for (let j = 0; j < k; j++) {
    if (tokens[j]!.text === '(') depth++;
    else if (tokens[j]!.text === ')' && depth > 0) depth--;
  }
  return depth > 0 && tokens.some((t, j) => j > k && t.text === ')');
}

/** A dash that sets off a parenthesis: "—", "–", "―" (a horizontal bar some sites set for it), or a hyphen with blanks on both sides. */
export function isDash(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (t.text === '—' || t.text === '–' || t.text === '―' || t.text === '--') return true;
  return t.text === '-' && t.spaceBefore && tokens[i + 1]?.spaceBefore === true;
}

/** Words that may open a description of the speaker: "a broker", "the director", "who leads", "executive director of". */
function opensDescription(tokens: readonly TaggedToken[], k: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[k];
  if (!t) return false;
  // (Not a time: "Smith, one day after the vote, said".)
  const next = tokens[k + 1];
  if (t.lower === 'one' && next !== undefined && ONE_TIME.test(next.lower)) return false;
  // (Also "then pastor at…", "now a broker…", and an age: "said Alyssa Van Wagenen, 29, of Meridian".)
  // ("of Mayfield Memorial Church": where the speaker is from.)
  // ("Stan Perlo, one of two defense attorneys…", "Lon Wood, another retired journalist…": one
  // among several.)
  if (/^(who|whose|a|an|the|its|his|her|their|then|now|formerly|of|one|another)$/i.test(t.text) || (t.pos === 'NUM' && /^\d{1,3}$/.test(t.text))) return true;
  // ("…, managing director at Evercore", "…, acting director of…": a participle the tagger read
  // as a verb, before the role it qualifies.)
  if (t.pos === 'VERB' && /^\p{Ll}+(ing|ed)$/u.test(t.text) && next?.pos === 'NOUN' && [next.lower, next.lemma].some((w) => lexicon.personRoles.has(w) || lexicon.occupations.has(w))) return true;
  return (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') && /^\p{L}/u.test(t.text);
}

/**
 * "…,” said Lena Vos, a nurse at the clinic who has worked there since 2010.": after an
 * inverted speaker's name, a comma and words that describe the speaker running to the end of
 * the sentence belong to the source as written, with a bracket before them ("said Rep. Ana
 * Moreau (D-N.C.), head of…"). Not when a quotation or another cue follows ("said Vos, adding
 * that…" opens with a verb; "…, who said the…" reports again).
 */
function trailingDescription(tokens: readonly TaggedToken[], after: number, lexicon: AttributionLexicon): Span | undefined {
  let last = tokens.length - 1;
  // Up to the last word: not the full stop, a closing mark or an emoji after it.
  while (last > after && !/[\p{L}\p{N})]/u.test(tokens[last]!.text)) last--;
  // A party and state or an affiliation in brackets first: "Rep. Ana Moreau (D-N.C.), head of…".
  // (Only a label: "(D-N.C.)", "(AROS)"; not an aside in words, "(a view echoed by…)".)
  let close = tokens[after]?.text === '(' ? tokens.findIndex((t, k) => k > after && k <= after + 8 && t.text === ')') : -1;
  if (close !== -1 && tokens.slice(after + 1, close).some((t) => /^\p{Ll}/u.test(t.text))) close = -1;
  if (close !== -1 && close === last) return { first: after, last };
  // ("…, said an official who was briefed on the plan.": a relative clause right after the name,
  // with no comma, is the phrase's own; it starts the description as a comma would.)
  const restrictive = close === -1 && /^(who|whose)$/.test(tokens[after]?.lower ?? '') && after > 0 && tokens[after - 1]!.pos !== 'PUNCT';
  const comma = restrictive ? after - 1 : close === -1 ? after : close + 1;
  if ((!restrictive && tokens[comma]?.text !== ',') || !opensDescription(tokens, comma + 1, lexicon)) return undefined;
  // (Such a clause ends at a comma the sentence's own verb follows: "Notably absent, according to
  // members who spoke with reporters afterward, was any mention of…"; not at a list's, "…of
  // compatriots Gary Player, Ernie Els and Retief Goosen.")
  if (restrictive) {
    const closing = tokens.findIndex((t, k) => k > after && k < last && t.text === ',' && finiteVerbFrom(tokens, k + 1));
    if (closing !== -1) last = closing - 1;
    // ("said a Mexican official who was not authorized to speak publicly": a clause on why the
    // source goes unnamed says nothing of who it is; a blind reader preferred the source without.)
    if (tokens.slice(after, last + 1).some((t) => lexicon.anonymityWords.has(t.lower))) return undefined;
  }
  // "…, said Peter Rice, chairman of Fox Networks Group, noting that…": the description ends
  // where a participle of the speaker's begins after a comma.
  for (let k = comma + 2; k < last; k++) {
    const next = tokens[k + 1]!;
    if (tokens[k]!.text === ',' && next.pos === 'VERB' && /^\p{Ll}.*ing$/u.test(next.text)) {
      last = k - 1;
      break;
    }
  }
  if (last <= comma) return undefined;
  for (let k = comma + 1; k <= last; k++) {
    const t = tokens[k]!;
    // (A title in quotation marks is the description's: "author of “America’s Bitter Pill,” a book…".)
    const title = quotedTitleEnd(tokens, k);
    if (title !== undefined) {
      k = title;
      continue;
    }
    // ("a group called Citizens for Trump": a participle that names its noun says nothing.)
    const naming = /^(called|named|dubbed)$/.test(t.lower) && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '');
    const quotation = isQuotationMark(tokens, k);
    // ("the former governor challenged by Sanders 30 years ago": a participle with its agent describes.)
    const passive = /ed$/.test(t.lower) && tokens[k + 1]?.lower === 'by';
    if (quotation || (t.pos === 'VERB' && !naming && !passive && lexicon.speech.has(cueLemma(t, lexicon) ?? ''))) {
      // "…, said Scott Reed, the Chamber's chief strategist, who added that…", "…, said Leslie
      // Feldman, 34, a plaintiff in the lawsuit who waited in an “extraordinarily long line”": the
      // description ends before the clause in which someone speaks again or a quotation opens.
      const end = clauseBoundaryBefore(tokens, comma + 1, k);
      if (end === undefined) return undefined;
      last = end;
      break;
    }
  }
  const described = lessClosingOccasion(tokens, comma + 1, last);
  if (described === undefined) return close === -1 ? undefined : { first: after, last: close };
  return { first: close === -1 ? comma + 1 : after, last: described };
}

/**
 * "…, a council document seen by Reuters shows.", "…, documents obtained by the Gazette show.",
 * "…, a letter sent to residents says.": a text or a piece of evidence (lexicon.issuedTexts,
 * lexicon.evidenceNouns) with a participle and its phrase after it, between the sentence's last
 * comma and a verb of speech or evidence that ends it, frames all before it; the source is the
 * whole phrase. (The participle's phrase would else be read as the speaker, or nothing.)
 */
function evidenceFrameAfterComma(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): Cue | undefined {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'NOUN') return undefined;
  const lemma = cueLemma(t, lexicon) ?? t.lemma;
  if (!lexicon.speech.has(lemma) && !lexicon.evidenceVerbs.has(lemma)) return undefined;
  if (!onlyAdverbialsAfter(tokens, i + 1)) return undefined;
  const object = nounPhraseEndingAt(tokens, i - 1);
  if (!object || !/^(by|to|from|for|with)$/.test(tokens[object.first - 1]?.lower ?? '')) return undefined;
  const participle = tokens[object.first - 2];
  if (participle?.pos !== 'VERB' || participle.lemma === participle.lower || /ing$/.test(participle.lower)) return undefined;
  const text = nounPhraseEndingAt(tokens, object.first - 3);
  if (!text || tokens[text.first - 1]?.text !== ',') return undefined;
  const head = tokens[text.last]!;
  if (!lexicon.issuedTexts.has(head.lemma) && !lexicon.issuedTexts.has(head.lower) && !isEvidenceNoun(head, lexicon)) return undefined;
  return { form: 'verb', cue: { first: i, last: i }, source: { first: text.first, last: i - 1 } };
}

/**
 * "According to Woodburn police an officer arrived…", "According to the Post the mayor resigned":
 * with no comma after it, the phrase "according to" takes ends where the clause's own subject
 * starts — a determiner, a personal pronoun or a count opening the phrase before a verb — not
 * at the sentence's end. ("according to a report released Monday" keeps its participle: the
 * phrase before it is the source's own.)
 */
function beforeClauseSubject(tokens: readonly TaggedToken[], object: Span): Span {
  for (let v = object.first + 1; v <= object.last + 1 && v < tokens.length; v++) {
    const verb = tokens[v]!;
    if (verb.pos !== 'VERB' && verb.pos !== 'AUX') continue;
    const subject = nounPhraseEndingAt(tokens, v - 1);
    if (!subject || subject.first <= object.first) continue;
    const opener = tokens[subject.first]!;
    const opens = opener.pos === 'DET' || opener.pos === 'NUM' || (opener.pos === 'PRON' && /^(he|she|they|it|we|i)$/i.test(opener.text));
    if (opens && tokens[subject.first - 1]!.pos !== 'ADP') return { first: object.first, last: subject.first - 1 };
  }
  return object;
}

/** Longest description set off by commas after a name that "according to" opens the sentence with. */
const MAX_OPENING_APPOSITION = 12;

/**
 * "According to Lorella Praeli, Clinton's Latino vote director, the campaign has…": when
 * "according to" opens the sentence with a name, a description of that name set off by commas,
 * holding a role and no list ("According to the council, the mayor and her deputy, …" names
 * three), is the source's, and the sentence's clause follows it.
 */
function openingApposition(tokens: readonly TaggedToken[], according: number, source: Span, lexicon: AttributionLexicon): Span | undefined {
  if (!tokens.slice(0, according).every((t) => t.pos === 'CCONJ' || t.pos === 'ADV' || t.text === ',')) return undefined;
  if (tokens[source.last]!.pos !== 'PROPN' || tokens[source.last + 1]?.text !== ',' || !opensDescription(tokens, source.last + 2, lexicon)) return undefined;
  const close = tokens.findIndex((t, k) => k > source.last + 1 && t.text === ',');
  if (close === -1 || close - source.last > MAX_OPENING_APPOSITION) return undefined;
  const span = { first: source.last + 2, last: close - 1 };
  if (tokens.slice(span.first, close).some((t) => t.pos === 'CCONJ')) return undefined;
  return describesOnly(tokens, span, lexicon) && finiteVerbFrom(tokens, close + 1) ? span : undefined;
}

/**
 * The last word of a description (from `first`) before the clause that holds the token at `k`:
 * before the first relative pronoun ahead of it (", who added that…", "the lawsuit who waited
 * in an “…”"), or else before the last comma ahead of it, less a closing stretch on the occasion
 * rather than the speaker (", before the barn event"). Undefined when no word would be left.
 */
function clauseBoundaryBefore(tokens: readonly TaggedToken[], first: number, k: number): number | undefined {
  let end = -1;
  for (let b = first + 1; b < k; b++) {
    if (/^(who|whom|whose|which)$/.test(tokens[b]!.lower)) {
      end = b - 1;
      break;
    }
    if (tokens[b]!.text === ',') end = b - 1;
  }
  return lessClosingOccasion(tokens, first, end);
}

/**
 * The last word of a description from `first` to `end`, less the stretches after its commas that
 * tell the occasion of the speaking rather than who speaks (", before the barn event", ", at its
 * convention in Washington", ", on Tuesday"). Undefined when no word would be left.
 */
function lessClosingOccasion(tokens: readonly TaggedToken[], first: number, end: number): number | undefined {
  for (;;) {
    while (end >= first && tokens[end]!.text === ',') end--;
    if (end < first) return undefined;
    let chunk = end;
    while (chunk > first && tokens[chunk - 1]!.text !== ',') chunk--;
    if (chunk === first || !(opensOccasion(tokens, chunk) || isTimeWord(tokens[chunk]!))) return end;
    end = chunk - 1;
  }
}

/**
 * "…, a fact first reported by Christopher Heath, an Orlando TV reporter.": the agent's
 * description that ends the sentence, read as after "according to X,".
 */
function agentDescription(tokens: readonly TaggedToken[], agent: Span, lexicon: AttributionLexicon): Span | undefined {
  if (tokens[agent.last + 1]?.text !== ',') return undefined;
  const trailing = trailingDescription(tokens, agent.last + 1, lexicon);
  return trailing && describesOnly(tokens, trailing, lexicon) ? trailing : undefined;
}

/**
 * A description after "according to X," that is only about X: a name ("her publicist, Jack
 * Ketsoyan"), or a role or body before any preposition ("a law professor at…", "an advocacy
 * group"), and no verb but a participle ("now teaching at…"). At the end of a sentence such a
 * phrase may as well describe its figure ("…, according to filings, a huge sum for a firm…"),
 * so nothing else counts.
 */
function describesOnly(tokens: readonly TaggedToken[], span: Span, lexicon: AttributionLexicon): boolean {
  const all = tokens.slice(span.first, span.last + 1);
  if (all.every((t) => t.pos === 'PROPN' || t.pos === 'PUNCT')) return true;
  // (A relative clause on the person the phrase names is theirs, verbs and all: "a Republican
  // pollster who conducted the poll with…"; the phrase before it is what must only describe.)
  const relative = all.findIndex((t, k) => k > 0 && /^(who|whose)$/.test(t.lower) && /^(NOUN|PROPN)$/.test(all[k - 1]!.pos));
  const words = relative === -1 ? all : all.slice(0, relative);
  if (words.some((t, k) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && !(/ed$/.test(t.lower) && words[k + 1]?.lower === 'by')))) return false;
  // (A stretch after an inner comma that opens with an adjective or adverb speaks of the figure:
  // "…, according to an analysis by Crowdpac, a crowdfunding website, higher than any cycle…".)
  if (words.some((t, k) => t.text === ',' && /^(ADJ|ADV)$/.test(words[k + 1]?.pos ?? ''))) return false;
  const preposition = words.findIndex((t) => t.pos === 'ADP');
  const head = words.slice(0, preposition === -1 ? words.length : preposition);
  const names = (w: string) => lexicon.personRoles.has(w) || lexicon.roles.has(w) || lexicon.organisations.has(w) || lexicon.occupations.has(w);
  // (Only a person's clause after a person's noun: "…, a strategist who…", not "…, the party who…".)
  const person = (t: TaggedToken) => [t.lower, t.lemma].some((w) => lexicon.personRoles.has(w) || lexicon.occupations.has(w));
  if (relative !== -1 && !person(words[words.length - 1]!)) return false;
  return head.some((t) => t.pos === 'NOUN' && (names(t.lower) || names(t.lemma)));
}

/**
 * "Two points at the break and Gold said": when only the last part of a phrase joined by "and"
 * names someone, the rest belongs to the clause before, not to the speaker.
 */
function lastConjunctIfOnlyItNames(tokens: readonly TaggedToken[], span: Span): Span {
  let conjunction = -1;
  for (let k = span.last; k > span.first; k--) {
    if (tokens[k]!.pos === 'CCONJ') {
      conjunction = k;
      break;
    }
  }
  if (conjunction === -1) return span;
  // (A day is no one, nor a possessive: "…tweaked his left knee last Thursday and coach Sean Payton said".)
  const names = (from: number, to: number) => tokens.slice(from, to + 1).some((t) => (t.pos === 'PROPN' && !isTimeWord(t)) || (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower)));
  const leftPart = tokens.slice(span.first, conjunction);
  const leftIsClause = leftPart.some((t) => t.pos === 'NUM' || t.pos === 'ADP' || isTimeWord(t));
  // "Eleven progressive and Muslim organizations": words that only describe, joined to the
  // next ones, modify the one noun after them.
  if (leftPart.every((t) => t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET')) return span;
  return names(conjunction + 1, span.last) && !names(span.first, conjunction - 1) && leftIsClause ? { first: conjunction + 1, last: span.last } : span;
}

/** The last noun of a phrase before any "of/for/from" tail. */
function headNoun(tokens: readonly TaggedToken[], span: Span): TaggedToken | undefined {
  let head: TaggedToken | undefined;
  for (let k = span.first; k <= span.last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP' || t.pos === 'CCONJ' || t.text === ',') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
  }
  return head;
}

/**
 * The last noun of a phrase before what describes it, as `headNoun` reads it but ending at a
 * participle or a pronoun too, past a possessive (whose owner is no head) and a capitalised word
 * the tagger read as a verb: "poll" of "A New York Times/CBS News poll conducted last week",
 * "statistics" of "Last year's FBI statistics", "poll" of "The Morning Consult poll".
 */
function headBeforeParticiple(tokens: readonly TaggedToken[], span: Span): TaggedToken | undefined {
  let head: TaggedToken | undefined;
  for (let k = span.first; k <= span.last; k++) {
    const t = tokens[k]!;
    if (isPossessiveMark(t)) {
      head = undefined;
      continue;
    }
    const name = /^\p{Lu}/u.test(t.text) && t.pos === 'VERB';
    if ((/^(ADP|CCONJ|VERB|AUX|PART|PRON)$/.test(t.pos) && !name) || t.text === ',') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || name) head = t;
  }
  return head;
}

/**
 * The poll named by the phrase after "in" at `i`: a phrase of determiners, modifiers and names
 * whose head is a poll ("a CNN poll", "the most recent Fox poll", "most surveys"), perhaps with
 * its dates after it ("a Marist poll Jan. 17-23"), or an average of polls ("the RealClearPolitics
 * average of recent Hoosier polls"). Not "a polling location", whose poll word modifies a noun.
 */
function pollAfter(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): Span | undefined {
  const last = pollPhraseEnd(tokens, i + 1, lexicon);
  if (last === undefined) return undefined;
  if (lexicon.pollNouns.has(tokens[last]!.lower)) return { first: i + 1, last: pollstersAfter(tokens, last) };
  // An average (tagged a noun or an adjective) of polls.
  if (/^averages?$/.test(tokens[last]!.lower) && tokens[last + 1]?.lower === 'of') {
    const polls = pollPhraseEnd(tokens, last + 2, lexicon);
    if (polls !== undefined && lexicon.pollNouns.has(tokens[polls]!.lower)) return { first: i + 1, last: polls };
  }
  return undefined;
}

/** The polls' phrase goes on through the pollsters named after it: "recent polls from Quinnipiac and Fox News". */
function pollstersAfter(tokens: readonly TaggedToken[], last: number): number {
  if (!/^(from|by)$/.test(tokens[last + 1]?.lower ?? '') || tokens[last + 2]?.pos !== 'PROPN') return last;
  let end = last + 2;
  while (tokens[end + 1] && (tokens[end + 1]!.pos === 'PROPN' || (/^(and|\/|-)$/.test(tokens[end + 1]!.text) && tokens[end + 2]?.pos === 'PROPN'))) end++;
  return end;
}

/** A month or a day shortened the way datelines write it: "Jan.", "Feb.", "Tue". */
const MONTH_ABBREVIATION = /^\p{Lu}\p{Ll}{2}\.?$/u;

/** Words a poll's name is made of: "the", "most", "recent", "NBC News/Wall Street Journal", "50-state". */
const POLL_NAME_TAGS = /^(DET|ADJ|ADV|NUM|PROPN|NOUN|PART)$/;

/**
 * Where the name of a poll (or of an average) that starts at `from` ends: at its poll word, or at
 * "average", before "of". Undefined when the words run into anything else.
 */
function pollPhraseEnd(tokens: readonly TaggedToken[], from: number, lexicon: AttributionLexicon): number | undefined {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k]!;
    if (lexicon.pollNouns.has(t.lower) || /^averages?$/.test(t.lower)) {
      const next = tokens[k + 1];
      // ("polling location": the poll word modifies a noun after it; "poll Jan. 17-23", "poll
      // released Sunday", "poll, …" end the name.)
      if (next && (next.pos === 'NOUN' || (next.pos === 'PROPN' && !isTimeWord(next) && !MONTH_ABBREVIATION.test(next.text)))) continue;
      return k;
    }
    if (!(POLL_NAME_TAGS.test(t.pos) || /^[/'’-]$/.test(t.text))) return undefined;
  }
  return undefined;
}

/**
 * Is the word at `i` in the sentence's own clause, as a fact it states: no subordinator or relative
 * word before it ("a rival who is far behind him in the polls", "shocked that Trump is leading in
 * the polls", "where he has had a big lead in…"), and no hedge ("needs to close in on 15 percent").
 * A reader rejected such polls as the sentence's source: the claim there is something else.
 */
function inMainClause(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  for (let k = 0; k < i; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SCONJ' || SUBORDINATING.test(t.lower) || (t.lower === 'that' && t.pos !== 'DET')) return false;
    if (lexicon.hedges.has(t.lower) || lexicon.hedges.has(t.lemma)) return false;
  }
  return true;
}

const SUBORDINATING = /^(who|whom|whose|which|where|when|because|while|although|though|whether)$/;

/** Where a clause of the sentence ends or starts: a comma, a semicolon, a colon or a dash. */
const CLAUSE_MARK = /^[,;:—–―]$/;

/**
 * Does the sentence tell a standing — a figure, a lead, a place — before the poll, or after it in
 * the poll's own clause? A poll that opens the sentence ("Yet in the Field Poll, Clinton led…") is
 * read with the clause after it. Not a figure in a later clause ("He is but a blip in national
 * polls, but a CNN survey had him at 4 percent").
 */
function reportsStanding(tokens: readonly TaggedToken[], poll: Span, lexicon: AttributionLexicon): boolean {
  let end = poll.last + 1;
  while (end < tokens.length && !CLAUSE_MARK.test(tokens[end]!.text)) end++;
  const opening = tokens.slice(0, poll.first - 1).every((x) => x.pos === 'ADV' || x.pos === 'CCONJ');
  if (opening && end < tokens.length) for (end++; end < tokens.length && !CLAUSE_MARK.test(tokens[end]!.text); end++);
  for (let k = 0; k < end; k++) {
    const x = tokens[k]!;
    if ((k < poll.first - 1 || k > poll.last) && (x.pos === 'NUM' || lexicon.standingWords.has(x.lower))) return true;
  }
  return false;
}

/** Is the word at `at` in a clause that "if" or "unless" opens (no clause mark between)? */
export function supposedInCondition(tokens: readonly TaggedToken[], at: number): boolean {
  // (Not a condition inside a quotation before the cue: "“…blink twice if you’re in trouble!” one person tweeted.")
  for (let k = at - 1; k >= 0 && !CLAUSE_MARK.test(tokens[k]!.text) && !isQuotationMark(tokens, k); k--) if (/^(if|unless)$/.test(tokens[k]!.lower)) return true;
  return false;
}

/**
 * A verb inside an "if" or "whether" clause that a verb of asking takes, in the same clause a few
 * words before it: "Asked by the judge if he understood the charges", "asked whether she believed
 * the bridge was safe". Not a condition ("If he believes the bridge is safe, …").
 */
function insideAskedQuestion(tokens: readonly TaggedToken[], at: number, lexicon: AttributionLexicon): boolean {
  for (let k = at - 1; k >= 0 && !CLAUSE_MARK.test(tokens[k]!.text) && !isQuotationMark(tokens, k); k--) {
    if (!/^(if|whether)$/.test(tokens[k]!.lower)) continue;
    return tokens.slice(Math.max(0, k - 6), k).some((t) => t.pos === 'VERB' && lexicon.nonAssertingVerbs.has(t.lemma));
  }
  return false;
}

/** "It is believed", "is said to", "It is widely expected that". */
function impersonalCue(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): Cue | undefined {
  const t = tokens[i]!;
  if (!lexicon.impersonal.has(t.lemma) || (t.pos !== 'VERB' && t.pos !== 'ADJ')) return undefined;
  // ("They were hoping to benefit": "be" and a verb in -ing tell what the subject was doing, no passive.)
  if (/ing$/.test(t.lower)) return undefined;
  const be = skipAdverbs(tokens, i - 1);
  if (!isBe(tokens[be])) return undefined;
  // ("It has been reported that…", "It had long been rumoured that…": the auxiliaries before "been".)
  let it = be - 1;
  if (tokens[be]!.lower === 'been') while (it > 0 && (/^(has|have|had)$/.test(tokens[it]!.lower) || tokens[it]!.pos === 'ADV')) it--;
  const subject = tokens[it];
  const next = tokens[i + 1];
  // ("It's supposed to be entertaining": "it" before a plan's infinitive is the thing planned,
  // no belief to query.)
  // (Not a forecast's figure, "It is expected to rise to 2.9 percent": whose forecast?)
  if (subject?.lower === 'it' && (it === 0 || tokens[it - 1]?.text === ',')) {
    const plan = lexicon.plannedPassives.has(t.lemma) && next?.lower === 'to' && !tokens.some((_x, k) => isQuantity(tokens, k));
    return { form: 'impersonal', cue: { first: it, last: i }, ...(plan ? { planned: true } : {}) };
  }
  // ("is believed to have fled", not "are well known to voters": the infinitive of a verb.)
  let infinitive = i + 2;
  while (tokens[infinitive]?.pos === 'ADV') infinitive++;
  // ("Vigils were held to mark the week": a purpose, unless what is held is a state, "is held to be".)
  if (lexicon.stateOnlyPassives.has(t.lemma) && !/^(be|have)$/.test(tokens[infinitive]?.lower ?? '')) return undefined;
  if (next?.lower === 'to' && /^(VERB|AUX)$/.test(tokens[infinitive]?.pos ?? '')) {
    // ("LaSalle is expected to appear in court", "was supposed to be a good one": a plan or a
    // forecast, which the corpora count as attributed to no one, but no belief to query.)
    // ("online betting was once thought to be a cash machine": a belief given up, told as past.)
    const givenUp = tokens.slice(be + 1, i).some((x) => x.lower === 'once');
    // ("if the assessment is thought to have been carried out to an insufficient extent, the
    // Responsible Person can face a fine": a belief supposed in a condition, held by no one.)
    const planned = lexicon.plannedPassives.has(t.lemma) || givenUp || supposedInCondition(tokens, be);
    return { form: 'impersonal', cue: { first: be, last: i + 1 }, ...(planned ? { planned: true } : {}) };
  }
  return undefined;
}

/**
 * "There are reports that…", "There is growing speculation that…", "There has been talk that…":
 * an existential "there" that opens its clause, "be", and a noun of report or rumour
 * (lexicon.impersonalNouns) right before "that". The cue runs from "there" to the noun.
 */
function existentialReport(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): Cue | undefined {
  if (!opensItsClause(tokens, i)) return undefined;
  let k = pastAuxiliaries(tokens, i);
  if (!tokens.slice(i + 1, k).some((x) => isBe(x))) return undefined;
  // (A word that qualifies the noun: "widespread", "unconfirmed", "growing".)
  if ((tokens[k]?.pos === 'ADJ' || (tokens[k]?.pos === 'VERB' && /ing$/.test(tokens[k]!.lower))) && tokens[k + 1] !== undefined) k++;
  const noun = tokens[k];
  if (noun === undefined || !lexicon.impersonalNouns.has(noun.lower) || tokens[k + 1]?.lower !== 'that') return undefined;
  return { form: 'impersonal', cue: { first: i, last: k } };
}

/**
 * "Rumours are circulating that…", "Speculation is mounting that…", "Reports surfaced that…": a
 * noun of report or rumour opening its clause, a verb by which it goes about on its own
 * (lexicon.rumourVerbs), then "that". The cue runs from the noun to the verb.
 */
function rumourGoingAbout(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): Cue | undefined {
  if (!opensItsClause(tokens, i)) return undefined;
  const k = pastAuxiliaries(tokens, i);
  const verb = tokens[k];
  if (verb === undefined || verb.pos !== 'VERB' || !lexicon.rumourVerbs.has(verb.lemma) || tokens[k + 1]?.lower !== 'that') return undefined;
  return { form: 'impersonal', cue: { first: i, last: k } };
}

/** Words a title leaves in lower case: "The Encyclopedia of New Zealand". */
const TITLE_FUNCTION_WORDS = /^(of|the|and|for|in|on|to|a|an|at|by|with|or)$/;

/** Prepositions between a label's speaker and whom or what the speaker addresses ("Mayor to council:"). */
const ADDRESSING = /^(to|on|at|about)$/;

/** How many commas make the names after a label a roster ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron"). */
const ROSTER_COMMAS = 2;

/** Longest speaker label ("Sen. Ana Ruiz:") in words. */
const MAX_LABEL_WORDS = 5;

/**
 * A speaker label opening the sentence, as transcripts, interviews and headlines write them:
 * "PENCE: …", "Q: …", "A: …", "Lindqvist: Bridge will not open…" — one to five capitalised
 * words (or a lone Q or A) and a colon, after at most an opening quotation mark. Labels that
 * name a part of the page rather than a speaker ("Update:", "Photo:") are data.
 */
export function labelCue(tokens: readonly TaggedToken[], lexicon: AttributionLexicon, headline = false): Cue | undefined {
  let first = 0;
  while (first < tokens.length && opensQuote(tokens, first)) first++;
  let colon = -1;
  for (let i = first; i < Math.min(tokens.length, first + MAX_LABEL_WORDS * 2); i++) {
    if (tokens[i]!.text === ':') {
      colon = i;
      break;
    }
  }
  // (Headlines quote in single marks: "Reid: ‘Never underestimate him’".)
  const quoteAfter = opensQuote(tokens, colon + 1) || /^[‘']$/.test(tokens[colon + 1]?.text ?? '');
  if (colon <= first || colon === tokens.length - 1 || (!/^\p{L}/u.test(tokens[colon + 1]?.text ?? '') && !quoteAfter)) return undefined;
  // "Mayor to council: …", "Lindqvist on the bridge: …": the speaker, then whom or what they address.
  // ("EXCLUSIVE – Roger Stone: …": a headline's kicker of a word or two before a dash is no part of the name.)
  const kicker = tokens.findIndex((t, k) => k > first && k <= first + 2 && k < colon - 1 && /^[–—-]$/.test(t.text) && t.spaceBefore);
  if (kicker !== -1) first = kicker + 1;
  const addressed = tokens.findIndex((t, k) => k > first && k < colon && ADDRESSING.test(t.lower));
  const label = tokens.slice(first, addressed === -1 ? colon : addressed);
  if (addressed !== -1 && colon - addressed - 1 > MAX_LABEL_WORDS) return undefined;
  const words = label.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || label.some((t) => !/^\p{L}/u.test(t.text) && !/^[.'’-]$/.test(t.text))) return undefined;
  const text = label.map((t) => t.lower).join(' ');
  // ("Photo gallery:", "Weekend update:"; in a headline, whose label must speak in the story below
  // (index.ts, speaksBelow), a name may end on such a word: "Judicial Watch:".)
  const opening = words.find((t) => !/^(the|a|an)$/.test(t.lower)) ?? words[0]!;
  if (lexicon.labelWords.has(text) || lexicon.labelWords.has(opening.lower) || (!headline && words.some((t) => lexicon.labelWords.has(t.lower)))) return undefined;
  // (A headline's verb in lower case makes the words before the colon a clause, not a name:
  // "Carly Fiorina endorses Ted Cruz: …"; a name's word the tagger reads as a verb keeps its capital.)
  if (headline && words.some((t, k) => k > 0 && (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text))) return undefined;
  const questionOrAnswer = words.length === 1 && /^[QA]$/.test(words[0]!.text);
  // (A headline in title case is read in sentence case, which keeps capitals only on words the
  // story writes as names: "McCain challenger Kelli Ward:", "Exclusive – dana Ruiz:". The last
  // word is the one the story must give something to say, speaksBelow.)
  const capitalisedWord = (t: TaggedToken) => /^\p{Lu}/u.test(t.text);
  const capitalised = (headline ? capitalisedWord(words[words.length - 1]!) : words.every(capitalisedWord)) && (words.length > 1 || words[0]!.text.length > 1);
  if (!questionOrAnswer && !capitalised) return undefined;
  // (With a preposition in the label, its head must be someone: "Clinton to…", not "Tickets to Paris:".)
  const someone = (t: TaggedToken) => t.pos === 'PROPN' || lexicon.personRoles.has(t.lower) || lexicon.roles.has(t.lemma) || lexicon.groupHeads.has(t.lower);
  if (addressed !== -1 && !someone(words[words.length - 1]!)) return undefined;
  // ("Dr. Regina Benjamin: Nominee for Surgeon General": after a speaker's label, a line with no
  // verb or quotation that ends as a title does, without a full stop, states nothing; a
  // transcript's "TAPPER: Why not debate?" or "Chris Matthews: Seriously." speaks whatever its form.)
  const after = tokens.slice(colon + 1);
  const title = !/^[.!?"”’']$/.test(tokens[tokens.length - 1]!.text);
  const saysNothing = !after.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || /^["“‘']$/.test(t.text));
  // ("Te Ara: The Encyclopedia of New Zealand.", "United States: Psychology Press.": a reference
  // list's entry, its words after the colon in title case, full stop or not.)
  const afterWords = after.filter((t) => /^\p{L}/u.test(t.text));
  const titleCase = afterWords.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 2 && afterWords.every((t) => /^\p{Lu}/u.test(t.text) || TITLE_FUNCTION_WORDS.test(t.text));
  if (!questionOrAnswer && saysNothing && (title || titleCase)) return undefined;
  // ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": in a paragraph, a list of names after the
  // colon heads a roster, whatever the tagger makes of a name like "Drew".)
  const commas = after.filter((t) => t.text === ',').length;
  if (!headline && titleCase && commas >= ROSTER_COMMAS) return undefined;
  return { form: 'label', cue: { first: colon, last: colon }, source: { first, last: first + label.length - 1 } };
}

/**
 * A digest's "More from Blumenthal and Cohen: “…”", "- More from the report: “…”": the phrase
 * between "More from" and the quotation's colon at `colon` is quoted again, whatever heading runs
 * into the line before it.
 */
function moreFrom(tokens: readonly TaggedToken[], colon: number): Span | undefined {
  let from = colon - 1;
  while (from > 0 && tokens[from]!.lower !== 'from' && tokens[from]!.pos !== 'PUNCT') from--;
  if (tokens[from]?.lower !== 'from' || tokens[from - 1]?.lower !== 'more') return undefined;
  const quoted = nounPhraseStartingAt(tokens, from + 1);
  return quoted?.last === colon - 1 ? quoted : undefined;
}

/** "It is…", "It seems…": an "it" at `span` that holds the place of a subject or names nothing, before a verb of being or seeming. */
function expletiveIt(tokens: readonly TaggedToken[], span: Span): boolean {
  const next = tokens[span.last + 1];
  return span.first === span.last && tokens[span.first]!.lower === 'it' && next !== undefined && /^(be|seem|appear|remain|look|sound|feel)$/.test(next.lemma);
}

/**
 * The names right before a quotation's colon that speak, not the clause's subject: in a digest,
 * after a dash ("…ECONOMY FAVORS TRUMP - David Wasserman: “…”", "- Mark Blumenthal and Jon
 * Cohen: “…”"), after a byline's "by" or an outlet's possessive ("…," by Times' Michael Paulson:
 * "…"), or after a role ("doesn't surprise Republican pollster Daron Shaw: “…”"). Not a place
 * after a preposition ("in New York: “…”").
 */
function namesBeforeColon(tokens: readonly TaggedToken[], colon: number): Span | undefined {
  let first = colon;
  let names = 0;
  for (let k = colon - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN') names++;
    else if (!(t.text === '.' && k < colon - 1) && !(t.lower === 'and' && k < colon - 1 && tokens[k - 1]?.pos === 'PROPN')) break;
    first = k;
  }
  if (names === 0 || tokens[first]!.pos !== 'PROPN') return undefined;
  const before = tokens[first - 1];
  if (before === undefined) return undefined;
  const dash = /^[-–—―]$/.test(before.text);
  // (An outlet's possessive: "DNAinfo's Eddie Small", "Times' Michael Paulson".)
  const possessive = names >= 2 && /^['’]s?$/.test(before.text) && tokens[first - 2]?.pos === 'PROPN';
  const byline = before.lower === 'by' || possessive;
  // (A role that is no preposition's object: "told the Dutch newspaper NRC Handelsblad: “…”" is the hearer.)
  let head = first - 1;
  // ("Former secretary of state Hillary Rodham Clinton: “…”": "of" stays inside a role.)
  while (head > 0 && (/^(DET|ADJ|NOUN|PROPN)$/.test(tokens[head - 1]!.pos) || tokens[head - 1]!.lower === 'of')) head--;
  const role = names >= 2 && before.pos === 'NOUN' && /^\p{Ll}/u.test(before.text) && tokens[head - 1]?.pos !== 'ADP';
  return dash || byline || role ? { first, last: colon - 1 } : undefined;
}

/**
 * "“The mayor was a bully tonight.” ― Dana Ruiz": a quotation credited after it by a dash and a
 * name, which the sentence splitter leaves as a sentence of its own. The name, up to a comma
 * that may open a description ("― Dana Ruiz, a nurse"); nothing else may follow it.
 */
export function dashCredit(tokens: readonly TaggedToken[]): Cue | undefined {
  if (!/^[―—–]$/.test(tokens[0]?.text ?? '')) return undefined;
  let last = 0;
  while (last + 1 < tokens.length && last < MAX_LABEL_WORDS && (tokens[last + 1]!.pos === 'PROPN' || (tokens[last + 1]!.text === '.' && last > 0 && last + 2 < tokens.length))) last++;
  if (last === 0 || tokens[last]!.pos !== 'PROPN') return undefined;
  const rest = tokens.slice(last + 1);
  if (rest.length > 0 && rest[0]!.text !== ',' && !(rest.length === 1 && rest[0]!.pos === 'PUNCT')) return undefined;
  return { form: 'label', cue: { first: 0, last: 0 }, source: { first: 1, last } };
}

/**
 * Does the sentence, a verb cue and its speaker alone, credit the quotation the sentence before it
 * closed ("“Why are you still endorsing him?” / Obama asked Republican politicians.", "“…
 * Really?” / Bush said.", "“…NOW!” / Trump said on Twitter.")? A quotation that ends on a question
 * or an exclamation ends its sentence too, and its frame is left as a sentence of its own. So the
 * speaker opens the sentence (or the verb does, inverted), and after the verb come only its hearer
 * and circumstances — no quotation, no colon, no clause of what was said ("Trump said the deal…"
 * reports something else), though a clause of time may follow ("…said as he launched the process").
 */
export function creditsQuoteBefore(tokens: readonly TaggedToken[], cue: Cue): boolean {
  if (cue.form === 'inverted-verb' ? cue.cue.first !== 0 : cue.form !== 'verb' || cue.source?.first !== 0) return false;
  if (tokens.some((x, k) => opensQuote(tokens, k) || closesQuote(tokens, k) || x.text === ':')) return false;
  for (let k = cue.cue.last + 1; k < tokens.length; k++) {
    const x = tokens[k]!;
    if (ADVERBIAL_SUBORDINATORS.test(x.lower) || x.lower === 'as') return true;
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.lower === 'that') return false;
  }
  return true;
}

/**
 * "“Would it be negotiable about the 11 million?” Hannity pressed.": a quotation that ends on a
 * question or an exclamation ends its sentence, and its frame follows alone, without the mark a
 * verb that speaks only beside a quotation (lexicon.quoteVerbs) needs to be read. Called for such
 * a frame: its first verb, when it is one of those verbs and a phrase that can hold a view opens
 * the sentence right before it.
 */
export function quoteVerbFrame(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): Cue | undefined {
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb < 1 || !/^\p{Ll}/u.test(tokens[verb]!.text) || !lexicon.quoteVerbs.has(tokens[verb]!.lemma)) return undefined;
  // (Read as the verb beside a quotation is read, in findCue: its subject and its particle.)
  const cue = verbCue(tokens, verb, lexicon, true);
  if (cue?.form !== 'verb' || cue.source?.first !== 0 || !holdsAView(tokens.slice(0, cue.source.last + 1), lexicon)) return undefined;
  return withSpeechParticle(tokens, cue);
}

/** Particles that make one verb of speech with the verb before them: "shot back", "went on", "chimed in". */
const SPEECH_PARTICLES = /^(back|on|in|out|off|up)$/;

/** The cue with its particle, when one follows the verb and closes its clause ("“…,” she shot back."). */
function withSpeechParticle(tokens: readonly TaggedToken[], cue: Cue): Cue {
  const particle = tokens[cue.cue.last + 1];
  const after = tokens[cue.cue.last + 2];
  if (!particle || !SPEECH_PARTICLES.test(particle.lower) || !/^(ADP|ADV|PART)$/.test(particle.pos)) return cue;
  if (after && after.pos !== 'PUNCT' && after.pos !== 'ADP') return cue;
  return { ...cue, cue: { first: cue.cue.first, last: cue.cue.last + 1 } };
}

/**
 * An infinitive or a participle right after the verb at `i`: "the “Never Trump” movement continues
 * to battle…", "continued cutting": what someone goes on doing, not words a quotation gives.
 */
function doingFollows(tokens: readonly TaggedToken[], i: number): boolean {
  const next = tokens[i + 1];
  return (next?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') || (next?.pos === 'VERB' && /ing$/.test(next.lower));
}

/** Is the token at `i` beside a quotation mark, as a verb that closes or opens a quote is ("…,” she continued")? */
function besideQuote(tokens: readonly TaggedToken[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (closesQuote(tokens, k)) return true;
  // ("…” the Post's senior politics editor Steven Ginsberg responded.": a longer subject right
  // after the closing mark.)
  const left = skipLeftModifiers(tokens, i - 1);
  const subject = left >= 0 ? nounPhraseEndingAt(tokens, left) : undefined;
  if (subject && subject.first > 0 && closesQuote(tokens, subject.first - 1)) return true;
  // ("He continued, “I believe…”": a comma may stand between the verb and the quotation it opens;
  // not in an opening adverbial clause, "When someone shouted, “Cruz,” Beck joked…", whose
  // quotation is not the sentence's.)
  const openingClause = ADVERBIAL_SUBORDINATORS.test(tokens[0]?.lower ?? '') && !tokens.slice(0, i).some((t) => t.text === ',');
  return tokens[i + 1]?.text === ':' || opensQuote(tokens, i + 1) || (!openingClause && tokens[i + 1]?.text === ',' && opensQuote(tokens, i + 2));
}

/** Words a quotation opening its sentence holds, at the least, to be someone's words rather than a title or a name. */
const MIN_FRAMED_QUOTE_WORDS = 3;

/** Tokens between a framed quotation's closing mark and its verb: a speaker's phrase, not a clause. */
const MAX_FRAME_SUBJECT = 8;

/** Marks that end a quotation's words right before its closing mark when a frame follows it. */
const FRAMED_QUOTE_ENDS = /^[,?!—–―…]$/;

/** Words that may open what follows a frame's verb: a particle, a circumstance, another clause joined. */
const AFTER_FRAME = /^(ADP|ADV|PART|CCONJ|SCONJ|PUNCT|NUM)$/;

/**
 * Does the verb at `i` frame the quotation that opens its sentence, whatever the verb ("“…,” Bennett
 * shot back with a laugh.", "“…,” an angry Hollande retaliated.", "“…,” Blunt, after a long pause,
 * said of Cruz.", "“…,” opined Cleveland's Plain Dealer.")? In that frame a verb can only tell how the
 * words were said, so no lexicon is asked. The quotation opens the sentence and closes on a comma, a
 * question or an exclamation; between the mark and the verb stands a speaker's phrase, or nothing
 * (inverted), with an aside only if it opens with a preposition or an adverb — a noun set off by
 * commas makes the quotation the subject ("“Hamilton,” the musical, opened on Broadway"). The verb
 * is inflected (said, barks), and what follows it is no clause of its own: particles, circumstances,
 * or a name when inverted. A title opens a sentence less often than speech, but it does: "Titled
 * “…,” the video pans…" is not framed (the quotation does not open it), and short quotations
 * ("“Really?”", "“Bloodline,”") are left to the verbs of speech.
 */
function framesOpeningQuote(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || t.lower === t.lemma || !/^\p{Ll}/u.test(t.text) || /ing$/.test(t.lower) || !opensQuote(tokens, 0)) return false;
  let close = 1;
  while (close < i && !closesQuote(tokens, close)) close++;
  if (close >= i || !FRAMED_QUOTE_ENDS.test(tokens[close - 1]!.text)) return false;
  const words = tokens.slice(1, close).filter((x) => /[\p{L}\p{N}]/u.test(x.text)).length;
  if (words < MIN_FRAMED_QUOTE_WORDS) return false;
  const between = tokens.slice(close + 1, i);
  if (between.length > MAX_FRAME_SUBJECT || between.some((x, k) => x.pos === 'VERB' || x.pos === 'AUX' || OPENING_QUOTES.test(x.text) || closesQuote(tokens, close + 1 + k))) return false;
  const comma = between.findIndex((x) => x.text === ',');
  if (comma === 0 || (comma > 0 && !/^(ADP|ADV)$/.test(between[comma + 1]?.pos ?? ''))) return false;
  // (The speaker is one noun phrase from the mark on: not "…,” and with that Trump broke off".)
  const speakerEnd = comma > 0 ? close + comma : i - 1;
  if (between.length > 0 && nounPhraseEndingAt(tokens, speakerEnd)?.first !== close + 1) return false;
  if (between.length === 0) {
    const speaker = nounPhraseStartingAt(tokens, i + 1, true, /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
    return speaker !== undefined && tokens.slice(speaker.last + 1).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX');
  }
  for (let k = i + 1; k < tokens.length; k++) {
    const x = tokens[k]!;
    if (x.pos === 'CCONJ' || x.pos === 'SCONJ' || (x.text === ',' && opensQuote(tokens, k + 1))) return true;
    if (OPENING_QUOTES.test(x.text)) return false;
    if (k === i + 1 && !AFTER_FRAME.test(x.pos)) return false;
    if (x.pos === 'VERB' || x.pos === 'AUX') return false;
  }
  return true;
}

/**
 * A verb of lexicon.textVerbs right beside a quotation, as a text gives its words: closing it,
 * inverted ("…,” reads an editorial in…") or after its subject and before the sentence's end or a
 * preposition ("…,” the statement read.", "…,” she posted on Facebook."), or opening it ("The sign
 * read: “…”"). Stricter than besideQuote: "…entitled “…,” when it posted on Jan. 27" and "As the
 * judge read his decision" give no one's words, nor a label's "SHORT READS:".
 */
function givesQuotedText(tokens: readonly TaggedToken[], i: number): boolean {
  if (!/^\p{Ll}/u.test(tokens[i]!.text)) return false;
  const closedJustBefore = (k: number) => closesQuote(tokens, k) || (tokens[k]?.text === ',' && closesQuote(tokens, k - 1));
  if (opensQuote(tokens, i + 1) || (tokens[i + 1]?.text === ':' && opensQuote(tokens, i + 2))) return true;
  if (closedJustBefore(i - 1)) return true;
  const left = skipLeftModifiers(tokens, i - 1);
  const subject = left >= 0 ? nounPhraseEndingAt(tokens, left) : undefined;
  const next = tokens[i + 1];
  const clauseEnds = next === undefined || (next.pos === 'PUNCT' && !OPENING_QUOTES.test(next.text)) || next.pos === 'ADP';
  return subject !== undefined && subject.first > 0 && closedJustBefore(subject.first - 1) && clauseEnds;
}

/** How many words a statement phrase after "put it" may run to the clause's end ("in a statement to … in July"). */
const OCCASION_REACH = 14;

/** How far "put it" ("puts it") may stand after "as": the speaker's name and a description. */
const PUT_IT_REACH = 30;

/**
 * "as X put it": the speaker is the phrase between "as" and "put it", a description after its
 * comma ("As Tom Ridge, a former secretary of homeland security, put it:"); "put it" ends a
 * clause there (a comma, a colon, a full stop), never "put it on the table".
 */
function asPutIt(tokens: readonly TaggedToken[], as: number, lexicon: AttributionLexicon): Cue | undefined {
  const end = Math.min(tokens.length - 1, as + PUT_IT_REACH);
  let put = -1;
  for (let k = as + 2; k < end; k++) {
    if ((tokens[k]!.lower === 'put' || tokens[k]!.lower === 'puts') && tokens[k + 1]?.lower === 'it') {
      put = k;
      break;
    }
  }
  if (put === -1) return undefined;
  // ("As Ms. Simonyan put it in a statement to my colleague in July, …": where it was put, a
  // statement phrase and its words up to the clause's end, no verb among them.)
  let close = put + 2;
  if (opensStatementPhrase(tokens, close, lexicon) || opensOccasionOfPutting(tokens, close, lexicon)) {
    // (A participle right after a noun describes it, "in his memo to employees explaining the deal,";
    // any other verb opens a clause of its own.)
    const describes = (k: number) => tokens[k]!.pos === 'VERB' && /ing$/.test(tokens[k]!.lower) && tokens[k - 1]?.pos === 'NOUN';
    while (
      close < tokens.length &&
      close <= put + 2 + OCCASION_REACH &&
      !/^[,:;.!?—–―-]$/.test(tokens[close]!.text) &&
      ((tokens[close]!.pos !== 'VERB' && tokens[close]!.pos !== 'AUX') || describes(close))
    )
      close++;
  }
  const after = tokens[close];
  if (after !== undefined && !/^[,:;.!?—–―-]$/.test(after.text)) return undefined;
  const speaker = nounPhraseStartingAt(tokens, as + 1, false, /^\p{Lu}/u.test(tokens[as + 1]?.text ?? ''));
  if (!speaker) return undefined;
  // What stands between the speaker's phrase and "put it": nothing, or a description after a comma.
  let last = put - 1;
  // (Commas, closing quotes and adverbs of time before "put it" are not the speaker's: "…, recently put it".)
  while (last > speaker.last && (tokens[last]!.text === ',' || /^['"”’]+$/.test(tokens[last]!.text) || tokens[last]!.pos === 'ADV')) last--;
  if (last === speaker.last) return { form: 'verb', cue: { first: put, last: put + 1 }, source: speaker };
  if (tokens[speaker.last + 1]?.text !== ',' || tokens.slice(speaker.last + 1, put).some((x) => x.pos === 'AUX')) return undefined;
  return { form: 'verb', cue: { first: put, last: put + 1 }, source: speaker, description: { first: speaker.last + 2, last } };
}

/** Prepositions that open where or when words were put: "put it in his memo", "put it on Wednesday in Raleigh". */
const OCCASION_PREPOSITIONS = /^(in|on|at|during)$/;

/**
 * Whether a phrase at `k` tells where or when something was put into words, besides a statement
 * phrase of the lexicon: a preposition and a time ("on Wednesday"), a name ("on Twitter", "in
 * Iowa") or, within a few words, a text someone issues ("in his memo", "in a recent letter"). Not
 * a thing's place, "put it on the table".
 */
function opensOccasionOfPutting(tokens: readonly TaggedToken[], k: number, lexicon: AttributionLexicon): boolean {
  if (!OCCASION_PREPOSITIONS.test(tokens[k]?.lower ?? '')) return false;
  const next = tokens[k + 1];
  if (next === undefined) return false;
  if (isTimeWord(next) || isCapitalisedName(next)) return true;
  for (let j = k + 1; j <= k + 4 && j < tokens.length && tokens[j]!.pos !== 'PUNCT' && tokens[j]!.pos !== 'VERB'; j++) {
    if (tokens[j]!.pos === 'NOUN' && (lexicon.issuedTexts.has(tokens[j]!.lemma) || lexicon.issuedTexts.has(tokens[j]!.lower))) return true;
  }
  return false;
}

/**
 * A question opened by its auxiliary, "Did …?", "Has anyone said …?", to its question mark; past
 * an opening conjunction ("But has he called for…?") or a question word before the auxiliary
 * ("Why did the mayor say…?"): the writer asks, no one is reported.
 */
function yesNoQuestion(tokens: readonly TaggedToken[]): boolean {
  let at = 0;
  if (tokens[at]?.pos === 'CCONJ' && /^\p{Lu}/u.test(tokens[at]!.text)) at++;
  if (/^(why|how|when|where|what)$/i.test(tokens[at]?.text ?? '') && tokens[at + 1]?.pos === 'AUX') at++;
  const first = tokens[at];
  if (first === undefined || first.pos !== 'AUX' || (at === 0 && !/^\p{Lu}/u.test(first.text))) return false;
  let last = tokens.length - 1;
  while (last > 0 && /^["”’']$/.test(tokens[last]!.text)) last--;
  return tokens[last]!.text === '?';
}

/** What findCue's word loop reads of a lexicon, worked out once per lexicon. */
interface CueIndex {
  /**
   * Words (lower case) and lemmas some rule of the loop acts on besides a verb and a cue word
   * (cueLemma): the words of the phrase rules ("according", "per", "as", "there", "in", "by",
   * "quoted", "said", "reported", a colon), the first words of statement phrases, and the lists
   * that act on a word the tagger may not call a verb (impersonal, stance, evidence, framed and
   * "that" verbs, mind states, nouns and adverbs of report).
   */
  triggerWords: ReadonlySet<string>;
  triggerLemmas: ReadonlySet<string>;
  /** speechActIdioms by their verb's lemma: the words after it that make an act. */
  idiomsByLemma: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** cueLemma's answers for words in -d and -s by their regular endings, by the word (null: none). */
  endingLemmas: Map<string, string | null>;
}

const cueIndexes = new WeakMap<AttributionLexicon, CueIndex>();

function cueIndex(lexicon: AttributionLexicon): CueIndex {
  let index = cueIndexes.get(lexicon);
  if (index) return index;
  const idiomsByLemma = new Map<string, string[][]>();
  for (const [lemma, ...rest] of lexicon.speechActIdioms) {
    if (!idiomsByLemma.has(lemma!)) idiomsByLemma.set(lemma!, []);
    idiomsByLemma.get(lemma!)!.push(rest);
  }
  index = {
    triggerWords: new Set([
      ...['according', 'per', 'as', 'there', 'in', 'by', 'quoted', 'said', 'reported', ':'],
      ...lexicon.statementPhrasesByFirstWord.keys(),
      ...lexicon.mindStates,
      ...lexicon.impersonalNouns,
      ...lexicon.impersonalAdverbs,
    ]),
    triggerLemmas: new Set([...lexicon.impersonal, ...lexicon.stance, ...lexicon.evidenceVerbs, ...lexicon.framedReports.keys(), ...lexicon.thatVerbs]),
    idiomsByLemma,
    endingLemmas: new Map(),
  };
  cueIndexes.set(lexicon, index);
  return index;
}

/**
 * Whether an idiom's words (after its verb) stand at `at`, its closing noun allowed one adjective
 * before it ("showed no immediate signs of relenting", "told a bad joke", "said a quick prayer"):
 * the adjective leaves the act an act.
 */
function idiomAt(tokens: readonly TaggedToken[], at: number, rest: readonly string[]): boolean {
  if (wordsAt(tokens, at, rest)) return true;
  const last = at + rest.length;
  return rest.length > 0 && tokens[last - 1]?.pos === 'ADJ' && tokens[last]?.pos === 'NOUN' && tokens[last]!.lower === rest[rest.length - 1] && wordsAt(tokens, at, rest.slice(0, -1));
}

/**
 * Whether any rule of findCue's word loop may act on this word: a verb, a cue word, or a word of
 * the index's lists. (A rule added to the loop that acts on a word of another kind adds its words
 * to the index: the loop never reaches the words this turns away.)
 */
function mayAct(t: TaggedToken, lexicon: AttributionLexicon, index: CueIndex): boolean {
  return t.pos === 'VERB' || t.text === ':' || index.triggerWords.has(t.lower) || index.triggerLemmas.has(t.lemma) || cueLemma(t, lexicon) !== undefined;
}

/**
 * Where the closing bracket stands of an opening one that holds the whole sentence ("(…)",
 * "(….)"), nothing after it but a full stop; undefined otherwise.
 */
function bracketsWholeSentence(tokens: readonly TaggedToken[]): number | undefined {
  if (tokens[0]?.text !== '(') return undefined;
  let last = tokens.length - 1;
  if (/^[.!?]$/.test(tokens[last]?.text ?? '') && tokens[last - 1]?.text === ')') last--;
  if (last < 2 || tokens[last]!.text !== ')') return undefined;
  let depth = 0;
  for (let k = 0; k < last; k++) {
    if (tokens[k]!.text === '(') depth++;
    else if (tokens[k]!.text === ')' && --depth === 0) return undefined;
  }
  return depth === 1 ? last : undefined;
}

/** A cue found in a stretch of tokens, its spans moved `by` tokens to where the stretch stands. */
function shiftedCue(cue: Cue, by: number): Cue {
  const shift = (span: Span): Span => ({ first: span.first + by, last: span.last + by });
  return {
    ...cue,
    cue: shift(cue.cue),
    ...(cue.source ? { source: shift(cue.source) } : {}),
    ...(cue.description ? { description: shift(cue.description) } : {}),
    ...(cue.carrier ? { carrier: shift(cue.carrier) } : {}),
  };
}

/**
 * ", which notes, “…”", ", who claims…": a form in -s of a cue verb right after a relative
 * pronoun a comma opens is that clause's verb, though the tagger read it as a plural noun. The
 * tokens with such words retagged, or the tokens as they are.
 */
function withRelativeVerbs(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): readonly TaggedToken[] {
  let retagged: TaggedToken[] | undefined;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !/^\p{Ll}+s$/u.test(t.text) || !/^(which|who)$/.test(tokens[i - 1]!.lower) || tokens[i - 2]!.text !== ',') continue;
    const lemma = cueLemma(t, lexicon);
    if (lemma === undefined) continue;
    retagged ??= [...tokens];
    retagged[i] = { ...t, pos: 'VERB', lemma };
  }
  return retagged ?? tokens;
}

/**
 * "Prosecutors investigating that attack said…": "that" at `k`, between a participle in -ing that
 * describes the noun before it and a singular noun, is the participle's object's demonstrative
 * (the tagger reads it as the conjunction), so the speaker runs back to "Prosecutors".
 */
function demonstrativeAfterParticiple(tokens: readonly TaggedToken[], k: number): boolean {
  const participle = tokens[k - 1];
  return (
    tokens[k]?.lower === 'that' &&
    participle?.pos === 'VERB' &&
    /^\p{Ll}+ing$/u.test(participle.text) &&
    /^(NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? '') &&
    tokens[k + 1]?.pos === 'NOUN' &&
    !pluralForm(tokens[k + 1]!.lower)
  );
}

/** How far back from "called" or "named" the article of the noun it names may stand: "a group called…", "a nutritional-supplement-maker called…". */
const NAMED_NOUN_REACH = 7;

/** Words of degree that make the form in -ing after them an adjective: "more demanding", "very telling", "as revealing as". */
const DEGREE_WORDS = /^(more|most|less|least|so|very|too|as|quite|rather)$/;

export function findCue(taggedTokens: readonly TaggedToken[], quotes: readonly QuoteSpan[], lexicon: AttributionLexicon, headline = false): Cue | undefined {
  const cue = findCueAnywhere(taggedTokens, quotes, lexicon, headline);
  const sided = cue && sourceOnItsSideOfBrackets(taggedTokens, cue);
  if (sided && (loneWordNamesNoOne(taggedTokens, sided) || writersGuess(taggedTokens, sided, lexicon))) return undefined;
  return sided && withoutTrailingAside(taggedTokens, withWhoseAntecedent(taggedTokens, withoutTimeAsides(taggedTokens, withoutTheMeans(taggedTokens, sided))));
}

/**
 * "A 2009 paper in the Journal of Monetary Economics, which also found…", "We, therefore,
 * expect…": a relative pronoun or an adverb set off by a comma at the end of the source is the
 * clause or the aside after it, not the speaker's name.
 */
function withoutTrailingAside(tokens: readonly TaggedToken[], cue: Cue): Cue {
  const source = cue.source;
  if (!source || source.last - source.first < 2 || tokens[source.last - 1]!.text !== ',') return cue;
  const last = tokens[source.last]!;
  const aside = /^(which|who|that)$/.test(last.lower) || (last.pos === 'ADV' && /^\p{Ll}/u.test(last.text));
  return aside ? { ...cue, source: { first: source.first, last: source.last - 2 } } : cue;
}

/**
 * "The Romanian hacker whose cyber-mischief first revealed that…": a source that opens on "whose"
 * is its antecedent's; the phrase takes it in ("The Romanian hacker whose cyber-mischief"), past
 * the comma of a clause set off ("The union, whose leaders have called…").
 */
function withWhoseAntecedent(tokens: readonly TaggedToken[], cue: Cue): Cue {
  const source = cue.source;
  if (!source || tokens[source.first]!.lower !== 'whose') return cue;
  const end = tokens[source.first - 1]?.text === ',' ? source.first - 2 : source.first - 1;
  const antecedent = end >= 0 ? nounPhraseEndingAt(tokens, end) : undefined;
  if (!antecedent) return cue;
  // (The noun the clause is on, not the phrase that governs it: "…a setback for Trump, whose
  // attorneys argued…" is Trump's.)
  let first = end;
  while (first > antecedent.first && tokens[first - 1]!.pos !== 'ADP') first--;
  return { ...cue, source: { first, last: source.last } };
}

/**
 * "Perhaps the debate moderators will demand more details.", "Maybe he really just wants fancy
 * people to like him.": a hedge (lexicon `hedges`) that opens the sentence right before the
 * speaker makes what they say or want the writer's guess; no one is reported. Not a hedge on
 * something else first ("Perhaps most important, the new evidence suggests…"), nor a frame
 * ("Perhaps, he said, the town has grown too fast").
 */
function writersGuess(tokens: readonly TaggedToken[], cue: Cue, lexicon: AttributionLexicon): boolean {
  const source = cue.source;
  if ((cue.form !== 'verb' && cue.form !== 'stance') || !source || source.last >= cue.cue.first) return false;
  let k = tokens[0]?.pos === 'CCONJ' ? 1 : 0;
  const hedge = tokens[k];
  if (hedge?.pos !== 'ADV' || !lexicon.hedges.has(hedge.lower)) return false;
  k++;
  if (tokens[k]?.text === ',') k++;
  return k === source.first && tokens[cue.cue.last + 1]?.text !== ',';
}

/**
 * A source of one word that is no one: "it" before a verb that links it to an impression ("But it
 * can sometimes feel like Republicans are falling in line"), or a figure, which is what was counted
 * ("…to just 75,000 pledged for this year").
 */
function loneWordNamesNoOne(tokens: readonly TaggedToken[], cue: Cue): boolean {
  const source = cue.source;
  if (!source || source.first !== source.last) return false;
  const word = tokens[source.first]!;
  return (word.lower === 'it' && IMPRESSION_VERBS.test(tokens[cue.cue.last]!.lemma)) || FIGURE.test(word.text);
}

/** Verbs that link "it" to an impression: "it feels like…", "it seemed as if…". */
const IMPRESSION_VERBS = /^(feel|seem|appear|look|sound)$/;

/** A figure written in digits: "75,000", "1.5". */
const FIGURE = /^\d[\d,.]*$/;

/** Nouns of a part of a day or a span of time that may open a sentence as its time: "that morning, …". */
const TIME_SPANS = /^(morning|afternoon|evening|night|day|week|weekend|month|year|season)$/;

/**
 * "Then DuPont, only two months later, announced…": a time counted from another, set off by
 * commas at the end of the source, is when, not who; "But that morning, an angry army of workers…
 * carrying signs saying…": nor the time that opens the sentence, read into its front.
 */
function withoutTimeAsides(tokens: readonly TaggedToken[], cue: Cue): Cue {
  const source = cue.source;
  if (!source || source.first === source.last) return cue;
  // ("…,” said Lawrence yesterday.", "said detective Joe Coffey Monday": the day after a name is
  // when it was said; not "USA Today", whose capital makes it the name's.)
  const end = Math.max(source.last, cue.description?.last ?? -1);
  const day = tokens[end]!;
  if (end > source.first && (WEEKDAY.test(day.lower) || DAY_OF_SAYING.test(day.text)) && tokens[end - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[end - 1]!.text))
    return sourceEndingBefore(tokens, cue, end);
  if (COUNTED_TIME_ENDS.test(tokens[source.last]!.lower)) {
    let comma = source.last - 1;
    while (comma > source.first && tokens[comma]!.text !== ',') comma--;
    const aside = tokens.slice(comma + 1, source.last + 1);
    if (comma > source.first && !aside.some((t) => t.pos === 'PROPN' || t.pos === 'VERB')) return sourceEndingBefore(tokens, cue, comma);
  }
  const opening = tokens.slice(source.first, source.last).findIndex((t) => t.text === ',');
  if (opening > 0 && opening <= 2 && TIME_SPANS.test(tokens[source.first + opening - 1]!.lower) && source.first + opening < source.last) {
    return { ...cue, source: { first: source.first + opening + 1, last: source.last } };
  }
  return cue;
}

/** Days in small letters a speaker's name may be followed by, as the time of saying: "said Lawrence yesterday" ("USA Today" is a name). */
const DAY_OF_SAYING = /^(yesterday|today|tonight)$/;

/** How the words came, closing a speaker's phrase: "…, via email", "via text message". */
const MEANS_OF_SAYING = /^(e-?mail|text|phone|telephone|twitter)$/i;

/**
 * "“…,” said James Lewis, an expert at the Center for Strategic and International Studies, via
 * email.": how the words came is not who said them; the source ends before ", via email".
 */
function withoutTheMeans(tokens: readonly TaggedToken[], cue: Cue): Cue {
  const source = cue.source;
  if (!source) return cue;
  const end = Math.max(source.last, cue.description?.last ?? -1);
  for (let k = source.first + 1; k <= end; k++) {
    if (tokens[k]!.text !== 'via' || !tokens.slice(k + 1, end + 1).some((t) => MEANS_OF_SAYING.test(t.text))) continue;
    return sourceEndingBefore(tokens, cue, k);
  }
  return cue;
}

/** The cue with its source, and the description after it, ending before the token at `stop`, past the punctuation left at the end. */
function sourceEndingBefore(tokens: readonly TaggedToken[], cue: Cue, stop: number): Cue {
  const source = cue.source!;
  let last = stop - 1;
  while (last > source.first && /^[,;:—–-]$/.test(tokens[last]!.text)) last--;
  const { description, ...rest } = cue;
  const kept = description && description.first <= last ? { first: description.first, last: Math.min(description.last, last) } : undefined;
  return { ...rest, source: { first: source.first, last: Math.min(source.last, last) }, ...(kept ? { description: kept } : {}) };
}

/**
 * A source that runs out of a bracket its cue does not share: "…blowback from members (“I want my
 * dues back,” wrote Edward Nelson, an instrument technician…, on the union's Facebook page), and
 * the federation's…" ends at the bracket with its cue inside; "The campaign, pushing the idea
 * through surrogates (like top aide David Plouffe, who called Trump “a psychopath”), has
 * emphasized…" has its cue outside, so the bracket's words are no source of it: the subject
 * before the sentence's first comma is, or, wanting one, no one.
 */
function sourceOnItsSideOfBrackets(tokens: readonly TaggedToken[], cue: Cue): Cue | undefined {
  const source = cue.source;
  if (!source) return cue;
  const end = Math.max(source.last, cue.description?.last ?? -1);
  let depth = 0;
  let close = -1;
  for (let k = source.first; k <= end && close === -1; k++) {
    if (tokens[k]!.text === '(') depth++;
    else if (tokens[k]!.text === ')') {
      if (depth === 0) close = k;
      else depth--;
    }
  }
  if (close === -1) return cue;
  if (cue.cue.first < close) return sourceEndingBefore(tokens, cue, close);
  const comma = tokens.findIndex((t) => t.text === ',');
  const opening = comma > 0 ? nounPhraseEndingAt(tokens, comma - 1) : undefined;
  if (opening?.first !== 0) return undefined;
  const { description: _dropped, ...rest } = cue;
  return { ...rest, source: opening };
}

function findCueAnywhere(taggedTokens: readonly TaggedToken[], quotes: readonly QuoteSpan[], lexicon: AttributionLexicon, headline = false): Cue | undefined {
  // ("(Mr. Lewandowski … has denied that he was working on a book.)": a sentence set in brackets
  // is read as it would be without them.)
  const close = bracketsWholeSentence(taggedTokens);
  if (close !== undefined) {
    const inner = findCue(taggedTokens.slice(1, close), quotes, lexicon, headline);
    return inner && shiftedCue(inner, 1);
  }
  const tokens = withRelativeVerbs(taggedTokens, lexicon);
  const quoted = (i: number) => insideQuotes(quotes, tokens[i]!.start, tokens[i]!.end);
  const label = tokens.length > 0 && !quoted(0) ? labelCue(tokens, lexicon, headline) : undefined;
  const labelSpeaks = label && speakingSource(tokens, label, lexicon);
  if (labelSpeaks) return labelSpeaks;
  // ("Did the investigation find reasons to question…?": a question asks what was found or said;
  // it reports nothing.)
  if (yesNoQuestion(tokens)) return undefined;
  const found: Cue[] = [];
  let stance: Cue | undefined;
  const index = cueIndex(lexicon);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (Most words — articles, punctuation, nouns no list names — no rule below acts on.)
    if (!mayAct(t, lexicon, index) || quoted(i)) continue;
    // ("what many of them derisively called…", "known as the Bunker": a name given, not a claim.)
    // ("a woman known only for her films": a participle describing the noun before it.)
    // ("He is perhaps best known for pitching…": what someone is known for is their fame.)
    if (t.lower === 'known' && (/^(as|for)$/.test(tokens[i + 1]?.lower ?? '') || tokens[skipAdverbs(tokens, i - 1)]?.pos === 'NOUN')) continue;
    // ("its requirements are so much more demanding": a form in -ing after a word of degree is an
    // adjective.)
    if (/^\p{Ll}+ing$/u.test(t.text) && DEGREE_WORDS.test(tokens[i - 1]?.lower ?? '')) continue;
    // ("easier said than done", "rest assured that…": idioms of the writer's, no one speaks.)
    if ((t.lower === 'said' && tokens[i + 1]?.lower === 'than') || (t.lower === 'assured' && tokens[i - 1]?.lower === 'rest' && (i === 1 || /^(PUNCT|CCONJ)$/.test(tokens[i - 2]!.pos)))) continue;
    // ("A senior official, who asked not to be named, said…", "who requested anonymity": a request
    // about the speaker's own name is no report; the verb after it is the sentence's.)
    if (/^(ask|request|decline)$/.test(t.lemma) && t.pos === 'VERB' && tokens.slice(i + 1, i + 6).some((x) => lexicon.anonymityWords.has(x.lower))) continue;
    // ("Asked by the judge if he understood the charges, he responded…": a verb inside the
    // question someone asks reports nothing; the answer's verb is the sentence's.)
    if (insideAskedQuestion(tokens, i, lexicon)) continue;
    // ("The federal judge Trump was referring to is Gonzalo Curiel": a verb whose preposition is
    // left at the end of a relative clause, the main clause's verb right after, reports nothing.)
    if (t.pos === 'VERB' && /^(ADP|PART)$/.test(tokens[i + 1]?.pos ?? '') && FINITE_BE.test(tokens[i + 2]?.text ?? '')) continue;
    // ("said goodbye to the crowd", "reported for duty", "told a joke": an act, no report.)
    if (mayBeCue(t, lexicon) && (index.idiomsByLemma.get(cueLemma(t, lexicon) ?? t.lemma)?.some((rest) => idiomAt(tokens, i + 1, rest)) ?? false)) continue;
    // ("You see it in rock clubs, roller derby games, fashion shows.": the last of a list of nouns
    // that closes the sentence is a noun, whatever its tag.)
    // (A list: the item before holds no verb and ends on a noun; not "…at the time, analyst says.")
    if (t.pos === 'VERB' && /s$/.test(t.lower) && tokens[i - 1]?.pos === 'NOUN' && tokens[i - 2]?.text === ',' && (tokens[i + 1]?.pos ?? 'PUNCT') === 'PUNCT' && tokens[i + 1]?.text !== ',') {
      let comma = i - 3;
      while (comma >= 0 && tokens[comma]!.text !== ',') comma--;
      const item = comma >= 0 ? tokens.slice(comma + 1, i - 2) : [];
      if (item.length > 0 && item.length <= 4 && item.every((x) => /^(NOUN|PROPN|ADJ|DET|NUM)$/.test(x.pos)) && tokens[i - 3]?.pos === 'NOUN') continue;
    }
    // ("Trump said, and I quote, “…”": the writer vouching for the words, not a speaker.)
    if (t.lemma === 'quote' && tokens[i - 1]?.lower === 'i' && (tokens[i + 1]?.text === ',' || tokens[i + 1]?.text === ':' || opensQuote(tokens, i + 1))) continue;
    // ("…and then state and local leaders could call on…": a bare form joined by "and" or "or"
    // to an adjective or noun before a noun modifies that noun, whatever its tag.)
    // (Not after its subject: "Officials say and local papers report…".)
    if (
      t.lower === t.lemma &&
      !/^(NOUN|PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? '') &&
      /^(and|or)$/.test(tokens[i + 1]?.lower ?? '') &&
      /^(ADJ|NOUN)$/.test(tokens[i + 2]?.pos ?? '') &&
      /^(NOUN|PROPN)$/.test(tokens[i + 3]?.pos ?? '')
    )
      continue;
    // ("wrote a man calling himself Paul Paul", "a group that calls itself Occupy": naming
    // oneself is giving a name, not saying something.)
    if (callsItself(tokens, i) && (/^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') || opensQuote(tokens, i + 2) || tokens[i + 2]?.lower === 'the')) continue;
    // ("a movie called The Rocketeer", "a group named Occupy DNC": a participle that names the
    // noun before it; not "Stirling called Orozco a predator", "the judge called him…".)
    if (/^(called|named|dubbed|titled|entitled)$/.test(t.lower)) {
      // ("Called the Isis-Urania Temple, it was founded…": opening the sentence, it names.)
      if (i === 0) continue;
      // ("a group called the “We The People Foundation”": a quoted name may follow "the".)
      const nameFollows = /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') || opensQuote(tokens, i + 1) || (tokens[i + 1]?.lower === 'the' && opensQuote(tokens, i + 2));
      // (The article may stand before a hyphenated compound: "a nutritional-supplement-maker called Mannatech".)
      if (nameFollows && /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') && tokens.slice(Math.max(0, i - NAMED_NOUN_REACH), i).some((x) => /^(a|an)$/i.test(x.text))) continue;
      // ("The program, called EB-5, allows…", "…the complex number, called the imaginary unit.": set
      // off by the sentence's first comma after a noun, up to a comma or the end; not "Minyon Moore,
      // a senior adviser to the campaign, called Trump…".)
      const firstComma = tokens.findIndex((x) => x.text === ',');
      const rest = tokens.slice(i + 1);
      const end = rest.findIndex((x) => x.text === ',' || x.text === '.');
      const closed = end > 0 && end <= 5 && !rest.slice(0, end).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
      if (firstComma === i - 1 && tokens[i - 2]?.pos === 'NOUN' && closed && (nameFollows || /^(the|a|an)$/.test(tokens[i + 1]?.lower ?? ''))) continue;
    }
    // ("…the article uncovering Felt's secret, says…": a word with a possessive after it is a
    // name or a noun, whatever its tag.)
    if (tokens[i + 1] !== undefined && isPossessiveMark(tokens[i + 1]!)) continue;
    // ("Mark Felt said…": a capitalised word read as a verb inside a name, a verb after it.)
    // (And before the comma or the dash of an aside: "Mark Felt, who was known as…, died", "W.
    // Mark Felt -- the man they called…".)
    if (
      t.pos === 'VERB' &&
      i > 0 &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      misreadAsVerb(tokens, i) &&
      (/^(VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '') || ((tokens[i + 1]?.text === ',' || (i + 1 < tokens.length && isDash(tokens, i + 1))) && tokens[i - 1]!.pos === 'PROPN'))
    )
      continue;
    // ("The governor plans to veto the bill": a stance verb the tagger read as a noun.)
    if (!stance && stanceVerbReadAsNoun(tokens, i, lexicon)) stance = stanceCue(tokens, i, lexicon);
    // ("a press call", "crude remarks": the last noun of a compound, never a cue.)
    if (
      (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ') &&
      mayBeCue(t, lexicon) &&
      (compoundNounCue(tokens, i) || participleBeforeNoun(tokens, i)) &&
      !evidenceBeforeVerb(tokens, i, lexicon) &&
      !frameReadAsNounPhrase(tokens, i, lexicon)
    )
      continue;
    // "As Vulture put it, …", "…, as an American diplomat put it, an “extreme makeover”": the
    // words are the speaker's.
    if (t.lower === 'as') {
      const putIt = asPutIt(tokens, i, lexicon);
      const putItSpeaks = putIt && speakingSource(tokens, putIt, lexicon);
      if (putItSpeaks) return putItSpeaks;
    }
    // "according to X"
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      // The phrase up to its boundary, unless the noun phrase runs on through a list ("US, South
      // Korean and Ukrainian intelligence").
      const phrase = nounPhraseStartingAt(tokens, i + 2, false, true);
      const object = objectToBoundary(tokens, i + 2);
      const taken = object && (!phrase || object.last >= phrase.last) ? object : phrase;
      // (Only where it opens the sentence, before the clause it frames: closing one, "…,
      // according to data the council released.", the phrase is all the source's.)
      const opening = tokens.slice(0, i).every((x) => x.pos === 'CCONJ' || x.pos === 'ADV' || x.pos === 'PUNCT');
      const source = taken && opening ? beforeClauseSubject(tokens, taken) : taken;
      if (source) {
        // "…, according to Craig Bryan, head of the centre.": a description that ends the sentence
        // is the source's, as after an inverted "said" (not "According to X, the economy…").
        const trailing = i > 0 && tokens[i - 1]!.text === ',' ? trailingDescription(tokens, source.last + 1, lexicon) : undefined;
        // (A relative clause on a person describes only them: "according to three officials who
        // spoke to the Gazette", "…, according to Jason Delisle, who was an adviser…"; not one on
        // why they go unnamed, "who was not authorized to speak publicly".)
        const relative =
          trailing !== undefined && /^(who|whose)$/.test(tokens[trailing.first]!.lower) && !tokens.slice(trailing.first, trailing.last + 1).some((t) => lexicon.anonymityWords.has(t.lower));
        const description = trailing && (relative || describesOnly(tokens, trailing, lexicon)) ? trailing : (openingApposition(tokens, i, source, lexicon) ?? undefined);
        const according = speakingSource(tokens, { form: 'according-to', cue: { first: i, last: i + 1 }, source, ...(description ? { description } : {}) }, lexicon);
        // ("Win Htein … said Tuesday morning that according to its analysis, the NLD has won…":
        // inside what a speaker said, a phrase of the speaker's own material, "its analysis", "his
        // reading", is the speaker's reference; the speaker speaks.)
        // (Only where it opens the reported clause, "said that according to…"; one that closes the
        // sentence, "…, according to The New York Times", frames all of it, the report of the
        // speaker too; and one that names another source, "reported that, according to a
        // major-league source, …", is where the claim comes from.)
        const opensReport = (tokens[i - 1]?.lower === 'that' || (tokens[i - 1]?.text === ',' && tokens[i - 2]?.lower === 'that')) && POSSESSIVE_PRONOUNS.has(tokens[source.first]!.lower);
        const speaker = opensReport ? found.find((c) => c.form === 'verb' && c.cue.last < i && lexicon.speech.has(tokens[c.cue.last]!.lemma)) : undefined;
        const reporting = speaker && according && speakingSource(tokens, speaker, lexicon);
        if (reporting) return reporting;
        // ("“There was blood,” said Unique Armstead, who was shot nearby, according to the New
        // York Post.": the words quoted are the speaker's own; the outlet that closes the sentence
        // only carried them. Blind readers gave the quote to its speaker, twice.)
        // (Only a verb that credits the quotation right after its closing mark, and an outlet, a
        // text or a recording named after "according to": an unnamed account, "according to
        // officials with knowledge of the closed-door meeting", is the link a reader must weigh.)
        const creditsQuote = (c: Cue) =>
          c.form === 'inverted-verb'
            ? closingMarkAt(tokens, c.cue.first - 1)
            : c.form === 'verb' && c.source !== undefined && c.cue.first === c.source.last + 1 && closingMarkAt(tokens, c.source.first - 1);
        const carrier = tokens
          .slice(source.first, source.last + 1)
          .some((t) => isCapitalisedName(t) || lexicon.issuedTexts.has(t.lemma) || lexicon.recordingNouns.has(t.lower) || isEvidenceNoun(t, lexicon) || lexicon.carrierNouns.has(t.lemma));
        // (Set off by a comma, or ending the sentence: "…who was shot along with a girl nearby
        // according to the New York Post.")
        const closesSentence = tokens.slice(source.last + 1).every((t) => t.pos === 'PUNCT');
        const quoteSpeaker =
          (tokens[i - 1]?.text === ',' || closesSentence) && carrier
            ? found.find((c) => c.source !== undefined && c.cue.last < i && lexicon.speech.has(tokens[c.cue.last]!.lemma) && creditsQuote(c))
            : undefined;
        // (The speaker's phrase stops where "according to" begins.)
        const before = (span: Span | undefined) => (span && span.last >= i ? (span.first < i ? { first: span.first, last: i - 1 } : undefined) : span);
        const cut = quoteSpeaker && { ...quoteSpeaker, source: before(quoteSpeaker.source), description: before(quoteSpeaker.description) };
        if (cut && cut.description === undefined) delete cut.description;
        const quoteSpoken = cut?.source && according && speakingSource(tokens, cut, lexicon);
        if (quoteSpoken) return { ...quoteSpoken, carrier: source };
        if (according) return according;
      }
    }
    // "…, a council document seen by Reuters shows.": a text described by who saw or got it.
    const seenText = evidenceFrameAfterComma(tokens, i, lexicon);
    if (seenText) return speakingSource(tokens, seenText, lexicon) ?? seenText;
    // "…, per a council spokesman.", "Per the filing, …": "per" as "according to", opening the
    // sentence or after a comma, before someone or a text they issued (not "$5 per gallon",
    // "per capita", "as per").
    if (t.lower === 'per' && (i === 0 || tokens[i - 1]!.text === ',') && !/^(capita|cent|annum|se)$/.test(tokens[i + 1]?.lower ?? '')) {
      const source = nounPhraseStartingAt(tokens, i + 1, false, true);
      const head = source && headNoun(tokens, source);
      const text = head !== undefined && (lexicon.issuedTexts.has(head.lemma) || lexicon.issuedTexts.has(head.lower) || isEvidenceNoun(head, lexicon));
      // (The head itself is someone: "per CTV News", "per a council spokesman"; not "per the
      // McKinley plan", a thing a name only qualifies.)
      const at = head === undefined ? -1 : tokens.indexOf(head);
      if (source && (text || (at !== -1 && namesSomeone(tokens, { first: at, last: at }, lexicon)))) {
        const per = speakingSource(tokens, { form: 'according-to', cue: { first: i, last: i }, source }, lexicon);
        if (per) return per;
      }
    }
    // "as reported by X", "as announced by X", "as first reported by X"
    const as = tokens[i - 1]?.lower === 'as' ? i - 1 : tokens[i - 1]?.pos === 'ADV' && tokens[i - 2]?.lower === 'as' ? i - 2 : -1;
    if (tokens[i + 1]?.lower === 'by' && (lexicon.speech.has(t.lemma) || t.lower === 'reported') && (as !== -1 || t.pos === 'VERB')) {
      const source = nounPhraseStartingAt(tokens, i + 2);
      // (Not set off inside a sentence that closes on its own frame: "…penalties, as laid out by
      // other sections of the act, remain in effect, he indicated.")
      if (source && as !== -1 && !closesOnFrame(tokens, lexicon)) return { form: 'reported-by', cue: { first: as, last: i + 1 }, source };
    }
    // ("As stated in Davis' commentary, there are…", "…, as noted in the report.": a text where
    // it was said, as "per the filing" is.)
    if (as !== -1 && tokens[i + 1]?.lower === 'in' && lexicon.speech.has(t.lemma) && t.lower !== t.lemma) {
      const source = nounPhraseStartingAt(tokens, i + 2, false, true);
      const head = source && headNoun(tokens, source);
      const written = head !== undefined && [lexicon.issuedTexts, lexicon.writtenWorks, lexicon.carrierNouns, lexicon.recordSpeakers].some((words) => words.has(head.lower) || words.has(head.lemma));
      if (source && (written || (head !== undefined && isEvidenceNoun(head, lexicon))) && !closesOnFrame(tokens, lexicon)) {
        const stated = speakingSource(tokens, { form: 'according-to', cue: { first: as, last: i + 1 }, source }, lexicon);
        if (stated) return stated;
      }
    }
    // "was quoted as saying": the subject of "was" speaks.
    if (t.lower === 'quoted' && tokens[i + 1]?.lower === 'as' && isBe(tokens[i - 1])) {
      const source = nounPhraseEndingAt(tokens, skipLeftModifiers(tokens, i - 1));
      if (source) return { form: 'verb', cue: { first: i - 1, last: Math.min(i + 2, tokens.length - 1) }, source };
    }
    // ("A man said to have been released…", "The man, said to be in his 50s, …": a reduced passive,
    // what someone unnamed says of the noun; active "said to" takes a hearer, "said to reporters".)
    if (t.lower === 'said' && tokens[i + 1]?.lower === 'to' && /^(have|be)$/.test(tokens[i + 2]?.lower ?? '') && !isBe(tokens[skipAdverbs(tokens, i - 1)])) {
      found.push({ form: 'impersonal', cue: { first: i, last: i + 1 } });
      continue;
    }
    const impersonal = impersonalCue(tokens, i, lexicon);
    if (impersonal) {
      found.push(impersonal);
      continue;
    }
    // "There are reports that…": a report or a rumour nobody is named for.
    const existential = t.lower === 'there' ? existentialReport(tokens, i, lexicon) : lexicon.impersonalNouns.has(t.lower) ? rumourGoingAbout(tokens, i, lexicon) : undefined;
    if (existential) {
      found.push(existential);
      continue;
    }
    // "The company reportedly lost…": someone reported it, no one is named.
    if (t.pos === 'ADV' && lexicon.impersonalAdverbs.has(t.lower)) {
      found.push({ form: 'impersonal', cue: { first: i, last: i } });
      continue;
    }
    // "Police identified the victim as…": a verb that reports through its object and a preposition.
    // (Its subject reports, never a phrase after it: "…the reality show “The Apprentice,” listed an
    // NBC show as…" is not inverted speech.)
    if ((t.pos === 'VERB' || framedVerbReadAsNoun(tokens, i)) && framedReport(tokens, i, lexicon)) {
      const cue = verbCue(tokens, i, lexicon, true);
      if (cue && cue.form !== 'inverted-verb') found.push(cue);
      continue;
    }
    // "…,” she continued.": verbs that are speech only beside a quotation.
    // ("Critics charged that…", "The mayor posted on Facebook that…": verbs that are speech only
    // with "that" after them.)
    if (
      (t.pos === 'VERB' || (lexicon.thatVerbs.has(t.lemma) && thatVerbReadAsNoun(tokens, i))) &&
      ((lexicon.quoteVerbs.has(t.lemma) && besideQuote(tokens, i) && !doingFollows(tokens, i)) ||
        framesOpeningQuote(tokens, i) ||
        (lexicon.textVerbs.has(t.lemma) && givesQuotedText(tokens, i)) ||
        (lexicon.thatVerbs.has(t.lemma) && thatClauseFollows(tokens, i)) ||
        (lexicon.questionVerbs.has(t.lemma) && questionFollows(tokens, i)))
    ) {
      const cue = verbCue(tokens, i, lexicon, true);
      // (A text is named with where it stands: "The banner over the quay read: “…”".)
      if (cue) found.push(lexicon.textVerbs.has(t.lemma) ? wholeSubject(tokens, cue) : withSpeechParticle(tokens, cue));
      continue;
    }
    // "Sanders has made clear that…", "she made it clear that…": making something clear says it;
    // so does making the case for something ("Obama privately made the case to 23 leaders
    // that…", "made a case for reading authors…").
    // (In a finite form: not advice, "is to … make it clear that…", nor a participle's object,
    // "signed an open letter Monday making it clear that…".)
    if (t.lemma === 'make' && finiteVerb(t)) {
      const clear = tokens[i + 1]?.lower === 'clear' ? i + 1 : tokens[i + 1]?.lower === 'it' && tokens[i + 2]?.lower === 'clear' ? i + 2 : madeTheCase(tokens, i);
      // (What is made clear may follow a time or come without "that": "made clear Tuesday night
      // that he intends…", "made it clear the comment hit a nerve"; not "makes clear the
      // headwinds ahead", a thing shown.)
      if (
        clear !== -1 &&
        (tokens[clear + 1]?.lower === 'that' || (tokens[clear]!.lower === 'case' ? tokens[clear + 1]?.lower === 'for' || caseArguedTo(tokens, clear) : clauseFollows(tokens, clear, false, lexicon)))
      ) {
        const said = phraseOfSaying(tokens, i, clear, lexicon);
        if (said) found.push(said);
        continue;
      }
    }
    // "The mayor raised concerns that…", "critics voiced fears that…": a worry voiced, in a finite
    // form, is said by a subject who can hold a view (lexicon.voicedWorries).
    if (finiteVerb(t)) {
      const worry = voicedWorryEnd(tokens, i, lexicon);
      // (Not "raised concerns that were shared by…": "that" opening a relative clause on the worry.)
      if (worry !== -1 && tokens[worry + 1]?.lower === 'that' && !/^(VERB|AUX)$/.test(tokens[worry + 2]?.pos ?? '')) {
        const said = phraseOfSaying(tokens, i, worry, lexicon);
        if (said) found.push(said);
        continue;
      }
    }
    // (A verb that labelled news uses as a cue more often than not — "promised", "praised",
    // "commented on" — gives a position the same way: lexicon.learnedCues.)
    if (!stance && t.pos === 'VERB' && (lexicon.stance.has(t.lemma) || lexicon.learnedCues.has(t.lemma))) stance = stanceCue(tokens, i, lexicon);
    if (!stance && lexicon.mindStates.has(t.lower) && t.pos !== 'NOUN') stance = mindStateCue(tokens, i, lexicon);
    if (isCueVerb(tokens, i, lexicon) && !evidenceParticiple(tokens, i, lexicon) && !citesNothing(tokens, i, lexicon)) {
      const cue = verbCue(tokens, i, lexicon);
      if (cue && !writersEmphasis(tokens, cue, t, lexicon) && !thingShown(tokens, cue, lexicon))
        found.push(withExamples(tokens, sourceFrom(lastConjunctAfterObject(tokens, wholeSubject(tokens, evidenceFirst(tokens, cue, lexicon)), lexicon), articleOfNameBefore(tokens, i))));
    }
    // "In a statement, the airline apologised …"
    for (const phrase of lexicon.statementPhrasesByFirstWord.get(t.lower) ?? []) {
      if (wordsAt(tokens, i, phrase)) {
        const after = i + phrase.length;
        // "In an interview with the Nordic Herald, the general said…": the speaker follows the comma.
        let comma = after;
        // (A participle phrase on the statement does not end it: "In a statement issued Tuesday, …".)
        const participle = (x: TaggedToken) => x.pos === 'VERB' && /^\p{Ll}.*(ed|en|ing)$/u.test(x.text);
        while (comma < tokens.length && tokens[comma]!.text !== ',' && ((tokens[comma]!.pos !== 'VERB' && tokens[comma]!.pos !== 'AUX') || participle(tokens[comma]!))) comma++;
        // ("In response to the rhetoric many politicians have been spreading, Ana Ruiz expressed
        // her support in an interview with…": past an opening phrase, the main clause's subject.)
        const firstComma = tokens.findIndex((x) => x.text === ',');
        const pastOpening = tokens[0]?.pos === 'ADP' && firstComma > 0 && firstComma < i ? clauseSubject(tokens, firstComma + 1) : undefined;
        const subject = tokens[comma]?.text === ',' ? clauseSubject(tokens, comma + 1) : (pastOpening ?? clauseSubject(tokens, 0));
        // ("Ana Ruiz, the chairwoman of the board, in a statement credited…": a subject read up to
        // the verb takes in the phrase itself; the speaker is the phrase before it.)
        const speaker = subject && subject.last >= i && subject.last < after ? speakerBeforeStatement(tokens, i - 1) : subject;
        // ("His nomination was made … in a statement from Treasury Secretary Jacob J. Lew": where
        // the subject names no one, the statement's own author does.)
        const author = speaker && !namesSomeone(tokens, speaker, lexicon) ? authorAfter(tokens, after) : undefined;
        const source = author ?? speaker;
        // (Never a subject inside a quotation: "“The federal court's decision recognizes…,” Robert
        // McDuff … said in a statement" — the verb before the phrase names the speaker.)
        // (Nor one who was only asked there: "In an interview in July, Palmieri was asked about
        // Cosby's donations, and she did her best to evade the question" gives no words of hers.)
        const onlyAsked = subject !== undefined && isBe(tokens[subject.last + 1]) && ASKED.test(tokens[subject.last + 2]?.lower ?? '');
        if (source && !quoted(source.first) && !onlyAsked) found.push({ form: 'statement', cue: { first: i, last: after - 1 }, source });
      }
    }
    // "In their view, Democrats could…", "In Ash's view, the change would…": a view named at the
    // head of the sentence is whose the clause after the comma is.
    if (i === 0 && t.lower === 'in') {
      const holder = viewHolder(tokens, lexicon);
      if (holder) found.push({ form: 'according-to', cue: { first: 0, last: holder.view }, source: holder.source });
    }
    // "In the latest Post-ABC News poll, Clinton led…": a poll, survey or report named at the
    // head of the sentence is where its figures come from.
    if (i === 0 && /^(in|by)$/.test(t.lower) && !lexicon.evidenceIdioms.some((idiom) => wordsAt(tokens, 0, idiom))) {
      const evidence = nounPhraseStartingAt(tokens, 1);
      const head = evidence ? headNoun(tokens, evidence) : undefined;
      const comma = evidence ? tokens.findIndex((x, k) => k > evidence.last && x.text === ',') : -1;
      if (evidence && head && lexicon.evidenceNouns.has(head.lower) && comma !== -1 && comma <= evidence.last + 8 && !tokens.slice(evidence.last + 1, comma).some((x) => x.pos === 'AUX')) {
        found.push({ form: 'according-to', cue: { first: 0, last: 0 }, source: madeBy(tokens, evidence, comma) });
      }
    }
    // "Clinton led Sanders 2-1 in a Marist poll", "Bush remains fourth in most surveys": a poll
    // after "in" is where the standing the sentence reports comes from.
    if (i > 0 && t.lower === 'in' && t.pos === 'ADP') {
      const poll = pollAfter(tokens, i, lexicon);
      if (poll && inMainClause(tokens, i, lexicon) && reportsStanding(tokens, poll, lexicon)) {
        // ("in polling in New Hampshire": the tagger may read "polling" as a verb; the phrase's last word is its head.)
        const general = /(s|ing)$/.test((headNoun(tokens, poll) ?? tokens[poll.last])?.lower ?? '');
        // (A figure is what a fact-checker checks against a poll: a quantity, or "two points";
        // not the primary's date.)
        const figure = tokens.some((x, k) => isQuantity(tokens, k) || (x.pos === 'NUM' && /^(points?|percent|percentage)$/.test(tokens[k + 1]?.lower ?? '')));
        found.push({ form: 'according-to', cue: { first: i, last: i }, source: poll, ...(general && !figure ? { standing: true } : {}) });
      }
    }
    // "The governor put it bluntly: “…”"
    if (t.text === ':' && opensQuote(tokens, i + 1)) {
      // (The clause the colon closes speaks: "In the hours after 14 people were killed, a familiar
      // voice celebrated the attacks on Twitter: “…”" — the clause after the last comma, when it has
      // its own subject, before the sentence's first.)
      let lastComma = i - 1;
      while (lastComma >= 0 && tokens[lastComma]!.text !== ',') lastComma--;
      // (A relative clause there speaks for what it describes: "this new headline from the
      // Washington Post, which hits liberals where they live: “…”" is the headline's, not "they".)
      const relative = lastComma >= 0 && /^(which|who)$/.test(tokens[lastComma + 1]?.lower ?? '');
      const closing = lastComma >= 0 ? (relative ? relativeAntecedent(tokens, lastComma + 1, lexicon) : clauseSubject(tokens, lastComma + 1)) : undefined;
      // (Never a subject inside the quotation: "From Bush's Facebook post: “…, we must…”" is the
      // post's, a text quoted from.)
      const opening = clauseSubject(tokens, 0);
      const quotedFrom = tokens[0]?.lower === 'from' && i > 1 ? nounPhraseEndingAt(tokens, i - 1) : undefined;
      const from = quotedFrom?.first === 1 ? quotedFrom : undefined;
      const source = moreFrom(tokens, i) ?? namesBeforeColon(tokens, i) ?? (closing && closing.last < i ? closing : undefined) ?? (opening && opening.last < i ? opening : undefined) ?? from;
      // ("It seems unfair to tell the communities: ''We're sorry…''", "It was a three-word road map:
      // “Follow the money.”": an "it" that only holds the subject's place says nothing.)
      if (source && !expletiveIt(tokens, source)) found.push({ form: 'colon-quote', cue: { first: i, last: i }, source });
    }
  }
  const spoken = found.map((cue) => speakingSource(tokens, cue, lexicon)).filter((cue): cue is Cue => cue !== undefined);
  const speakingOf = (gapReports: boolean) => spoken.filter((cue) => !inContactRelative(tokens, cue, gapReports)).flatMap((cue) => withAgreeingSubject(tokens, cue) ?? []);
  // (A contact clause that reports of its noun, "countries he said had sent immigrants", speaks
  // only where nothing else in the sentence does, a stance included: "The lawyers referred to
  // their client as the pilot and focused on others they claimed were responsible" is the
  // lawyers' reference first.)
  const strict = speakingOf(false);
  const speakingAll = strict.length > 0 || stance || spoken.length === 0 ? strict : speakingOf(true);
  // (A question put in a time clause after the main clause gives way to any other cue; alone, it
  // is marked, for the caller to remember its asker and give the sentence no source.)
  const askedAfter = (c: Cue) => c.form === 'verb' && askedInTrailingTimeClause(tokens, c.cue.last);
  const others = speakingAll.filter((c) => !askedAfter(c));
  const speaking = others.length > 0 ? others : speakingAll.map((c): Cue => ({ ...c, questionOnly: true }));
  if (speaking.length > 0) {
    // ("Media shares blame in Iowa poll overhype - HuffPollster: “…”": in a digest, the names a dash
    // sets before a quotation's colon are quoted; the heading before the dash says nothing.)
    const credited = speaking.find((c) => c.form === 'colon-quote' && c.source !== undefined && isDash(tokens, c.source.first - 1));
    if (credited) return credited;
    // A verb cue with its own subject beats a phrase; a closing ", his lawyer said." frames the
    // whole sentence and beats a verb earlier in it ("The defendant denied…, his lawyer said.").
    const verbs = speaking.filter((c) => c.form === 'verb' || c.form === 'inverted-verb' || c.form === 'impersonal');
    const framing = verbs.find((c) => (c.form === 'verb' && framesSentence(tokens, c.cue.last)) || invertedFramesSentence(tokens, c, lexicon));
    if (framing) return framing;
    // A verb after a closing mark frames the quotation it closes, and beats the cues inside it
    // ("I've heard the figure…,” he said": not "I"); not a speaker's cue before the quotation
    // opens in the sentence ("DuVernay said she felt… because “…,” she said").
    const quoting = verbs.find((c) => closesQuotation(tokens, c));
    if (quoting) {
      let opening = (quoting.form === 'inverted-verb' ? quoting.cue.first : quoting.source!.first) - 2;
      while (opening >= 0 && !opensQuote(tokens, opening)) opening--;
      // (A verb of belief before it is inside what the closing speaker said: "But Greeks must also
      // understand that without these measures, “the situation would be…,” he said.")
      // (Not a participle whose object the quotation is: "…, screaming racial slurs and calling her
      // ''leftist scum,'' she said in an interview." is all hers.)
      if (!verbs.some((c) => c !== quoting && c.cue.first < opening && lexicon.speech.has(tokens[c.cue.last]!.lemma) && !/ing$/.test(tokens[c.cue.last]!.lower))) return quoting;
    }
    // (A cue in a clause that opens the sentence before its main one gives way to the main one's.)
    // (A restrictive relative clause's verb only where no verb of the sentence's own speaks.)
    // (Nor a verb inside a parenthesis set off by dashes: "As the Washington Post — even the devil
    // can quote election statistics — observed, …".)
    // (Nor one inside brackets: "The campaign, pushing the idea through surrogates (like a top
    // aide, who called the mayor “a menace”), has emphasized…".)
    const aside = (c: Cue) => insideDashes(tokens, c.cue.first) || insideBrackets(tokens, c.cue.first);
    const earliest = verbs.find((c) => !c.relative && !aside(c)) ?? verbs.find((c) => !c.relative) ?? verbs[0] ?? speaking[0]!;
    // ("Graham, who says the allies should send ground forces, tweeted that…": a cue inside
    // another's source — the relative clause of its description — gives way to the verb whose
    // subject it describes, the sentence's own.)
    // (Only a clause that ", who" or ", which" opens inside that span: not a span the phrase
    // finder ran over a verb, "Axelrod tweeted after Clinton", "a trend that the foundation predicts".)
    const opensRelative = (span: Span) => tokens.slice(span.first, earliest.cue.first).some((t, k) => /^(who|which)$/.test(t.lower) && tokens[span.first + k - 1]?.text === ',');
    const holds = (c: Cue) => [c.source, c.description].some((span) => span !== undefined && span.first <= earliest.cue.first && earliest.cue.last <= span.last && opensRelative(span));
    const first = verbs.find((c) => c !== earliest && holds(c) && c.source !== undefined && headHoldsAView(tokens.slice(c.source.first, c.source.last + 1), lexicon)) ?? earliest;
    return (inOpeningClause(tokens, first) && verbs.find((c) => opensMainClause(tokens, c))) || first;
  }
  // "…, citing stronger exports": the subject of the clause cites.
  const citing = tokens.findIndex((t, i) => t.lower === 'citing' && !quoted(i));
  if (citing !== -1) {
    const source = clauseSubject(tokens, 0);
    const cited = source && speakingSource(tokens, { form: 'citing', cue: { first: citing, last: citing }, source }, lexicon);
    if (cited) return cited;
  }
  // Only when nobody speaks: "The senator wants a recount" gives his position.
  // (The whole subject phrase holds it, as a speaker's does: "Governors in more than two dozen
  // states balked at…", "most in Miami want…", not the preposition's object.)
  const whole = stance?.form === 'stance' ? { ...wholeSubject(tokens, { ...stance, form: 'verb' }), form: stance.form } : stance;
  return whole && speakingSource(tokens, whole, lexicon);
}

/** A plural common noun by its ending ("graders", "lawsuits"; not "news", "status", "analysis", "politics"). */
const PLURAL_NOUN = /^\p{Ll}[\p{Ll}-]*[^su'’]s$/u;
const NOT_PLURAL = /(?:ics|news|series|species|means|is)$/;

/** Where a subject's head stops: a preposition, a verb, a comma, a relative word. */
const endsHead = (t: TaggedToken) => /^(ADP|VERB|AUX|SCONJ|PRON)$/.test(t.pos) || t.text === ',';

/** The head of the noun phrase `span` opens: its last noun before a preposition, verb or comma. */
function headOf(tokens: readonly TaggedToken[], span: Span): TaggedToken | undefined {
  let head: TaggedToken | undefined;
  for (let k = span.first; k <= span.last && !endsHead(tokens[k]!); k++) if (/^(NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) head = tokens[k];
  return head;
}

/**
 * "An Egyptian textbook just published for 9th graders explains…", "…through public records
 * lawsuits shows the name…": a verb in -s does not agree with a plural noun, so the phrase that
 * ends on that noun before it is the end of the subject at most. The subject runs back over
 * participles and prepositions to where the clause opens, when a phrase of a singular head opens
 * it there; else the verb is no one's ("…carrying vast amounts of internet traffic and phone
 * calls between…": "calls" is a noun).
 */
function withAgreeingSubject(tokens: readonly TaggedToken[], cue: Cue): Cue | undefined {
  const source = cue.source;
  const verb = tokens[cue.cue.first]!;
  if (cue.form !== 'verb' || !source || source.last >= cue.cue.first || !/s$/.test(verb.lower) || verb.lower === verb.lemma || !/^(VERB|AUX)$/.test(verb.pos)) return cue;
  const head = headOf(tokens, source);
  if (head?.pos !== 'NOUN' || !PLURAL_NOUN.test(head.lower) || NOT_PLURAL.test(head.lower)) return cue;
  let start = source.first;
  while (start > 0) {
    const t = tokens[start - 1]!;
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|en|ing)$/.test(t.lower));
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || finite) break;
    start--;
  }
  const opening = { first: start, last: source.last };
  const openingHead = headOf(tokens, opening);
  const agrees = /^(DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[start]!.pos) && openingHead !== undefined && openingHead !== head && !(openingHead.pos === 'NOUN' && PLURAL_NOUN.test(openingHead.lower));
  return agrees ? { ...cue, source: opening } : undefined;
}

/**
 * "Clinton pointed to the nine different times Sanders has laid out a plan", "She rejected the
 * account he gave": a name or pronoun right after a noun, in a clause whose verb came before,
 * opens a relative clause without "that" on the noun. What is said there describes the noun; it
 * is not the sentence's report, unless a clause of its own follows, or, with `gapReports`, the
 * verb of a clause whose subject is the noun. (Not after a time: "…said last week Sanders had
 * claimed…"; nor in a clause that opens on a preposition or a subordinator, "In an interview
 * Trump said…".)
 */
function inContactRelative(tokens: readonly TaggedToken[], cue: Cue, gapReports: boolean): boolean {
  if (cue.form !== 'verb' || !cue.source || cue.source.last >= cue.cue.first) return false;
  const { first, last } = cue.source;
  const named = tokens.slice(first, last + 1).every((t) => t.pos === 'PROPN') || (first === last && PERSONAL_PRONOUNS.test(tokens[first]!.lower));
  const noun = tokens[first - 1];
  if (!named || noun?.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text) || (ONE_TIME.test(noun.lower) && !/s$/.test(noun.lower))) return false;
  // (A report with its own clause is still one: "debt it says it can't repay" — Greece says so;
  // so is one whose clause has the noun for subject, its verb right after the cue: "countries he
  // said had sent immigrants" — he says they had.)
  const after = tokens[cue.cue.last + 1];
  const next = after?.lower ?? '';
  if (next === 'that' || PERSONAL_PRONOUNS.test(next)) return false;
  if (gapReports && after !== undefined && (after.pos === 'AUX' || finiteVerb(after))) return false;
  let start = first - 2;
  while (start >= 0 && tokens[start]!.text !== ',' && tokens[start]!.pos !== 'SCONJ') start--;
  const opener = tokens[start + 1];
  if (!opener || !/^(DET|PROPN|PRON|NOUN|ADJ)$/.test(opener.pos)) return false;
  for (let i = start + 2; i < first - 1; i++) {
    const t = tokens[i]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) return true;
  }
  return false;
}

/** A verb in a finite form the tagger gives: "made", "raises"; not "make" nor "raising". */
function finiteVerb(t: TaggedToken): boolean {
  return t.pos === 'VERB' && t.lower !== t.lemma && !/ing$/.test(t.lower);
}

/**
 * The verb at `verb` and the words after it up to `last` ("made clear", "raised concerns") as one
 * cue, when its subject can hold a view: what such a phrase says is that subject's.
 */
function phraseOfSaying(tokens: readonly TaggedToken[], verb: number, last: number, lexicon: AttributionLexicon): Cue | undefined {
  const cue = verbCue(tokens, verb, lexicon, true);
  return cue?.source && headHoldsAView(tokens.slice(cue.source.first, cue.source.last + 1), lexicon) ? { ...cue, cue: { first: cue.cue.first, last } } : undefined;
}

/** Where the worry a verb voices ends ("raised concerns", "voiced fears") after the verb at `verb`, else -1. */
function voicedWorryEnd(tokens: readonly TaggedToken[], verb: number, lexicon: AttributionLexicon): number {
  for (const worry of lexicon.voicedWorries.get(tokens[verb]!.lemma) ?? []) if (wordsAt(tokens, verb + 1, worry)) return verb + worry.length;
  return -1;
}

/** Where "case" stands in "made the case" or "made a case" after the verb at `make`, else -1. */
function madeTheCase(tokens: readonly TaggedToken[], make: number): number {
  return /^(the|a|an)$/.test(tokens[make + 1]?.lower ?? '') && tokens[make + 2]?.lower === 'case' ? make + 2 : -1;
}

/** "made the case to 23 progressive group leaders that…": the case argued to someone, then what it was. */
function caseArguedTo(tokens: readonly TaggedToken[], caseAt: number): boolean {
  if (tokens[caseAt + 1]?.lower !== 'to') return false;
  for (let k = caseAt + 2; k < tokens.length && k < caseAt + 10; k++) {
    if (tokens[k]!.lower === 'that') return true;
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
  }
  return false;
}

/** Adverbs of place: after a noun or a clause they end it, and never stand before a verb as its manner or time do. */
const PLACE_ADVERBS = /^(here|there|nearby|abroad|overseas|locally)$/;

/**
 * "Officials here said", "Residents nearby said", "Residents who live here warned": an adverb of
 * place between the subject and the verb ends the subject (a noun, or a relative clause on it),
 * not the cue, as the cue's adverbs of manner and time do ("later said").
 */
function placeWithItsPhrase(tokens: readonly TaggedToken[], cue: Cue): Cue {
  const { source } = cue;
  const at = cue.cue.first;
  if (cue.form !== 'verb' || !source || source.last !== at - 1 || at >= cue.cue.last || !PLACE_ADVERBS.test(tokens[at]!.lower)) return cue;
  return { ...cue, cue: { first: at + 1, last: cue.cue.last }, source: { first: source.first, last: at } };
}

/** Participles that open a question put to the speaker: "Asked if…", "Pressed on…". */
const QUESTION_PARTICIPLES = /^(asked|pressed|questioned)$/;

/** What may follow a question-opening participle: "Asked if", "Pressed on", "Asked by Starnes". */
const QUESTION_LINKS = /^(if|whether|about|on|by|why|what|how|when|to)$/;

/**
 * "While Clinton has condemned the proposal, the groups who wrote to her say…", "Asked if she
 * believed Putin wanted…, Clinton said…": a cue in a clause that opens the sentence before its
 * main one — up to that clause's comma — is subordinate to the main clause. ("As Reuters
 * reported, …" is no such clause: it credits what follows.)
 */
function inOpeningClause(tokens: readonly TaggedToken[], cue: Cue): boolean {
  // (The clause may follow an opening phrase without a verb: "Following initial reports of the
  // explosion, but before city officials had weighed in…, Trump said…".)
  const from = openingPhraseEnd(tokens, cue);
  let k = from;
  // ("Where the Republicans sought to outdo each other in saying…, the Democrats stressed…": "where" may be read as an adverb.)
  while (k < tokens.length && /^(ADV|PUNCT|CCONJ)$/.test(tokens[k]!.pos) && !opensQuote(tokens, k) && tokens[k]!.lower !== 'where') k++;
  const opener = tokens[k];
  if (!opener || cue.cue.first < k || /^(as|that)$/.test(opener.lower)) return false;
  const subordinate =
    (from > 0 ? ADVERBIAL_SUBORDINATORS.test(opener.lower) : opener.pos === 'SCONJ' || ADVERBIAL_SUBORDINATORS.test(opener.lower)) ||
    (opener.lower === 'where' && k === 0) ||
    (k === 0 && withAbsolute(tokens)) ||
    (from === 0 && QUESTION_PARTICIPLES.test(opener.lower) && QUESTION_LINKS.test(tokens[k + 1]?.lower ?? ''));
  if (!subordinate) return false;
  for (let i = k; i < cue.cue.first; i++) if (tokens[i]!.text === ',') return false;
  return tokens.some((t, i) => i > cue.cue.last && t.text === ',');
}

/**
 * "With polls showing Clinton ahead in Ohio, Trump said…", "With Bloomberg reportedly considering
 * a run, a Morning Consult Poll found…": "with", a noun phrase and a participle, then a comma —
 * a clause without a finite verb that sets the scene for the main one, whose cue is the sentence's.
 */
function withAbsolute(tokens: readonly TaggedToken[]): boolean {
  if (tokens[0]?.lower !== 'with') return false;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 3) return false;
  // (The noun phrase's verb is the participle; what it reports may have a verb of its own: "With
  // critics saying the plan is too costly, the mayor said…".)
  const verb = tokens.slice(1, comma).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb?.pos === 'VERB' && /(?:ing|ed|en)$/.test(verb.lower);
}

/**
 * Where the comma-set stretch holding the cue starts, when all before it is phrases without a
 * finite verb ("Following initial reports of the explosion, but before…"); else the sentence's
 * start. A stretch after a clause with its own verb is no opening one.
 */
function openingPhraseEnd(tokens: readonly TaggedToken[], cue: Cue): number {
  let comma = cue.cue.first - 1;
  while (comma >= 0 && tokens[comma]!.text !== ',') comma--;
  if (comma <= 0) return 0;
  for (let i = 0; i < comma; i++) {
    const t = tokens[i]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && i > 0) || opensQuote(tokens, i)) return 0;
  }
  return comma + 1;
}

/**
 * A cue whose subject opens a clause after a comma ("…, Clinton said she was not…", "…, the
 * Huffington Post reported that…"): the main clause's, after an opening one. Not a cue inside
 * another clause ("…in the state he calls a second home…"), nor a subject read back over a comma
 * ("…a combination of several people, Woodward and Bernstein have insisted").
 */
function opensMainClause(tokens: readonly TaggedToken[], cue: Cue): boolean {
  if (cue.form !== 'verb' || !cue.source || cue.source.last >= cue.cue.first) return false;
  // (Nor a pronoun, which may stand for the opening clause's subject: "While Comey said…, he
  // said…"; the opening clause's cue names him.)
  if (cue.source.first === cue.source.last && PERSONAL_PRONOUNS.test(tokens[cue.source.first]!.lower)) return false;
  for (let k = cue.source.first; k <= cue.source.last; k++) if (tokens[k]!.text === ',') return false;
  let before = cue.source.first - 1;
  while (before >= 0 && tokens[before]!.pos === 'ADV') before--;
  return tokens[before]?.text === ',' && !inOpeningClause(tokens, cue);
}

/** What a subject's words may be tagged, besides those of a noun phrase's own: its prepositions, conjunctions and adverbs ("even"). */
const SUBJECT_TAGS = /^(DET|ADJ|NOUN|PROPN|NUM|ADP|CCONJ|PART|ADV)$/;
/** The tags of a word that may open a subject (opensSubject). */
const SUBJECT_OPENING_TAGS = /^(DET|ADJ|NOUN|PROPN|NUM)$/;
/** Adverbs that belong to the phrase they open ("Even Mr. Peck", "only 50 percent", "nearly half"); other opening adverbs ("Yet", "Still") are the sentence's. */
const PHRASE_ADVERBS = /^(even|only|nearly|almost|about|roughly|just|approximately|some|at|fewer|more|less)$/;

/**
 * Words that open a clause of their own or name examples ("Even as Trump claimed", "…that
 * superdelegates pledged", "defenders of globalization, like Gary Hufbauer"): a stretch holding
 * one is no part of the subject, or a group the source's reading names by its examples.
 */
const NOT_IN_SUBJECT = /^(as|than|like|including|such|while|because|since|though|although|if|unless|whether|how|why|when|where|what|which|who|whom|whose)$/;

/** Whether the token at `k` is the last word of "as well as". */
function endsAsWellAs(tokens: readonly TaggedToken[], k: number): boolean {
  return tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'well' && tokens[k - 2]?.lower === 'as';
}

/** Pronouns besides the quantifiers that may head a subject: "Everyone but Hewlett said". */
const SUBJECT_PRONOUNS = /^(everyone|everybody|nobody|none|each|anyone|someone|somebody)$/;

/** Spans of time: "Twelve hours into the investigation authorities said" is when, not who. */
const SPANS_OF_TIME = /^(seconds|minutes|hours|days|weeks|months|years|decades)$/;

/** The personal pronouns in their object forms ("found him standing", "representing them"). */
const OBJECT_FORMS = /^(him|her|them|me|us)$/;

/** A pronoun that may stand inside a subject read back to its clause's start: a quantifier ("Many of…"), "everyone", a possessive ("his aides"). */
function pronounInSubject(t: TaggedToken): boolean {
  return QUANTIFIERS.has(t.lower) || SUBJECT_PRONOUNS.test(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower);
}

/** A word that may open a subject: a determiner, a noun or its modifier, a figure, a quantifier ("many"), an adverb of the phrase ("only"). */
function opensSubject(t: TaggedToken): boolean {
  return SUBJECT_OPENING_TAGS.test(t.pos) || (t.pos === 'PRON' && (QUANTIFIERS.has(t.lower) || SUBJECT_PRONOUNS.test(t.lower))) || (t.pos === 'ADV' && PHRASE_ADVERBS.test(t.lower));
}

/** Words that open examples of the phrase before their comma: "Critics, including Senator Leahy, …". */
const EXAMPLE_MARKERS = /^(including|like)$/;

/**
 * "Critics of the program, including Charles Grassley, Republican of Iowa, and Patrick Leahy,
 * Democrat of Vermont, have said…": a source read back from the verb to the last example named
 * (a name and its description) stands for the phrase whose examples they are. The source becomes
 * that whole subject, from its opening to the verb, where nothing between is a verb.
 */
function withExamples(tokens: readonly TaggedToken[], cue: Cue): Cue {
  const source = cue.source;
  if (cue.form !== 'verb' || !source || source.last >= cue.cue.first) return cue;
  const after = examplesAfter(tokens, cue);
  if (after || source.first === 0) return after ?? cue;
  const start = subjectClauseStart(tokens, source.first);
  const marker = tokens.findIndex((t, k) => k > start + 1 && k < source.first && EXAMPLE_MARKERS.test(t.lower) && tokens[k - 1]!.text === ',');
  if (marker === -1 || !opensSubject(tokens[start]!)) return cue;
  const end = cue.description?.last ?? source.last;
  // (Only a subject: no verb before the cue's own, nor a quotation.)
  if (tokens.slice(start, end + 1).some((t, k) => t.pos === 'AUX' || (t.pos === 'VERB' && !(k === marker - start)) || opensQuote(tokens, start + k) || closesQuote(tokens, start + k))) return cue;
  const { description: _, ...rest } = cue;
  return { ...rest, source: { first: start, last: end } };
}

/**
 * "Democratic presidential candidates, including Hillary Clinton and Senator Bernie Sanders of
 * Vermont, have…": the examples set off by commas between the source and its verb are the
 * source's too. "Like" gives examples of a plural only: "Nordlys, like the harbour board,
 * declared" compares Nordlys with the board, which does not speak.
 */
function examplesAfter(tokens: readonly TaggedToken[], cue: Cue): Cue | undefined {
  const source = cue.source!;
  const comma = source.last + 1;
  const marker = tokens[comma + 1];
  if (cue.description || tokens[comma]?.text !== ',' || marker === undefined || !EXAMPLE_MARKERS.test(marker.lower)) return undefined;
  // (A subject that opens its clause: not "highlighted the silence Democrats, including Clinton,
  // have demonstrated", a clause inside an object.)
  if (subjectClauseStart(tokens, source.first) !== source.first) return undefined;
  const head = tokens[source.last]!;
  if (marker.lower === 'like' && !(head.pos === 'NOUN' && /s$/.test(head.lower))) return undefined;
  let close = cue.cue.first - 1;
  while (close > comma && (tokens[close]!.pos === 'ADV' || tokens[close]!.pos === 'AUX')) close--;
  if (tokens[close]?.text !== ',' || close <= comma + 2) return undefined;
  // (Only names and their descriptions: no verb of a clause, nor a quotation.)
  for (let k = comma + 2; k < close; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !misreadAsVerb(tokens, k)) || opensQuote(tokens, k) || closesQuote(tokens, k)) return undefined;
  }
  return { ...cue, source: { first: source.first, last: close - 1 } };
}

/** Where the clause the subject opens starts: past a closing quotation mark, the sentence's connectives and an opening circumstance. */
function subjectClauseStart(tokens: readonly TaggedToken[], before: number): number {
  let start = 0;
  for (let k = before - 1; k >= 0; k--) {
    // ("…,” Anne Richards, assistant secretary of state, said": the clause opens after the quotation.)
    if (closesQuote(tokens, k) && (tokens[k]!.text !== '"' || !tokens[k]!.spaceBefore) && !closesTitle(tokens, k)) {
      start = k + 1;
      break;
    }
    // ("Editor's Note: An article on Monday about…, based on…, reported": after a label's colon.)
    if (tokens[k]!.text === ':') {
      start = k + 1;
      break;
    }
  }
  for (;;) {
    const t = tokens[start];
    if (!t || start >= before) return start;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || (t.pos === 'ADV' && !PHRASE_ADVERBS.test(t.lower))) start++;
    else break;
  }
  // ("But while Republicans back the delay, multiple sources privy to negotiations say…": past an
  // opening subordinate clause, at the first comma after which no verb stands.)
  if (ADVERBIAL_SUBORDINATORS.test(tokens[start]?.lower ?? '')) {
    for (let comma = start + 1; comma < before; comma++) if (tokens[comma]!.text === ',' && !hasClauseVerb(tokens, comma + 1, before)) return comma + 1;
  }
  return pastOpeningCircumstance(tokens, start, before);
}

/**
 * "Yet many officials on and off the island believe…", "Multiple sources privy to negotiations
 * say…", "One of the authors of that 2013 report, Ari Fleischer, said…": the phrase read back
 * from the verb stops at a preposition or a word it does not take ("the island", "negotiations",
 * "2013 report, Ari Fleischer"), but the one who speaks is the clause's whole subject. The source
 * runs to the clause's start when every word between is a noun phrase's (no verb, no pronoun
 * but a quantifier or a possessive, no quotation, no time) and the phrase is joined to it by a
 * preposition, a conjunction, a determiner or an adjective; across commas only where the phrase
 * read already spans one, as an apposition read in part does (not "The day after the debate,
 * Clinton said").
 */
function wholeSubject(tokens: readonly TaggedToken[], cue: Cue): Cue {
  const source = cue.source;
  if (cue.form !== 'verb' || !source || cue.description || source.last >= cue.cue.first || source.first === 0) return cue;
  const beforeAside = subjectBeforeAside(tokens, cue);
  if (beforeAside) return beforeAside;
  // (A subject right before its verb: adverbs, a comma and a time may stand between, "… in November say".)
  for (let k = source.last + 1; k < cue.cue.first; k++) {
    const t = tokens[k]!;
    // ("…, for instance, said": an adverbial the commas set off.)
    if (t.text === ',' && beforeCommaAdverbial(tokens, k + 3) === k - 1) {
      k += 3;
      continue;
    }
    const leadsTime = /^(ADP|DET|ADJ)$/.test(t.pos) && tokens[k + 1] !== undefined && isTimeWord(tokens[k + 1]!);
    // (And the auxiliaries of a cue that holds only its main verb: "… have endorsed".)
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.text !== ',' && !isTimeWord(t) && !leadsTime) return cue;
  }
  let overCommas = false;
  for (let k = source.first; k <= source.last; k++) if (tokens[k]!.text === ',') overCommas = true;
  const joint = tokens[source.first - 1]!;
  // ("He and his wife said…", "…, she and another reporter said.": a personal pronoun joined by
  // "and" opens the subject, where a clause may open.)
  const pronoun = source.first - 2;
  if (joint.lower === 'and' && /^(he|she|they|we|i)$/i.test(tokens[pronoun]?.text ?? '') && (pronoun === 0 || /^[,;:]$/.test(tokens[pronoun - 1]!.text) || closesQuote(tokens, pronoun - 1)))
    return { ...cue, source: { first: pronoun, last: source.last } };
  // (A pronoun is a phrase's tail only after "of", "Many of you"; "online he has criticized…" is no phrase.)
  if (source.first === source.last && tokens[source.first]!.pos === 'PRON' && joint.lower !== 'of') return cue;
  if (
    !(
      /^(ADP|CCONJ|DET|ADJ|PART)$/.test(joint.pos) ||
      (joint.text === ',' && overCommas) ||
      // ("Politicians and even some technologists say": an adverb of the phrase after "and".)
      (joint.pos === 'ADV' && PHRASE_ADVERBS.test(joint.lower) && tokens[source.first - 2]?.pos === 'CCONJ') ||
      closesTitle(tokens, source.first - 1) ||
      (endsAsWellAs(tokens, source.first - 1) && tokens[source.first - 4]?.text !== ',') ||
      (joint.pos === 'VERB' && tokens[source.first - 2]?.lower === 'to') ||
      (joint.pos === 'VERB' && /ing$/.test(joint.lower) && tokens[source.first - 2]?.pos === 'ADP') ||
      demonstrativeAfterParticiple(tokens, source.first - 1)
    )
  )
    return cue;
  const start = subjectClauseStart(tokens, source.first);
  // ("Ward and other digital security experts acknowledge…": a name the tagger read as a verb,
  // joined by "and", opens the phrase.)
  const nameReadAsVerb = tokens[start]?.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(tokens[start]!.text) && tokens[start + 1]?.lower === 'and';
  if (start >= source.first || !(opensSubject(tokens[start]!) || nameReadAsVerb)) return cue;
  // The subject's head noun, once met: a time before it is when, not who ("This week officials…").
  let head = false;
  let participle = false;
  for (let k = start; k < source.first; k++) {
    const t = tokens[k]!;
    if (t.text === ',') {
      if (!overCommas) return cue;
      continue;
    }
    // ("Vermont Gov. Peter Shumlin and Sen. Patrick Leahy as well as former Vermont Gov. Howard
    // Dean have endorsed": "as well as" joins another to the subject, as "and" does.)
    if (endsAsWellAs(tokens, k + 2)) {
      k += 2;
      continue;
    }
    // (A name in quotation marks: "Some in the “Bernie or Bust” crowd".)
    const title = quotedTitleEnd(tokens, k);
    if (title !== undefined && title < source.first) {
      k = title;
      continue;
    }
    // ("…about the mayor's tenure as head of the port have cited": "as" after a noun and before
    // the role it names is the phrase's.)
    const roleAs = t.lower === 'as' && head && tokens[k - 1]?.pos === 'NOUN' && /^(NOUN|PROPN|DET|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
    // ("Governors in more than two dozen states": "than" of a count is the phrase's.)
    const countThan = t.lower === 'than' && /^(more|less|fewer)$/.test(tokens[k - 1]?.lower ?? '');
    if (((isTimeWord(t) || SPANS_OF_TIME.test(t.lower)) && !head) || (NOT_IN_SUBJECT.test(t.lower) && !roleAs && !countThan)) return cue;
    // ("One of the authors of that 2013 report": a demonstrative "that" after a preposition only,
    // or after a participle that describes the noun before it.)
    if (t.lower === 'that' && tokens[k - 1]?.pos !== 'ADP') {
      if (demonstrativeAfterParticiple(tokens, k)) continue;
      return cue;
    }
    // ("Lawyers representing him in the lawsuit said": the object of a participle that describes
    // the noun before it is the participle's, as a noun there would be.)
    const participlesObject = participle && (OBJECT_FORMS.test(t.lower) || t.lower === 'it') && tokens[k - 1]?.pos === 'VERB' && /ing$/.test(tokens[k - 1]!.lower);
    if (t.pos === 'PRON') {
      if (!pronounInSubject(t) && !participlesObject) return cue;
      continue;
    }
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !isTimeWord(t)) head = true;
    // ("Democrats trying to regain control of the Senate say": a participle in -ing after its noun,
    // and the infinitive it takes, describe the noun; no clause has such a verb without an auxiliary.)
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')) {
      participle = true;
      continue;
    }
    // ("Opponents of allowing Syrian refugees into the U.S. say": a gerund after a preposition is
    // its object, a noun's work; what it takes follows as its own phrase.)
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && tokens[k - 1]?.pos === 'ADP' && head) {
      participle = true;
      continue;
    }
    if (t.pos === 'VERB' && participle && tokens[k - 1]?.lower === 'to') continue;
    // ("An article written by National Review's Ian Tuttle accuses": a past participle after its
    // noun with its agent describes the noun; not a past tense, "The contest jumped into…".)
    // (An agent, not a margin: "The visitors led by two points at the break and Gold said".)
    const by = tokens[k + 1]?.lower === 'by' ? k + 1 : tokens[k + 1] !== undefined && isTimeWord(tokens[k + 1]!) && tokens[k + 2]?.lower === 'by' ? k + 2 : -1;
    const agentAt = by !== -1 && /^(DET|PROPN|NOUN|ADJ|PRON)$/.test(tokens[by + 1]?.pos ?? '');
    if (t.pos === 'VERB' && head && tokens[k - 1]?.pos === 'NOUN' && agentAt && pastParticipleForm(t)) {
      participle = true;
      continue;
    }
    // ("The last man to mount a third-party race says": an infinitive right after its noun describes it.)
    if (t.pos === 'VERB' && head && t.lemma === t.lower && tokens[k - 1]?.lower === 'to' && /^(NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? '')) continue;
    if (t.pos === 'VERB' && (misreadAsVerb(tokens, k) || (k === start && nameReadAsVerb))) continue;
    if (t.text === '-' && !t.spaceBefore) continue;
    if (!SUBJECT_TAGS.test(t.pos)) return cue;
  }
  // ("Clinton, during a town hall meeting in Columbus, Ohio, said": the name before an aside on the occasion speaks.)
  for (let k = start + 1; k < source.first; k++) if (tokens[k]!.text === ',' && opensOccasion(tokens, k + 1)) return { ...cue, source: { first: start, last: k - 1 } };
  return { ...cue, source: { first: start, last: source.last } };
}

/** Personal pronouns that may be a clause's subject ("Some say they hear…"; one opens a relative clause without "who" or "that", "people I've spoken with"). */
const PERSONAL_PRONOUNS = /^(i|we|you|they|he|she|it)$/;

/** Prepositions a passive participle takes where an active verb would take its object: "often conducted by…", "recently promoted to…". */
const PASSIVE_PREPOSITIONS = /^(by|to|in|as|at|for|from|on|with|into|under)$/;

/**
 * A participle after an adverb that follows a comma ("…, later alleging…", "…, often conducted
 * by…"): a form in -ing, or a passive one with a preposition where an object would stand; not
 * "Reid, who…, recently ordered up a legal analysis", the clause's own verb.
 */
function adverbedParticiple(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.pos !== 'VERB') return false;
  return /^\p{Ll}+ing$/u.test(t.text) || (/^\p{Ll}+(ed|en)$/u.test(t.text) && PASSIVE_PREPOSITIONS.test(tokens[k + 1]?.lower ?? ''));
}

/** Whether the comma at `k` opens an aside that a participle opens: ", facing a spirited challenge…", ", looking for a way…". */
function opensParticipleAside(tokens: readonly TaggedToken[], k: number): boolean {
  // (An adverb may stand before the participle: "Many recent studies, often conducted by comparing
  // counties, have found…".)
  let first = k + 1;
  while (first < k + 3 && tokens[first]?.pos === 'ADV' && tokens[first + 1]?.pos !== 'PUNCT') first++;
  if (first > k + 1 && !adverbedParticiple(tokens, first)) return false;
  const next = tokens[first];
  // (An irregular participle too, in a form no past tense shares: "John Smith, born in Oslo,
  // said", "…, seen as the likely nominee, said".)
  return tokens[k]?.text === ',' && next !== undefined && next.pos === 'VERB' && (/^\p{Ll}+(ing|ed)$/u.test(next.text) || onlyParticiple(next));
}

/**
 * The subject before what describes it, when the phrase read back from the verb lies inside that
 * description or before it: "Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing
 * state, said" (a participle set off by commas), "Federal officials familiar with the server…,
 * speaking on the condition of anonymity…, said", "Many of the local GOP leaders who'd rather be
 * working now on a general election campaign said" (a relative clause), "Several people I've
 * spoken with over the last couple of weeks said" (one without its pronoun). The phrase read back
 * ("a swing state", "N.Y.", "the last couple of weeks") is not who speaks. The source is the
 * subject with its relative clause, which tells which ones speak, and without an aside set off
 * by commas. Undefined when no such subject opens the clause.
 */
function subjectBeforeAside(tokens: readonly TaggedToken[], cue: Cue): Cue | undefined {
  const source = cue.source!;
  // (A pronoun right before its verb is the verb's whole subject: "…told Fox News in a story that
  // posted this week that he believes".)
  if (source.first === source.last && tokens[source.first]!.pos === 'PRON' && !QUANTIFIERS.has(tokens[source.first]!.lower)) return undefined;
  const start = subjectClauseStart(tokens, source.first);
  if (start >= source.first || !opensSubject(tokens[start]!)) return undefined;
  const asideStart = asideBefore(tokens, start, source.first, cue.cue.first);
  if (asideStart === undefined) return undefined;
  // (A relative clause tells which ones speak and stays in the subject; an aside set off by commas
  // does not.)
  const restrictive = tokens[asideStart]!.text !== ',';
  // The subject itself: a noun phrase with no clause of its own (a participle that describes a noun
  // may stand in it, "the server taken from…"; a place's comma, "Chappaqua, N.Y.").
  let head = false;
  for (let k = start; k < asideStart; k++) {
    const t = tokens[k]!;
    // (A place's comma, "Chappaqua, N.Y.", or a name's apposition: "An article about Tashfeen
    // Malik, one of the attackers in San Bernardino, Calif., based on…, reported".)
    if (t.text === ',') {
      if (tokens[k - 1]?.pos !== 'PROPN' || (tokens[k + 1]?.pos !== 'PROPN' && !/^(one|a|an|the)$/.test(tokens[k + 1]?.lower ?? ''))) return undefined;
      continue;
    }
    if (NOT_IN_SUBJECT.test(t.lower) || t.pos === 'AUX' || opensQuote(tokens, k) || closesQuote(tokens, k)) return undefined;
    if (t.pos === 'VERB' && !(/^\p{Ll}+(ed|en|ing)$/u.test(t.text) && head) && !misreadAsVerb(tokens, k)) return undefined;
    if (t.pos === 'PRON' && !pronounInSubject(t)) return undefined;
    if (!SUBJECT_TAGS.test(t.pos) && t.pos !== 'VERB' && t.text !== '.' && t.text !== '(' && t.text !== ')') return undefined;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !isTimeWord(t)) head = true;
  }
  if (!head) return undefined;
  return { ...cue, source: { first: start, last: restrictive ? source.last : asideStart - 1 } };
}

/**
 * Where a description of the subject starts, between the subject's first word and its verb: a
 * participle after a comma whose stretch closes with a comma right before the verb, a relative
 * clause ("who", "that") or one without its pronoun ("I've spoken with") running to the verb with
 * no comma. The phrase read back from the verb (starting at `from`) lies in the subject's tail or
 * in the description.
 */
function asideBefore(tokens: readonly TaggedToken[], start: number, from: number, verb: number): number | undefined {
  let close = verb - 1;
  while (close > from && tokens[close]!.pos === 'ADV') close--;
  close = beforeCommaAdverbial(tokens, close);
  if (tokens[close]?.text === ',') {
    for (let k = close - 1; k > start; k--) {
      if (opensQuote(tokens, k) || closesQuote(tokens, k)) return undefined;
      if (opensParticipleAside(tokens, k)) return k;
    }
    return undefined;
  }
  for (let k = from - 1; k > start; k--) {
    const t = tokens[k]!;
    // (Within a relative clause no mark of another clause: "The revelation that… set off another
    // round of fireworks on Friday: Republicans said".)
    if ((t.pos === 'PUNCT' && t.text !== '.') || opensQuote(tokens, k) || closesQuote(tokens, k) || t.pos === 'SCONJ') {
      if (!/^(who|that)$/.test(t.lower)) return undefined;
    }
    // ("that" relative only as the subject of its clause, "leaders that have said"; "the emphasis
    // that only 1 percent…" says what the emphasis was.)
    const relative = (t.lower === 'who' || (t.lower === 'that' && /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? ''))) && t.pos !== 'DET';
    const contact = t.pos === 'PRON' && PERSONAL_PRONOUNS.test(t.lower) && /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '') && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '');
    if ((relative || contact) && hasClauseVerb(tokens, k + 1, from)) return k;
  }
  return undefined;
}

/**
 * Words that never name a speaker on their own: an article left of a phrase cut short ("The
 * carefully choreographed speech came as…, underscoring"), a subordinator ("When asked whom she
 * supported, Ms. Sherry smiled and said"), the expletive "there" ("There have already been telling
 * responses"), a connective ("So: …"). A cue whose source is one of these alone names no one.
 */
const NEVER_A_SOURCE_ALONE = /^(the|a|an|when|whenever|while|if|as|so|there|then|once|after|before|because|since|though|although|unless|until)$/;

/** Quantifiers that float after the subject they count: "Bolton and Gorka both denounced", "Carson, Fiorina and Huckabee have all characterized". */
const FLOATING_QUANTIFIERS = /^(both|all|each)$/;

/** Times a phrase of time ends on besides isTimeWord's: "that day", "that morning". */
const TIMES_OF_DAY = /^(day|days|morning|afternoon|evening)$/;

/** Personal pronouns a floating quantifier may follow: "they all vowed", "we both said". */
const PERSONAL_SUBJECTS = /^(they|we|you)$/;

/** A word a source phrase cut short ends on: an article, a preposition, a possessive that cannot be an object ("next to her" ends whole), a comma ("Scott McGeary, an", "the authors of the", "industry statistics from"). */
function dangles(t: TaggedToken): boolean {
  return t.text === ',' || t.pos === 'ADP' || t.pos === 'CCONJ' || (t.pos === 'DET' && /^(a|an|the)$/.test(t.lower)) || (t.pos === 'PRON' && /^(its|their|our|my|your)$/.test(t.lower));
}

/** Whether a word stops a subject read back from its verb: a verb, a subordinator or relative, a quotation mark. */
function endsSubjectReadBack(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'VERB') return !misreadAsVerb(tokens, k);
  return t.pos === 'AUX' || t.pos === 'SCONJ' || NOT_IN_SUBJECT.test(t.lower) || opensQuote(tokens, k) || closesQuote(tokens, k);
}

/**
 * The subject a floating quantifier counts ("Former U.N. Ambassador John Bolton and Sebastian
 * Gorka both denounced…", "…Marco Rubio of Florida, have both urged…"): the phrase before it,
 * back over an auxiliary and a comma, from where its clause opens; undefined when no noun phrase
 * stands there ("And both vowed…": "both" points back, as "they" would).
 */
function floatingQuantifierSubject(tokens: readonly TaggedToken[], quantifier: number): Span | undefined {
  let k = quantifier - 1;
  // (A comma only before an auxiliary: "To varying degrees, all agreed" has "all" for its subject.)
  if (tokens[k]?.pos === 'AUX') {
    while (k >= 0 && tokens[k]!.pos === 'AUX') k--;
    if (tokens[k]?.text === ',') k--;
  }
  return subjectBefore(tokens, k + 1);
}

/**
 * The subject that ends right before `at`, read back from where its clause opens (over commas of
 * an apposition, not over a verb, a subordinator or an opening circumstance); a personal pronoun
 * alone; undefined when no noun phrase ends there.
 */
function subjectBefore(tokens: readonly TaggedToken[], at: number): Span | undefined {
  const k = at - 1;
  const last = tokens[k];
  if (!last) return undefined;
  if (last.pos === 'PRON' && PERSONAL_SUBJECTS.test(last.lower)) return { first: k, last: k };
  if (last.pos !== 'NOUN' && last.pos !== 'PROPN' && last.text !== ')') return undefined;
  let start = subjectClauseStart(tokens, k + 1);
  for (let m = k; m >= start; m--) {
    if (endsSubjectReadBack(tokens, m)) {
      start = m + 1;
      break;
    }
  }
  // ("Even before the count ended, her campaign…": the comma that closes a clause before it.)
  if (tokens[start]?.text === ',' && start < k) start++;
  start = pastOpeningCircumstance(tokens, start, k + 1);
  // ("Later that day, Trump fired back…": a circumstance the sentence opens with, adverb and all.)
  const opening = pastOpeningCircumstance(tokens, pastConnectives(tokens, 0, k + 1), k + 1);
  if (opening > start && opening <= k) start = opening;
  return start <= k && (opensSubject(tokens[start]!) || tokens[start]!.pos === 'PRON') ? { first: start, last: k } : undefined;
}

/** How far before an issued text its verb may stand: "put out a statement", "sent me a letter", "released late Friday a statement". */
const ISSUED_TEXT_REACH = 4;

/**
 * Who issued the text a participle reports through ("His office put out a statement saying…",
 * "Trump fired back a response saying…", "In a statement released Thursday, Rep. Hakeem Jeffries
 * reacted to the news, saying…"): the subject of the verb that issued it, or the subject of the
 * clause an opening "In a statement…" phrase stands before. The text speaks for them. Undefined
 * when the source is no issued text or nobody issues it in the sentence ("“…,” a statement read").
 */
function issuerOfText(tokens: readonly TaggedToken[], phrase: Span, lexicon: AttributionLexicon): Span | undefined {
  const source = withoutAddressee(tokens, phrase, lexicon);
  const head = tokens[source.last]!;
  if (!lexicon.issuedTexts.has(head.lemma) && !lexicon.issuedTexts.has(head.lower)) return undefined;
  // "In a statement announcing the pick, the Association of Flight Attendants called…"
  const opening = source.first - 1;
  if (tokens[opening]?.lower === 'in' && opening === pastConnectives(tokens, 0, source.first)) {
    const comma = tokens.findIndex((t, k) => k > source.last && t.text === ',');
    if (comma === -1 || tokens.slice(source.last + 1, comma).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(ed|en|ing)$/.test(t.lower)))) return undefined;
    return clauseSubject(tokens, comma + 1);
  }
  // "…put out a statement", "fired back a response", "filed a $40 million lawsuit in 2013".
  const verb = issuingVerbBefore(tokens, source.first, lexicon);
  if (verb === undefined) return undefined;
  const before = skipAdverbs(tokens, verb - 1);
  // ("He met with reporters and made several statements affirming…": the subject of the verbs "and" joins.)
  if (tokens[before]?.lower === 'and') return clauseSubject(tokens, pastConnectives(tokens, 0, before));
  // ("He sent a memo to the Post in April explaining…": a pronoun, which the pass resolves.)
  if (tokens[before]?.pos === 'PRON' && /^(he|she|it|i)$/.test(tokens[before]!.lower)) return { first: before, last: before };
  const subject = subjectBefore(tokens, before + 1);
  if (!subject) return undefined;
  // ("Even before Sanders took the stage, his campaign sent out…": not back into an opening
  // subordinate clause; the subject starts after the comma that closes it.)
  let comma = subject.last - 1;
  while (comma >= subject.first && tokens[comma]!.text !== ',') comma--;
  return comma >= subject.first && opensWithSubordinateClause(tokens, comma) ? { first: comma + 1, last: subject.last } : subject;
}

/** Whether the sentence opens with a subordinate clause (its own verb and all) that the comma at `comma` closes: "Even before Sanders took the stage,". */
function opensWithSubordinateClause(tokens: readonly TaggedToken[], comma: number): boolean {
  let k = 0;
  while (k < comma && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'CCONJ')) k++;
  const opener = tokens[k];
  if (!opener || !(opener.pos === 'SCONJ' || ADVERBIAL_SUBORDINATORS.test(opener.lower))) return false;
  const clause = tokens.slice(k + 1, comma);
  return clause.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && !clause.some((t) => t.text === ',');
}

/**
 * An issued text without the one it is addressed to: "a text message to supporters" in "…sent out
 * a text message to supporters saying…", whose phrase may hold the addressee ("a two-page memo to
 * The Washington Post") or be only the addressee, the text's phrase standing before "to". The
 * phrase as it is when no issued text stands right before a "to".
 */
function withoutAddressee(tokens: readonly TaggedToken[], phrase: Span, lexicon: AttributionLexicon): Span {
  const issued = (k: number) => {
    const t = tokens[k];
    return t !== undefined && t.pos === 'NOUN' && (lexicon.issuedTexts.has(t.lemma) || lexicon.issuedTexts.has(t.lower));
  };
  for (let k = phrase.first + 1; k <= phrase.last; k++) if (tokens[k]!.lower === 'to' && issued(k - 1)) return { first: phrase.first, last: k - 1 };
  if (tokens[phrase.first - 1]?.lower === 'to' && issued(phrase.first - 2)) {
    const text = nounPhraseEndingAt(tokens, phrase.first - 2);
    if (text) return text;
  }
  return phrase;
}

/**
 * The verb that issues a text whose phrase starts at `text` ("put out a statement", "fired back a
 * response", "sent me a letter", "released late Friday a statement"): the verb right before the
 * phrase, past its particle, an object pronoun and a time, when the lexicon's `issuingVerbs` has
 * it; undefined when another verb or word stands there ("read out a statement", "obtained a letter").
 */
export function issuingVerbBefore(tokens: readonly TaggedToken[], text: number, lexicon: AttributionLexicon): number | undefined {
  for (let k = text - 1; k >= Math.max(0, text - ISSUED_TEXT_REACH); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return lexicon.issuingVerbs.has(t.lemma) || lexicon.issuingVerbs.has(t.lower) ? k : undefined;
    if (!/^(ADP|ADV|PART)$/.test(t.pos) && !(t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower)) && !isTimeWord(t)) return undefined;
  }
  return undefined;
}

/** A noun for a person: a role, a word of gender or kin ("judge", "woman"). */
const namesPerson = (head: string, lexicon: AttributionLexicon) => lexicon.personRoles.has(head) || lexicon.femaleWords.has(head) || lexicon.maleWords.has(head);

/**
 * A name runs from `from` to the end of its phrase: names and their small words ("the House to
 * Home Prize", "the Matanuska Creamery"), not a name that modifies a noun ("the Ruiz plan").
 */
/** The word before the noun right before `at` and the nouns and adjectives that modify it; undefined when no noun stands there. */
function beforeModifiedNoun(tokens: readonly TaggedToken[], at: number): TaggedToken | undefined {
  let k = at - 1;
  if (tokens[k]?.pos !== 'NOUN') return undefined;
  while (/^(NOUN|ADJ)$/.test(tokens[k]?.pos ?? '')) k--;
  return tokens[k];
}

/** The noun right before `at`, with its modifiers, opens on "a" or "an": "a mineral" of "grains of a mineral" before "called". */
function indefiniteBefore(tokens: readonly TaggedToken[], at: number): boolean {
  return /^(a|an)$/.test(beforeModifiedNoun(tokens, at)?.lower ?? '');
}

/**
 * The noun right before `at`, written in lower case, with its modifiers, follows "of" or a
 * demonstrative: "strings of proteins" and "these toxic pesticides" before "called", a thing's
 * kind rather than a subject that calls something.
 */
function thingOfOrThese(tokens: readonly TaggedToken[], at: number): boolean {
  const noun = tokens[at - 1];
  if (noun === undefined || noun.text !== noun.lower) return false;
  const before = beforeModifiedNoun(tokens, at)?.lower ?? '';
  return before === 'of' || DEMONSTRATIVES.test(before);
}

/** Determiners that point: "these pesticides", "that mineral". */
const DEMONSTRATIVES = /^(this|that|these|those|such)$/;

/** Whether a phrase has a noun for a person or for people: "supporters of a rival", not "grains of a mineral". */
function namesPeople(phrase: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  return phrase.some((t) => t.pos === 'NOUN' && (namesPerson(t.lower, lexicon) || lexicon.groupHeads.has(t.lower) || lexicon.vagueHeads.has(t.lower)));
}

/** How many words a term given as a thing's name may run to: "magnetite", "sleep apnea". */
const TERM_WORDS = 3;

/**
 * A term in lower case that names a kind of thing, from `from`: nouns and adjectives with no
 * determiner, then the sentence's end, a comma or a word that opens what follows ("a mineral
 * called magnetite that can form…", "a condition called sleep apnea").
 */
function termRunsFrom(tokens: readonly TaggedToken[], from: number, subjectNamed = false): boolean {
  let k = from;
  while (k < from + TERM_WORDS && /^(NOUN|ADJ)$/.test(tokens[k]?.pos ?? '') && tokens[k]!.text === tokens[k]!.lower) k++;
  const after = tokens[k];
  // (Or, where the phrase opens on a demonstrative, the verb its whole subject takes: "these toxic
  // pesticides called fumigants continue to be…".)
  const verbAfter = subjectNamed && /^(VERB|AUX)$/.test(after?.pos ?? '');
  return k > from && tokens[k - 1]!.pos === 'NOUN' && (after === undefined || /^(PUNCT|ADP|CCONJ)$/.test(after.pos) || /^(that|which|who)$/.test(after.lower) || verbAfter);
}

function nameRunsFrom(tokens: readonly TaggedToken[], from: number): boolean {
  // (A capitalised word the tagger read as a noun or a verb is part of the name: "the Ethiopian
  // People's…", "the Bridge Watch".)
  const namePart = (t: TaggedToken | undefined) => t !== undefined && (t.pos === 'PROPN' || (/^(NOUN|VERB|ADJ)$/.test(t.pos) && /^\p{Lu}/u.test(t.text)));
  if (tokens[from]?.pos !== 'PROPN') return false;
  let k = from;
  while (namePart(tokens[k + 1]) || (/^(of|to|and|for|the|'s|’s)$/.test(tokens[k + 1]?.lower ?? '') && namePart(tokens[k + 2]))) k++;
  return tokens[k + 1]?.pos !== 'NOUN';
}

/** Prepositions that, right after a speaker's name, open where, how or to whom they spoke ("on Facebook", "to reporters", "during the debate"). */
const OCCASION_AFTER_NAME = /^(on|in|during|via|to)$/;

/**
 * Where a phrase of occasion opens inside a speaker's phrase read after an inverted verb, right
 * after a capitalised name ("wrote Osman Abu Laban on Facebook", "said Mitch McConnell to
 * reporters"): the speaker ends before it. -1 when none does ("said John Smith of Acme", "said a
 * professor in Ohio", whose phrase describes them).
 */
function occasionAfterName(tokens: readonly TaggedToken[], span: Span): number {
  // (The first preposition of the phrase, before any comma: past one, it is a description's, "Mark
  // Jones, a political scientist at Rice University in Houston", or a body's name, "the Center on
  // Budget and Policy Priorities".)
  const at = tokens.findIndex((t, k) => k > span.first && k <= span.last && (t.pos === 'ADP' || t.text === ','));
  // ("said Sophie in 't Veld": a particle of the name, not a phrase of occasion.)
  return at !== -1 && OCCASION_AFTER_NAME.test(tokens[at]!.lower) && tokens[at]!.pos === 'ADP' && isCapitalisedName(tokens[at - 1]) && !nameParticle(tokens, at) ? at : -1;
}

/**
 * Where a statement phrase ("in an interview with", "in a statement") opens inside a speaker's
 * phrase, after its first word: the speaker ends before it ("said General Manager A. J. Smith in
 * a news release", "mentioned by Ivanka Trump in an interview with…"). -1 when none does.
 */
function statementPhraseWithin(tokens: readonly TaggedToken[], span: Span, lexicon: AttributionLexicon): number {
  return tokens.findIndex((_, k) => k > span.first && k <= span.last && opensStatementPhrase(tokens, k, lexicon));
}

/** Whether a statement phrase of the lexicon ("in a statement", "in an interview with") opens at token `k`. */
function opensStatementPhrase(tokens: readonly TaggedToken[], k: number, lexicon: AttributionLexicon): boolean {
  return (lexicon.statementPhrasesByFirstWord.get(tokens[k]?.lower ?? '') ?? []).some((phrase) => wordsAt(tokens, k, phrase));
}

/**
 * The speaker whose phrase ends at `end`, right before a statement phrase: "Ana Ruiz" or, over a
 * description set off by commas, "Ana Ruiz, the chairwoman of the board".
 */
function speakerBeforeStatement(tokens: readonly TaggedToken[], end: number): Span | undefined {
  const last = tokens[end]?.text === ',' ? end - 1 : end;
  const phrase = last >= 0 ? nounPhraseEndingAt(tokens, last) : undefined;
  if (!phrase) return undefined;
  const name = last < end && tokens[phrase.first - 1]?.text === ',' ? nounPhraseEndingAt(tokens, phrase.first - 2) : undefined;
  return name ? { first: name.first, last } : phrase;
}

/** The author a statement phrase names right after it, "from" or "by" and a name or a role ("in a statement from Treasury Secretary Jacob J. Lew"). */
function authorAfter(tokens: readonly TaggedToken[], after: number): Span | undefined {
  if (!/^(from|by)$/.test(tokens[after]?.lower ?? '')) return undefined;
  let end = after;
  while (end + 1 < tokens.length && (/^(PROPN|NOUN|ADJ|DET)$/.test(tokens[end + 1]!.pos) || (tokens[end + 1]!.text === '.' && tokens[end + 2]?.pos === 'PROPN'))) end++;
  // (Read forwards: read back from its end, the phrase would take in the preposition and the statement.)
  return end > after && tokens.slice(after + 1, end + 1).some((t) => t.pos === 'PROPN') ? { first: after + 1, last: end } : undefined;
}

/** A sign that opens a sum of money: "$27 million", "£300m". */
const CURRENCY_SIGN = /^[$£€¥]$/;

/**
 * The cue with a source that can speak: a phrase cut short loses its dangling words ("Scott
 * McGeary, an" → "Scott McGeary"), a floating quantifier gives way to the subject it counts
 * ("both" → "Bolton and Gorka"), and a source that is only a word that never names anyone (an
 * article, a subordinator, "there") leaves no cue at all. "All told, …" sums up: nobody told.
 */
export function speakingSource(tokens: readonly TaggedToken[], found: Cue, lexicon: AttributionLexicon): Cue | undefined {
  const cue = placeWithItsPhrase(tokens, found);
  const source = cue.source;
  if (!source) return cue;
  // ("Mrs. Clinton herself, as well as her campaign, has always maintained…": a reflexive that
  // opens a longer source stresses the phrase before it, which is part of the source.)
  if (source.last > source.first && REFLEXIVES.test(tokens[source.first]!.lower)) {
    const stressed = stressedByReflexive(tokens, source.first);
    if (stressed) return speakingSource(tokens, { ...found, source: { first: stressed.first, last: source.last } }, lexicon);
  }
  const issuer = cue.form === 'verb' ? issuerOfText(tokens, source, lexicon) : undefined;
  if (issuer) return { ...cue, source: issuer };
  if (askedInBrackets(tokens, cue.cue.first)) return undefined;
  // ("I'm old enough to remember President Jimmy Carter going on TV…, declaring…, and telling
  // Americans that…": a participle after a scene recalled goes on with the act of the one recalled.)
  if (cue.form === 'verb' && /^\p{Ll}+ing$/u.test(tokens[cue.cue.first]!.text) && source.last < cue.cue.first && sceneRecalled(tokens, source.last, cue.cue.first)) return undefined;
  // ("A USA TODAY analysis of super PACs that have raised $1million or more since Jan. 1, 2015,
  // shows…": a date read back from the verb over its commas is nobody.)
  const sourceWords = tokens.slice(source.first, source.last + 1);
  // ("a deal that was rejected by large, but insufficient, majorities": an adjective cut from its
  // noun names no one; a quantifier does, vaguely: "many believe".)
  if (cue.form === 'reported-by' && source.first === source.last && tokens[source.first]!.pos === 'ADJ' && !QUANTIFIERS.has(tokens[source.first]!.lower)) return undefined;
  // ("…was mentioned by Ivanka Trump in an interview with Cosmopolitan magazine", "announced by
  // the mayor in a statement": the agent ends where the statement it spoke in begins.)
  if (cue.form === 'reported-by') {
    const statementAt = statementPhraseWithin(tokens, source, lexicon);
    if (statementAt !== -1) return speakingSource(tokens, { ...cue, source: { first: source.first, last: statementAt - 1 } }, lexicon);
  }
  // ("Ana Ruiz, the chairwoman of the board, in a statement said…": a statement phrase before the
  // verb is where the speaker spoke; the speaker is the phrase before it, with its description.)
  if (cue.form === 'verb' && source.last < cue.cue.first && opensStatementPhrase(tokens, source.first - 1, lexicon)) {
    const speaker = speakerBeforeStatement(tokens, source.first - 2);
    return speaker ? speakingSource(tokens, { ...cue, source: speaker }, lexicon) : undefined;
  }
  // ("A slide from a presentation that the minister carries as he speaks to business leaders
  // shows…": the phrase a verb's preposition governs is that verb's object, not the subject.)
  // (A plain present after its own pronoun subject only: "as they speak to"; not "identified as",
  // "echoed by", "a slew of".)
  const governing = tokens[source.first - 2];
  const ownClause = governing?.pos === 'VERB' && governing.lower === governing.lemma && /^(they|we|i|you)$/.test(tokens[source.first - 3]?.lower ?? '');
  if (cue.form === 'verb' && source.last < cue.cue.first && tokens[source.first - 1]?.pos === 'ADP' && ownClause) return undefined;
  // ("…of the roughly $27 million in TV and radio advertising planned for December": a sum of money
  // names no one.)
  if (CURRENCY_SIGN.test(sourceWords[0]?.text ?? '')) return undefined;
  const dateWord = (t: TaggedToken) => isTimeWord(t) || MONTH.test(t.lower);
  // (With its day or year: "Jun" alone may be a name, "columnist Ai Jun wrote".)
  if (sourceWords.some(dateWord) && sourceWords.some((t) => t.pos === 'NUM') && sourceWords.every((t) => dateWord(t) || t.pos === 'NUM' || t.pos === 'PUNCT')) return undefined;
  // ("…as well as others similar to the one reported.": a participle closing the clause after a
  // preposition's object describes that object; nobody reports.)
  // ("As Politico reported, …", "But as Clyburn noted, …" and "…than the records showed" open
  // clauses of their own; "as well as others similar to the one reported." does not.)
  const preposition = tokens[source.first - 1];
  // ("…make his supporters feel like…", "help people understand the past", "let Moreno know
  // how…": a bare infinitive after a causative verb's object is what the object is made to do.)
  const cueWord = tokens[cue.cue.first]!;
  const lastCueWord = tokens[cue.cue.last]!;
  if (
    (cue.form === 'verb' || cue.form === 'stance') &&
    preposition?.pos === 'VERB' &&
    lexicon.causativeVerbs.has(preposition.lemma) &&
    cueWord.lower === cueWord.lemma &&
    !/(s|ed)$/.test(cueWord.lower)
  )
    return undefined;
  // ("In addition to the FBI's email inquiry, we now know that…", "Yes, we know that Sanders grew
  // up in…": outside a quotation, "we" who know, see or expect is the writer, whose own voice
  // the sentence is; no one else's report. A sentence with a quotation mark may be inside a
  // speaker's quotation, whose "we" is the speaker's: "…we expect that the audience will be as
  // excited as we are.”")
  if (
    source.first === source.last &&
    tokens[source.first]!.lower === 'we' &&
    lexicon.narratedStates.has(cueLemma(lastCueWord, lexicon) ?? lastCueWord.lemma) &&
    !tokens.some((_t, k) => isQuotationMark(tokens, k))
  )
    return undefined;
  // ("why would any rational person believe…", "more successful than almost anyone had
  // predicted", "Anyone questioning her lead…": whoever it may be is no one who spoke.)
  if (/^(any|anyone|anybody)$/.test(tokens[source.first]!.lower)) return undefined;
  // (So inside the relative clause such a subject opens: "Anyone who knows anything about
  // McConnell knows he will not cave" — no one named is the source.)
  if (/^(anyone|anybody|whoever)$/i.test(tokens[0]?.text ?? '') && tokens[1]?.lower === 'who' && !tokens.slice(0, source.first).some((x) => x.text === ',')) return undefined;
  // ("You can call RT America whatever you want", "you can tell whether the browser…", "had you
  // told me…", "You question my judgment": "you" alone is the reader, anyone, or the one spoken
  // to, and no name stands behind it to resolve. Only what the one spoken to said before is
  // reported, as a debate or an interview puts it to them: "You said by now we'd be at 5.4
  // percent unemployment.")
  if (source.first === source.last && tokens[source.first]!.lower === 'you' && !saidBefore(tokens, source.first, cue.cue.first)) return undefined;
  // ("a resistance movement called the Ethiopian People's Revolutionary Party", "a competition
  // called the House to Home Prize", "one PAC called Stop Hillary": a participle of naming after
  // an indefinite noun gives its name; nobody calls anything.)
  if (
    cue.form === 'verb' &&
    // (Or with a bracket or a comma between: "direct traffic (sometimes called “dark social”)".)
    tokens.slice(source.last + 1, cue.cue.first).every((x) => x.text === '(' || x.text === ',') &&
    // (The cue may open on an adverb: "sometimes called".)
    lexicon.namingParticiples.has(tokens[cue.cue.last]!.lower) &&
    // (In brackets after any noun, the term's other name: "hereditary mutations (also called
    // germline mutations,)".)
    (tokens[source.last + 1]?.text === '(' ||
      /^(a|an)$/.test(tokens[source.first]!.lower) ||
      (/^(one|another)$/.test(tokens[source.first]!.lower) && source.last === source.first + 1) ||
      ((indefiniteBefore(tokens, cue.cue.first) || thingOfOrThese(tokens, cue.cue.first)) && !namesPeople(tokens.slice(source.first, source.last + 1), lexicon))) &&
    // (Not a person, who may call a thing something: "A judge called the Ruiz plan a disaster.")
    !namesPerson(tokens[source.last]!.lower, lexicon) &&
    (opensQuote(tokens, cue.cue.last + 1) ||
      nameRunsFrom(tokens, tokens[cue.cue.last + 1]?.pos === 'DET' ? cue.cue.last + 2 : cue.cue.last + 1) ||
      termRunsFrom(tokens, cue.cue.last + 1, DEMONSTRATIVES.test(tokens[source.first]!.lower)))
  )
    return undefined;
  // ("Said Comey, “…”", "Stated Stone:": a sentence that opens on its verb of speech inverts
  // only when the speaker then hands over to the words, after a comma or a colon. "Asked a direct
  // question about this, Clinton said…", "Ask any wife about…", "Declared 2016 Presidential
  // Candidates." open on a participle, an order or a heading.)
  if (cue.form === 'inverted-verb' && tokens.slice(0, cue.cue.first).every((x) => x.pos === 'PUNCT')) {
    const end = cue.description?.last ?? source.last;
    const after = tokens[end + 1];
    const handsOver = after?.text === ':' || (after?.text === ',' && opensQuote(tokens, end + 2));
    if (!handsOver) return undefined;
  }
  // ("People seen as likely disrupters…", "a state seen as critical", "a bill criticized as
  // anti-gay": a participle right after its noun and before "as" is a passive that describes the
  // noun; whoever sees or criticizes goes unnamed. Not "which friends described as miserable",
  // "what he described as…", whose relative word is the object; not "acknowledged as much".)
  if (
    cue.form === 'verb' &&
    source.last === cue.cue.first - 1 &&
    tokens.slice(cue.cue.first, cue.cue.last).every((x) => x.pos === 'ADV') &&
    /(ed|en|wn)$/.test(lastCueWord.lower) &&
    lastCueWord.lower !== lastCueWord.lemma &&
    tokens[cue.cue.last + 1]?.lower === 'as' &&
    !/^(much|well|many|such)$/.test(tokens[cue.cue.last + 2]?.lower ?? '') &&
    tokens[source.first]!.pos !== 'PRON' &&
    !/^(which|that|what|whom|who)$/.test(preposition?.lower ?? '')
  )
    return undefined;
  // ("an American contractor accused of spying", "FDIC Accused Of Covering Up…", "the men
  // suspected of the raid": a verb whose object comes before its preposition, met by that
  // preposition at once, has no object; it is a passive participle, and its noun is the one
  // accused. "Critics accused Washington of…" has its object between; "the rivals whom she has
  // accused of…", "countries that the State Department criticized for…" have it before them.)
  if (
    (cue.form === 'verb' || cue.form === 'stance') &&
    /ed$/.test(lastCueWord.lower) &&
    lexicon.objectFirstVerbs.get(cueLemma(lastCueWord, lexicon) ?? lastCueWord.lemma)?.has(tokens[cue.cue.last + 1]?.lower ?? '') &&
    !tokens.slice(cue.cue.first, cue.cue.last).some((x) => x.pos === 'AUX') &&
    !/^(who|whom|that|which)$/.test(preposition?.lower ?? '')
  )
    return undefined;
  // ("They have arranged two conference calls": a count above one, a singular noun and a verb in
  // -s do not agree; the word in -s is the plural noun of a compound. Not "20 percent says".)
  const counted = tokens[source.first]!;
  const lastSourceWord = tokens[source.last]!;
  if (
    cue.form === 'verb' &&
    cue.cue.first === cue.cue.last &&
    source.last === cue.cue.first - 1 &&
    /[^s]s$/.test(cueWord.lower) &&
    counted.pos === 'NUM' &&
    !/^(1|one)$/.test(counted.lower) &&
    !YEAR.test(counted.text) &&
    lastSourceWord.pos === 'NOUN' &&
    !/s$/.test(lastSourceWord.lower) &&
    !/^(percent|cent)$/.test(lastSourceWord.lower)
  )
    return undefined;
  const opensClause = (k: number) => k === 0 || /^(,|but|and|or|so|yet)$/.test(tokens[k - 1]!.lower);
  if (
    cue.form === 'verb' &&
    cue.cue.first === cue.cue.last &&
    source.last === cue.cue.first - 1 &&
    preposition?.pos === 'ADP' &&
    preposition.lower !== 'than' &&
    !(preposition.lower === 'as' && opensClause(source.first - 1)) &&
    // (Or a plural noun the tagger read as a verb, closing a compound after a preposition:
    // "appearing on surrogate conference calls.")
    /(ed|[^s]s)$/.test(tokens[cue.cue.first]!.lower) &&
    /^[.,;]?$/.test(tokens[cue.cue.last + 1]?.text ?? '')
  )
    return undefined;
  if (cue.form === 'verb' && source.first >= 2) {
    // ("A resident who lives in a nearby flat told…", "Economists who favor consumption taxes
    // agree…", "favor" read as a noun: a phrase at the end of a restrictive relative clause is
    // inside it, and the phrase the clause describes speaks, the clause with it.)
    // (Not the speaker of a clause whose subject is "who": "men who agents said were…", "a man
    // who many believe betrayed…": a verb follows the cue at once, or a pronoun, a determiner, a
    // number or a name opens what follows "who".)
    const relative = restrictiveRelativeBefore(tokens, source.first);
    if (relative !== undefined) {
      let afterCue = cue.cue.last + 1;
      while (tokens[afterCue]?.pos === 'ADV') afterCue++;
      const opening = tokens[relative + 1]!;
      const gapVerb = /^(VERB|AUX)$/.test(tokens[afterCue]?.pos ?? '');
      const clauseOwnSubject = /^(PRON|DET|NUM|PROPN)$/.test(opening.pos) || !/^\p{Ll}/u.test(opening.text) || QUANTIFIERS.has(opening.lower);
      // (Nor a subject pronoun: "one man who says he called 911" — "he" is the subject of a clause inside it.)
      if (!gapVerb && !clauseOwnSubject && !/^(he|she|they|it|i|we|you)$/.test(tokens[source.first]!.lower)) {
        const described = describedPronoun(tokens[relative - 1]!) ? { first: relative - 1, last: relative - 1 } : nounPhraseEndingAt(tokens, relative - 1);
        return described ? { ...cue, source: { first: described.first, last: source.last } } : undefined;
      }
    }
    // ("CNN, like The Associated Press, which was the first to do so, declared…": a phrase
    // compared in an aside is not who speaks; the phrase before the aside is.)
    if (/^(like|unlike)$/.test(tokens[source.first - 1]!.lower) && tokens[source.first - 2]!.text === ',') {
      const compared = source.first >= 3 ? nounPhraseEndingAt(tokens, source.first - 3) : undefined;
      // (What described the compared phrase does not describe this one.)
      const { description: _comparedDescription, ...plain } = cue;
      return compared && tokens.slice(0, compared.first).every((x) => x.pos === 'PUNCT') ? { ...plain, source: compared } : undefined;
    }
  }
  // ("according to the “Medicare for all” document", "argued a “White Paper” produced for…": a
  // phrase cut where a title in quotation marks opens runs on over it and the nouns after it.)
  if ((tokens[source.last]!.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[source.last]!.lower)) && opensQuote(tokens, source.last + 1)) {
    let close = source.last + 2;
    while (close < tokens.length && close <= source.last + 1 + MAX_TITLE_WORDS && !closesQuote(tokens, close)) close++;
    if (closesQuote(tokens, close) && close > source.last + 2) {
      let end = close;
      while (/^(NOUN|PROPN)$/.test(tokens[end + 1]?.pos ?? '')) end++;
      return { ...cue, source: { first: source.first, last: end } };
    }
  }
  let last = source.last;
  // (A verb's particle ends a relative clause whole: "Dockers who walked out".)
  const particle = (k: number) => VERB_PARTICLES.test(tokens[k]!.lower) && tokens[k - 1]?.pos === 'VERB';
  while (last > source.first && dangles(tokens[last]!) && !particle(last)) last--;
  if (source.first === last) {
    const word = tokens[last]!.lower;
    if (FLOATING_QUANTIFIERS.test(word)) {
      if (word === 'all' && tokens[cue.cue.first]?.lower === 'told' && tokens[cue.cue.last + 1]?.text === ',') return undefined;
      const subject = floatingQuantifierSubject(tokens, last);
      return subject ? { ...cue, source: subject } : cue;
    }
    // (A transcript's "A:" stands for the one interviewed.)
    if (cue.form === 'label' && tokens[last]!.text === 'A') return cue;
    // ("executives there indicate": "there" after the phrase it places.)
    if (word === 'there' && /^(NOUN|PROPN)$/.test(tokens[last - 1]?.pos ?? '')) {
      const placed = nounPhraseEndingAt(tokens, last - 1);
      if (placed) return { ...cue, source: { first: placed.first, last } };
    }
    // ("Clinton herself has proposed…", "Billionaires themselves often disagree": a reflexive
    // after a phrase stresses it; the phrase speaks. Alone a reflexive names no one.)
    if (REFLEXIVES.test(word)) {
      const stressed = stressedByReflexive(tokens, last);
      return stressed ? { ...cue, source: { first: stressed.first, last } } : undefined;
    }
    if (NEVER_A_SOURCE_ALONE.test(word)) return undefined;
    // ("One of the two mothers with Horton that day testified": a time is when, the speaker stands before it.)
    // (Not a name: "Day said…".)
    if ((isTimeWord(tokens[last]!) || TIMES_OF_DAY.test(word)) && /^\p{Ll}/u.test(tokens[last]!.text)) {
      const time = /^(that|this|the|last|next|each|every)$/.test(tokens[last - 1]?.lower ?? '') ? last - 1 : last;
      const subject = subjectBefore(tokens, time);
      return subject ? { ...cue, source: subject } : undefined;
    }
  }
  return last === source.last ? cue : { ...cue, source: { first: source.first, last } };
}

/**
 * The phrase a reflexive at `at` stresses, right before it ("Clinton herself", "Billionaires
 * themselves"); a capitalised word there is a name whatever its tag ("Ford itself said", "Ford"
 * read as a verb). Not a pronoun.
 */
function stressedByReflexive(tokens: readonly TaggedToken[], at: number): Span | undefined {
  if (at === 0) return undefined;
  const capitalised = /^\p{Lu}/u.test(tokens[at - 1]!.text) ? { first: at - 1, last: at - 1 } : undefined;
  const stressed = nounPhraseEndingAt(tokens, at - 1) ?? capitalised;
  return stressed && tokens[stressed.last]!.pos !== 'PRON' ? stressed : undefined;
}

/** The most words a phrase of where something was said may take before its "that" ("on its website"). */
const PLACE_PHRASE_WORDS = 5;

/**
 * "that" right after the verb, or after a phrase of where it was said: "charged that…", "posted
 * on its website that…", "posted to Facebook that…". Not "posted a loss", "charged him with…":
 * only a preposition of place may stand between, over a few words with no verb or comma, and
 * the verb is active.
 */
function thatClauseFollows(tokens: readonly TaggedToken[], i: number): boolean {
  if (tokens[i + 1]?.lower === 'that') return true;
  // (A passive posts no one's words: "Guards were posted on the roof that overlooks…".)
  if (!/^(on|to|in)$/.test(tokens[i + 1]?.lower ?? '') || isBe(tokens[i - 1])) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + PLACE_PHRASE_WORDS; k++) {
    const x = tokens[k]!;
    if (x.lower === 'that') return k > i + 2;
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT' || x.pos === 'SCONJ') return false;
  }
  return false;
}

/** Words that open a question held: "wonder whether…", "wondered why…". */
const QUESTION_OPENERS = /^(whether|if|why|how|what|who|when)$/;

/**
 * Does a question follow the verb at `i` right after it ("Trump wondered whether he could…")? Not
 * a participle without "be" before it: "…has left many Republicans wondering what he believes"
 * wonders for its object, not for the subject the verb would take.
 */
function questionFollows(tokens: readonly TaggedToken[], i: number): boolean {
  if (!QUESTION_OPENERS.test(tokens[i + 1]?.lower ?? '')) return false;
  if (!/ing$/.test(tokens[i]!.lower)) return true;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return isBe(tokens[k]);
}

/** Modals that make a learned verb's act hypothetical: "she would repudiate", "they might deem". */
const HYPOTHETICAL = /^(would|could|might|may|should|must|'d|’d)$/;

/**
 * A modal in the auxiliaries and adverbs right before the verb: what someone would, could or
 * might say is supposed, not said ("Any honest fan would say…", "critics would call them…", "the
 * ruling could decide…"), and what they would have said was not ("Few people would have
 * described…"). Not the narrative "would later say", which tells what was said after, nor
 * "would only say", which tells how little was.
 */
function hypotheticalBefore(tokens: readonly TaggedToken[], verb: number): boolean {
  let modal = false;
  for (let k = verb - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.lower !== 'not' && t.lower !== "n't") break;
    // ("would later say"; "would only say", "could only quip": what little was said.)
    if (t.lower === 'later' || t.lower === 'only') return false;
    // (Not "’d", which is as often "had": "She'd found"; but "’d have said" is "would have".)
    if (HYPOTHETICAL.test(t.lower) && (!/^['’]d$/.test(t.lower) || (k === verb - 2 && tokens[verb - 1]!.lower === 'have'))) modal = true;
    // ("The captain will doubtless argue there was nothing to gain": "will" with a guess is a
    // forecast of what someone will say; "the president will say in his speech that…" is not.)
    if (FUTURE.test(t.lower) && tokens.slice(k + 1, verb).some((x) => GUESSES.test(x.lower))) modal = true;
  }
  return modal;
}

/** The future's auxiliaries: "will", "'ll". */
const FUTURE = /^(will|['’]ll)$/;
/** Adverbs of a guess that make what "will" be said a forecast: "will doubtless argue", "will probably say". */
const GUESSES = /^(doubtless|undoubtedly|probably|presumably|surely|likely|certainly|no doubt)$/;

/**
 * A learned verb reports a position only when it is asserted: not negated ("never likened"), not
 * hypothetical ("would repudiate"), not a participle describing a noun ("portrayed by Gretchen
 * Mol", "species listed as endangered").
 */
function learnedCueHolds(tokens: readonly TaggedToken[], i: number, left: number, lexicon: AttributionLexicon): boolean {
  if (negated(tokens, i, lexicon)) return false;
  if (tokens.slice(left + 1, i).some((x) => HYPOTHETICAL.test(x.lower))) return false;
  return !(/ed$/.test(tokens[i]!.lower) && /^(by|as)$/.test(tokens[i + 1]?.lower ?? ''));
}

/** A group of people: a group head, or a compound ending in one ("dockworkers", "shipbuilders"). */
function isGroupWord(word: string, lexicon: AttributionLexicon): boolean {
  if (lexicon.groupHeads.has(word)) return true;
  for (const head of lexicon.groupHeads) if (head.length >= 5 && word.length > head.length && word.endsWith(head)) return true;
  return false;
}

/**
 * "The governor plans to veto…", "Trump wants to build…": a stance verb in -s the tagger read as
 * a plural noun after its subject. It is a verb when "to" and a plain verb follow and no
 * auxiliary later in the clause would be the verb instead ("Hospital plans to expand were
 * shelved"); not after a determiner or a possessive ("the city's plans to…").
 */
function stanceVerbReadAsNoun(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !/s$/.test(t.lower) || !lexicon.stance.has(t.lemma)) return false;
  if (tokens[i + 1]?.lower !== 'to' || tokens[i + 2]?.pos !== 'VERB' || tokens[i + 2]!.lemma !== tokens[i + 2]!.lower) return false;
  const before = tokens[i - 1];
  // (A singular subject: "the governor plans", "Trump plans"; "their plans", "the city's plans" are nouns.)
  if (!before || nounAfterDeterminer(tokens, i) || !((before.pos === 'NOUN' && !/s$/.test(before.lower)) || before.pos === 'PROPN')) return false;
  // (The subject opens a clause: not the object of a verb or a preposition, "could thwart
  // government plans to push…".)
  const subject = nounPhraseEndingAt(tokens, i - 1);
  if (!subject || /^(VERB|AUX|ADP)$/.test(tokens[subject.first - 1]?.pos ?? '')) return false;
  // (No finite verb later in the clause would be the verb instead: "U.S. plans to help rebuild
  // Libya largely fell…"; a participle describing a noun may stand there, "his revised plan".)
  for (let k = i + 3; k < tokens.length && tokens[k]!.pos !== 'PUNCT'; k++) {
    const x = tokens[k]!;
    if (x.pos === 'AUX') return false;
    if (x.pos === 'VERB' && x.lemma !== x.lower && !/ing$/.test(x.lower) && !/^(DET|PRON|ADJ)$/.test(tokens[k - 1]!.pos)) return false;
  }
  return true;
}

/** Verbs a mind's state follows as "be" does: "remain confident that", "grew worried that". */
const STATE_LINKS = /^(remain|remains|remained|feel|feels|felt|seem|seems|seemed|grow|grows|grew|become|becomes|became|appear|appears|appeared|prove|proves|proved|proven)$/;

/**
 * "Some Democrats are concerned that…", "Ms. Henry and other labor leaders remain confident
 * that…", "The senator's advisers were optimistic that…": an adjective of a mind's state
 * (lexicon.mindStates) after "be" or a verb that links as "be" does, with what the mind holds
 * after it ("that", "whether", or a clause without "that"), gives the subject's position, as a stance verb does. Only a
 * subject that can hold one (a name, a personal pronoun, a group or a role), and only with the
 * clause: "were concerned about the cost", "is sure to win" report no position's content.
 */
function mindStateCue(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): Cue | undefined {
  const next = tokens[i + 1]?.lower;
  // ("Ruiz is convinced the bridge is safe": the clause may go without "that", its subject first
  // and a finite verb after it.)
  const bareClause = /^(DET|PROPN)$/.test(tokens[i + 1]?.pos ?? '') || (tokens[i + 1]?.pos === 'PRON' && PERSONAL_PRONOUNS.test(next ?? ''));
  const clause = next === 'that' || next === 'whether' || (next === 'about' && tokens[i + 2]?.lower === 'whether') || (bareClause && finiteVerbFrom(tokens, i + 2));
  if (!clause) return undefined;
  let link = i - 1;
  while (link >= 0 && (tokens[link]!.pos === 'ADV' || tokens[link]!.pos === 'PART')) link--;
  const linking = tokens[link];
  if (!linking || !(isBe(linking) || STATE_LINKS.test(linking.lower))) return undefined;
  // ("…have been concerned", "will be confident": the auxiliaries before "be".)
  let first = link;
  while (first > 0 && (tokens[first - 1]!.pos === 'AUX' || (tokens[first - 1]!.pos === 'ADV' && tokens[first - 2]?.pos === 'AUX'))) first--;
  const left = skipLeftModifiers(tokens, first - 1);
  if (left < 0 || tokens[left]!.pos === 'PUNCT') return undefined;
  const found = nounPhraseEndingAt(tokens, left);
  // (Not a relative clause's subject, a question's ("Asked whether he was concerned that…"), or
  // a preposition's object inside a longer subject ("the voters filing into rallies last week
  // were aware that…"), which a stance would cut short.)
  if (!found || (found.first > 0 && (/^(who|which|that|whether|if)$/i.test(tokens[found.first - 1]!.text) || tokens[found.first - 1]!.pos === 'ADP'))) return undefined;
  return holdsAView(tokens.slice(found.first, found.last + 1), lexicon, true) ? { form: 'stance', cue: { first, last: i }, source: found } : undefined;
}

/** Nouns of a held view, or of words said: "in their view", "in Ash's estimation", "in Ruiz's words". */
const VIEW_NOUNS = /^(view|opinion|estimation|judgment|judgement|words)$/;

/**
 * "In their view, …", "In Ash's view, …": the possessor of a view noun that opens the sentence and
 * ends at a comma, when it can hold a view (a possessive pronoun, or a name or a group with "'s").
 */
function viewHolder(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): { source: Span; view: number } | undefined {
  const pronoun = tokens[1];
  if (pronoun && /^(his|her|their)$/.test(pronoun.lower) && VIEW_NOUNS.test(tokens[2]?.lower ?? '') && tokens[3]?.text === ',') return { source: { first: 1, last: 1 }, view: 2 };
  const mark = tokens.findIndex((x, k) => k > 1 && k <= 1 + MAX_VIEW_HOLDER && /^['’]s?$/.test(x.text) && x.pos !== 'PUNCT');
  if (mark === -1 || !VIEW_NOUNS.test(tokens[mark + 1]?.lower ?? '') || tokens[mark + 2]?.text !== ',') return undefined;
  const source = { first: 1, last: mark - 1 };
  return holdsAView(tokens.slice(1, mark), lexicon) ? { source, view: mark + 1 } : undefined;
}

/** Words a view's holder may have before its "'s": "In the senator's view". */
const MAX_VIEW_HOLDER = 5;

/**
 * "The fight in Nevada underscored how…", "the resistance in the greenest of green countries
 * underscores a more substantial challenge": a verb of emphasis (lexicon.emphasisVerbs) whose
 * subject is an event or an abstraction, not one who can hold a view nor a piece of evidence, is
 * the writer's analysis; no one is reported. A senator, a campaign or a poll underscores for itself.
 */
function writersEmphasis(tokens: readonly TaggedToken[], cue: Cue, verb: TaggedToken, lexicon: AttributionLexicon): boolean {
  if (cue.form !== 'verb' || !cue.source) return false;
  // ("Clinton's aggressive attack on Trump indicates she is pivoting…": what an incident shows is
  // the writer's inference from it, as an event's emphasis is.)
  if (lexicon.evidenceVerbs.has(verb.lemma) && !lexicon.emphasisVerbs.has(verb.lemma)) {
    // (Nor what an event shows: "The debate revealed a stark contrast between…".)
    const head = headBeforeParticiple(tokens, cue.source);
    return head !== undefined && head.pos === 'NOUN' && [head.lower, head.lemma].some((word) => lexicon.incidentHeads.has(word) || lexicon.nonAgentHeads.has(word));
  }
  if (!lexicon.emphasisVerbs.has(verb.lemma)) return false;
  // The phrase up to its head: the words before a preposition, a comma, a relative word or a verb,
  // a name that owns the head left out ("Cruz's fusillade in Colorado").
  // (Or of the phrase after "of" that a collective head is made of: "A coalition of civil rights
  // groups, Democratic lawyers and…".)
  const head: TaggedToken[] = [];
  let members: TaggedToken[] | undefined;
  for (let k = cue.source.first; k <= cue.source.last; k++) {
    const w = tokens[k]!;
    if (members && (w.pos === 'ADP' || w.text === ',')) break;
    if (members) members.push(w);
    else if (w.lower === 'of') members = [];
    else if (w.pos === 'ADP' || w.pos === 'VERB' || w.text === ',' || /^(who|which|that)$/.test(w.lower)) break;
    else if (!isPossessiveMark(w) && !(tokens[k + 1] && isPossessiveMark(tokens[k + 1]!))) head.push(w);
  }
  if (holdsAView(head, lexicon) || (members && holdsAView(members, lexicon))) return false;
  return evidenceIn(tokens, cue.source, lexicon) === -1 && !head.some((w) => lexicon.issuedTexts.has(w.lemma));
}

/**
 * Can the phrase hold a view or say something: a name, a personal pronoun, a group or a role in
 * it? `possessed`: a possessive pronoun counts too ("his donors remain confident that…"), where a
 * mind's state and its clause already say someone holds it; a stance verb's subject needs more
 * ("a different set of rules for his wife and young models opposed to…").
 */
function holdsAView(words: readonly TaggedToken[], lexicon: AttributionLexicon, possessed = false): boolean {
  return words.some((w) => canHoldAView(w, lexicon) || (possessed && w.pos === 'PRON' && /^(his|her|their)$/i.test(w.text)));
}

function canHoldAView(w: TaggedToken, lexicon: AttributionLexicon): boolean {
  return (
    (w.pos === 'PROPN' && /^\p{Lu}/u.test(w.text)) ||
    (w.pos === 'PRON' && /^(he|she|they|we|i)$/i.test(w.text)) ||
    isGroupWord(w.lower, lexicon) ||
    lexicon.personRoles.has(w.lower) ||
    lexicon.roles.has(w.lemma)
  );
}

/**
 * Is the phrase's head — its last word before a preposition, a comma or a relative word — one
 * that can hold a view? "Jane Sanders", "Twitter", "officials involved with…"; not "The New York
 * primary", whose name only qualifies the event.
 */
function headHoldsAView(words: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  let head: TaggedToken | undefined;
  for (const w of words) {
    // (A bracket after the name only glosses it: "Sen. Ted Cruz (R-Tex.)".)
    if (w.pos === 'ADP' || w.pos === 'VERB' || w.text === ',' || w.text === '(' || /^(who|which|that)$/.test(w.lower)) break;
    // (A participle after the noun describes it: "officials involved with…".)
    if (head && w.pos === 'ADJ' && /(ed|ing)$/.test(w.lower)) break;
    head = w;
  }
  return head !== undefined && canHoldAView(head, lexicon) && !lexicon.nonAgentHeads.has(head.lower);
}

/**
 * "The senator wants a recount", "Republicans oppose the bill", "she declined to comment": a
 * verb of wanting or taking sides whose subject is a person, a named body or a group reports
 * that subject's position. Not "the bill supports families" (nobody's position), nor "his
 * support for" (a noun).
 */
function stanceCue(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): Cue | undefined {
  if (nounAfterDeterminer(tokens, i) || (tokens[i + 1]?.pos ?? 'PUNCT') === 'PUNCT') return undefined;
  // ("The Twitter account Trump retweeted was set up as a trap": a verb with the main clause's
  // "was" right after it closes a relative clause inside the subject; it takes no side.)
  if (FINITE_BE.test(tokens[i + 1]?.text ?? '')) return undefined;
  // ("He pointed at the door": not without its particle.)
  if (lacksItsParticle(tokens, i, tokens[i]!.lemma, lexicon)) return undefined;
  // ("The state party eventually backed down", "backed off its threat": leaving a side takes none.)
  if (lexicon.particlesLeavingTheSide.get(tokens[i]!.lemma)?.has(tokens[i + 1]?.lower ?? '')) return undefined;
  // ("Lorries backed up along the coast road": with nothing it takes after the particle, a queue.)
  if (lexicon.particlesWithoutObjectTakeNoSide.get(tokens[i]!.lemma)?.has(tokens[i + 1]?.lower ?? '') && /^(ADP|PUNCT|ADV)$/.test(tokens[i + 2]?.pos ?? 'PUNCT')) return undefined;
  // ("If we read him right when he says he intends to…, …": a side supposed, not taken.)
  if (inConditionalClause(tokens, i)) return undefined;
  const left = skipLeftModifiers(tokens, i - 1);
  // "The plan was backed by…", "Police were called": in a passive the subject is what was acted on.
  if (!/ing$/.test(tokens[i]!.lower) && tokens.slice(left + 1, i).some((x) => isBe(x))) return undefined;
  // "He never likened…": a learned verb negated reports no position (a stance verb negated still does: "does not support").
  if (!lexicon.stance.has(tokens[i]!.lemma) && !learnedCueHolds(tokens, i, left, lexicon)) return undefined;
  // ("He first sought psychiatric help in 1966", "as she seeks reelection": seeking help, advice
  // or an office is an act; "sought to block the bill" states an aim, and "seeks $1 trillion in
  // tax increases" a policy.)
  if (tokens[i]!.lemma === 'seek' && !aimFollows(tokens, i) && objectHeadAmong(tokens, i, lexicon.thingsSoughtByActing)) return undefined;
  // ("She declined that assignment": declining or refusing a thing is an act; "declined to
  // endorse" takes a position.)
  if (/^(decline|refuse)$/.test(tokens[i]!.lemma) && !/^(to|comment)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
  // ("raids by 1,200 police backed up by helicopters": a past participle with its agent after a
  // noun describes the noun, as a passive does.)
  if (pastParticipleForm(tokens[i]!) && (tokens[i + 1]?.lower === 'by' || (tokens[i + 1]?.pos === 'ADP' && tokens[i + 2]?.lower === 'by'))) return undefined;
  // "a group backing the governor": a participle without "be" describes a noun; nobody takes a side.
  if (/ing$/.test(tokens[i]!.lower) && !tokens.slice(left + 1, i).some((x) => isBe(x))) return undefined;
  // "Rait had planned to spend four days…", "Horton was planning to marry…", "the coach had
  // already decided…": a plan or wish told in the narrative past is the story's fact, not a
  // position anyone stands behind now.
  if (lexicon.intentions.has(tokens[i]!.lemma) && tokens.slice(left + 1, i).some((x) => /^(had|was|were)$/.test(x.lower))) return undefined;
  // ("…remain on the sidelines, though they may well endorse Clinton in coming weeks": a position
  // someone may take is the writer's guess, not one they hold; so is a hope they would have,
  // "many Mexicans would hope their northern neighbor were farther away", where "would support"
  // is still a candidate's stated position.)
  if (tokens.slice(left + 1, i).some((x) => /^(may|might|could)$/.test(x.lower) || (x.lower === 'would' && tokens[i]!.lemma === 'hope'))) return undefined;
  // ("Senator Bernie Sanders of Vermont, a Democratic rival, assailed her for…": a name that opens
  // the sentence, then its description set off by commas, takes the side.)
  if (left >= 0 && tokens[left]!.text === ',') {
    const opening = describedOpening(tokens, left, lexicon);
    // (By its head, or by a description that makes a person of it — a name, "who…": "Clinton's
    // attorney, David Kendall, declined…"; "The Brennick bridge, a long one, supports the road"
    // takes no side.)
    if (!opening) return undefined;
    const named = tokens.slice(opening.source.first, opening.source.last + 1);
    const description = opening.description ? tokens.slice(opening.description.first, opening.description.last + 1) : [];
    const person = description[0]?.lower === 'who' || (description.length > 0 && headHoldsAView(description, lexicon));
    if (!headHoldsAView(named, lexicon) && !(person && holdsAView(named, lexicon))) return undefined;
    return { form: 'stance', cue: { first: i, last: i }, source: opening.source, ...(opening.description ? { description: opening.description } : {}) };
  }
  if (left < 0 || tokens[left]!.pos === 'PUNCT') return undefined;
  const found = nounPhraseEndingAt(tokens, left);
  const subject = found && afterOpeningCircumstance(tokens, beyondTime(tokens, found), i);
  if (!subject) return undefined;
  // A relative clause's verb ("donors who back him") has no subject of its own here.
  // (So past a phrase between the pronoun and its verb: "Curiel, who through his office declined
  // to comment, was born…" — "his office" is no subject.)
  const relativeBefore = (k: number) => /^(who|which|that)$/i.test(tokens[k]?.text ?? '');
  if (relativeBefore(subject.first - 1) || (tokens[subject.first - 1]?.pos === 'ADP' && relativeBefore(subject.first - 2)) || contactRelative(tokens, i, false, lexicon)) return undefined;
  // ("…the workers, whom the mayor referred to in her address, were…": a learned verb whose object
  // the relative pronoun is holds nothing; a side taken still is one, "whom Trump refused to endorse".)
  if (tokens[subject.first - 1]?.lower === 'whom' && !lexicon.stance.has(tokens[i]!.lemma)) return undefined;
  // ("Several superdelegates supporting Sanders declined…": the phrase after a participle is its
  // object; the noun before the participle takes the position, when it opens the clause.)
  const participle = tokens[subject.first - 1];
  if (participle?.pos === 'VERB' && /^\p{Ll}+ing$/u.test(participle.text)) {
    const owner = nounPhraseEndingAt(tokens, subject.first - 2);
    if (!owner || !opensClauseAt(tokens, owner.first)) return undefined;
    const phrase = { first: owner.first, last: subject.last };
    return holdsAView(tokens.slice(owner.first, owner.last + 1), lexicon) ? { form: 'stance', cue: { first: i, last: i }, source: phrase } : undefined;
  }
  // ("the New Hampshire primary threatens to knock…": an event, whatever name qualifies it, takes
  // no side; its head may be read as an adjective.)
  if (lexicon.nonAgentHeads.has(tokens[subject.last]!.lower)) return undefined;
  return holdsAView(tokens.slice(subject.first, subject.last + 1), lexicon) ? { form: 'stance', cue: { first: i, last: i }, source: subject } : undefined;
}
