/**
 * A damaged cache file is discarded whole, never half trusted: cut short anywhere, a record of
 * the wrong shape, or more or fewer records than the header counts. And a save that fails
 * leaves no temporary file behind.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnalysisCache, corpusDigest } from '../../server/src/cache/analysisCache.js';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { corpusEntry } from '../../server/src/core/corpusEntry.js';
import { examplesDir, fixturesDir } from '../support/paths.js';

// The examples, and an article whose claims carry dates.
const files = [
  ...readdirSync(examplesDir)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => path.join(examplesDir, n)),
  path.join(fixturesDir, 'corroboration', 'missile-january.txt'),
];
const names = files.map((f) => path.basename(f));
const texts = new Map(files.map((f) => [path.basename(f), readFileSync(f, 'utf8')]));
/** The examples' real conflicts, as the scan remembers them: file → annotations as JSON. */
const conflicts = new Map(
  analyzeCorpus(names.map((n) => ({ id: n, text: texts.get(n)!, fileName: n })))
    .map((r) => [r.id, r.annotations.filter((a) => a.kind === 'conflict')] as const)
    .filter(([, list]) => list.length > 0)
    .map(([id, list]) => [id, JSON.stringify(list)]),
);
const digest = corpusDigest(new Map(names.map((n) => [n, n])), 'settings');

