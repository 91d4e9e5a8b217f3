/**
 * `corroborate.lexicons` arrives from any client as untyped JSON, and the lexicons compile every
 * entry into matchers: one number or empty string among the strings used to throw there and
 * take a whole pass (or every extension) with it. Each entry is checked here instead; a bad one
 * is left out with a problem naming it, and the good ones around it are kept.
 */
import { BOILERPLATE_CATEGORIES } from '../core/boilerplate/categories.js';
import type { CategoryEntries, LexiconExtensions } from '../core/boilerplate/lexicon.js';
import type { AttributionExtensions } from '../core/attribution/lexicon.js';
import { cutText } from '../core/text.js';
import { isRecord } from '../json/isRecord.js';

/** The lists of a category the settings schema documents (and a settings editor completes). */
export const DOCUMENTED_CATEGORY_LISTS = ['markers', 'prefixes', 'sentences', 'phrases', 'words'] as const satisfies readonly (keyof CategoryEntries)[];
const CATEGORY_LISTS = [...DOCUMENTED_CATEGORY_LISTS, 'titles', 'namePrefixes', 'markerStarts', 'creditSources', 'profileRoles', 'tagsHeadings'] as const satisfies readonly (keyof CategoryEntries)[];
export const ATTRIBUTION_LISTS = ['speech', 'clausal', 'vagueHeads', 'groupHeads'] as const satisfies readonly (keyof AttributionExtensions)[];
const CATEGORIES: ReadonlySet<string> = new Set(BOILERPLATE_CATEGORIES.map((c) => c.id));

const SETTING = 'corroborate.lexicons';

export interface Lexicons {
  boilerplate: LexiconExtensions;
  attribution: AttributionExtensions;
}

/** The well-formed entries of `corroborate.lexicons`; each one left out adds a problem to `problems`. */
export function validLexicons(raw: unknown, problems: string[]): Lexicons {
  if (raw === undefined || raw === null) return { boilerplate: {}, attribution: {} };
  if (!isRecord(raw)) {
    problems.push(`${SETTING} is ${describe(raw)}, not an object; no extra entries are used`);
    return { boilerplate: {}, attribution: {} };
  }
  const boilerplate: LexiconExtensions = {};
  const attribution: AttributionExtensions = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'boilerplate') {
      for (const [category, entries] of objectEntries(value, `${SETTING}.boilerplate`, problems)) {
        const where = `${SETTING}.boilerplate.${category}`;
        if (!CATEGORIES.has(category)) {
          problems.push(`${where} is not a boilerplate category (${[...CATEGORIES].join(', ')})`);
          continue;
        }
        if (!isRecord(entries)) {
          problems.push(`${where} is ${describe(entries)}, not an object`);
          continue;
        }
        const kept: CategoryEntries = {};
        for (const [list, items] of Object.entries(entries)) {
          if (!isOneOf(list, CATEGORY_LISTS)) problems.push(`${where}.${list} is not a list of a category (${CATEGORY_LISTS.join(', ')})`);
          else kept[list] = validStrings(items, `${where}.${list}`, problems);
        }
        boilerplate[category] = kept;
      }
    } else if (key === 'attribution') {
      for (const [list, items] of objectEntries(value, `${SETTING}.attribution`, problems)) {
        if (!isOneOf(list, ATTRIBUTION_LISTS)) problems.push(`${SETTING}.attribution.${list} is not an attribution list (${ATTRIBUTION_LISTS.join(', ')})`);
        else attribution[list] = validStrings(items, `${SETTING}.attribution.${list}`, problems);
      }
    } else {
      problems.push(`${SETTING}.${key} is not a lexicon (boilerplate, attribution)`);
    }
  }
  return { boilerplate, attribution };
}

/** The entries of an object setting; anything else is one problem and no entries. */
function objectEntries(value: unknown, where: string, problems: string[]): [string, unknown][] {
  if (isRecord(value)) return Object.entries(value);
  problems.push(`${where} is ${describe(value)}, not an object`);
  return [];
}

/** The non-empty strings of a list; every other item is a problem of its own. */
function validStrings(items: unknown, where: string, problems: string[]): string[] {
  if (!Array.isArray(items)) {
    problems.push(`${where} is ${describe(items)}, not a list of strings`);
    return [];
  }
  const kept: string[] = [];
  for (const [i, item] of items.entries()) {
    if (typeof item === 'string' && item.trim() !== '') kept.push(item);
    else problems.push(`${where}[${i}] is ${describe(item)}, not a non-empty string`);
  }
  return kept;
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

/** A value as a user would recognise it in their settings file, cut short if long. */
export function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return cutText(json, 60);
}
