/**
 * The corroboration pass: for each claim of one article, the sentences of other articles in
 * the corpus that report the same fact, and whether their figures agree or conflict.
 */
import type { Annotation } from '../annotation.js';
import type { ClaimRecord } from './claims.js';
import type { ClaimIndex, ScoredCandidate } from './corpusIndex.js';
import { compareQuantities, MAX_CONFLICT_RATIO, orderApart, sameQuantity, type Quantity } from './quantities.js';
import { compareDates } from './dates.js';
import { sameFrame } from './frames.js';
import { corroborationLexicon } from './lexicon.js';
import { citedName, independentOfThis, independentSources, sourceKey, sourcesNote, type IndependentSource, type Reporter } from './sources.js';
import { cutText } from '../text.js';
import { sameFactModel, sameFactVerdict } from './sameFact.js';
import { oncePerArticle, oncePerClaim } from './perArticle.js';
import { weekdaysApart } from './weekdays.js';
import { isRecurringLine } from './recurring.js';

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
  /** The other sentence is its article's headline. */
  headline?: true;
  /** The other article is a copy of this one (the same text): not an independent report. */
  copy?: boolean;
  /** The wire agency the other article credits. */
  wire?: string;
  /** Whose words the other sentence gives, as it names them: a named source or a group, never a vague one. */
  source?: string;
  /** The primary source the other sentence names, as one name (sources.ts): what outlets citing it share. */
  cites?: string;
}

/** Who stands behind a claim's sentence: its source as written (named or group) and, for a named one, as one name. */
export function provenanceOf(claim: ClaimRecord): { source?: string; cites?: string } {
  if (claim.source === undefined || (claim.sourceKind !== 'named' && claim.sourceKind !== 'group')) return {};
  const cites = claim.sourceKind === 'named' ? citedName(claim.source) : undefined;
  return { source: claim.source, ...(cites !== undefined ? { cites } : {}) };
}

export interface Compared {
  here: string;
  there: string;
  compared: 'figures' | 'dates';
}

/**
 * How alike two sentences must be for figures more than MAX_CONFLICT_RATIO apart to conflict:
 * near paraphrases ("About 4,000 dockworkers walked out…" / "Some 50,000 dockworkers walked
 * out…"). On news clusters the pairs of different counts scored up to 0.45, the real
 * disagreements 0.46 to 0.52 with figures under twofold apart.
 */
const FAR_APART_SIMILARITY = 0.6;

/**
 * A game's statistic ("20 points", "507 total yards", "missed eight games") differs from game to
 * game and season to season: two articles' figures for one player are most often two games, so
 * they conflict only in near paraphrases, like figures far apart.
 */
const isStatistic = (q: Quantity) => q.unit !== undefined && corroborationLexicon().statisticUnits.has(q.unit);

/** Both sentences name someone or somewhere, and none of them alike: two happenings. */
const namesApart = (a: ClaimRecord, b: ClaimRecord) => a.entities.length > 0 && b.entities.length > 0 && !a.entities.some((name) => b.entities.includes(name));

/**
 * The sentence's figures hold only under a condition it opens with ("If Cruz wins Wisconsin on
 * Tuesday, Trump needs 57 percent…", "Unless the strike ends, 4,000 jobs…"): an estimate of what
 * would follow, which another report's figure for another case does not dispute.
 */
const conditional = (claim: ClaimRecord) => /^\W*(?:if|unless|should)\b/i.test(claim.text);

/** The sentence tells of an earlier occasion ("her previous gala", "a prior survey"): the lexicon's time frame "before". */
const ofEarlierOccasion = (claim: ClaimRecord) => claim.terms.some((term) => corroborationLexicon().timeFrames.get(term) === 'before');

