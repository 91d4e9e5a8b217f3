/**
 * The corroboration report: claims down the side, outlets across the top. Each row is one fact
 * (claims linked by corroboration or conflict, grouped) that at least two outlets report; each
 * cell says whether that outlet reports it, agrees or conflicts (with the figures compared) or
 * does not report it. Rows are grouped by event: the articles that report one happening, found
 * from the links between their claims (events/articleEvents.ts); a row of no event comes last.
 */
import type { Range } from './annotation.js';
import type { CorroborationMatch } from './corroboration/index.js';
import type { CorpusResult } from './corpus.js';
import type { ClaimRecord } from './corroboration/claims.js';
import { independentSources, type Reporter } from './corroboration/sources.js';
import { type ArticleLink, articleEvents } from './events/articleEvents.js';
import { type EventClaim, eventLabel } from './events/eventLabel.js';

export type CellStatus = 'reports' | 'agrees' | 'conflicts' | 'not-reported';

export interface ReportCell {
  status: CellStatus;
  uri?: string;
  range?: Range;
  text?: string;
  /** For a conflict: the row's figure and this outlet's. */
  values?: { here: string; there: string };
  /** The figure or date this outlet's sentence gives, where one was compared with another outlet's. */
  figure?: string;
}

export interface ReportRow {
  /** The fact, as the article that links most others states it. */
  claim: string;
  uri: string;
  range: Range;
  outlet: string;
  /** How many outlets report the fact (the row's own included, those that conflict not). */
  outletsReporting: number;
  /** How many independent sources stand behind it: copies of one text, one wire, one cited source are one (sources.ts). */
  independentSources: number;
  /**
   * The cell of each outlet, by its name. Outlet names are text from the articles (a file called
   * `__proto__.txt`, a "Source:" address), so this is a null-prototype object: a plain one would
   * take `cells['__proto__'] = …` as a new prototype, not a cell, and JSON would drop it. Read it
   * with cellOf.
   */
  cells: Record<string, ReportCell>;
  /** The row's event, an index into ReportModel.events; absent for a fact of no event with others. */
  event?: number;
}

/** Articles that report one happening, and what the report calls it. */
export interface ReportEvent {
  /** Short and drawn from its articles: the names and date they share, or its most-linked claim. */
  label: string;
  /** The event's articles (ids, as the rows' `uri`). */
  articles: string[];
}

export interface ReportModel {
  outlets: string[];
  /** The events, in the order their rows come. */
  events: ReportEvent[];
  /** Event by event (a row's `event`), then the rows of no event; within each, the most reported first. */
  rows: ReportRow[];
}

interface ClaimRef {
  uri: string;
  range: Range;
  text: string;
  outlet: string;
}

/** A corroboration match as core produces it. */
type MatchData = CorroborationMatch;

const NOT_REPORTED: ReportCell = Object.freeze({ status: 'not-reported' });

/**
 * An outlet's cell in a row, own properties only: a model that came through JSON is a plain
 * object again, and a name like `constructor` or `toString` must not find Object.prototype's.
 */
export function cellOf(row: ReportRow, outlet: string): ReportCell {
  return Object.hasOwn(row.cells, outlet) ? row.cells[outlet]! : NOT_REPORTED;
}

const keyOf = (uri: string, range: Range) => `${uri}#${range.start.line}:${range.start.character}`;

