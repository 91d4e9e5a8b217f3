/**
 * The corroboration pass: for each claim of one article, the sentences of other articles in
 * the corpus that report the same fact, and whether their figures agree or conflict.
 */
import type { Annotation } from '../annotation.js';
import type { ClaimRecord } from './claims.js';
import type { ClaimIndex, ScoredCandidate } from './corpusIndex.js';
import { compareQuantities, sameQuantity, type Quantity } from './quantities.js';
import { compareDates } from './dates.js';
import { sameFrame } from './frames.js';

export interface CorroborationOptions {
  /** Lowest similarity at which two claims count as the same fact. */
  threshold?: number;
  /** Lowest similarity at which claims whose figures disagree count as a conflict. */
  conflictThreshold?: number;
  /** Only conflicts are wanted (the Problems panel for unopened files): skip claims without figures or dates. */
  conflictsOnly?: boolean;
}

export const DEFAULT_SIMILARITY_THRESHOLD = 0.3;
export const DEFAULT_CONFLICT_THRESHOLD = 0.2;

export type MatchRelation = 'agrees' | 'conflicts' | 'related';

export interface CorroborationMatch {
  uri: string;
  range: ClaimRecord['range'];
  text: string;
  outlet: string;
  score: number;
  relation: MatchRelation;
  /** What was compared, figures or dates: this claim's and the other's, as written. */
  values?: Compared;
  /** The other article is a copy of this one (the same text): not an independent report. */
  copy?: boolean;
}

export interface Compared {
  here: string;
  there: string;
  compared: 'figures' | 'dates';
}

function relate(claim: ClaimRecord, other: ClaimRecord): { relation?: 'agrees' | 'conflicts' | 'different-events'; values?: Compared } {
  let conflict: [Quantity, Quantity] | undefined;
  for (const a of claim.quantities) {
    for (const b of other.quantities) {
      // Figures of one unit that are not the same quantity (whose, of what, when) say nothing.
      const compared = compareQuantities(a, b);
      const relation = compared && sameQuantity(a, b, compared) ? compared : undefined;
      if (relation === 'agrees') return { relation, values: { here: a.text, there: b.text, compared: 'figures' } };
      if (relation === 'conflicts') conflict ??= [a, b];
    }
  }
  if (conflict) return { relation: 'conflicts', values: { here: conflict[0].text, there: conflict[1].text, compared: 'figures' } };
  // No figures to compare: the dates of the same fact must agree too.
  let dateConflict: Compared | undefined;
  let apart = false;
  for (const a of claim.dates) {
    for (const b of other.dates) {
      const relation = compareDates(a, b);
      // Only dates of the same happening, told of the same actors, agree or disagree.
      if (relation !== 'different-events' && a.frame && b.frame && !sameFrame(a.frame, b.frame, relation === 'agrees' ? 'agreement' : 'event')) continue;
      if (relation === 'agrees') return { relation: 'agrees', values: { here: a.text, there: b.text, compared: 'dates' } };
      if (relation === 'conflicts') dateConflict ??= { here: a.text, there: b.text, compared: 'dates' };
      else apart = true;
    }
  }
  if (dateConflict) return { relation: 'conflicts', values: dateConflict };
  return apart ? { relation: 'different-events' } : {};
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function corroborationMatches(id: string, claim: ClaimRecord, index: ClaimIndex, options: CorroborationOptions = {}): CorroborationMatch[] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const conflictThreshold = Math.min(options.conflictThreshold ?? DEFAULT_CONFLICT_THRESHOLD, threshold);
  // Per other article, its best supporting sentence and its best conflicting one.
  const bestPerDocument = new Map<string, CorroborationMatch>();
  for (const candidate of index.candidates(id, claim, conflictThreshold) as ScoredCandidate[]) {
    const { relation, values } = relate(claim, candidate.other.claim);
    // Dates days apart: the same kind of happening on another day, not this one.
    if (relation === 'different-events') continue;
    // Two copies of one text never disagree: different figures between them are misreadings.
    const copy = index.copies(id, candidate.other.id);
    if (relation === 'conflicts' && copy) continue;
    if (relation !== 'conflicts' && candidate.score < threshold) continue;
    const match: CorroborationMatch = {
      uri: candidate.other.id,
      range: candidate.other.claim.range,
      text: candidate.other.claim.text,
      outlet: candidate.other.outlet,
      score: round(candidate.score),
      relation: relation ?? 'related',
      ...(values ? { values } : {}),
      ...(copy ? { copy } : {}),
    };
    const key = `${match.relation === 'conflicts' ? 'c' : 's'}\u0000${candidate.other.id}`;
    const previous = bestPerDocument.get(key);
    if (!previous || match.score > previous.score) bestPerDocument.set(key, match);
  }
  return [...bestPerDocument.values()].sort((a, b) => b.score - a.score);
}

function quote(text: string): string {
  return `“${text}”`;
}

export function corroborationPass(id: string, claims: readonly ClaimRecord[], index: ClaimIndex, options: CorroborationOptions = {}): Annotation[] {
  const annotations: Annotation[] = [];
  for (const claim of claims) {
    // Only figures and dates can disagree: when conflicts are all that is asked, the rest is skipped.
    if (options.conflictsOnly && claim.quantities.length === 0 && claim.dates.length === 0) continue;
    const matches = corroborationMatches(id, claim, index, options);
    const supporting = matches.filter((m) => m.relation !== 'conflicts');
    const conflicting = matches.filter((m) => m.relation === 'conflicts');
    const outlets = [...new Set(supporting.map((m) => m.outlet))];
    if (supporting.length > 0) {
      annotations.push({
        kind: 'corroboration',
        code: 'corroboration/match',
        range: claim.range,
        message: `Also reported by ${outlets.length} other outlet${outlets.length === 1 ? '' : 's'}: ${outlets.join(', ')}.`,
        data: { matches: supporting, outlets },
      });
    } else if (conflicting.length === 0) {
      annotations.push({ kind: 'corroboration', code: 'claim/single-source', range: claim.range, message: 'No other article in the workspace reports this claim.', data: { matches: [] } });
    }
    if (conflicting.length > 0) {
      const [first] = conflicting;
      const others = conflicting.length > 1 ? ` and ${conflicting.length - 1} more` : '';
      annotations.push({
        kind: 'conflict',
        code: 'corroboration/conflict',
        range: claim.range,
        message: `${first!.values!.compared === 'dates' ? 'Dates' : 'Figures'} disagree: ${quote(first!.values!.here)} here, ${quote(first!.values!.there)} in ${first!.outlet}${others}.`,
        data: { matches: conflicting },
      });
    }
  }
  return annotations;
}

/**
 * An unattributed claim that at least `minimumOutlets` other outlets corroborate is less of a
 * worry: its annotation is marked to be shown one severity lower.
 */
export function demoteCorroboratedClaims(annotations: readonly Annotation[], corroboration: readonly Annotation[], minimumOutlets = 2): Annotation[] {
  const outletsAt = new Map<string, number>();
  for (const a of corroboration) {
    if (a.code === 'corroboration/match') outletsAt.set(`${a.range.start.line}:${a.range.start.character}`, a.data.outlets.length);
  }
  return annotations.map((a) => {
    if (a.kind !== 'unattributed-claim') return a;
    const outlets = outletsAt.get(`${a.range.start.line}:${a.range.start.character}`) ?? 0;
    return outlets >= minimumOutlets ? { ...a, data: { ...a.data, corroboratingOutlets: outlets, demoted: true } } : a;
  });
}
