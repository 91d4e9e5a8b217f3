/**
 * Would an editor ask "says who?" of a sentence that names no source? Only of a check-worthy
 * assertion of fact made in the article's own voice: not of a question, a heading, an opinion
 * or hedge of the writer's, the article's own report of a result or of what it observed, and
 * not when an earlier sentence of the paragraph names the source the sentence goes on from.
 * The sentence-level parts are here; where a sentence stands (quote, paragraph, heading) is
 * worked out by the attribution pass.
 */
import type { TaggedToken } from '../nlp/tagger.js';
import { isEvidenceNoun, type AttributionLexicon } from './lexicon.js';
import { wordsAt } from '../wordSequences.js';
import { checkWorthyClaim, defaultCheckWorthyModel, type CheckWorthyModel } from './checkWorthiness.js';
import { isQuantity, MONEY_OR_PERCENT } from './figures.js';
import { isTimeWord } from './phrases.js';

/** Determiners before an evidence noun that make it the sentence's source: "the poll", "a survey for the council". */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'a', 'an']);
/** A score or tally as one token: "19-5", "3–1". */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/** "the poll", "a Gallup poll": the sentence takes its figures from a source it or the article names. */
function pointsToEvidence(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  const evidence = (t: TaggedToken) => isEvidenceNoun(t, lexicon);
  return tokens.some(
    (t, i) =>
      (evidence(t) && determinedAt(tokens, i)) ||
      // "in an ABC News/Washington Post poll": a poll or report that the sentence names.
      (evidence(t) && tokens.slice(Math.max(0, i - 5), i).some((n) => n.pos === 'PROPN')) ||
      // "the voters surveyed", "those polled"
      (/^(surveyed|polled|questioned|interviewed)$/.test(t.lower) && i > 0 && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PRON')),
  );
}

/** Words that may stand between a determiner and its noun: "the first post-debate polls", "its most recent survey". */
const MODIFIER = new Set(['ADJ', 'ADV', 'NOUN', 'NUM', 'PROPN']);

/** Does a determiner open the noun phrase that ends at `i`, across a few modifiers? */
function determinedAt(tokens: readonly TaggedToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]!;
    if (DEFINITE.has(t.lower)) return true;
    // A hyphen joins a compound modifier written as one word ("post-debate").
    const joined = /^[-–]$/.test(t.text) && !t.spaceBefore;
    if (!joined && !MODIFIER.has(t.pos)) return false;
  }
  return false;
}

const BE = /^(be|is|are|was|were|been|being|am|'s|’s|'re|’re)$/;

/**
 * The auxiliaries, adverbs and particles before the verb at `i` ("has not been", "'s also"):
 * where the word before them stands, and whether a form of "be" among them makes the verb a
 * passive.
 */
function auxiliariesBefore(words: readonly TaggedToken[], i: number): { subjectAt: number; passive: boolean } {
  let k = i - 1;
  let passive = false;
  while (k >= 0 && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV' || words[k]!.pos === 'PART')) {
    if (BE.test(words[k]!.lower)) passive = true;
    k--;
  }
  return { subjectAt: k, passive };
}

/**
 * Does the sentence name who did the act at `i` (words without punctuation around it)? In a
 * passive or a participle, the agent after "by" ("indicted by a grand jury", "a penalty imposed
 * by the bureau"); otherwise the subject before the verb ("federal prosecutors in April
 * charged", "authorities have charged"). "He was charged with murder" and "the officer charged
 * with murder" name nobody who charged.
 */
function actorNamed(words: readonly TaggedToken[], i: number): boolean {
  const after = words.slice(i + 1, i + 5);
  if (after.some((t, k) => t.lower === 'by' && /^(DET|NOUN|PROPN|ADJ)$/.test(after[k + 1]?.pos ?? ''))) return true;
  const { subjectAt: k, passive } = auxiliariesBefore(words, i);
  if (passive) return false;
  // "police have arrested and charged…": the subject of the first verb of a pair.
  if (words[k]?.pos === 'CCONJ' && words[k - 1]?.pos === 'VERB') return actorNamed(words, k - 1);
  const subject = words[k];
  if (!subject || !/^(NOUN|PROPN|PRON)$/.test(subject.pos)) return false;
  // "the officer charged with murder": a participle after its noun describes it.
  return !(/ed$/.test(words[i]!.lower) && words[i + 1]?.lower === 'with' && k === i - 1 && subject.pos !== 'PRON');
}

