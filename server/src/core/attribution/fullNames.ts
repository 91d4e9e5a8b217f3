/**
 * The people an article names in full: a surname the text writes somewhere after a given name or
 * a title the genders lexicon knows ("Hillary Clinton", "Mrs. Clinton", "Charlie King"), with the
 * gender that word states, or after a given name of the public list (lexicons/listedGivenNames.json,
 * "Felicia Sanders"), with none. A paragraph that goes on with "Clinton said" then speaks of a person,
 * whom a later "she" may stand for, though the surname alone tells nothing.
 */
import type { Article } from '../article.js';

export type Gender = 'female' | 'male';

/** The words that state a gender: titles and given names, lower case. */
export interface GenderWords {
  femaleWords: ReadonlySet<string>;
  maleWords: ReadonlySet<string>;
  /** Titles of a person's post ("president", "senator"), which name a person but no gender. */
  personRoles?: ReadonlySet<string>;
  /** Given names of a public list, which tell only that the surname right after them is a person's. */
  listedGivenNames?: ReadonlySet<string>;
}

/**
 * A surname: a capital, then lower case, and a capital again only after a short prefix or a mark
 * ("McCain", "LaRue", "DeSantis", "O'Brien", "Ocasio-Cortez"), ending in lower case ("Clinton’s"
 * too; its possessive is taken off below). A word in capitals ("NASA") is none. (Each piece after
 * the first opens with a mark or a capital, so a word that fails fails at once.)
 */
const SURNAME = String.raw`\p{Lu}\p{Ll}*(?:[-'’]\p{Lu}?\p{Ll}+|\p{Lu}\p{Ll}+)*(?<=\p{Ll})`;

/**
 * A capitalised word, a full stop after it when it is a title of four letters at most ("Mrs.",
 * "Gov."; not "…statement Monday. Arcade Joseph Comeaux", a sentence's end), an initial, a middle name
 * or a nickname in quotation marks at most ("Vincent 'The Chin' Gigante"), then the surname: the
 * last capitalised word of the run, on one line. (The capital is looked for before the letter
 * behind it: most places in a text fail there, and at once.)
 */
const FULL_NAME = new RegExp(
  String.raw`(?=\p{Lu})(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?:(?<=(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{1,3})\.)?[ \t]+(?:\p{Lu}\.[ \t]+|(\p{Lu}\p{Ll}+)[ \t]+(?=\p{Lu})|["'“‘]\p{Lu}[^"'“”‘’\n]{0,24}["'”’][ \t]+(?=\p{Lu}))?(${SURNAME})(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * A title of a person's post, capitalised, then a name of one or two capitalised words ("President
 * François Hollande", "Senator Ana Ruiz"; a given name spelt with a scraper's stray characters,
 * "FranÃ§ois", still counts): the surname is a person's, of no gender the title states.
 */
const TITLED_NAME = new RegExp(String.raw`(?=\p{Lu})(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\.?[ \t]+(?:(\p{Lu}\S*)[ \t]+)?(${SURNAME})(?![\p{L}\p{N}])`, 'gu');

/** A possessive after a surname is not part of it: "Hillary Clinton’s health" names Clinton. */
const surnameOf = (word: string) => word.replace(/['’]s$/, '');

/** The gender a title or a given name states. */
function genderOfWord(word: string, words: GenderWords): Gender | undefined {
  const lower = word.toLowerCase();
  return words.femaleWords.has(lower) ? 'female' : words.maleWords.has(lower) ? 'male' : undefined;
}

/**
 * Every match of a name pattern, each tried again from its second word: a run of capitalised
 * words longer than the pattern reads ("Interior Secretary Dirk Kempthorne", "Prime Minister
 * David Cameron") would otherwise be taken by its first three words, and the surname left alone.
 */
function* overlapping(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  // (A copy: the pattern is global and shared, and its lastIndex is this walk's own.)
  const re = new RegExp(pattern);
  for (let match = re.exec(text); match; match = re.exec(text)) {
    yield match;
    re.lastIndex = match.index + match[1]!.length;
  }
}

const cache = new WeakMap<Article, ReadonlyMap<string, Gender | undefined>>();

/** Surnames the article names in full, each with the gender its names state (where they disagree, the first one named in full). */
export function fullNames(article: Article, words: GenderWords): ReadonlyMap<string, Gender | undefined> {
  const known = cache.get(article);
  if (known) return known;
  const names = new Map<string, Gender | undefined>();
  // Surnames given with names of both genders ("Bill Clinton", "Hillary Clinton"): none stated.
  const disagreeing = new Set<string>();
  for (const match of overlapping(FULL_NAME, article.text)) {
    // (The given name may stand second, after a title no gender list holds: "Sen. Bernie Sanders",
    // "Gov. Chris Christie".)
    const gender = genderOfWord(match[1]!, words) ?? (match[2] ? genderOfWord(match[2], words) : undefined);
    const surname = surnameOf(match[3]!);
    // (A given name of the public list right before the surname, "Felicia Sanders", says a person
    // is named, not which gender: the list's genders are often wrong for names from outside English.)
    if (!gender) {
      if (words.listedGivenNames?.has((match[2] ?? match[1]!).toLowerCase()) && !names.has(surname)) names.set(surname, undefined);
      continue;
    }
    // ("Hillary Clinton" then "Bill Clinton" in one piece: the surname alone is the one named in
    // full first, as news style names the story's own person by surname and anyone else who
    // shares it in full.)
    if (names.has(surname) && names.get(surname) !== gender) disagreeing.add(surname);
    if (!names.has(surname) || (names.get(surname) === undefined && !disagreeing.has(surname))) names.set(surname, gender);
  }
  if (words.personRoles) {
    for (const match of overlapping(TITLED_NAME, article.text)) {
      if (!words.personRoles.has(match[1]!.toLowerCase())) continue;
      const surname = surnameOf(match[3]!);
      // ("Chancellor Angela Merkel": the given name after the title states the gender the title does not.)
      const given = match[2]?.toLowerCase() ?? '';
      const gender: Gender | undefined = words.femaleWords.has(given) ? 'female' : words.maleWords.has(given) ? 'male' : undefined;
      if (!names.has(surname)) names.set(surname, gender);
      else if (gender && names.get(surname) === undefined && !disagreeing.has(surname)) names.set(surname, gender);
    }
  }
  cache.set(article, names);
  return names;
}
