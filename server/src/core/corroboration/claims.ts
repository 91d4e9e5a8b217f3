/**
 * What a claim sentence contributes to the corpus index: its content terms (lemmas, with
 * paraphrases folded together: troops = soldiers, sent = deployed), its named entities and
 * its quantities. Attribution words ("said", "according to") are not content.
 */
import type { Range } from '../annotation.js';
import type { Article } from '../article.js';
import type { SentenceAttribution, SourceKind } from '../attribution/index.js';
import type { TaggedToken } from '../nlp/tagger.js';
import { corroborationLexicon } from './lexicon.js';
import { findQuantities, unitsNamed, type Quantity, type QuantitySurroundings } from './quantities.js';
import { findDates, type ClaimDate } from './dates.js';
import { boundedMemo } from '../boundedMemo.js';
import { nameStem } from './names.js';
import { dateFrames, leadName, yearsNamed } from './frames.js';

export { nameStem };

export interface ClaimRecord {
  start: number;
  end: number;
  range: Range;
  text: string;
  terms: string[];
  entities: string[];
  quantities: Quantity[];
  dates: ClaimDate[];
  /** The sentence's source, when it has one. */
  source?: string;
  /** What kind of source that is: only a named one can be a primary source two articles share (sources.ts). */
  sourceKind?: SourceKind;
  /** The article's headline (headline.ts): it supports other reports, but its figures, rounded for the line, never conflict. */
  headline?: true;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'tell', 'report', 'add', 'accord', 'cite', 'make', 'get', 'go', 'come', 'take']);

const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/** /^\p{Lu}/u, an ASCII first letter answered without the pattern: every token of every claim is asked. */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER_START.test(text);
}

/** /\p{L}/u, answered without the pattern until a character past ASCII. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return LETTER.test(text);
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return true;
  }
  return false;
}

/** The lemma without a final "'s" or "’s", as /['’]s$/ removes it. */
function withoutPossessive(lemma: string): string {
  const n = lemma.length;
  if (n < 2 || lemma.charCodeAt(n - 1) !== 0x73) return lemma;
  const mark = lemma.charCodeAt(n - 2);
  return mark === 0x27 || mark === 0x2019 ? lemma.slice(0, n - 2) : lemma;
}

/** Name stems of the words met so far: the same names come back claim after claim. */
const cachedNameStem = boundedMemo(nameStem, 20_000);

function termOf(t: TaggedToken, synonyms: ReadonlyMap<string, string>): string {
  const synonym = synonyms.get(t.lower) ?? synonyms.get(t.lemma);
  if (synonym) return synonym;
  if (startsUpper(t.text) && (t.pos === 'PROPN' || t.pos === 'ADJ')) return cachedNameStem(t.text);
  return withoutPossessive(t.lemma);
}

export function claimTerms(tokens: readonly TaggedToken[], source?: { start: number; end: number; cueStart: number; cueEnd: number }): { terms: string[]; entities: string[] } {
  const inSource = (t: TaggedToken) => source !== undefined && ((t.start >= source.start && t.end <= source.end) || (t.start >= source.cueStart && t.end <= source.cueEnd));
  const { synonymOf, genericNames } = corroborationLexicon();
  const terms = new Set<string>();
  const entities = new Set<string>();
  for (const t of tokens) {
    // Only names that can tell one event from another: not weekdays, months or "Port". Names
    // in the source count too: who speaks is part of which event this is.
    if (t.pos === 'PROPN' && startsUpper(t.text) && !genericNames.has(t.lower)) entities.add(cachedNameStem(t.text));
    if (!CONTENT.has(t.pos) || inSource(t) || t.text.length < 2 || LIGHT_VERBS.has(t.lemma) || !hasLetter(t.text)) continue;
    terms.add(termOf(t, synonymOf));
  }
  return { terms: [...terms], entities: [...entities] };
}

export function claimRecords(article: Article, sentences: readonly SentenceAttribution[]): ClaimRecord[] {
  const records: ClaimRecord[] = [];
  // Who a sentence is about and what it counts: whose figures the next one gives when it
  // names no one (frames.ts).
  let before: QuantitySurroundings['before'];
  let yearsBefore: string[] = [];
  for (const sentence of sentences) {
    // (A headline read for its source only: corroboration reads it as headline.ts says.)
    if (sentence.headline) continue;
    const previous = before;
    const previousYears = yearsBefore;
    const lead = leadName(sentence.tagged, sentence.source);
    before = lead === undefined ? undefined : { name: lead, units: unitsNamed(sentence.tagged) };
    yearsBefore = yearsNamed(sentence.tagged);
    if (!sentence.claim) continue;
    const said = sentence.source ? { said: sentence.source } : {};
    const around = { ...said, ...(previous ? { before: previous } : {}), ...(previousYears.length ? { yearsBefore: previousYears } : {}) };
    const { terms, entities } = claimTerms(sentence.tagged, sentence.source);
    records.push({
      start: sentence.start,
      end: sentence.end,
      range: article.rangeOf(sentence.start, sentence.end),
      text: sentence.text,
      terms,
      entities,
      quantities: findQuantities(sentence.tagged, article.text, corroborationLexicon(), around),
      dates: dateFrames(sentence.tagged, sentence.start, findDates(sentence.text), said),
      // Who says so by name, without the words describing them: what other outlets would name too.
      ...(sentence.source ? { source: sentence.source.name?.text ?? sentence.source.text, sourceKind: sentence.source.kind } : {}),
    });
  }
  return records;
}
