/**
 * The persistent cache behind a warm start: what the workspace scan keeps of each file (its
 * corpus entry), keyed by a hash of the file's content, the analysis options and the
 * analyser's version, so that a workspace opened again analyses only the files that changed.
 * Conflicts published for unopened files are kept too, under a digest of the whole corpus:
 * the same corpus has the same conflicts.
 *
 * One text file per workspace, a record per line (see AnalysisCache), written (to a new file of
 * an unpredictable name, then renamed, as every output is: see io/safeWrite.ts) after each scan with exactly the entries that scan used, so it never
 * outgrows the corpus. Claims are stored as rows and their sentence text is taken from the
 * file again: the file is the larger part of the cache otherwise, and parsing it is most of a
 * warm start. A cache written by another version is ignored and rewritten; one that cannot be
 * read, or is damaged in any way (cut short, a record of the wrong shape, fewer or more records
 * than its header counts), is discarded whole, so the scan is a cold one: a cache half trusted
 * would lose conflicts silently or fail every start.
 */
import { constants as bufferConstants } from 'node:buffer';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CorpusEntry } from '../core/corpusEntry.js';
import type { ClaimRecord } from '../core/corroboration/claims.js';
import { readRegularFile } from '../io/readRegularFile.js';
import { writeChunksSafely } from '../io/safeWrite.js';
import { isConflictList, isCount, isEntryRow, type ClaimRow, type EntryRow, type StoredConflict } from './cacheRecords.js';

/** Bumped when the stored shape changes (3: the header counts the records). */
const FORMAT = 3;

interface Header {
  format: number;
  version: string;
  /** The corpus digest the conflict lines belong to. */
  conflicts?: string;
  /** How many entry records and conflict records follow: a file cut short at a line end still parses. */
  entries: number;
  conflictFiles: number;
}

/** Why a cache file cannot be trusted. */
class DamagedCache extends Error {}

/** Conflicts of unopened files, known for one corpus digest. */
export interface KnownConflicts {
  /** The file's conflicts (none when the file had none). */
  of(uri: string): StoredConflict[];
}

/** The key of a text analysed with given options: a content hash, as git names a blob. */
export function contentKey(text: string, optionsKey: string): string {
  return createHash('sha256').update(optionsKey).update('\0').update(text).digest('base64url').slice(0, 32);
}

function claimRow(c: ClaimRecord): ClaimRow {
  const r = c.range;
  return [
    c.start,
    c.end,
    r.start.line,
    r.start.character,
    r.end.line,
    r.end.character,
    c.terms.join(' '),
    c.entities.join(' '),
    c.quantities.length ? c.quantities : 0,
    c.dates.length ? c.dates : 0,
    c.source ?? 0,
    c.sourceKind ?? 0,
    c.headline ? 1 : 0,
  ];
}

function claimOf(row: ClaimRow, text: string): ClaimRecord {
  const [start, end, sl, sc, el, ec, terms, entities, quantities, dates, source, sourceKind, headline] = row;
  return {
    start,
    end,
    range: { start: { line: sl, character: sc }, end: { line: el, character: ec } },
    text: text.slice(start, end),
    terms: terms ? terms.split(' ') : [],
    entities: entities ? entities.split(' ') : [],
    // JSON writes an open upper bound ("at least 60") as null.
    quantities: quantities ? quantities.map((q) => (q.high === null ? { ...q, high: Number.POSITIVE_INFINITY } : q)) : [],
    dates: dates || [],
    ...(source !== 0 ? { source } : {}),
    ...(sourceKind !== 0 ? { sourceKind } : {}),
    ...(headline === 1 ? { headline: true as const } : {}),
  };
}

/** The lines of UTF-8 bytes, each decoded on its own. */
function* splitLines(bytes: Buffer): Generator<string, undefined> {
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    yield bytes.toString('utf8', start, end);
    start = end + 1;
  }
  return undefined;
}

/**
 * The file is text, one record per line, so that neither loading nor saving builds one giant
 * string or object graph: a header (JSON, counting the records), then `E<tab>key<tab>row` for
 * each entry and `C<tab>uri<tab>annotations` for each file with conflicts (rows and annotations
 * as JSON, which never holds a raw tab or newline). Every record is parsed and checked when the
 * file is read, then kept as JSON text and parsed again when looked up: holding the parsed rows
 * of a large archive would cost several times the memory of their text. An entry analysed in
 * this session is held as the parts the corpus keeps anyway, and written as JSON when needed
 * (see Held).
 */