function relate(claim: ClaimRecord, other: ClaimRecord, score: number): { relation?: 'agrees' | 'conflicts' | 'different-events'; values?: Compared } {
  let conflict: [Quantity, Quantity] | undefined;
  for (const a of claim.quantities) {
    for (const b of other.quantities) {
      // Figures of one unit that are not the same quantity (whose, of what, when) say nothing,
      // and neither do figures far apart in sentences that say other things.
      const compared = compareQuantities(a, b);
      const farApart = compared === 'conflicts' && score < FAR_APART_SIMILARITY && (orderApart(a, b) > MAX_CONFLICT_RATIO || isStatistic(a));
      const relation = compared && !farApart && sameQuantity(a, b, compared) ? compared : undefined;
      if (relation === 'agrees') return { relation, values: { here: a.text, there: b.text, compared: 'figures' } };
      if (relation === 'conflicts') conflict ??= [a, b];
    }
  }
  // Two figures of one happening: not of people or places named on both sides with none alike,
  // nor one of them told of an earlier occasion ("55.3 million people tuned in" / "her previous
  // Oscar gig … was watched by 39.9 million people").
  // Neither figures nor dates of a sentence under a condition dispute another's.
  const hypothetical = conditional(claim) || conditional(other);
  if (conflict && !hypothetical && !namesApart(claim, other) && ofEarlierOccasion(claim) === ofEarlierOccasion(other))
    return { relation: 'conflicts', values: { here: conflict[0].text, there: conflict[1].text, compared: 'figures' } };
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
  if (dateConflict && !hypothetical) return { relation: 'conflicts', values: dateConflict };
  return apart ? { relation: 'different-events' } : {};
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Whether two articles report at least so many facts alike — by the same-fact model, the
 * lexicon's predicate rule, or a figure of one quantity (agreeing or not) — each fact a sentence
 * of its own on both sides. The rule rescues one fact told in other words ("walked off the job" /
 * "stopped work") between reports of one event, which share other facts too; between two
 * articles that share only that one predicate and a name it matched two wins of one candidate,
 * or two stories that mention one deportation plan in passing, in a folder of campaign news,
 * where a blind reader rejected all 11 such links read (QUALITY.md round 227). So with a site's
 * recurring line (recurring.ts): versions of one story print it and share other facts too.
 * Each article's shared facts are worked out once a pass.
 */
function sharesFacts(index: ClaimIndex, threshold: number, candidates: Candidates): SharesFacts {
  const model = sameFactModel();
  // The facts article `a` shares with article `b`, worked out once a pair: the same-fact model
  // weighs only the candidates in `b` (asked of every article printing a site's line, the
  // articles' facts in full cost an edit most of its time on a folder of templated stories).
  const between = new Map<string, number>();
  const count = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    let shared = between.get(key);
    if (shared === undefined) {
      const here = new Set<ClaimRecord>();
      const there = new Set<ClaimRecord>();
      for (const claim of index.claims(a)) {
        for (const c of candidates(a, claim)) {
          if (c.score < threshold || c.other.id !== b) continue;
          // A figure of one quantity, agreeing or not, is a fact both report too.
          const figures = relate(claim, c.other.claim, c.score).relation;
          if (figures !== 'agrees' && figures !== 'conflicts' && sameFactVerdict(claim, c.other.claim, c.score, (term) => index.rarity(term), model) === undefined) continue;
          here.add(claim);
          there.add(c.other.claim);
        }
      }
      shared = Math.min(here.size, there.size);
      between.set(key, shared);
    }
    return shared;
  };
  // (Short-circuited: the second article's facts are worked out only when the first's do not suffice.)
  return (a, b, atLeast, bothWays = true) => count(a, b) >= atLeast || (bothWays && count(b, a) >= atLeast);
}

/**
 * Whether articles `a` and `b` report at least `atLeast` facts alike; with `bothWays` false,
 * as found from `a` alone (the facts of one article worked out, not of two: but for the index's
 * caps on candidates, the facts one article finds in another are those the other finds in it).
 */
type SharesFacts = (a: string, b: string, atLeast: number, bothWays?: boolean) => boolean;

/** A claim's candidates in the index at the pass's lowest threshold, looked up once a claim a pass. */
type Candidates = (id: string, claim: ClaimRecord) => readonly ScoredCandidate[];

function passCandidates(index: ClaimIndex, lowest: number): Candidates {
  return oncePerClaim((id, claim) => index.candidates(id, claim, lowest));
}

