/**
 * Independent sources behind a claim. Outlets that report a fact are not so many confirmations
 * of it: copies of one text are one report, articles crediting one wire agency carry that
 * agency's report, and five outlets citing the same news agency all rest on it. The outlets are
 * grouped so that each group is one independent source.
 *
 * Precision first: a grouping an editor would reject costs more trust than a missed one. Two
 * attributions are one source only when they name it the same way (case, "the" and the
 * possessive aside, a well-known agency under any of its names, an organisation by its
 * abbreviation or by its name beside "news agency"); a vague source ("reports") never groups.
 */
import { corroborationLexicon } from './lexicon.js';
import { escapeRegExp } from '../text.js';
import { knownAgency } from './wire.js';

/** One outlet's report of a claim: its document, and who stands behind it. */
export interface Reporter {
  /** The document. */
  id: string;
  outlet: string;
  /** The wire agency the article credits (wire.ts). */
  wire?: string;
  /** The primary source its sentence names (citedName). */
  cites?: string;
  /** The sentence it reports the claim in: two outlets that print one long sentence word for word copied one text. */
  text?: string;
}

/** What makes a group one source: one outlet, copies of one text, one wire agency, one cited source. */
export type SourceBasis = 'outlet' | 'copies' | 'wire' | 'cited';

export interface IndependentSource {
  basis: SourceBasis;
  /** The outlet, the agency or the cited source; absent for copies. */
  name?: string;
  /** The other outlets in the group (the annotated article's own is not listed). */
  outlets: string[];
  /** The annotated article is in the group: its other outlets are no independent confirmation of it. */
  withThis?: true;
}

/** A group of more documents than this is grouped by copies of the annotated article only: pairs grow with the square. */
const MAX_PAIRWISE_DOCUMENTS = 16;
/**
 * Two outlets do not write the same sentence of this many words word for word each on their own:
 * one copied it, or both took it from one text (a wire story, a site's note printed under every
 * article). A short one ("The vote was seven to four.") may be written twice.
 */
const COPIED_SENTENCE_WORDS = 12;

/** A sentence's words, case and punctuation aside; undefined when it is too short to tell a copy. */
function copiedSentenceKey(text: string | undefined): string | undefined {
  const words = text?.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words && words.length >= COPIED_SENTENCE_WORDS ? words.join(' ') : undefined;
}

/** Longer than this, an attribution is a clause, not a name: it is compared whole. */
const LONGEST_NAME_PHRASE = 120;

const NAME = String.raw`[\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3}`;

/**
 * The name beside "news agency" stands for the whole phrase only when it is an abbreviation or a
 * well-known agency: "Estavian news agency" names a country, not an agency, and two such
 * phrases may be two agencies.
 */
function byName(name: string | undefined): string | undefined {
  return name !== undefined && (knownAgency(name) !== undefined || /^\p{Lu}{3,}[\p{Lu}\p{N}&-]*$/u.test(name)) ? name : undefined;
}

let namePatterns: { after: RegExp; before: RegExp } | undefined;

/** "news agency Xinhua" and "the official Xinhua news agency": the name beside a word for a news organisation. */
function patterns(): { after: RegExp; before: RegExp } {
  if (namePatterns) return namePatterns;
  const nouns = corroborationLexicon()
    .mediaNouns.map((noun) => escapeRegExp(noun).replace(/ /g, '\\s'))
    .join('|');
  namePatterns = {
    after: new RegExp(String.raw`(?:^|\s)(?:${nouns})\s(${NAME})$`, 'u'),
    // An owner may come first ("China's"), then lower-case words ("official", "state-run").
    before: new RegExp(String.raw`^(?:the\s)?(?:${NAME}['’]s\s)?(?:[\p{Ll}][\p{L}-]*\s)*(${NAME})\s(?:${nouns})$`, 'u'),
  };
  return namePatterns;
}

/**
 * The primary source an attribution names, as one name: "the Meridian News Agency (MNA)" ->
 * "MNA", "Estavia's official MNA news agency" -> "MNA", "Associated Press" -> "AP"; otherwise the
 * phrase itself less a leading "the". Undefined when it names no one by name ("state media").
 */
export function citedName(source: string): string | undefined {
  const text = source.trim().replace(/\s+/g, ' ');
  if (text.length === 0) return undefined;
  const abbreviation = /\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)/u.exec(text)?.[1];
  if (abbreviation) return knownAgency(abbreviation) ?? abbreviation;
  const { after, before } = patterns();
  const short = text.length <= LONGEST_NAME_PHRASE;
  const name = (short ? (byName(after.exec(text)?.[1]) ?? byName(before.exec(text)?.[1])) : undefined) ?? text.replace(/^the\s+/i, '');
  return /\p{Lu}/u.test(name) ? (knownAgency(name) ?? name) : undefined;
}