describe('analysis cache: a damaged file', function () {
  let directory: string;
  let file: string;
  /** The lines of a whole cache file, as save writes it. */
  let lines: string[];

  beforeEach(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'corroborate-cache-damage-'));
    file = path.join(directory, 'corpus.json');
    const { cache } = await AnalysisCache.open(file, 'v1');
    for (const [name, text] of texts) cache.store(name, corpusEntry(text, { fileName: name }));
    cache.rememberConflicts(digest, conflicts);
    await cache.save();
    lines = readFileSync(file, 'utf8').split('\n');
    assert.equal(lines.pop(), '', 'the file ends with a newline');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const entryLines = () => lines.filter((l) => l.startsWith('E\t'));
  const conflictLines = () => lines.filter((l) => l.startsWith('C\t'));

  /** Writes these lines as the cache file and opens it. */
  async function reopen(written: string[]) {
    writeFileSync(file, written.map((l) => `${l}\n`).join(''));
    return AnalysisCache.open(file, 'v1');
  }

  /** Nothing of the file is trusted: no entry, no conflicts, and one problem that says so. */
  function assertDiscarded({ cache, problem }: Awaited<ReturnType<typeof reopen>>) {
    assert.match(problem ?? '', /is damaged; it will be rebuilt/);
    for (const [name, text] of texts) assert.equal(cache.lookup(name, text), undefined, name);
    assert.equal(cache.conflictsFor(digest), undefined);
  }

  /** The JSON of a record line. */
  // biome-ignore lint/suspicious/noExplicitAny: a record's JSON, edited in place into every wrong shape
  const recordValue = (line: string): any => JSON.parse(line.slice(line.indexOf('\t', 2) + 1));

  /** The line with this record's JSON changed by `edit` (in place, or replaced by what it returns). */
  // biome-ignore lint/suspicious/noExplicitAny: see recordValue
  function edited(line: string, edit: (value: any) => unknown): string {
    const value = recordValue(line);
    const replaced = edit(value);
    return `${line.slice(0, line.indexOf('\t', 2) + 1)}${JSON.stringify(replaced === undefined ? value : replaced)}`;
  }

  it('is read whole when nothing is wrong with it', async function () {
    assert.ok(conflictLines().length >= 2, 'the examples have conflicts in several files');
    const { cache, problem } = await reopen(lines);
    assert.equal(problem, undefined);
    for (const [name, text] of texts) assert.ok(cache.lookup(name, text), name);
    for (const [name, json] of conflicts) assert.deepEqual(cache.conflictsFor(digest)?.of(name), JSON.parse(json));
  });

  it('is discarded when cut short before its conflict records', async function () {
    assertDiscarded(await reopen([lines[0]!, ...entryLines()]));
  });

  it('is discarded when cut short inside a conflict record', async function () {
    const [first] = conflictLines();
    assertDiscarded(await reopen([lines[0]!, ...entryLines(), first!.slice(0, Math.floor(first!.length / 2))]));
  });

  it('is discarded when cut short inside an entry record', async function () {
    const entries = entryLines();
    assertDiscarded(await reopen([lines[0]!, ...entries.slice(0, 2), entries[2]!.slice(0, Math.floor(entries[2]!.length / 2))]));
  });

  it('is discarded when a record has the wrong shape', async function () {
    const entry = entryLines()[0]!;
    const conflict = conflictLines()[0]!;
    /** The first claim row with quantities (field 8) or dates (field 9), and its record. */
    const claimWith = (field: 8 | 9) => {
      const line = entryLines().find((l) => recordValue(l)[2].some((c: unknown[]) => c[field] !== 0))!;
      // biome-ignore lint/suspicious/noExplicitAny: see recordValue
      return [line, (row: any) => row[2].find((c: unknown[]) => c[field] !== 0)[field][0]] as const;
    };
    const [withQuantity, quantityOf] = claimWith(8);
    const [withDate, dateOf] = claimWith(9);
    const wrong: [string, string][] = [
      [entry, edited(entry, () => ({ outlet: 'x' }))],
      [
        entry,
        edited(entry, (row) => {
          row[0] = 7;
        }),
      ],
      [
        entry,
        edited(entry, (row) => {
          row[2] = 'claims';
        }),
      ],
      [
        entry,
        edited(entry, (row) => {
          row[2][0][6] = 12;
        }),
      ],
      [
        entry,
        edited(entry, (row) => {
          row[2][0][0] = -1;
        }),
      ],
      [
        withQuantity,
        edited(withQuantity, (row) => {
          quantityOf(row).low = '4,000';
        }),
      ],
      [
        withQuantity,
        edited(withQuantity, (row) => {
          quantityOf(row).hedge = 'roughly';
        }),
      ],
      [
        withDate,
        edited(withDate, (row) => {
          dateOf(row).month = 'June';
        }),
      ],
      [conflict, edited(conflict, () => ({ kind: 'conflict' }))],
      [conflict, edited(conflict, () => [null])],
      [
        conflict,
        edited(conflict, (list) => {
          delete list[0].range;
        }),
      ],
      [
        conflict,
        edited(conflict, (list) => {
          list[0].kind = 'boilerplate';
        }),
      ],
      [
        conflict,
        edited(conflict, (list) => {
          list[0].code = 'corroboration/conflicts';
        }),
      ],
      [
        conflict,
        edited(conflict, (list) => {
          list[0].data.matches[0].relation = 'maybe';
        }),
      ],
      [
        conflict,
        edited(conflict, (list) => {
          list[0].data.matches[0].range.end.line = null;
        }),
      ],
    ];
    for (const [line, replacement] of wrong) {
      assert.notEqual(replacement, line);
      assertDiscarded(await reopen(lines.map((l) => (l === line ? replacement : l))));
    }
  });

  it('is discarded when it holds more or fewer records than its header counts', async function () {
    const [header, ...records] = lines;
    const conflictRecords = conflictLines();
    // A conflict record lost from the middle: every line left is whole.
    assertDiscarded(await reopen([header!, ...records.filter((l) => l !== conflictRecords[0])]));
    assertDiscarded(await reopen([header!, ...records.filter((l) => l !== entryLines()[1])]));
    assertDiscarded(await reopen([header!, ...records, conflictRecords[0]!]));
    const counted = JSON.parse(header!);
    assertDiscarded(await reopen([JSON.stringify({ ...counted, entries: counted.entries + 1 }), ...records]));
    assertDiscarded(await reopen([JSON.stringify({ ...counted, conflictFiles: counted.conflictFiles - 1 }), ...records]));
    // Conflict records without the digest they belong to.
    const { conflicts: _digest, ...undigested } = counted;
    assertDiscarded(await reopen([JSON.stringify(undigested), ...records]));
  });

  it('is discarded when a line is not a record at all', async function () {
    const [header, ...records] = lines;
    assertDiscarded(await reopen([header!, ...records.slice(0, 2), '', ...records.slice(2)]));
    assertDiscarded(await reopen([header!, ...records.slice(0, 2), `X${records[2]!.slice(1)}`, ...records.slice(3)]));
    assertDiscarded(await reopen([header!.slice(0, 10)]));
  });

  it('refuses to replace a folder at its name, and leaves nothing behind', async function () {
    rmSync(file);
    // Refused before any temporary file exists; the clean-up of a write that fails half-way is
    // tested on safeWrite itself (test/unit/safeWrite.test.ts).
    mkdirSync(path.join(file, 'inside'), { recursive: true });
    const { cache } = await AnalysisCache.open(file, 'v1');
    cache.store('a', corpusEntry(texts.get(names[0]!)!, { fileName: names[0]! }));
    await assert.rejects(cache.save());
    assert.deepEqual(readdirSync(directory), ['corpus.json']);
    assert.deepEqual(readdirSync(file), ['inside']);
  });
});