/**
 * Does the verb at `i` take an object right after it ("arrested a man", "arrested him", "arrested
 * Sharron Smith")? Not "a Mafia boss arrested Tuesday in a raid", "200 people arrested.", a
 * participle that describes the noun before it.
 */
function objectFollows(words: readonly TaggedToken[], i: number): boolean {
  const next = words[i + 1];
  if (!next || isTimeWord(next)) return false;
  return /^(DET|PRON|NUM|ADJ)$/.test(next.pos) || (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text));
}

/**
 * Is the verb at `i` a passive ("was charged", "has been indicted", "'s charged") whose subject is
 * a name or a personal pronoun, past an apposition set off by commas ("Anthony LaSalle, 36, was…")?
 */
function defendantNamed(words: readonly TaggedToken[], i: number): boolean {
  let { subjectAt: k, passive } = auxiliariesBefore(words, i);
  if (!passive) return false;
  // (Past an apposition set off by commas, "Marc Berg, 24, of Porto, was charged…": the subject
  // is the phrase before the sentence's first comma, with no verb in it.)
  if (words[k]?.text === ',') {
    const first = words.findIndex((t) => t.text === ',');
    if (words.slice(0, first).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
    k = first - 1;
  }
  const subject = words[k];
  if (subject?.pos === 'PRON') return /^(he|she|they)$/.test(subject.lower);
  if (subject?.pos !== 'PROPN') return false;
  // (The name heads the subject, not a place after a preposition: "A 61-year-old man in Canada is charged…".)
  while (k > 0 && words[k - 1]!.pos === 'PROPN') k--;
  // ("Anthony LaSalle of Bloomington was charged…", "LaSalle, 45, of Bloomington was charged…":
  // a name with the place it is from.)
  if (/^(of|from)$/.test(words[k - 1]?.lower ?? '')) {
    const before = words[k - 2];
    if (before?.pos === 'PROPN') return true;
    const first = words.findIndex((t) => t.text === ',');
    return before?.text === ',' && first > 0 && words.slice(0, first).every((t) => t.pos === 'PROPN');
  }
  return words[k - 1]?.pos !== 'ADP';
}

/** Words that name a poll: after one, the article's shares ("46 percent", "by 9 points") are its figures. */
const POLL = /^(poll|polls|polling|survey|surveys|surveyed|polled)$/;

/** Does the sentence mention a poll or survey? */
export function mentionsPoll(tokens: readonly TaggedToken[]): boolean {
  return tokens.some((t) => POLL.test(t.lower));
}

/** Are all the sentence's figures shares of a poll: percentages, points, "four in 10"? */
function onlyShares(own: readonly TaggedToken[]): boolean {
  let figures = 0;
  for (let i = 0; i < own.length; i++) {
    const t = own[i]!;
    if (/%$/.test(t.text) || (t.text === '%' && i > 0)) continue;
    if (!isQuantity(own, i)) continue;
    figures++;
    const next = (own[i + 1]?.lower ?? '').replace(/^-/, '');
    const share =
      /^(percent|per|%|points?|percentage|-point)$/.test(next) ||
      /-point$/.test(t.lower) ||
      (own[i + 1]?.lower === 'in' && own[i + 2]?.pos === 'NUM') ||
      (own[i - 1]?.lower === 'in' && own[i - 2]?.pos === 'NUM');
    if (!share) return false;
  }
  return figures > 0 || own.some((t) => /%/.test(t.text));
}

/** A score or tally as one token ("19-5") or as three ("19", "-", "5" written together). */
export const hasScore = (tokens: readonly TaggedToken[]) =>
  tokens.some((t, i) => SCORE.test(t.text) || (/^\d+$/.test(t.text) && /^[-–]$/.test(tokens[i + 1]?.text ?? '') && /^\d+$/.test(tokens[i + 2]?.text ?? '') && !tokens[i + 1]!.spaceBefore));

/**
 * Could the sentence (its words outside quotation marks) be a check-worthy fact by its form?
 * Not a question, an imperative, a result or score, the writer's own experience, shares from a
 * poll the article has named (`afterPoll`), a game's statistics, or a hedge without a figure.
 * Which of the rest an editor would query is for the models to say.
 */
export function checkWorthyForm(own: readonly TaggedToken[], lexicon: AttributionLexicon, afterPoll = false): boolean {
  if (own.some((t) => t.text.includes('?'))) return false;
  const words = own.filter((t) => t.pos !== 'PUNCT');
  // An imperative ("Imagine paying…") addresses the reader.
  if (words[0]?.pos === 'VERB' && words[0].lemma === words[0].lower && words[0].lemma !== 'be') return false;
  // A headline's shorthand that drops its subject ("Bernie Sanders raises $33M; Is within $4M of
  // Clinton's haul.", "Raises $33M in quarter"): a fragment, not a sentence that asserts.
  if (subjectDropped(words)) return false;
  // A result or an observed event: "won", "voted 7 to 2", "attended", a score "19-5".
  // (A noun opening the sentence may be tagged as a name: "Turnout was 34%".)
  if (words.some((t, i) => (t.pos === 'VERB' && lexicon.publicRecord.has(t.lemma)) || ((t.pos === 'NOUN' || (i === 0 && t.pos === 'PROPN')) && lexicon.resultNouns.has(t.lower)))) return false;
  // An act of record whose actor the sentence names: "prosecutors charged…", "…imposed by the
  // regulator", "Vancouver police have arrested…".
  if (words.some((t, i) => t.pos === 'VERB' && (lexicon.officialActs.has(t.lemma) || (lexicon.arrestActs.has(t.lemma) && objectFollows(words, i))) && actorNamed(words, i))) return false;
  // A charge against someone the sentence names ("Robert Pitman, 24, was charged with arson", "He's
  // charged with two counts of…"): the court's record of a named defendant. Blind readers asked a
  // source of none of six such sentences; "A man has been charged…" they still query.
  // (Read with its commas, which set an apposition off.)
  if (own.some((t, i) => t.pos === 'VERB' && lexicon.officialActs.has(t.lemma) && defendantNamed(own, i))) return false;
  // The writer's own experience or opinion ("I", "me", "my"), outside any quotation.
  if (words.some((t) => t.pos === 'PRON' && lexicon.writerPronouns.has(t.lower))) return false;
  if (pointsToEvidence(own, lexicon)) return false;
  if (hasScore(own)) return false;
  if (statesAnAge(words)) return false;
  // A poll story's shares come from the poll it has named.
  if (afterPoll && onlyShares(own)) return false;
  // A sports report's count ("had 10 rebounds", "romped 86 yards") is the public record of a game.
  if (own.some((t, i) => t.pos === 'NUM' && [own[i + 1], own[i + 2]].some((n) => n !== undefined && lexicon.statisticNouns.has(n.lower)))) return false;
  if (marketRecord(words, lexicon)) return false;
  // A term served ("Comeaux was serving a life sentence", "LaRue served as special assistant to
  // John Mitchell") and a jury at work in open court: the record of a sentence, a career, a trial.
  if (servesATerm(words, lexicon) || juryAtWork(words, lexicon)) return false;
  // A court's schedule and process: "Gomes is scheduled to be arraigned…", "went on trial Wednesday".
  if (words.some((t, i) => (lexicon.courtRecordPhrasesByFirstWord.get(t.lower) ?? []).some((phrase) => wordsAt(words, i, phrase)))) return false;
  // What a seller asks ("tickets cost £145"), who won a place ("silver for Whitlock"), how a poll
  // was made ("the margin of error is three points"): public terms and record, not claims.
  if (offeredPrice(words, lexicon)) return false;
  // (In lower case: "the Silver Lantern awards" name no place won.)
  if (words.some((t) => t.pos !== 'ADJ' && /^\p{Ll}/u.test(t.text) && lexicon.podiumWords.has(t.lower))) return false;
  if (pollMethod(words, lexicon, afterPoll)) return false;
  // A broadcast's listing ("Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00
  // a.m. to 9:00 a.m. Eastern", "The interview airs Sunday at 9 p.m."): the schedule a station
  // publishes, not a claim to source.
  if (broadcastListing(words, lexicon)) return false;
  // A condition supposed ("If Teixeira signs with the Red Sox, they would move Youkilis…"): what
  // would follow from it is asserted of no world yet. Blind readers queried none of the labelled
  // sentences that open so.
  if (supposes(words)) return false;
  // Without a figure, obligation, guess or hedge ("should", "perhaps", "seems to") in the
  // writer's voice is opinion: a form, whatever the words it qualifies.
  if (!hasFigure(own) && hedged(words, lexicon)) return false;
  return true;
}

/**
 * Is the sentence, read alone, a check-worthy assertion of fact: a form that may be one, and
 * the check-worthiness model's verdict (the older rules' when no model is committed)?
 */
export function checkWorthyFact(own: readonly TaggedToken[], lexicon: AttributionLexicon, afterPoll = false, checkWorthyModel?: CheckWorthyModel | null): boolean {
  if (!checkWorthyForm(own, lexicon, afterPoll)) return false;
  // Which of the rest an editor would want verified is learned (checkWorthiness.ts); the
  // rules below are what decided it before, and decide it still when no model is committed.
  const model = checkWorthyModel === undefined ? defaultCheckWorthyModel() : checkWorthyModel;
  if (model) return checkWorthyClaim(own, model);
  return listedCheckable(own, lexicon);
}

/**
 * The older rules: a figure is checkable whoever states it; without one, a ranking, cause or
 * comparison from the lexicon (a hedge has already ruled the sentence out).
 */
export function listedCheckable(own: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  // A figure is checkable whoever states it and however it is framed.
  if (hasFigure(own)) return true;
  const checkable = own.some(
    (t, i) =>
      lexicon.checkableWords.has(t.lower) ||
      (t.pos === 'ADJ' && lexicon.checkableWords.has(t.lemma)) ||
      (lexicon.checkablePhrasesByFirstWord.get(t.lower) ?? []).some((phrase) => wordsAt(own, i, phrase)),
  );
  return checkable;
}

/** How far a market's verb may stand after what moved: "US light crude for delivery in February rose". */
const MARKET_REACH = 6;

/**
 * A market's own record: a share, a price, a currency or an index that moved ("Shares in Acme
 * rose 22p to 587p", "the dollar weakened against the euro"), public as a match result.
 */
export function marketRecord(words: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  const moves = (v: TaggedToken | undefined) => v !== undefined && v.pos === 'VERB' && (lexicon.marketMoves.has(v.lemma) || lexicon.marketMoves.has(v.lower));
  return (
    words.some(
      (t, i) =>
        (t.pos === 'NOUN' || t.pos === 'PROPN') &&
        lexicon.marketNouns.has(t.lower) &&
        words
          .slice(i + 1, i + 1 + MARKET_REACH)
          .some((v, j, after) => moves(v) || (/^(up|down|higher|lower)$/.test(v.lower) && after[j + 1]?.pos === 'NUM') || /^(steady|unchanged|flat)$/.test(v.lower)),
    ) ||
    // A share quoted in its units, moved to a new price: "Ostrava Metals slipped 18p to 94p".
    words.some((v, i) => moves(v) && words[i + 1]?.pos === 'NUM' && SHARE_UNIT.test(words[i + 2]?.lower ?? '') && words[i + 3]?.lower === 'to')
  );
}

/** The units a share's price is quoted in: "18p", "34 cents". */
const SHARE_UNIT = /^(p|p\.|pence|cents?)$/;
/** A figure's scale, which makes it a total rather than a price: "£2m", "$3 billion". */
const SCALE_WORD = /^(m|bn|k|million|billion|trillion|thousand)$/;
const SCALED_FIGURE = /\d(m|bn|k)$/i;
const isCurrencySign = (t: TaggedToken | undefined) => t?.pos === 'SYM' && /^[$€£¥]$/.test(t.text);

/**
 * What a seller asks: a verb of price right before an amount without a scale, after "at",
 * "from" or "for" or not ("Weekend tickets cost £145", "priced from £15", "will cost 89p"), in
 * a sentence whose every figure is a price or part of a name ("Xbox 360"). "The repairs will
 * cost £2m" is an estimate, and "180,000 people subscribe to the app, which costs £2.99" counts
 * people: both still weighed.
 */
function offeredPrice(words: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  const priceOrName = (i: number) => isCurrencySign(words[i - 1]) || SHARE_UNIT.test(words[i + 1]?.lower ?? '') || words[i - 1]?.pos === 'PROPN';
  if (!words.every((t, i) => t.pos !== 'NUM' || priceOrName(i))) return false;
  return words.some((t, i) => {
    if (!lexicon.priceVerbs.has(t.lemma) && !lexicon.priceVerbs.has(t.lower)) return false;
    const at = /^(at|from|for)$/.test(words[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    const currency = isCurrencySign(words[at]);
    const figure = words[currency ? at + 1 : at];
    if (figure?.pos !== 'NUM' || SCALED_FIGURE.test(figure.text)) return false;
    const unit = words[currency ? at + 2 : at + 1]?.lower ?? '';
    return currency ? !SCALE_WORD.test(unit) : SHARE_UNIT.test(unit);
  });
}

/** How far after a poll's verb its count may stand: "interviewed 1,504 adults", "conducted Jan. 5-8". */
const POLL_METHOD_REACH = 2;

/**
 * How a poll was made: "the margin of error is about three points", or after a poll the article
 * has named, its verb with a count or a date ("Meridian Research interviewed 1,504 adults").
 */
function pollMethod(words: readonly TaggedToken[], lexicon: AttributionLexicon, afterPoll: boolean): boolean {
  if (words.some((_, i) => lexicon.pollMethodPhrases.some((phrase) => wordsAt(words, i, phrase)))) return true;
  if (!afterPoll && !mentionsPoll(words)) return false;
  return words.some((t, i) => t.pos === 'VERB' && lexicon.pollMethodVerbs.has(t.lemma) && words.slice(i + 1, i + 1 + POLL_METHOD_REACH).some((n) => n.pos === 'NUM'));
}

/** A clock time: "6:00 a.m.", "9 p.m.", "10pm". */
const CLOCK_TIME = /^\d{1,2}(:\d\d)?$/;
const DAY_PART = /^(a\.?m\.?|p\.?m\.?|am|pm)$/i;

/** A verb that airs a programme (lexicon `broadcastVerbs`) and a clock time: the programme's listing. */
function broadcastListing(words: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  if (!words.some((t) => t.pos === 'VERB' && lexicon.broadcastVerbs.has(t.lemma))) return false;
  return words.some((t, i) => (CLOCK_TIME.test(t.text) && DAY_PART.test(words[i + 1]?.text ?? '')) || /^\d{1,2}(:\d\d)?(am|pm)$/i.test(t.text));
}

/** The sentence opens on a finite verb with no subject before it: "Is within…", "Raises $33M…". */
function subjectDropped(words: readonly TaggedToken[]): boolean {
  const first = words[0];
  if (first === undefined || !/^\p{Lu}/u.test(first.text)) return false;
  if (first.pos === 'AUX') return /^(is|are|was|were|has|have|had|does|did)$/.test(first.lower);
  // (A plural noun the tagger read as a verb has a verb of its own after it: "Remains of the
  // victims were found…".)
  const verbAfter = words.slice(1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return first.pos === 'VERB' && first.lower !== first.lemma && /s$/.test(first.lower) && !/ss$/.test(first.lower) && !verbAfter;
}

/** The sentence opens with a condition: "If…", "Unless…", "But if…". */
function supposes(words: readonly TaggedToken[]): boolean {
  const first = words[0]?.pos === 'CCONJ' ? words[1] : words[0];
  return first !== undefined && /^(if|unless)$/.test(first.lower);
}

/** How far after "serve" the term it tells may stand: "served four and a half months in prison". */
const SERVED_TERM_REACH = 6;

/**
 * "was serving a 12-year sentence", "served 136 days", "served as special assistant to…",
 * "served under President Clinton": a person's term served, in prison or in a post (lexicon
 * `servedTerms`). Not "the cable serves 14 states", nor "veterans who served in Iraq" inside a
 * statistic, whose verb tells no term.
 */
function servesATerm(words: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  return words.some((t, i) => {
    if (t.pos !== 'VERB' || t.lemma !== 'serve') return false;
    // ("as", "under": right after the verb, where they tell the post; the tagger reads "as" as
    // a preposition or a conjunction.)
    const next = words[i + 1];
    if (next && lexicon.servedTerms.has(next.lower)) return true;
    return words.slice(i + 1, i + 1 + SERVED_TERM_REACH).some((n) => n.pos === 'NOUN' && lexicon.servedTerms.has(n.lower));
  });
}

/** A jury in the sentence's subject, before its first verb: "The jury was unable to…", "More than 100 potential jurors walked…". */
function juryAtWork(words: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  for (const [k, t] of words.entries()) {
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    // (A noun opening the sentence may be tagged as a name: "Jury deliberations are…".)
    if ((t.pos === 'NOUN' || (k === 0 && t.pos === 'PROPN')) && lexicon.courtBodies.has(t.lower)) return true;
  }
  return false;
}

/**
 * "He was 77.", "Teixeira will be 29 in April.": a person's age and nothing else is the record
 * of a life, as an obituary closes, not a claim an editor would send back for a source.
 */
function statesAnAge(words: readonly TaggedToken[]): boolean {
  if (words.length > 8) return false;
  const be = words.findIndex((t) => t.pos === 'AUX' && BE.test(t.lower));
  const age = words[be + 1];
  if (be < 1 || be > 3 || !age || !/^\d{1,3}$/.test(age.text) || Number(age.text) > 120) return false;
  const subject = words.slice(0, be).filter((t) => !(t.pos === 'AUX' && /^(will|would)$/.test(t.lower)));
  if (!subject.every((t) => (t.pos === 'PRON' && /^(he|she)$/i.test(t.text)) || t.pos === 'PROPN')) return false;
  // Only "years old" or when after it ("in April", "on Friday").
  const rest = words.slice(be + 2);
  return rest.every((t, k) => /^(years?|old)$/.test(t.lower) || (k === 0 && t.pos === 'ADP' && /^(in|on|at)$/.test(t.lower)) || (k > 0 && t.pos === 'PROPN'));
}

const hasFigure = (own: readonly TaggedToken[]) => own.some((t, i) => isQuantity(own, i) || MONEY_OR_PERCENT.test(t.text));

const hedged = (words: readonly TaggedToken[], lexicon: AttributionLexicon) => words.some((t) => lexicon.hedges.has(t.lower) || ((t.pos === 'AUX' || t.pos === 'VERB') && lexicon.hedges.has(t.lemma)));

/**
 * A heading or subheading rather than running text: every word in capitals, or most words
 * capitalised as titles are ("Ferry Traffic Tripled In 10 Years").
 */
export function looksLikeHeading(tokens: readonly TaggedToken[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length === 0) return false;
  const letters = words.map((t) => t.text).join('');
  if (letters.length >= 6 && letters === letters.toUpperCase()) return true;
  // Title case: short function words may stay lower case; the rest are capitalised.
  const content = words.slice(1).filter((t) => t.text.length >= 4);
  return content.length >= 3 && content.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.8 * content.length;
}