/** Whether a claim is a site's recurring line (recurring.ts); answered once a claim a pass. */
type RecurringLines = (id: string, claim: ClaimRecord) => boolean;

function recurringLines(index: ClaimIndex, candidates: Candidates, sharesFacts: SharesFacts): RecurringLines {
  // Copies of one text, and versions of one story (which report more facts alike), print it as one.
  const related = (a: string, b: string) => index.copies(a, b) || sharesFacts(a, b, 2);
  return oncePerClaim((id, claim) => isRecurringLine(id, claim, candidates(id, claim), related));
}

/**
 * Whether two articles report at least one fact alike (a claim of one matches a sentence of the
 * other, not as a conflict): then a disagreement between them is between two reports of one
 * event. Articles about two events of one kind (two earthquakes, two games) share no fact, only
 * the kind of figure, and their figures do not conflict. Each article's neighbours are worked out
 * once per pass. (Through a third article that reports a fact alike with each, news clusters
 * chained two events of one kind together: 11 conflicts between different events, not 5.)
 */
function reportsAlike(index: ClaimIndex, threshold: number, candidates: Candidates): (a: string, b: string) => boolean {
  const of = oncePerArticle((id) => {
    const found = new Set<string>();
    for (const claim of index.claims(id)) {
      for (const c of candidates(id, claim)) {
        if (c.score < threshold || found.has(c.other.id)) continue;
        const { relation } = relate(claim, c.other.claim, c.score);
        if (relation !== 'conflicts' && relation !== 'different-events') found.add(c.other.id);
      }
    }
    return found;
  });
  return (a, b) => of(a).has(b) || of(b).has(a);
}

/**
 * What one pass over the corpus knows of pairs of articles, each worked out lazily and once
 * (reportsAlike, sharesFacts, weekdaysApart), and of its claims (candidates, recurring).
 */
export interface ArticleEvidence {
  reportsAlike: (a: string, b: string) => boolean;
  sharesFacts: SharesFacts;
  weekdaysApart: ReturnType<typeof weekdaysApart>;
  candidates: Candidates;
  recurring: RecurringLines;
}

/** The lowest similarity a pass asks candidates for: that of a conflict, never above that of a link. */
function conflictThresholdOf(options: CorroborationOptions): number {
  return Math.min(options.conflictThreshold ?? DEFAULT_CONFLICT_THRESHOLD, options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD);
}

function articleEvidence(index: ClaimIndex, options: CorroborationOptions): ArticleEvidence {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  // A claim's candidates above the conflict threshold hold those above the link threshold (the
  // index's caps pick candidates before any threshold): one lookup serves every question.
  const candidates = passCandidates(index, conflictThresholdOf(options));
  const alike = sharesFacts(index, threshold, candidates);
  return {
    reportsAlike: reportsAlike(index, threshold, candidates),
    sharesFacts: alike,
    weekdaysApart: weekdaysApart(index),
    candidates,
    recurring: recurringLines(index, candidates, alike),
  };
}

export function corroborationMatches(
  id: string,
  claim: ClaimRecord,
  index: ClaimIndex,
  options: CorroborationOptions = {},
  evidence: ArticleEvidence = articleEvidence(index, options),
): CorroborationMatch[] {
  return claimMatches(id, claim, index, options, evidence).matches;
}

