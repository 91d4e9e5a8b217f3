/**
 * Whether an article itself gives a role to the person a surname names: "President Obama",
 * "former President Bill Clinton", "spokeswoman, Hope Hicks", "Josh Earnest, the White House
 * spokesman". A role ("the president", "the spokesman") refers back to a named speaker who is not
 * named by it ("Mr. Obama") only where the article says so: the last person who spoke is no
 * president for being last (blind reads found "the president — Hillary Clinton", "the spokesman —
 * France's Francois Hollande").
 */
import { escapeRegExp } from '../text.js';

/** The abbreviations a title goes by before a name: "Sen. Sanders" is the senator. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  senator: 'Sen.',
  governor: 'Gov.',
  representative: 'Rep.',
  congressman: 'Rep.',
  congresswoman: 'Rep.',
  general: 'Gen.',
  president: 'Pres.',
};

/** Words that make a title another one: a "Vice President", a "former President" is not "the president". */
const OTHER_TITLE = /^(?:vice|former|ex|deputy|assistant|acting|then|late)$/i;

/** How many words may stand between a name and the role its apposition gives: "Josh Earnest, the White House press secretary". */
const APPOSITION_REACH = 5;

/** A pattern for the role's words, each with its first letter in either case. */
function rolePattern(role: string): string {
  return role
    .split(/\s+/)
    .map((word) => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${escapeRegExp(word.slice(1))}`)
    .join('\\s+');
}

/** Whether a word before the role makes it another title ("vice" before "president"), unless the role itself opens with such a word. */
const makesAnotherTitle = (word: string | undefined, role: string) => word !== undefined && OTHER_TITLE.test(word) && !OTHER_TITLE.test(role.split(/\s+/)[0]!);

/** Whether the word that ends `before` makes the role after it another title: "Vice President Ada Vik" is not "the president". */
export function anotherTitleBefore(before: string, role: string): boolean {
  return makesAnotherTitle(/([\p{L}-]+)\s+$/u.exec(before)?.[1], role);
}

/** The role as the source gives it, with a word that makes it another title: "the former president" asks for a "former president". */
export function withItsTitle(source: string, role: string): string {
  const word = new RegExp(`([\\p{L}-]+)\\s+${escapeRegExp(role)}(?![\\p{L}])`, 'iu').exec(source)?.[1];
  return makesAnotherTitle(word, role) ? `${word!.toLowerCase()} ${role}` : role;
}

/** Whether the article gives `role` to the person `surname` names, by a title before the name or in its apposition. */
export function roleGivenTo(text: string, role: string, surname: string): boolean {
  if (!role || !surname) return false;
  const name = escapeRegExp(surname);
  const titles = [rolePattern(role)];
  const abbreviation = ABBREVIATIONS[role.toLowerCase()];
  if (abbreviation) titles.push(escapeRegExp(abbreviation));
  // The title right before the name, first names between: "President Barack Obama".
  const before = new RegExp(`(?:([\\p{L}-]+)\\s+)?(?<![\\p{L}-])(?:${titles.join('|')}),?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${name}(?![\\p{L}])`, 'gu');
  for (const match of text.matchAll(before)) if (!makesAnotherTitle(match[1], role)) return true;
  // The role in the name's apposition, past an age: "Josh Earnest, the White House spokesman",
  // "Lori Bernstein, 57, a scientist".
  const after = new RegExp(`${name},\\s+(?:\\d{1,3},\\s+)?(?:an?|the)\\s+(?:[\\p{L}.'’-]+\\s+){0,${APPOSITION_REACH}}?${titles[0]}(?![\\p{L}])`, 'u');
  return after.test(text);
}