/** Who stands behind each claim and document, as the corroboration annotations carry it. */
interface Provenance {
  wireOf: Map<string, string>;
  citesOf: Map<string, string>;
  copies: Set<string>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function provenanceOf(results: readonly CorpusResult[]): Provenance {
  const found: Provenance = { wireOf: new Map(), citesOf: new Map(), copies: new Set() };
  for (const result of results) {
    for (const a of result.annotations) {
      if (a.kind !== 'corroboration' && a.kind !== 'conflict') continue;
      if (a.code === 'corroboration/match') {
        if (a.data.wire !== undefined) found.wireOf.set(result.id, a.data.wire);
        if (a.data.cites !== undefined) found.citesOf.set(keyOf(result.id, a.range), a.data.cites);
      }
      for (const m of a.data.matches) {
        if (m.wire !== undefined) found.wireOf.set(m.uri, m.wire);
        if (m.cites !== undefined) found.citesOf.set(keyOf(m.uri, m.range), m.cites);
        if (m.copy) found.copies.add(pairKey(result.id, m.uri));
      }
    }
  }
  return found;
}

function reporterOf(ref: ClaimRef, provenance: Provenance): Reporter {
  const wire = provenance.wireOf.get(ref.uri);
  const cites = provenance.citesOf.get(keyOf(ref.uri, ref.range));
  return { id: ref.uri, outlet: ref.outlet, text: ref.text, ...(wire !== undefined ? { wire } : {}), ...(cites !== undefined ? { cites } : {}) };
}

/** Every claim of the corpus by its article and start, read once (a lookup per annotation would be quadratic in an article's claims). */
function claimRecords(results: readonly CorpusResult[]): Map<string, ClaimRecord> {
  const records = new Map<string, ClaimRecord>();
  for (const result of results) for (const claim of result.analysis.claims) records.set(keyOf(result.id, claim.range), claim);
  return records;
}

/** The links between claims, both ways: what each claim's annotation lists, and which claims list it. */
interface ClaimLinks {
  claims: Map<string, ClaimRef>;
  outgoing: Map<string, Map<string, MatchData>>;
  incoming: Map<string, Map<string, MatchData>>;
}

function claimLinks(results: readonly CorpusResult[], records: Map<string, ClaimRecord>): ClaimLinks {
  const found: ClaimLinks = { claims: new Map(), outgoing: new Map(), incoming: new Map() };
  const add = (ref: ClaimRef) => {
    const k = keyOf(ref.uri, ref.range);
    if (!found.claims.has(k)) found.claims.set(k, ref);
    return k;
  };
  for (const result of results) {
    for (const a of result.annotations) {
      if (a.kind !== 'corroboration' && a.kind !== 'conflict') continue;
      const matches = a.data.matches;
      if (matches.length === 0) continue;
      const here = add({ uri: result.id, range: a.range, text: records.get(keyOf(result.id, a.range))?.text ?? '', outlet: result.outlet });
      if (!found.outgoing.has(here)) found.outgoing.set(here, new Map());
      for (const m of matches) {
        const there = add({ uri: m.uri, range: m.range, text: m.text, outlet: m.outlet });
        found.outgoing.get(here)!.set(there, m);
        if (!found.incoming.has(there)) found.incoming.set(there, new Map());
        found.incoming.get(there)!.set(here, m);
      }
    }
  }
  return found;
}

/** Per pair of articles, how many distinct pairs of their claims are linked (either way). */
function articleLinks(links: ClaimLinks): ArticleLink[] {
  const pairs = new Map<string, { link: ArticleLink; seen: Set<string> }>();
  for (const [here, outgoing] of links.outgoing) {
    const a = links.claims.get(here)!.uri;
    for (const there of outgoing.keys()) {
      const b = links.claims.get(there)!.uri;
      if (a === b) continue;
      const key = pairKey(a, b);
      const pair = pairs.get(key) ?? { link: { a, b, claims: 0 }, seen: new Set<string>() };
      pairs.set(key, pair);
      const claims = pairKey(here, there);
      if (pair.seen.has(claims)) continue;
      pair.seen.add(claims);
      pair.link.claims++;
    }
  }
  return [...pairs.values()].map((p) => p.link);
}

/** A row's cells that hold a sentence (the row's own and the other outlets'). */
const filledCells = (row: ReportRow) => Object.values(row.cells).filter((c) => c.status !== 'not-reported');

function buildRows(links: ClaimLinks, outlets: readonly string[], provenance: Provenance): ReportRow[] {
  // Rows are stars, not chains: the claim that links the most others heads a row with its direct
  // matches, which no later row repeats. Chaining would merge related but different facts.
  const covered = new Set<string>();
  const order = [...links.outgoing.keys()].sort((a, b) => links.outgoing.get(b)!.size - links.outgoing.get(a)!.size || a.localeCompare(b));
  const rows: ReportRow[] = [];
  for (const head of order) {
    if (covered.has(head)) continue;
    const ref = links.claims.get(head)!;
    covered.add(head);
    // The head's own links, and the claims that link to the head (links are kept per article, so
    // they are not always symmetric); per outlet the better-scoring sentence fills the cell.
    const members = new Map<string, MatchData>(links.outgoing.get(head)!);
    for (const [k, back] of links.incoming.get(head) ?? []) {
      const member = links.claims.get(k)!;
      // Seen from the other claim, "here" and "there" swap.
      const values = back.values ? { ...back.values, here: back.values.there, there: back.values.here } : undefined;
      if (!members.has(k) || back.score > members.get(k)!.score)
        members.set(k, { ...back, uri: member.uri, range: member.range, text: member.text, outlet: member.outlet, ...(values ? { values } : {}) });
    }
    const best = new Map<string, [string, MatchData]>();
    for (const [k, match] of members) {
      const outlet = links.claims.get(k)!.outlet;
      const current = best.get(outlet);
      if (!current || (match.relation === 'conflicts' && current[1].relation !== 'conflicts') || (match.relation === current[1].relation && match.score > current[1].score))
        best.set(outlet, [k, match]);
    }
    for (const k of members.keys()) covered.add(k);
    const cells: Record<string, ReportCell> = Object.create(null);
    for (const outlet of outlets) cells[outlet] = { status: 'not-reported' };
    const supporting: Reporter[] = [];
    let ownFigure: string | undefined;
    for (const [k, match] of best.values()) {
      const member = links.claims.get(k)!;
      if (member.outlet === ref.outlet) continue;
      const conflict = match.relation === 'conflicts';
      if (!conflict) supporting.push(reporterOf(member, provenance));
      if (match.values) ownFigure ??= match.values.here;
      // "Agrees" only where a figure or date was compared and agrees; otherwise the outlet reports the fact.
      const status: CellStatus = conflict ? 'conflicts' : match.relation === 'agrees' ? 'agrees' : 'reports';
      cells[member.outlet] = {
        status,
        uri: member.uri,
        range: member.range,
        text: member.text,
        ...(conflict && match.values ? { values: { here: match.values.here, there: match.values.there } } : {}),
        ...(match.values && match.relation !== 'related' ? { figure: match.values.there } : {}),
      };
    }
    // Only a fact another outlet reports (or disputes) is a row: copies within one outlet are not corroboration.
    if (best.size === 0 || [...best.values()].every(([k]) => links.claims.get(k)!.outlet === ref.outlet)) continue;
    cells[ref.outlet] = { status: 'reports', uri: ref.uri, range: ref.range, text: ref.text, ...(ownFigure !== undefined ? { figure: ownFigure } : {}) };
    const sources = independentSources(reporterOf(ref, provenance), supporting, (a, b) => provenance.copies.has(pairKey(a, b))).length;
    rows.push({ claim: ref.text, uri: ref.uri, range: ref.range, outlet: ref.outlet, outletsReporting: supporting.length + 1, independentSources: sources, cells });
  }
  return rows;
}

/**
 * The event a row belongs to: the one holding most of the row's articles, at least two of them
 * (ties go to the event of the row's own article). A row whose articles are in no event together
 * belongs to none.
 */
function rowEvent(row: ReportRow, eventOf: Map<string, number>): number | undefined {
  const counts = new Map<number, number>();
  for (const cell of filledCells(row)) {
    const event = cell.uri === undefined ? undefined : eventOf.get(cell.uri);
    if (event !== undefined) counts.set(event, (counts.get(event) ?? 0) + 1);
  }
  const own = eventOf.get(row.uri);
  let chosen: number | undefined;
  for (const [event, count] of counts) {
    const current = chosen === undefined ? 0 : counts.get(chosen)!;
    if (count > current || (count === current && event === own)) chosen = event;
  }
  return chosen !== undefined && counts.get(chosen)! >= 2 ? chosen : undefined;
}

function eventClaims(rows: readonly ReportRow[], records: Map<string, ClaimRecord>): EventClaim[] {
  const claims: EventClaim[] = [];
  for (const row of rows) {
    for (const cell of filledCells(row)) {
      if (cell.uri === undefined || cell.range === undefined) continue;
      const record = records.get(keyOf(cell.uri, cell.range));
      if (record) claims.push({ article: cell.uri, text: record.text, entities: record.entities, dates: record.dates });
    }
  }
  return claims;
}

export function buildReport(results: readonly CorpusResult[]): ReportModel {
  const provenance = provenanceOf(results);
  const records = claimRecords(results);
  const links = claimLinks(results, records);
  const outlets = [...new Set(results.map((r) => r.outlet))].sort((a, b) => a.localeCompare(b));
  const rows = buildRows(links, outlets, provenance);
  const groups = articleEvents(articleLinks(links));
  const eventOf = new Map<string, number>();
  for (const [i, group] of groups.entries()) for (const id of group) eventOf.set(id, i);
  // Rows event by event; within each, the most reported first.
  const reported = (row: ReportRow) => filledCells(row).length;
  const byEvent = new Map<number | undefined, ReportRow[]>();
  for (const row of rows) {
    const event = rowEvent(row, eventOf);
    if (!byEvent.has(event)) byEvent.set(event, []);
    byEvent.get(event)!.push(row);
  }
  for (const group of byEvent.values()) group.sort((a, b) => reported(b) - reported(a) || a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line);
  // Events with the most rows first (then the most articles); an event none of whose rows it kept is not shown.
  const shown = [...byEvent.keys()].filter((e): e is number => e !== undefined).sort((a, b) => byEvent.get(b)!.length - byEvent.get(a)!.length || groups[b]!.length - groups[a]!.length || a - b);
  const events: ReportEvent[] = [];
  const ordered: ReportRow[] = [];
  for (const e of shown) {
    const eventRows = byEvent.get(e)!;
    for (const row of eventRows) ordered.push({ ...row, event: events.length });
    events.push({ label: eventLabel(eventClaims(eventRows, records), eventRows[0]!.claim), articles: groups[e]! });
  }
  ordered.push(...(byEvent.get(undefined) ?? []));
  return { outlets, events, rows: ordered };
}