/** A claim's matches, and whether it is a site's recurring line (recurring.ts). */
function claimMatches(id: string, claim: ClaimRecord, index: ClaimIndex, options: CorroborationOptions, evidence: ArticleEvidence): { matches: CorroborationMatch[]; recurring: boolean } {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const candidates = evidence.candidates(id, claim);
  const recurring = evidence.recurring(id, claim);
  // Per other article, its best supporting sentence and its best conflicting one.
  const bestPerDocument = new Map<string, CorroborationMatch>();
  for (const candidate of candidates) {
    const { relation, values } = relate(claim, candidate.other.claim, candidate.score);
    // Dates days apart: the same kind of happening on another day, not this one.
    if (relation === 'different-events') continue;
    // When only conflicts are asked for, nothing else is built (nor whether it is a copy).
    if (relation !== 'conflicts' && (options.conflictsOnly || candidate.score < threshold)) continue;
    // "Also reported by" only where the two sentences state one fact, not one story's theme
    // (sameFact.ts). Conflicts and reportsAlike keep the rules alone: two reports that disagree
    // on a figure are, by the model, rarely "the same fact", and that is what they must find.
    if (relation !== 'conflicts') {
      const verdict = sameFactVerdict(claim, candidate.other.claim, candidate.score, (term) => index.rarity(term), sameFactModel());
      if (verdict === undefined) continue;
      // The predicate rule alone, or a site's recurring line, links only articles that report
      // more than one fact alike. (A recurring line has dozens of candidates, all of whose facts
      // would be worked out if asked both ways.)
      if (verdict === 'rule' && !evidence.sharesFacts(id, candidate.other.id, 2)) continue;
      if (recurring && !evidence.sharesFacts(id, candidate.other.id, 2, false)) continue;
    }
    // A headline's figures are rounded for the line ("nabs 26 pirates"): it supports, never disputes.
    if (relation === 'conflicts' && (claim.headline || candidate.other.claim.headline)) continue;
    // Two copies of one text never disagree: different figures between them are misreadings.
    const copy = index.copies(id, candidate.other.id);
    if (relation === 'conflicts' && (copy || !evidence.reportsAlike(id, candidate.other.id))) continue;
    // A figure told of a day the other article never dates its story by is of another happening.
    if (relation === 'conflicts' && evidence.weekdaysApart(id, claim, candidate.other.id, candidate.other.claim)) continue;
    const key = `${relation === 'conflicts' ? 'c' : 's'}\u0000${candidate.other.id}`;
    const previous = bestPerDocument.get(key);
    // The other article's own sentence is the better witness than its headline, which says less.
    if (previous && (previous.headline ? candidate.other.claim.headline && round(candidate.score) <= previous.score : candidate.other.claim.headline || round(candidate.score) <= previous.score))
      continue;
    const wire = index.wire(candidate.other.id);
    bestPerDocument.set(key, {
      uri: candidate.other.id,
      range: candidate.other.claim.range,
      text: candidate.other.claim.text,
      outlet: candidate.other.outlet,
      score: round(candidate.score),
      relation: relation ?? 'related',
      ...(values ? { values } : {}),
      ...(copy ? { copy } : {}),
      ...(wire !== undefined ? { wire } : {}),
      ...(candidate.other.claim.headline ? { headline: true as const } : {}),
      ...provenanceOf(candidate.other.claim),
    });
  }
  return { matches: [...bestPerDocument.values()].sort((a, b) => b.score - a.score), recurring };
}

/** The outlets reporting a claim grouped into independent sources, this article's group included. */
export function claimSources(id: string, claim: ClaimRecord, supporting: readonly CorroborationMatch[], index: ClaimIndex): IndependentSource[] {
  const wire = index.wire(id);
  const { cites } = provenanceOf(claim);
  const here: Reporter = { id, outlet: index.outlet(id) ?? id, text: claim.text, ...(wire !== undefined ? { wire } : {}), ...(cites !== undefined ? { cites } : {}) };
  const others = supporting.map(
    (m): Reporter => ({ id: m.uri, outlet: m.outlet, text: m.text, ...(m.wire !== undefined ? { wire: m.wire } : {}), ...(m.cites !== undefined ? { cites: m.cites } : {}) }),
  );
  return independentSources(here, others, (a, b) => index.copies(a, b));
}

function quote(text: string): string {
  return `“${text}”`;
}

/** A source named in a message stays short: the hover has it whole. */
const SOURCE_IN_MESSAGE = 60;

const sameSource = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && sourceKey(a) === sourceKey(b);

/**
 * “12,000” (Estavian officials) here, “more than 10,000” (the port authority): each figure and
 * whose it is, when its sentence names a source. When both name the same one and no other
 * outlet disagrees, it is said once at the end (bothSay).
 */
function whoseFigures(here: string, hereSource: string | undefined, there: string, thereSource: string | undefined, alone: boolean): string {
  const once = alone && sameSource(hereSource, thereSource);
  const figure = (value: string, source: string | undefined) => (source === undefined || once ? quote(value) : `${quote(value)} (${cutText(source, SOURCE_IN_MESSAGE)})`);
  return `${figure(here, hereSource)} here, ${figure(there, thereSource)}`;
}

