/**
 * Is a sentence a claim — does it assert something a fact-checker could check? Quantities,
 * dates, named actors doing things, superlatives, predictions and causes make it one;
 * questions, fragments without a verb and headlines do not.
 */
import type { TaggedToken } from '../nlp/tagger.js';
import { tellsNoStatement, type AttributionLexicon } from './lexicon.js';

const QUANTITY_WORDS = new Set([
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'dozen',
  'dozens',
  'half',
  'third',
  'quarter',
  'double',
  'twice',
  'percent',
]);
const DATE_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|week|month|year|decade|century)$/;
const SUPERLATIVE = /^(?:most|least|first|last|largest|biggest|highest|lowest|worst|best|record|only|longest|deadliest)$|est$/;
const PREDICTION = new Set(['will', 'would', 'could', 'may', 'might', 'likely', 'unlikely', 'expected', 'set', 'plan', 'plans', 'threatens', 'threaten']);
const CAUSAL = new Set(['because', 'cause', 'caused', 'causing', 'led', 'lead', 'due', 'result', 'resulted', 'after', 'since', 'following', 'amid']);

/** Verbs a request may carry: "a call seeking further comment", "requests to comment", "messages left at his office". */
const REQUEST_VERBS = /^(seek|ask|comment|leave)$/;
/** "not" and its contraction: what negates a reply or a reach. */
const NEGATION = /^(not|n['’]t)$/;

/**
 * The sentence tells only that someone gave no reply to a request: "Hope Hicks, a spokeswoman for
 * Trump, did not respond to a request for comment.", "Smith didn't return a call seeking further
 * comment." (lexicon `replyVerbs`, `requestNouns`). Its subject before the negated reply, the
 * request after it, and no other verb: "…did not return a request for comment on what else the
 * senator has done on Flint" tells more. Too long for `nonStatements`' short sentences, and across
 * articles two such sentences are two stories' silence, never one fact.
 */
function onlyTellsNoReply(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  const reply = tokens.findIndex((t, i) => t.pos === 'VERB' && lexicon.replyVerbs.has(t.lemma) && tokens.slice(Math.max(0, i - 3), i).some((x) => NEGATION.test(x.lower)));
  if (reply === -1) return false;
  const request = tokens.findIndex((t, i) => i > reply && t.pos === 'NOUN' && lexicon.requestNouns.has(t.lower));
  if (request === -1) return false;
  // Nothing before the reply but its subject and auxiliaries (a capitalised "verb" there is a name
  // misread: "Hope Hicks"), nothing after the request but its words.
  const before = tokens.slice(0, reply).every((t) => t.pos !== 'VERB' || t.lemma === 'do' || /^\p{Lu}/u.test(t.text));
  const after = tokens.slice(reply + 1).every((t, k) => t.pos !== 'VERB' || (reply + 1 + k > request && REQUEST_VERBS.test(t.lemma)) || lexicon.requestNouns.has(t.lower));
  return before && after;
}

/** Words a "for …" or "to …" may hold after an unanswered request: "for comment", "to a further request for an interview". */
const FOR_WHAT = /^(for|to|a|an|further|interview|interviews)$/;

/**
 * The sentence tells only that a request went unanswered, or that someone could not be reached:
 * "Calls to Smith's office were not returned.", "Information on a lawyer for Subryan was not
 * immediately available.", "A lawyer for Smith could not immediately be reached." (lexicon
 * `unreachedWords`, `replyVerbs`, `requestNouns`). The wire formulas for a reporter's failed
 * calls: nothing to check, as `nonStatements` are, but with words those short phrases miss
 * ("immediately") or the request as the subject. Nothing may follow but what was asked for ("for
 * comment"): "The bridge was not available for traffic until Tuesday" tells a fact.
 */
function onlyTellsUnanswered(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  const negation = tokens.findIndex((t) => NEGATION.test(t.lower));
  if (negation === -1) return false;
  let k = negation + 1;
  while (k < tokens.length && (tokens[k]!.lower === 'immediately' || tokens[k]!.lower === 'be')) k++;
  const word = tokens[k];
  if (!word) return false;
  const unreached = lexicon.unreachedWords.has(word.lemma) || lexicon.unreachedWords.has(word.lower);
  // A passive reply not given needs the request as its subject ("Calls to … were not returned").
  const unreturned = word.pos === 'VERB' && lexicon.replyVerbs.has(word.lemma) && tokens.slice(0, negation).some((t) => lexicon.requestNouns.has(t.lower));
  if (!unreached && !unreturned) return false;
  const after = tokens.slice(k + 1).every((t) => t.pos === 'PUNCT' || FOR_WHAT.test(t.lower) || lexicon.requestNouns.has(t.lower));
  // Before the negation: the subject and its auxiliaries, a name the tagger read as a verb, a
  // request read as one ("Calls to…") or a verb the request carries ("An email seeking comment").
  const before = tokens.slice(0, negation).every((t) => t.pos !== 'VERB' || /^\p{Lu}/u.test(t.text) || lexicon.requestNouns.has(t.lower) || REQUEST_VERBS.test(t.lemma));
  return after && before;
}

export function isClaim(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  if (words.length < 3) return false;
  // "A spokeswoman declined to comment": the absence of a statement asserts nothing to check.
  if (words.length <= 12) {
    const text = words.map((t) => t.lower).join(' ');
    if (tellsNoStatement(text, lexicon)) return false;
  }
  if (onlyTellsNoReply(tokens, lexicon) || onlyTellsUnanswered(tokens, lexicon)) return false;
  const last = tokens[tokens.length - 1];
  if (last && /\?/.test(last.text)) return false;
  if (!tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  return words.some(
    (t) =>
      t.pos === 'NUM' ||
      t.pos === 'PROPN' ||
      QUANTITY_WORDS.has(t.lower) ||
      DATE_WORDS.test(t.lower) ||
      (t.pos === 'ADJ' && SUPERLATIVE.test(t.lower)) ||
      PREDICTION.has(t.lower) ||
      CAUSAL.has(t.lower) ||
      // A definite subject doing something checkable: "The treaty requires …", "The deal formalizes …".
      (t.pos === 'VERB' && t.lemma !== 'be' && words[0]?.pos === 'DET'),
  );
}
