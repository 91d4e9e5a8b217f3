/**
 * A deterministic generator of realistic news corpora for the benchmarks: clusters of outlets
 * reporting the same event in their own words, with figures that agree or disagree, wrapped in
 * the page furniture of every boilerplate category. All names are invented from syllables, so
 * the corpus has the shape of news without anyone's text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Random } from './random.js';

export interface GeneratedArticle {
  name: string;
  text: string;
  /** The event it reports: articles of one cluster corroborate each other. */
  event: number;
}

const SYLLABLES = [
  'bra',
  'nel',
  'kor',
  'vi',
  'sta',
  'lem',
  'dor',
  'an',
  'ri',
  'mo',
  'tes',
  'ka',
  'lin',
  'var',
  'os',
  'pe',
  'du',
  'sel',
  'mar',
  'to',
  'gen',
  'ha',
  'zu',
  'ber',
  'ol',
  'frey',
  'ach',
  'em',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROLES = ['spokesperson', 'chief executive', 'minister', 'mayor', 'union leader', 'police chief', 'economist', 'senior official', 'analyst'];
const SECTIONS = ['Home', 'World', 'Business', 'Politics', 'Science', 'Sport', 'Opinion', 'Culture'];

interface EventKind {
  noun: string;
  synonyms: string[];
  unit: string[];
  verb: string[];
  cause: string[];
  consequence: string[];
}

const EVENTS: EventKind[] = [
  {
    noun: 'strike',
    synonyms: ['strike', 'walkout', 'stoppage'],
    unit: ['workers', 'employees', 'staff'],
    verb: ['walked off the job at', 'stopped work at', 'went on strike at'],
    cause: ['a dispute over pay', 'plans to cut jobs', 'new shift rules'],
    consequence: ['halted deliveries', 'stranded cargo', 'closed two terminals'],
  },
  {
    noun: 'flood',
    synonyms: ['flood', 'flooding', 'high water'],
    unit: ['residents', 'people', 'families'],
    verb: ['were evacuated from', 'fled their homes in', 'were moved out of'],
    cause: ['days of heavy rain', 'a burst river bank', 'a storm surge'],
    consequence: ['cut power to thousands of homes', 'closed the main bridge', 'damaged the rail line'],
  },
  {
    noun: 'protest',
    synonyms: ['protest', 'demonstration', 'rally'],
    unit: ['protesters', 'demonstrators', 'people'],
    verb: ['marched through', 'gathered in', 'rallied in'],
    cause: ['a rise in fuel prices', 'a new housing law', 'the closure of a hospital'],
    consequence: ['blocked the ring road', 'delayed trams for hours', 'led to several arrests'],
  },
  {
    noun: 'fire',
    synonyms: ['fire', 'blaze', 'wildfire'],
    unit: ['firefighters', 'crews', 'firefighters'],
    verb: ['were sent to', 'battled the flames near', 'were deployed around'],
    cause: ['dry weather and strong winds', 'a faulty power line', 'a discarded barbecue'],
    consequence: ['burned farmland', 'forced the closure of a motorway', 'destroyed several barns'],
  },
  {
    noun: 'merger',
    synonyms: ['merger', 'takeover', 'deal'],
    unit: ['jobs', 'posts', 'positions'],
    verb: ['will be cut at', 'are at risk at', 'will go at'],
    cause: ['falling sales', 'rising energy costs', 'competition from abroad'],
    consequence: ['lifted the share price', 'worried suppliers', 'drew scrutiny from regulators'],
  },
];

const HEDGES: [string, (n: number) => number][] = [
  ['about', (n) => n],
  ['some', (n) => n],
  ['more than', (n) => Math.round(n * 0.9)],
  ['up to', (n) => Math.round(n * 1.1)],
  ['nearly', (n) => Math.round(n * 1.02)],
  ['at least', (n) => Math.round(n * 0.95)],
];

function word(random: Random, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += random.pick(SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

const personName = (random: Random) => `${word(random, 2)} ${word(random, random.int(2, 3))}`;
const number = (n: number) => n.toLocaleString('en');

interface EventFacts {
  id: number;
  kind: EventKind;
  place: string;
  country: string;
  organisation: string;
  leader: string;
  leaderRole: string;
  count: number;
  money: number;
  weekday: string;
  day: number;
  month: string;
  year: number;
}

function eventFacts(random: Random, id: number): EventFacts {
  return {
    id,
    kind: random.pick(EVENTS),
    place: word(random, random.int(2, 3)),
    country: word(random, 3),
    organisation: `${word(random, 2)} ${random.pick(['Authority', 'Group', 'Council', 'Union', 'Ministry', 'Company'])}`,
    leader: personName(random),
    leaderRole: random.pick(ROLES),
    count: random.int(3, 400) * 10 ** random.int(1, 3),
    money: random.int(2, 90),
    weekday: random.pick(WEEKDAYS),
    day: random.int(1, 28),
    month: random.pick(MONTHS),
    year: random.int(2019, 2026),
  };
}

interface Outlet {
  name: string;
  domain: string;
  agency: string;
}

function outlet(random: Random): Outlet {
  const name = `${word(random, 2)} ${random.pick(['Post', 'Herald', 'Courier', 'Daily', 'Gazette', 'News', 'Ledger', 'Times'])}`;
  return { name, domain: `${name.toLowerCase().replace(/\s+/g, '')}.example`, agency: word(random, 2) };
}

/** The article's own sentences: one event, told by one outlet, in its words and with its figures. */
function body(random: Random, facts: EventFacts, disagree: boolean): string[] {
  const k = facts.kind;
  const [hedge, adjust] = random.pick(HEDGES);
  const count = disagree ? facts.count * random.int(3, 9) : adjust(facts.count);
  const noun = random.pick(k.synonyms);
  const quote = `“We will not accept ${random.pick(k.cause)} without a fight,”`;
  const paragraphs = [
    `${hedge.charAt(0).toUpperCase() + hedge.slice(1)} ${number(count)} ${random.pick(k.unit)} ${random.pick(k.verb)} ${facts.place} on ${facts.weekday}, officials said, in the latest ${noun} linked to ${random.pick(k.cause)}.`,
    `The ${facts.organisation} said the ${noun} had ${random.pick(k.consequence)} and would cost about ${facts.money} million euros by the end of the week.`,
    `${quote} ${facts.leader}, the ${facts.leaderRole} of the ${facts.organisation}, told reporters in ${facts.place}.`,
    `According to ${facts.country}'s interior ministry, the ${noun} began on ${facts.day} ${facts.month} ${facts.year} and has spread to ${random.int(2, 9)} other towns.`,
    `${facts.place} has seen ${random.int(2, 6)} similar ${noun}s since ${facts.year - random.int(2, 10)}, and local businesses say they are worried about the season ahead.`,
    `Critics say the government reacted too slowly, while some observers expect the ${noun} to end within days.`,
    `It is believed that talks between the two sides could resume on ${random.pick(WEEKDAYS)}.`,
    `The ${facts.organisation} has not said how many ${random.pick(k.unit)} would be affected next month.`,
    `${personName(random)}, a resident of ${facts.place}, said the ${noun} had changed daily life. “Nobody expected it to last this long,” she said.`,
    `Prices in the region rose by ${random.int(2, 15)}% in the first quarter, according to figures published by the statistics office.`,
    `The ${noun} is the largest in ${facts.country} in ${random.int(5, 30)} years.`,
    `Officials will meet again on ${random.pick(WEEKDAYS)} to review the situation, the ${facts.organisation} said in a statement.`,
    `In a statement released late on ${facts.weekday}, the ${facts.organisation} said it had asked the national government for help and expected an answer within ${random.int(2, 10)} days, adding that its own reserves would not last beyond the end of the month.`,
    `${personName(random)}, who has studied the region's economy for two decades, said the ${noun} showed how exposed ${facts.place} remained to ${random.pick(k.cause)}, and warned that smaller firms would feel the effects first.`,
    `Schools in ${facts.place} stayed open, but ${random.int(2, 12)} bus routes were suspended and the main market opened late, according to the town council, which urged people to check its website before travelling.`,
    `The opposition called for an inquiry into how the ${noun} was handled, saying the authorities had ignored warnings issued as early as ${random.pick(MONTHS)}, a claim the ${facts.organisation} rejected.`,
    `Local radio reported long queues outside petrol stations and supermarkets on ${random.pick(WEEKDAYS)} evening as residents stocked up on essentials, though officials said there was no shortage.`,
    `Reports indicate that insurers have already received more than ${number(random.int(2, 90) * 100)} claims, and industry groups estimate total losses at ${random.int(2, 40)} million euros.`,
    `The ${noun} comes a year after ${facts.country} passed a law meant to prevent exactly this kind of disruption, and ministers are expected to face questions in parliament next week.`,
  ];
  // Outlets tell the story in their own order and at their own length.
  const lead = paragraphs.slice(0, 3);
  return [...lead, ...random.shuffle(paragraphs.slice(3)).slice(0, random.int(13, 19))];
}

/** Page furniture above the headline and below the article, a few of every kind. */
function furniture(random: Random, site: Outlet, facts: EventFacts): { top: string[]; bottom: string[] } {
  const author = personName(random);
  const teaser = () => `${word(random, 2)} ${random.pick(['council', 'club', 'court', 'school'])} ${random.pick(['votes on budget', 'names new head', 'delays ruling', 'reopens after repairs'])}`;
  const top = [
    random
      .shuffle([...SECTIONS])
      .slice(0, 5)
      .join(' | '),
    `Updated: ${String(random.int(0, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')} GMT, ${facts.day} ${facts.month} ${facts.year}`,
  ];
  const bottom = [
    `(Photo: ${site.name}/${personName(random)})`,
    random.pick(['ADVERTISEMENT', 'Story continues below advertisement', 'Sponsored content']),
    `By ${author}`,
    `${author} is a ${random.pick(['staff', 'senior', 'regional'])} reporter for ${site.name}. Contact: ${author.split(' ')[0]!.toLowerCase()}@${site.domain}`,
    'Share this article',
    'Facebook Twitter WhatsApp Email',
    'Read more',
    teaser(),
    `${random.int(2, 50)} minutes ago`,
    teaser(),
    'Subscribe to our newsletter for the day’s top stories.',
    `Comments (${random.int(0, 120)})`,
    'Comments are moderated and should be relevant to the article.',
    `© ${facts.year} ${site.name}. All rights reserved.`,
    `Source: https://${site.domain}/news/${facts.place.toLowerCase()}-${facts.kind.noun}-${facts.id}`,
  ];
  return { top, bottom: random.shuffle(bottom.slice(0, 6)).concat(bottom.slice(6)) };
}

/**
 * `articles` articles in clusters of three to six outlets per event; about one article in
 * five gives a figure that disagrees with the others'.
 */
export function generateCorpus(articles: number, seed = 1): GeneratedArticle[] {
  const random = new Random(seed);
  const outlets = Array.from({ length: 40 }, () => outlet(random));
  const result: GeneratedArticle[] = [];
  let event = 0;
  while (result.length < articles) {
    const facts = eventFacts(random, event);
    const size = Math.min(random.int(3, 6), articles - result.length);
    for (const site of random.shuffle([...outlets]).slice(0, size)) {
      const { top, bottom } = furniture(random, site, facts);
      const headline = `${facts.place} ${facts.kind.noun}: ${random.pick(facts.kind.consequence)}`;
      const wire = random.chance(0.4) ? `${facts.place.toUpperCase()} (${site.agency}) - ` : '';
      const [first, ...rest] = body(random, facts, random.chance(0.2));
      const lines = [...top, headline, `${wire}${first}`, ...rest, ...bottom];
      const name = `${String(result.length).padStart(6, '0')}-${site.domain.replace('.example', '')}.txt`;
      result.push({ name, text: `${lines.join('\n\n')}\n`, event: facts.id });
    }
    event++;
  }
  return result;
}

/** Writes a corpus to a folder (sharded in subfolders of 1,000, as archives are). */
export function writeCorpus(folder: string, corpus: GeneratedArticle[]): number {
  let bytes = 0;
  for (const [i, article] of corpus.entries()) {
    const shard = path.join(folder, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(shard, { recursive: true });
    writeFileSync(path.join(shard, article.name), article.text);
    bytes += Buffer.byteLength(article.text);
  }
  return bytes;
}