function bothSay(hereSource: string | undefined, thereSource: string | undefined): string {
  return sameSource(hereSource, thereSource) ? `, both citing ${cutText(hereSource!, SOURCE_IN_MESSAGE)}` : '';
}

export function corroborationPass(id: string, claims: readonly ClaimRecord[], index: ClaimIndex, options: CorroborationOptions = {}): Annotation[] {
  const annotations: Annotation[] = [];
  const evidence = articleEvidence(index, options);
  for (const claim of claims) {
    // Only figures and dates can disagree: when conflicts are all that is asked, the rest is skipped.
    if (options.conflictsOnly && claim.quantities.length === 0 && claim.dates.length === 0) continue;
    const { matches, recurring } = claimMatches(id, claim, index, options, evidence);
    const supporting = matches.filter((m) => m.relation !== 'conflicts');
    const conflicting = matches.filter((m) => m.relation === 'conflicts');
    const outlets = [...new Set(supporting.map((m) => m.outlet))];
    const { source, cites } = provenanceOf(claim);
    if (options.conflictsOnly) {
      // Grouping sources is for the match annotations, which nobody asking for conflicts shows.
    } else if (supporting.length > 0) {
      const sources = claimSources(id, claim, supporting, index);
      const note = sourcesNote(sources, outlets.length);
      const wire = index.wire(id);
      annotations.push({
        kind: 'corroboration',
        code: 'corroboration/match',
        range: claim.range,
        message: `Also reported by ${outlets.length} other outlet${outlets.length === 1 ? '' : 's'}${note ? ` (${note})` : ''}: ${outlets.join(', ')}.`,
        data: { matches: supporting, outlets, sources, ...(wire !== undefined ? { wire } : {}), ...(cites !== undefined ? { cites } : {}) },
      });
    } else if (conflicting.length === 0 && !recurring) {
      // (A site's recurring line is printed by other articles: "no other article reports this"
      // would be untrue of its words, and it is no report to look for elsewhere.)
      annotations.push({ kind: 'corroboration', code: 'claim/single-source', range: claim.range, message: 'No other article in the workspace reports this claim.', data: { matches: [] } });
    }
    if (conflicting.length > 0) {
      const [first] = conflicting;
      const others = conflicting.length > 1 ? ` and ${conflicting.length - 1} more` : '';
      annotations.push({
        kind: 'conflict',
        code: 'corroboration/conflict',
        range: claim.range,
        message: `${first!.values!.compared === 'dates' ? 'Dates' : 'Figures'} disagree: ${whoseFigures(first!.values!.here, source, first!.values!.there, first!.source, conflicting.length === 1)} in ${first!.outlet}${others}${conflicting.length === 1 ? bothSay(source, first!.source) : ''}.`,
        data: { matches: conflicting, ...(source !== undefined ? { source } : {}) },
      });
    }
  }
  return annotations;
}

/**
 * An unattributed claim that at least `minimumSources` independent sources corroborate is less
 * of a worry: its annotation is marked to be shown one severity lower. Sources, not outlets: two
 * copies of one wire story are one confirmation, and outlets running the wire this article runs
 * confirm nothing of it.
 */
export function demoteCorroboratedClaims(annotations: readonly Annotation[], corroboration: readonly Annotation[], minimumSources = 2): Annotation[] {
  const at = new Map<string, { outlets: number; sources: number }>();
  for (const a of corroboration) {
    if (a.code === 'corroboration/match') at.set(`${a.range.start.line}:${a.range.start.character}`, { outlets: a.data.outlets.length, sources: independentOfThis(a.data.sources).length });
  }
  return annotations.map((a) => {
    if (a.kind !== 'unattributed-claim') return a;
    const found = at.get(`${a.range.start.line}:${a.range.start.character}`);
    return found && found.sources >= minimumSources ? { ...a, data: { ...a.data, corroboratingOutlets: found.outlets, independentSources: found.sources, demoted: true } } : a;
  });
}
