/**
 * The wire agency an article credits, when its own furniture says so: a dateline
 * ("BRENNICK (Meridian) —"), a credit line ("— AFP", "(AFP)", "Reuters -"), "Source: Reuters", a
 * rights line or a byline naming a news agency ("© 2025 The Associated Press", "By Jan Hollis,
 * Associated Press"). Articles crediting one agency carry one agency's report: they are one
 * source, however many outlets run them (sources.ts).
 *
 * Precision first: only a dateline or a credit line the boilerplate pass classed as one may
 * credit any name; the other forms credit only a well-known agency (the lexicon's
 * wireAgencies), since "(Video)" or "Source: Agencies" stand in the same places. An article
 * crediting two agencies is a blend and credits none.
 */
import type { Analysis } from '../annotate.js';
import { corroborationLexicon } from './lexicon.js';
import { fromRights, looksLikeName } from './outlet.js';

const NAME = String.raw`[\p{Lu}][\p{L}.&'’ -]{0,38}?`;
/**
 * "BRENNICK, Estavia (Meridian) —", "OSLO, Nov 9 (Meridian) -", "(Meridian) -": a place led by a
 * word in capitals, then the agency in parentheses, then a dash.
 */
const DATELINE = new RegExp(String.raw`^(?:\p{Lu}{2,}[\p{L}\p{N}\s,.'’-]{0,40}?\s)?\((${NAME})\)\s*[-–—]`, 'u');
/** "Meridian -", "Meridian —": a credit line, the name before the dash. */
const NAME_THEN_DASH = new RegExp(String.raw`^(${NAME})\s*[-–—]+$`, 'u');
/** "— AFP", "-- Reuters": a sign-off, the dash before the name. */
const DASH_THEN_NAME = new RegExp(String.raw`^[-–—]{1,2}\s*(${NAME})\.?$`, 'u');
/** "(AFP)" alone on a line. */
const IN_PARENTHESES = new RegExp(String.raw`^\((${NAME})\)\.?$`, 'u');
/** "Source: Reuters", "Via AP": the line names its source without an address. */
const SOURCE_LINE = new RegExp(String.raw`^(?:Sources?|Credit|Via)\s*:?\s+(${NAME})\.?$`, 'u');
/** "By Jan Hollis, Associated Press", "By Jan Hollis | AFP": the agency after the writer's name. */
const BYLINE_TAIL = new RegExp(String.raw`[,|/]\s*(${NAME})\.?$`, 'u');

/** Credit lines are short: a longer line is a sentence of the article, whatever it ends with. */
const LONGEST_CREDIT_LINE = 80;

/** A well-known agency's short name ("Associated Press" -> "AP"), else undefined. */
export function knownAgency(name: string): string | undefined {
  const lower = name.trim().toLowerCase();
  const agencies = corroborationLexicon().agencyOf;
  return agencies.get(lower) ?? agencies.get(lower.replace(/^the\s+/, ''));
}

/** Any name in a form that can only be a credit; the short name of a well-known agency. */
function anyName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const trimmed = name.trim();
  return knownAgency(trimmed) ?? (looksLikeName(trimmed) && trimmed.split(' ').length <= 4 ? trimmed : undefined);
}

function creditedOnLine(line: string, category: string | undefined): string | undefined {
  if (category === 'caption') return undefined;
  const dateline = anyName(DATELINE.exec(line)?.[1]);
  if (dateline) return dateline;
  // A rights line may run long ("All reproduction and representation rights reserved. © …").
  if (category === 'copyright') {
    const holder = fromRights(line);
    return holder === undefined ? undefined : knownAgency(holder);
  }
  if (line.length > LONGEST_CREDIT_LINE) return undefined;
  if (category === 'wire-credit') {
    const credit = anyName(NAME_THEN_DASH.exec(line)?.[1]);
    if (credit) return credit;
  }
  for (const form of [DASH_THEN_NAME, IN_PARENTHESES, SOURCE_LINE, NAME_THEN_DASH]) {
    const name = form.exec(line)?.[1];
    if (name !== undefined) return knownAgency(name);
  }
  if (category === 'author-bio') {
    const tail = BYLINE_TAIL.exec(line)?.[1];
    return tail === undefined ? undefined : knownAgency(tail);
  }
  return knownAgency(line);
}

/** The wire agency the article credits, by its short name; undefined when none, or more than one. */
export function wireAgencyOf(analysis: Analysis): string | undefined {
  const article = analysis.article;
  if (!article) return undefined;
  const categoryOf = new Map<number, string>();
  for (const a of analysis.annotations) if (a.kind === 'boilerplate') categoryOf.set(a.range.start.line, a.data.category);
  const credited = new Map<string, string>();
  for (const line of article.lines) {
    const text = line.text.trim();
    if (text.length === 0) continue;
    const agency = creditedOnLine(text, categoryOf.get(line.index));
    if (agency) credited.set(agency.toLowerCase(), agency);
  }
  return credited.size === 1 ? [...credited.values()][0] : undefined;
}
