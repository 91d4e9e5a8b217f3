/**
 * How a hover reads when many outlets report a claim (issue 18, item 6): the disagreement leads
 * in one line, here against there, then the source, then the outlets that agree, and long lists
 * are collapsed. The corpus is written here: one article, five that agree with its figure, five
 * that disagree, and unrelated articles so that the words of the strike are rare enough to match.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../support/lspClient.js';

const HEADLINE = 'Port strike in Brennick';

const HERE = 'About 4,000 dockworkers walked out at the Port of Brennick on Monday, the union said.';

const AGREEING: Record<string, string> = {
  'alpha-news': 'Some 4,100 dockworkers walked out at the Port of Brennick on Monday morning, union leaders said.',
  'bravo-daily': 'Around 4,000 dockworkers walked out at the Port of Brennick on Monday, the union said in a statement.',
  'charlie-post': 'Nearly 4,000 dockworkers walked out at the Port of Brennick early on Monday, the union said.',
  'delta-wire': 'Roughly 4,200 dockworkers walked off the job at the Port of Brennick on Monday, the union told reporters.',
  'echo-herald': 'An estimated 3,900 dockworkers walked out at the Port of Brennick on Monday, the union said.',
};

const DISAGREEING: Record<string, string> = {
  'foxtrot-news': 'Tens of thousands of dockworkers walked out at the Port of Brennick on Monday, the union claimed.',
  'golf-daily': 'More than 20,000 dockworkers walked out at the Port of Brennick on Monday, organisers said.',
  'hotel-post': 'Over 15,000 dockworkers struck at the Port of Brennick on Monday, the union said.',
  'india-wire': 'At least 30,000 dockworkers walked out at the Port of Brennick on Monday, the union said.',
  'juliet-herald': 'Some 50,000 dockworkers walked out at the Port of Brennick on Monday, the union said.',
};

const UNRELATED = [
  'The city council approved a new budget of 9 million for parks on Tuesday, the mayor said.',
  'Heavy snow closed 14 mountain roads across the northern province overnight, police said.',
  'The central bank held interest rates at 3 percent on Thursday, its governor said.',
  'A new hospital wing with 200 beds opened in Valdor on Friday, health officials said.',
  'The national football team beat its rivals 2-1 in the final on Sunday, the federation said.',
  'Wheat prices rose 8 percent after a poor harvest in the south, traders said.',
  'The museum will reopen in June after a 2-year renovation, its director said.',
  'Train services between the 2 cities were cut after a landslide, the operator said.',
];

/**
 * A second fact every report of the strike gives, in its own words: two reports of one event
 * share more than one fact, and conflicts are only looked for between such reports.
 */
const QUEUES = [
  'Ships queued outside the harbour at Brennick as the stoppage went on.',
  'Outside Brennick harbour, ships were queuing while the stoppage lasted.',
  'The stoppage left ships queuing outside the harbour at Brennick.',
];

function writeCorpus(dir: string): void {
  const write = (name: string, ...body: string[]) => writeFileSync(path.join(dir, `${name}.txt`), [HEADLINE, '', ...body, ''].join('\n'));
  write('here-times', HERE, QUEUES[0]!);
  Object.entries({ ...AGREEING, ...DISAGREEING }).forEach(([name, sentence], i) => {
    write(name, sentence, QUEUES[(i + 1) % QUEUES.length]!);
  });
  // Four copies of each unrelated article, figures changed, so that no word of theirs is rare either.
  UNRELATED.forEach((sentence, i) => {
    for (const copy of [1, 2, 3, 4]) writeFileSync(path.join(dir, `other-${i}-${copy}.txt`), `Other news\n\n${sentence.replace(/\d+/g, (n) => String(Number(n) + copy))}\n`);
  });
}

describe('hovers on a widely reported claim', function () {
  let corpus: string;
  let client: LspTestClient;

  beforeEach(async function () {
    corpus = mkdtempSync(path.join(tmpdir(), 'corroborate-hovers-'));
    writeCorpus(corpus);
    client = new LspTestClient();
    const indexed = client.waitForNotification('window/logMessage', (p) => /indexed \d+ files/.test((p as { message: string }).message));
    await client.initialize(pathToFileURL(corpus).href);
    await indexed;
  });

  afterEach(async function () {
    await client.stop();
    rmSync(corpus, { recursive: true, force: true });
  });

  async function hoverOn(name: string, line: number): Promise<string> {
    const uri = pathToFileURL(path.join(corpus, `${name}.txt`)).href;
    await client.openAndWait(uri, readFileSync(path.join(corpus, `${name}.txt`), 'utf8'));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 10 } })) as { contents: { value: string } } | null;
    assert.ok(hover, 'a hover on the claim');
    return hover.contents.value;
  }

  it('leads with the disagreement in one line and collapses it after three outlets', async function () {
    const [lead, ...rest] = (await hoverOn('here-times', 2)).split('\n\n');
    assert.ok(!lead!.includes('\n'), `one line: ${lead}`);
    assert.match(lead!, /^“About 4,000 dockworkers” \(the union\) here vs “/);
    const outlets = [...lead!.matchAll(/ in \*([a-z\\-]+)\* \(\[line 3\]\(file:/g)].map((m) => m[1]!.replace(/\\/g, ''));
    assert.equal(outlets.length, 3, lead);
    for (const outlet of outlets) assert.ok(outlet in DISAGREEING, outlet);
    assert.match(lead!, /, and 2 more$/);
    assert.doesNotMatch(rest.join('\n\n'), /disagree/i, 'the conflict diagnostic in the same hover says "Figures disagree"');
    assert.match(rest[0]!, /^\*\*Source:\*\* the union — named source/);
  });

  it('lists three of the outlets that agree, then how many more', async function () {
    const sections = (await hoverOn('here-times', 2)).split('\n\n');
    const list = sections.find((s) => s.startsWith('**Also reported by'))!.split('\n');
    assert.equal(list[0], '**Also reported by 5 other outlets:**');
    assert.equal(list.length, 5, list.join('\n'));
    for (const item of list.slice(1, 4))
      assert.ok(
        Object.keys(AGREEING).some((o) => item.startsWith(`- *${o.replace(/-/g, '\\-')}*`)),
        item,
      );
    assert.equal(list[4], '- and 2 more');
  });
});