/**
 * An entry as the cache holds it: the JSON of its row when read from the file, or, when this
 * session analysed the text, the parts of the entry that the row is made of. The corpus keeps
 * those parts anyway: holding them costs nothing, where a JSON copy of every claim of every file
 * was the largest thing a cold scan added. The row is written out when asked for (a save, a
 * second file with the same content), and is then what it would have been at `store`: nothing
 * changes an entry's claims after their analysis.
 */
type Held = string | Pick<CorpusEntry, 'outlet' | 'templateLines' | 'claims' | 'failures' | 'skipped' | 'wire'>;

function rowJson(held: Held): string {
  if (typeof held === 'string') return held;
  const row: EntryRow = [held.outlet, held.templateLines.join(' '), held.claims.map(claimRow), held.failures.length ? held.failures : 0, held.skipped ?? 0, held.wire ?? 0];
  return JSON.stringify(row);
}

export class AnalysisCache {
  private stored = new Map<string, Held>();
  private readonly used = new Map<string, Held>();
  private conflicts: { digest: string; byUri: Map<string, string> } | undefined;
  private newConflicts: { digest: string; byUri: Map<string, string> } | undefined;
  /** Entries served from the file and entries computed since it was loaded. */
  hits = 0;
  misses = 0;
  private savedMisses = 0;
  /** The stored entries are what the file holds. */
  private loadedFromFile = false;

  private constructor(
    /** Where the cache lives; undefined for a cache that only lives in memory. */
    readonly file: string | undefined,
    private readonly version: string,
  ) {}

  /** Loads the workspace's cache; a missing, unreadable or outdated file gives an empty one. */
  static async open(file: string | undefined, version: string): Promise<{ cache: AnalysisCache; problem?: string }> {
    const cache = new AnalysisCache(file, version);
    if (!file) return { cache };
    // Bytes, decoded line by line: the cache of a large archive outgrows the longest string V8
    // allows. Read as articles are (open once, without blocking, a regular file only): a FIFO or
    // a device planted at the cache's name must not hang the scan or fill the memory.
    const read = await readRegularFile(file, { maxSize: bufferConstants.MAX_LENGTH - 1 });
    if (!read.ok) return { cache, ...(read.code === 'ENOENT' ? {} : { problem: `the cache ${file} cannot be read (${read.reason})` }) };
    const bytes = read.bytes;
    let records: Records | undefined;
    try {
      records = readRecords(bytes, version);
    } catch (error) {
      const reason = error instanceof DamagedCache ? error.message : `it cannot be parsed (${(error as Error).message})`;
      return { cache, problem: `the cache ${file} is damaged; it will be rebuilt (${reason})` };
    }
    if (!records) return { cache };
    cache.stored = records.entries;
    if (records.conflicts) cache.conflicts = records.conflicts;
    cache.loadedFromFile = true;
    return { cache };
  }

  /** The entry of a text with this key, rebuilt around the text; undefined when not cached. */
  lookup(key: string, text: string): CorpusEntry | undefined {
    const held = this.stored.get(key) ?? this.used.get(key);
    if (held === undefined) return undefined;
    // Checked when the file was read (or written from an entry): parsing it again cannot fail.
    const row = JSON.parse(rowJson(held)) as EntryRow;
    this.used.set(key, held);
    this.hits++;
    const [outlet, lines, claims, failures, skipped, wire] = row;
    return {
      outlet,
      ...(wire !== 0 ? { wire } : {}),
      templateLines: lines ? lines.split(' ') : [],
      claims: claims.map((c) => claimOf(c, text)),
      failures: failures || [],
      ...(skipped !== 0 ? { skipped } : {}),
    };
  }

  store(key: string, entry: CorpusEntry): void {
    this.misses++;
    // Not the entry itself: its findings, if it has them, are not the cache's to keep.
    this.used.set(key, {
      outlet: entry.outlet,
      templateLines: entry.templateLines,
      claims: entry.claims,
      failures: entry.failures,
      ...(entry.skipped !== undefined ? { skipped: entry.skipped } : {}),
      ...(entry.wire !== undefined ? { wire: entry.wire } : {}),
    });
  }

  /** Conflicts of unopened files as published for the corpus with this digest, if known. */
  conflictsFor(digest: string): KnownConflicts | undefined {
    const known = this.newConflicts?.digest === digest ? this.newConflicts : this.conflicts?.digest === digest ? this.conflicts : undefined;
    if (!known) return undefined;
    return {
      of: (uri) => {
        const json = known.byUri.get(uri);
        // Checked by isConflictList when read from the file; written by the scan otherwise.
        return json === undefined ? [] : (JSON.parse(json) as StoredConflict[]);
      },
    };
  }

