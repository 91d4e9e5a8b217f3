/**
 * The last word on a vague-source warning: would an editor of this article ask the writer who
 * exactly said or holds what the sentence reports? The rules find a source that names no one
 * ("some observers", "reports", "it is believed") and leave out the ones no editor queries (a
 * plan, a record that speaks, anonymity the story explains); blind readers still rejected about
 * half of what remained (QUALITY.md, the reads of 70 and of 300 warnings): a police source in a
 * wire brief, a witness quoted for colour, polls mentioned in passing, a source the sentence before
 * names. Whether the warning helps depends on the sentence and the article together, so the
 * signals are weighed by a logistic model fitted on those readings (`npm run train -- vague`,
 * vagueModel.json). Below its threshold the source stays, shown as what it is; only the warning
 * goes.
 */
import modelData from './vagueModel.json' with { type: 'json' };
import { committedModel, logisticProbability, thresholdedWeightsOf, type ThresholdedWeights, weightsObjectOf } from '../logisticWeights.js';
import type { TaggedToken } from '../nlp/tagger.js';
import type { ArticleShape } from './flagModel.js';
import type { AttributionLexicon } from './lexicon.js';

/** The features, in the order of the vectors and of a model's weights. */
export const VAGUE_FEATURES: readonly string[] = [
  'impersonal: no one at all ("it is believed", "reportedly")',
  'declared anonymous ("officials familiar with the talks")',
  'a poll, a report or other evidence',
  'no noun: a bare quantifier ("some", "many", "others")',
  'one person, unnamed ("a source", "a witness")',
  'a figure in the sentence',
  'a quotation in the sentence',
  'a verb of belief, argument or evidence, not of saying',
  'the sentence before names its source',
  'in the lede: the body’s first two paragraphs',
  'article: share with a source',
  'article: share quoted',
  'article: share in the first person',
  'a poll, a report or other evidence, with a figure',
  'a body qualifies the source ("a police source", "White House officials")',
  'a thing, not a speaker ("a plan", "weeks of uncertainty")',
  'a name right after the source, before its verb ("three economists -- David Autor…")',
  'the same kind of evidence named in the next sentences ("the Marist poll")',
];

/** What the features read of a warned sentence and its source. */
export interface VagueCandidate {
  /** The sentence's tokens. */
  tokens: readonly TaggedToken[];
  text: string;
  /** The source's tokens as written, and its cue's. */
  source: readonly TaggedToken[];
  cue: readonly TaggedToken[];
  impersonal: boolean;
  anonymous: boolean;
  quoted: boolean;
  /** The sentence before it in the body names its own source. */
  namedBefore: boolean;
  /** Its paragraph is one of the body's first two. */
  lede: boolean;
  /** The tokens after the source, up to its cue when the cue follows it. */
  afterSource: readonly TaggedToken[];
  /** The tokens of the next sentences of the body. */
  following: readonly TaggedToken[];
}

const INDEFINITE_ONE = /^(a|an|one|another)$/;
const QUOTE_MARK = /["“”]/;

export function vagueFeatures(candidate: VagueCandidate, shape: ArticleShape, lexicon: AttributionLexicon): Float64Array {
  const words = candidate.source.filter((t) => t.pos !== 'PUNCT');
  const isEvidence = (t: TaggedToken) => lexicon.evidenceNouns.has(t.lemma) || lexicon.evidenceNouns.has(t.lower) || lexicon.pollNouns.has(t.lower) || t.lemma === 'report';
  const evidence = words.some(isEvidence);
  const nouns = words.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const noNoun = words.length > 0 && nouns.length === 0;
  const onePerson = words.length > 0 && INDEFINITE_ONE.test(words[0]!.lower) && !evidence;
  const figure = candidate.tokens.some((t) => t.pos === 'NUM');
  const quotation = candidate.quoted || QUOTE_MARK.test(candidate.text);
  const verb = candidate.cue.find((t) => t.pos === 'VERB' || t.pos === 'NOUN');
  const belief = verb !== undefined && !lexicon.speech.has(verb.lemma) && (lexicon.clausal.has(verb.lemma) || lexicon.stance.has(verb.lemma));
  // The head: the first noun before a comma or a preposition ("a source on the call", "sources close to…").
  const headEnd = words.findIndex((t, k) => k > 0 && (t.pos === 'ADP' || t.text === ','));
  const headPart = headEnd === -1 ? words : words.slice(0, headEnd);
  const head = [...headPart].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const qualified = head !== undefined && headPart.some((t) => t !== head && (t.pos === 'PROPN' || lexicon.organisations.has(t.lower) || lexicon.bodyHeads.has(t.lower)));
  const speaks = (t: TaggedToken) =>
    t.pos === 'PROPN' ||
    isEvidence(t) ||
    [
      lexicon.bodyHeads,
      lexicon.issuedTexts,
      lexicon.recordSpeakers,
      lexicon.collectiveNouns,
      lexicon.vagueHeads,
      lexicon.groupHeads,
      lexicon.personRoles,
      lexicon.roles,
      lexicon.organisations,
      lexicon.femaleWords,
      lexicon.maleWords,
      lexicon.courtBodies,
    ].some((set) => set.has(t.lower) || set.has(t.lemma));
  const thing = head !== undefined && !speaks(head);
  const nameAfter = candidate.afterSource.slice(0, NAME_REACH).some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text));
  const namedLater = evidence && candidate.following.some((t, k, all) => isEvidence(t) && all.slice(Math.max(0, k - 3), k).some((x) => x.pos === 'PROPN' && /^\p{Lu}/u.test(x.text)));
  const flag = (b: boolean) => (b ? 1 : 0);
  return Float64Array.from([
    flag(candidate.impersonal),
    flag(candidate.anonymous),
    flag(evidence),
    flag(noNoun),
    flag(onePerson),
    flag(figure),
    flag(quotation),
    flag(belief),
    flag(candidate.namedBefore),
    flag(candidate.lede),
    shape.sourced,
    shape.quoted,
    shape.firstPerson,
    flag(evidence && figure),
    flag(qualified),
    flag(thing),
    flag(nameAfter),
    flag(namedLater),
  ]);
}

/** How many words after the source a name may stand and still name it: "a survey published by NBC News". */
const NAME_REACH = 6;

/** A warning stands when its probability is at least the model's threshold. */
export type VagueModel = ThresholdedWeights;

export function vagueProbability(model: VagueModel, x: Float64Array): number {
  return logisticProbability(model, x);
}

/** A model from its JSON, checked against the features this code computes. */
export function parseVagueModel(json: unknown, source = 'vague model'): VagueModel {
  return thresholdedWeightsOf(weightsObjectOf(json, source), VAGUE_FEATURES, source, 'vague');
}

/** The committed model (vagueModel.json); null when the file holds none: every warning the rules leave stands. */
export const defaultVagueModel = committedModel(modelData, parseVagueModel, 'attribution/vagueModel.json');
