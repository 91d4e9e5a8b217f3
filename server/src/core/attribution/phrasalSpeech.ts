/**
 * Verbs of speech written with a particle: "Trump laid out his concerns that…", "Biden weighed in
 * on the deal", "Sanders shot back that…". Alone, "laid", "weighed" and "shot" say nothing, and
 * the tagger may read "shot" as a noun; with the particle they speak. The verb and its particle
 * are read as one verb (lemma "lay out", which the lexicon counts as speech), so every rule reads
 * them as it reads "said", and the cue shows both words.
 */
import type { TaggedToken } from '../nlp/tagger.js';
import type { AttributionLexicon, PhrasalForm } from './lexicon.js';
import { OBJECT_PRONOUNS } from './phrases.js';

const OPENING_QUOTE = /^(["“‘]|'')$/;
const CLOSING_QUOTE = /^(["”’]|'')$/;

/** The sentence's tokens with each phrasal verb of speech read as one word; the same array when there is none. */
export function joinPhrasalSpeech(tokens: TaggedToken[], lexicon: AttributionLexicon): TaggedToken[] {
  let joined: TaggedToken[] | undefined;
  for (let i = tokens.length - 2; i >= 0; i--) {
    const phrasal = phrasalSpeechAt(tokens, i, lexicon);
    if (!phrasal) continue;
    const verb = tokens[i]!;
    const particle = tokens[i + 1]!;
    joined ??= tokens.slice();
    // (The word keeps the verb's own form, which the rules read for its tense and person —
    // "weighing", "lays" — and spans the particle, which the cue shows.)
    joined.splice(i, 2, { ...verb, lemma: phrasal.lemma, pos: 'VERB', end: particle.end });
  }
  return joined ?? tokens;
}

function phrasalSpeechAt(tokens: readonly TaggedToken[], i: number, lexicon: AttributionLexicon): PhrasalForm | undefined {
  const verb = tokens[i]!;
  if (verb.pos !== 'VERB' && verb.pos !== 'NOUN') return undefined;
  // ("a shot back home", "the fire back there": after a determiner or an adjective, a noun.)
  if (/^(DET|ADJ|NUM)$/.test(tokens[i - 1]?.pos ?? '')) return undefined;
  // ("where mobsters were laid out", "appeared to me laid out, among uncaring strangers": after a
  // form of "be" or an object pronoun, a participle that tells a state; no one speaks.)
  const before = tokens[i - 1];
  // (Not the progressive, "Trump is laying out his plan", nor a passive with its agent, "was laid
  // out by the mayor".)
  const passiveState = before?.pos === 'AUX' && before.lemma === 'be' && tokens[i + 2]?.lower !== 'by';
  if (before !== undefined && !/ing$/.test(verb.lower) && (passiveState || OBJECT_PRONOUNS.has(before.lower))) return undefined;
  const after = tokens[i + 2];
  const plain = lexicon.phrasalSpeech.get(verb.lower);
  if (plain && tokens[i + 1]!.lower === plain.particle) {
    // ("weighed in at 152 pounds": a boxer's weight.)
    return after?.lower === 'at' ? undefined : plain;
  }
  const retort = lexicon.retortPhrases.get(verb.lower);
  if (!retort || tokens[i + 1]!.lower !== retort.particle) return undefined;
  return saidBeside(tokens, i) ? retort : undefined;
}

/**
 * What was said stands right after the phrase ("shot back that…", "fired back: “…”", "hit back,
 * “…”"), or a quotation closed before it ("“…,” Bennett shot back."): otherwise "fired back" is
 * fire returned, and "shot back up" a figure rising.
 */
function saidBeside(tokens: readonly TaggedToken[], i: number): boolean {
  const after = tokens[i + 2];
  if (after === undefined) return closedQuoteBefore(tokens, i);
  if (after.lower === 'that' || after.text === ':' || OPENING_QUOTE.test(after.text)) return true;
  if (after.text === ',' && OPENING_QUOTE.test(tokens[i + 3]?.text ?? '')) return true;
  return closedQuoteBefore(tokens, i);
}

/** A quotation closed before the verb, with the comma, question or exclamation mark that hands it on ("…,” Bennett shot back"). */
function closedQuoteBefore(tokens: readonly TaggedToken[], i: number): boolean {
  for (let k = 1; k < i; k++) if (CLOSING_QUOTE.test(tokens[k]!.text) && /^[,?!]$/.test(tokens[k - 1]!.text)) return true;
  return false;
}