/** What two names of one source have in common: case, a leading "the", the possessive and punctuation aside. */
export function sourceKey(name: string): string {
  return (knownAgency(name) ?? name)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The reporters grouped into independent sources: `here` (the annotated article) and the other
 * outlets' reports, joined when they are one outlet, copies of one text (`copies`, by document,
 * or the same long sentence word for word), credit one wire agency, or cite one primary source
 * (an agency cited by one and credited by another is one source too). Groups come in the order
 * of their first reporter, `here`'s first.
 */
export function independentSources(here: Reporter, others: readonly Reporter[], copies: (a: string, b: string) => boolean): IndependentSource[] {
  const reporters = [here, ...others];
  const parent = reporters.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const firstWith = new Map<string, number>();
  const byKey = (key: string, i: number) => {
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, i);
    else join(first, i);
  };
  const keysOf = reporters.map((r) => new Set([r.wire, r.cites].filter((name): name is string => name !== undefined).map(sourceKey)));
  reporters.forEach((r, i) => {
    byKey(`outlet\u0000${r.outlet}`, i);
    for (const key of keysOf[i]!) byKey(`source\u0000${key}`, i);
    const sentence = copiedSentenceKey(r.text);
    if (sentence !== undefined) byKey(`text\u0000${sentence}`, i);
  });
  const pairwise = reporters.length <= MAX_PAIRWISE_DOCUMENTS + 1;
  for (let i = 0; i < reporters.length && (i === 0 || pairwise); i++) {
    for (let j = i + 1; j < reporters.length; j++) {
      if (find(i) !== find(j) && reporters[i]!.id !== reporters[j]!.id && copies(reporters[i]!.id, reporters[j]!.id)) join(i, j);
    }
  }
  const groups = new Map<number, number[]>();
  reporters.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()].map((members) => describeGroup(members, reporters, keysOf));
}

function describeGroup(members: readonly number[], reporters: readonly Reporter[], keysOf: readonly Set<string>[]): IndependentSource {
  const withThis = members[0] === 0;
  const outlets = [...new Set(members.filter((i) => i !== 0).map((i) => reporters[i]!.outlet))];
  const group = { outlets, ...(withThis ? { withThis: true as const } : {}) };
  const first = reporters[members[0]!]!;
  if (new Set(members.map((i) => reporters[i]!.outlet)).size === 1) return { basis: 'outlet', name: first.outlet, ...group };
  // The source most of the group shares names it; a credited agency reads "wire", a cited one its name.
  let best: { key: string; count: number } | undefined;
  const counts = new Map<string, number>();
  for (const i of members) for (const key of keysOf[i]!) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, count] of counts) if (count >= 2 && (!best || count > best.count)) best = { key, count };
  if (!best) return { basis: 'copies', ...group };
  const key = best.key;
  const wired = members.find((i) => reporters[i]!.wire !== undefined && sourceKey(reporters[i]!.wire!) === key);
  if (wired !== undefined) return { basis: 'wire', name: reporters[wired]!.wire!, ...group };
  const citing = members.find((i) => reporters[i]!.cites !== undefined && sourceKey(reporters[i]!.cites!) === key)!;
  return { basis: 'cited', name: reporters[citing]!.cites!, ...group };
}

/** A group as a reader names it: "AFP wire", "citing MNA", "one text", or the outlet. */
export function sourceLabel(source: IndependentSource): string {
  switch (source.basis) {
    case 'wire':
      return `${source.name} wire`;
    case 'cited':
      return `citing ${source.name}`;
    case 'copies':
      return source.withThis ? 'copies of this text' : 'one text';
    default:
      return source.name ?? '';
  }
}

/** "AFP wire ×3": the label, and how many other outlets the group holds when more than one. */
export function sourceWithCount(source: IndependentSource): string {
  return source.outlets.length > 1 ? `${sourceLabel(source)} ×${source.outlets.length}` : sourceLabel(source);
}

/** The groups that confirm the annotated article independently: those it is not part of. */
export function independentOfThis(sources: readonly IndependentSource[]): IndependentSource[] {
  return sources.filter((s) => !s.withThis);
}

/**
 * The note on sources for a claim's message, when they are fewer than the other outlets or some
 * share this article's source: "2 independent sources: AFP wire ×3, Reuters"; undefined when
 * every other outlet is a source of its own.
 */
export function sourcesNote(sources: readonly IndependentSource[], otherOutlets: number): string | undefined {
  const independent = independentOfThis(sources);
  const shared = sources.find((s) => s.withThis && s.outlets.length > 0);
  if (!shared && independent.length === otherOutlets) return undefined;
  const count = independent.length === 0 ? 'no independent source' : `${independent.length} independent source${independent.length === 1 ? '' : 's'}`;
  const listed = independent.length > 0 ? `: ${independent.map(sourceWithCount).join(', ')}` : '';
  const same = shared ? `; ${sourceWithCount(shared)}${shared.basis === 'copies' ? '' : ', as here'}` : '';
  return `${count}${listed}${same}`;
}