  /** The conflicts just published for the corpus with this digest: uri → annotations as JSON. */
  rememberConflicts(digest: string, byUri: ReadonlyMap<string, string>): void {
    this.newConflicts = { digest, byUri: new Map(byUri) };
  }

  /**
   * Writes the entries used since loading (and the latest conflicts) and forgets the rest.
   * Throws when the file cannot be written; the caller says so and goes on without it.
   */
  async save(): Promise<void> {
    // A warm start that used every entry and learnt nothing new leaves the file as it is.
    const unchanged = this.loadedFromFile && this.misses === this.savedMisses && !this.newConflicts && this.used.size === this.stored.size;
    this.savedMisses = this.misses;
    this.stored = new Map(this.used);
    this.used.clear();
    if (this.newConflicts) this.conflicts = this.newConflicts;
    this.newConflicts = undefined;
    if (unchanged || !this.file) return;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    // The folder may be inside a repository someone else wrote (a workspace's own cache
    // folder): a link planted at the cache's name or beside it must never be written through.
    const written = await writeChunksSafely(this.file, this.chunks(), { replaceLink: true });
    if (!written.ok) throw new Error(written.reason);
    this.loadedFromFile = true;
  }

  /** The header and every record, in chunks: one string of the whole cache would double its memory. */
  private *chunks(): Generator<string> {
    const conflicts = this.conflicts?.byUri;
    const header: Header = {
      format: FORMAT,
      version: this.version,
      ...(this.conflicts ? { conflicts: this.conflicts.digest } : {}),
      entries: this.stored.size,
      conflictFiles: conflicts?.size ?? 0,
    };
    let chunk = `${JSON.stringify(header)}\n`;
    const records = (function* (stored: ReadonlyMap<string, Held>): Generator<string> {
      for (const [key, held] of stored) yield `E\t${key}\t${rowJson(held)}\n`;
      for (const [uri, json] of conflicts ?? []) yield `C\t${uri}\t${json}\n`;
    })(this.stored);
    for (const record of records) {
      chunk += record;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
}

interface Records {
  /** key → entry row as JSON. */
  entries: Map<string, string>;
  conflicts?: { digest: string; byUri: Map<string, string> };
}

/**
 * The records of a cache file, every one checked; undefined for a file of another format or
 * version. Throws DamagedCache (or a JSON error) at the first thing out of place.
 */
function readRecords(bytes: Buffer, version: string): Records | undefined {
  const lines = splitLines(bytes);
  const header = JSON.parse(lines.next().value ?? '') as Header;
  if (typeof header !== 'object' || header === null) throw new DamagedCache('the first line is not a header');
  if (header.format !== FORMAT || header.version !== version) return undefined;
  if (!isCount(header.entries) || !isCount(header.conflictFiles) || (header.conflicts !== undefined && typeof header.conflicts !== 'string')) {
    throw new DamagedCache('the header does not count its records');
  }
  const entries = new Map<string, string>();
  const conflicts = new Map<string, string>();
  let number = 1;
  for (const line of lines) {
    number++;
    const second = line.indexOf('\t', 2);
    if (line[1] !== '\t' || second === -1) throw new DamagedCache(`line ${number} is not a record`);
    const name = line.slice(2, second);
    const value = line.slice(second + 1);
    // Entries come first, then conflicts; a name twice would make the counts lie.
    if (line[0] === 'E' && conflicts.size === 0 && !entries.has(name)) {
      if (!isEntryRow(JSON.parse(value))) throw new DamagedCache(`line ${number} is not an entry`);
      entries.set(name, value);
    } else if (line[0] === 'C' && header.conflicts !== undefined && !conflicts.has(name)) {
      if (!isConflictList(JSON.parse(value))) throw new DamagedCache(`line ${number} is not a list of conflicts`);
      conflicts.set(name, value);
    } else {
      throw new DamagedCache(`line ${number} is out of place`);
    }
  }
  if (entries.size !== header.entries || conflicts.size !== header.conflictFiles) {
    throw new DamagedCache(`${entries.size} entries and ${conflicts.size} conflict records where the header counts ${header.entries} and ${header.conflictFiles}`);
  }
  return { entries, ...(header.conflicts !== undefined ? { conflicts: { digest: header.conflicts, byUri: conflicts } } : {}) };
}

/** A digest of the corpus: every file and the key of its content, in a stable order. */
export function corpusDigest(keys: ReadonlyMap<string, string>, settingsKey: string): string {
  const hash = createHash('sha256').update(settingsKey);
  for (const uri of [...keys.keys()].sort()) hash.update('\0').update(uri).update('\0').update(keys.get(uri)!);
  return hash.digest('base64url');
}
