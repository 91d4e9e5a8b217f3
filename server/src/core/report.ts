/**
 * The corroboration report: claims down the side, outlets across the top. Each row is one fact
 * (claims linked by corroboration or conflict, grouped); each cell says whether that outlet
 * reports it, agrees, conflicts (with both values) or does not report it.
 */
import type { Range } from './annotation.js';
import type { CorroborationMatch } from './corroboration/index.js';
import type { CorpusResult } from './corpus.js';
import { independentSources, type Reporter } from './corroboration/sources.js';

export type CellStatus = 'reports' | 'agrees' | 'conflicts' | 'not-reported';

export interface ReportCell {
  status: CellStatus;
  uri?: string;
  range?: Range;
  text?: string;
  /** For a conflict: the row's figure and this outlet's. */
  values?: { here: string; there: string };
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
}

export interface ReportModel {
  outlets: string[];
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
  return { id: ref.uri, outlet: ref.outlet, ...(wire !== undefined ? { wire } : {}), ...(cites !== undefined ? { cites } : {}) };
}

export function buildReport(results: readonly CorpusResult[]): ReportModel {
  const provenance = provenanceOf(results);
  const claims = new Map<string, ClaimRef>();
  const links = new Map<string, Map<string, MatchData>>();
  const add = (ref: ClaimRef) => {
    const k = keyOf(ref.uri, ref.range);
    if (!claims.has(k)) claims.set(k, ref);
    return k;
  };
  for (const result of results) {
    for (const a of result.annotations) {
      if (a.kind !== 'corroboration' && a.kind !== 'conflict') continue;
      const matches = a.data.matches;
      if (matches.length === 0) continue;
      const claim = result.analysis.claims.find((c) => c.range.start.line === a.range.start.line && c.range.start.character === a.range.start.character);
      const here = add({ uri: result.id, range: a.range, text: claim?.text ?? '', outlet: result.outlet });
      if (!links.has(here)) links.set(here, new Map());
      for (const m of matches) links.get(here)!.set(add({ uri: m.uri, range: m.range, text: m.text, outlet: m.outlet }), m);
    }
  }
  const outlets = [...new Set(results.map((r) => r.outlet))].sort((a, b) => a.localeCompare(b));
  // Rows are stars, not chains: the claim that links the most others heads a row with its direct
  // matches, which no later row repeats. Chaining would merge related but different facts.
  const covered = new Set<string>();
  const order = [...links.keys()].sort((a, b) => links.get(b)!.size - links.get(a)!.size || a.localeCompare(b));
  const rows: ReportRow[] = [];
  for (const head of order) {
    if (covered.has(head)) continue;
    const ref = claims.get(head)!;
    const cells: Record<string, ReportCell> = Object.create(null);
    for (const outlet of outlets) cells[outlet] = { status: 'not-reported' };
    cells[ref.outlet] = { status: 'reports', uri: ref.uri, range: ref.range, text: ref.text };
    covered.add(head);
    // The head's own links, and the claims that link to the head (links are kept per article, so
    // they are not always symmetric); per outlet the better-scoring sentence fills the cell.
    const members = new Map<string, MatchData>(links.get(head)!);
    for (const [k, outgoing] of links) {
      const back = outgoing.get(head);
      if (back && (!members.has(k) || back.score > members.get(k)!.score))
        members.set(k, { ...back, uri: claims.get(k)!.uri, range: claims.get(k)!.range, text: claims.get(k)!.text, outlet: claims.get(k)!.outlet });
    }
    const best = new Map<string, [string, MatchData]>();
    for (const [k, match] of members) {
      const outlet = claims.get(k)!.outlet;
      const current = best.get(outlet);
      if (!current || (match.relation === 'conflicts' && current[1].relation !== 'conflicts') || (match.relation === current[1].relation && match.score > current[1].score))
        best.set(outlet, [k, match]);
    }
    for (const k of members.keys()) covered.add(k);
    const supporting: Reporter[] = [];
    for (const [k, match] of best.values()) {
      const member = claims.get(k)!;
      if (member.outlet === ref.outlet) continue;
      const conflict = match.relation === 'conflicts';
      if (!conflict) supporting.push(reporterOf(member, provenance));
      cells[member.outlet] = {
        status: conflict ? 'conflicts' : 'agrees',
        uri: member.uri,
        range: member.range,
        text: member.text,
        ...(conflict && match.values ? { values: { here: match.values.here, there: match.values.there } } : {}),
      };
    }
    const sources = independentSources(reporterOf(ref, provenance), supporting, (a, b) => provenance.copies.has(pairKey(a, b))).length;
    rows.push({ claim: ref.text, uri: ref.uri, range: ref.range, outlet: ref.outlet, outletsReporting: supporting.length + 1, independentSources: sources, cells });
  }
  const reported = (row: ReportRow) => Object.values(row.cells).filter((c) => c.status !== 'not-reported').length;
  rows.sort((a, b) => reported(b) - reported(a) || a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line);
  return { outlets, rows };
}
