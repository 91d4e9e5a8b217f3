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

export function isClaim(tokens: readonly TaggedToken[], lexicon: AttributionLexicon): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  if (words.length < 3) return false;
  // "A spokeswoman declined to comment": the absence of a statement asserts nothing to check.
  if (words.length <= 12) {
    const text = words.map((t) => t.lower).join(' ');
    if (tellsNoStatement(text, lexicon)) return false;
  }
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
