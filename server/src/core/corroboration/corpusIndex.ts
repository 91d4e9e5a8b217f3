/**
 * The corpus index: the claims of every article in the workspace, one object, updated by
 * document id. Candidates for a claim come from postings over its rarer terms (never all
 * pairs). Each is scored twice: the probability that it states the same fact, from the fitted
 * pair model (pairModel.ts) over features of the two claims and their articles; and a
 * similarity, a cosine over IDF-weighted terms with a veto when both claims name actors and
 * share none (the same kind of event, a different real one), which gates conflicts.
 */
import type { ClaimRecord } from './claims.js';
import { compareDates } from './dates.js';
import { pairWeights, sameFactProbability } from './pairModel.js';
import { compareQuantities } from './quantities.js';

export interface IndexedClaim {
  id: string;
  outlet: string;
  index: number;
  claim: ClaimRecord;
}

export interface ScoredCandidate {
  other: IndexedClaim;
  /** The probability that the two claims state the same fact (the pair model). */
  score: number;
  /** The IDF cosine of their terms, with a bonus when both count the same kind of thing. */
  similarity: number;
  /** The similarity passes the threshold asked for, with the vetoes: close enough for a conflict. */
  close: boolean;
}

/** A retrieved pair's features, in the order of PAIR_FEATURES, and its similarity: for the trainer. */
export interface CandidatePair {
  other: IndexedClaim;
  features: number[];
  similarity: number;
  close: boolean;
}

interface Document {
  outlet: string;
  claims: ClaimRecord[];
  /** The distinctive names of the whole article: what tells its event from others. */
  names: Set<string>;
  /** The content terms of the whole article. */
  terms: Set<string>;
  /** The slot of each claim in the index's claim table. */
  slots: number[];
}

/** A claim in the index's table: which document, which of its claims. */
interface Slot {
  id: string;
  index: number;
}

/**
 * The claims holding a term: slot numbers in the order they came, including slots since freed
 * (skipped when walked, dropped once they are half the list), and how many are live.
 */
interface Posting {
  /** The term itself: claims keep this one copy rather than one string each. */
  term: string;
  slots: number[];
  size: number;
}

/** Two articles about the same event share at least this many distinctive names… */
const SAME_EVENT_SHARED_NAMES = 2;
/** …or this share of the smaller article's names. */
const SAME_EVENT_OVERLAP = 0.3;
/** Across events (the same kind of event, a different real one), only near-identical claims link. */
const CROSS_EVENT_THRESHOLD = 0.6;
const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

/**
 * Two claims that count the same thing (both give a number of troops, of ships) are much more
 * likely to state the same fact than their shared words alone say.
 */
const SAME_COUNT_BONUS = 0.15;

/** Terms held by more than this share of all claims say little about which fact a claim states. */
const COMMON_TERM_SHARE = 0.3;
/**
 * In a large corpus a term shared by hundreds of claims is no lead either ("officials",
 * "week"): candidates come from terms held by at most this many claims…
 */
const MAX_POSTINGS_PER_TERM = 250;
/** …the rarest few always, more while the postings walked stay within a budget. */
const RAREST_TERMS = 3;
/** How many postings one claim's candidate search may walk once it has its rarest few terms. */
const POSTINGS_BUDGET = 600;
/** Only the claims sharing the most weight of rare terms are scored in full. */
const MAX_SCORED_CANDIDATES = 128;

/**
 * What the corroboration pass and the server need of a claim index. The in-memory CorpusIndex
 * below serves a workspace on one machine; a search-engine backend (BENCHMARKS.md) could serve
 * the same calls for millions of articles.
 */
export interface ClaimIndex {
  /** Grows with every change, so that results computed against the index can be cached. */
  readonly generation: number;
  set(id: string, outlet: string, claims: ClaimRecord[]): void;
  remove(id: string): void;
  has(id: string): boolean;
  ids(): string[];
  outlet(id: string): string | undefined;
  claims(id: string): readonly ClaimRecord[];
  /**
   * Claims of other documents that may state the same fact as `claim`, best first: the pair
   * model's probability at least `probability`, or the similarity at least `threshold`.
   */
  candidates(id: string, claim: ClaimRecord, threshold: number, probability?: number): ScoredCandidate[];
}

export class CorpusIndex implements ClaimIndex {
  private readonly documents = new Map<string, Document>();
  /**
   * Every indexed claim has a slot number, and postings are arrays of slot numbers: appending
   * a small integer costs a fraction of a set of per-claim key strings, at every term of every
   * claim of tens of thousands of articles. A removed claim's slot is freed, and a posting may
   * hold freed slots until it is compacted; once freed slots outnumber live ones the table is
   * renumbered (see compactSlots), so it never holds more than twice the live claims.
   */
  private slots: (Slot | undefined)[] = [];
  private readonly postings = new Map<string, Posting>();
  private claimCount = 0;

  set(id: string, outlet: string, claims: ClaimRecord[]): void {
    this.remove(id);
    const slots = claims.map((claim, index) => {
      const slot = this.slots.length;
      this.slots.push({ id, index });
      const terms = claim.terms;
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i]!;
        let holders = this.postings.get(term);
        if (!holders) this.postings.set(term, (holders = { term, slots: [], size: 0 }));
        holders.slots.push(slot);
        holders.size++;
        // Claims read from other threads or from the cache bring their own copy of every word.
        terms[i] = holders.term;
      }
      return slot;
    });
    this.documents.set(id, { outlet, claims, names: new Set(claims.flatMap((c) => c.entities)), terms: new Set(claims.flatMap((c) => c.terms)), slots });
    this.claimCount += claims.length;
    this.changed();
  }

  remove(id: string): void {
    const document = this.documents.get(id);
    if (!document) return;
    document.claims.forEach((claim, index) => {
      this.slots[document.slots[index]!] = undefined;
      for (const term of claim.terms) {
        const holders = this.postings.get(term);
        if (!holders) continue;
        holders.size--;
        if (holders.size === 0) this.postings.delete(term);
        else if (holders.size * 2 < holders.slots.length) holders.slots = holders.slots.filter((slot) => this.slots[slot] !== undefined);
      }
    });
    this.claimCount -= document.claims.length;
    this.documents.delete(id);
    // Re-indexing one document again and again would otherwise grow the table by its claims each time.
    if (this.slots.length - this.claimCount > this.claimCount) this.compactSlots();
    this.changed();
  }

  /** Slots in the claim table, live or freed: never more than twice the live claims. */
  get slotCapacity(): number {
    return this.slots.length;
  }

  /**
   * Drops the freed slots and numbers the live ones from 0 in their old order, in the table, in
   * every posting and in every document. A freed number is never handed out again while a
   * posting may still hold it (that posting would then name a claim without its term); and
   * since the order is kept, postings are walked in the same order and candidates come out as
   * before.
   */
  private compactSlots(): void {
    const renumbered = new Int32Array(this.slots.length).fill(-1);
    const live: Slot[] = [];
    this.slots.forEach((slot, old) => {
      if (slot) renumbered[old] = live.push(slot) - 1;
    });
    this.slots = live;
    for (const posting of this.postings.values()) {
      const slots: number[] = [];
      for (const old of posting.slots) if (renumbered[old]! >= 0) slots.push(renumbered[old]!);
      posting.slots = slots;
    }
    for (const document of this.documents.values()) document.slots = document.slots.map((old) => renumbered[old]!);
  }

  has(id: string): boolean {
    return this.documents.has(id);
  }

  ids(): string[] {
    return [...this.documents.keys()];
  }

  outlet(id: string): string | undefined {
    return this.documents.get(id)?.outlet;
  }

  claims(id: string): readonly ClaimRecord[] {
    return this.documents.get(id)?.claims ?? [];
  }

  /** IDF and claim weights hold until the corpus changes; hovers and scans ask for them often. */
  private readonly idfCache = new Map<string, number>();
  private weightCache = new WeakMap<ClaimRecord, number>();
  private documentWeightCache = new WeakMap<Document, number>();

  generation = 0;

  private changed(): void {
    this.generation++;
    this.idfCache.clear();
    this.weightCache = new WeakMap();
    this.documentWeightCache = new WeakMap();
  }

  private idf(term: string): number {
    let value = this.idfCache.get(term);
    if (value === undefined) {
      const df = this.postings.get(term)?.size ?? 0;
      value = Math.log(1 + (this.claimCount + 1) / (df + 1));
      this.idfCache.set(term, value);
    }
    return value;
  }

  /** The length of a claim's IDF-weighted term vector, the cosine's denominator. */
  private weight(claim: ClaimRecord): number {
    let value = this.weightCache.get(claim);
    if (value === undefined) {
      value = Math.sqrt(claim.terms.reduce((sum, t) => sum + this.idf(t), 0));
      this.weightCache.set(claim, value);
    }
    return value;
  }

  /** The length of an article's IDF-weighted term vector. */
  private documentWeight(document: Document): number {
    let value = this.documentWeightCache.get(document);
    if (value === undefined) {
      value = 0;
      for (const t of document.terms) value += this.idf(t);
      value = Math.sqrt(value);
      this.documentWeightCache.set(document, value);
    }
    return value;
  }

  /** The cosine of two articles' IDF-weighted terms. */
  private documentCosine(a: Document, b: Document): number {
    const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
    let shared = 0;
    for (const t of small) if (large.has(t)) shared += this.idf(t);
    const denominator = this.documentWeight(a) * this.documentWeight(b);
    return denominator ? shared / denominator : 0;
  }

  /** The claims of other documents sharing its rarer terms: the only pairs ever scored. */
  private retrieve(id: string, claim: ClaimRecord): number[] {
    const common = Math.max(3, Math.min(this.claimCount * COMMON_TERM_SHARE, MAX_POSTINGS_PER_TERM));
    const held = claim.terms.map((term) => ({ term, holders: this.postings.get(term) })).filter((t) => t.holders !== undefined);
    // The rarest terms lead (names, figures, the unusual word): they carry which fact it is.
    held.sort((a, b) => a.holders!.size - b.holders!.size);
    // Rarest first, until the postings to walk reach a budget: exact on small corpora, bounded on large ones.
    const leads: typeof held = [];
    let visits = 0;
    for (const t of held) {
      // A term this common leads nowhere in particular, and walking it grows with the corpus.
      if (t.holders!.size > common) break;
      if (leads.length >= RAREST_TERMS && visits + t.holders!.size > POSTINGS_BUDGET) break;
      leads.push(t);
      visits += t.holders!.size;
    }
    // Accumulate the weight of shared rare terms per claim; score in full only the strongest.
    const lead = new Map<number, number>();
    for (const { term, holders } of leads) {
      const idf = this.idf(term);
      for (const slot of holders!.slots) {
        const holder = this.slots[slot];
        if (holder && holder.id !== id) lead.set(slot, (lead.get(slot) ?? 0) + idf);
      }
    }
    let seen = [...lead.keys()];
    if (seen.length > MAX_SCORED_CANDIDATES) {
      // Most keys share one middling term; those sharing the rarest term or several come first.
      const bar = leads[0] ? this.idf(leads[0].term) : 0;
      let strong = [...lead.entries()].filter(([, weight]) => weight >= bar);
      if (strong.length > MAX_SCORED_CANDIDATES) strong = strong.sort((a, b) => b[1] - a[1]).slice(0, MAX_SCORED_CANDIDATES);
      seen = strong.map(([key]) => key);
    }
    return seen;
  }

  /**
   * Every retrieved pair with its features. `score` gives each its old similarity and whether
   * it is close (the vetoes and threshold that gate conflicts), from the same pass.
   */
  private pairs(id: string, claim: ClaimRecord, visit: (other: IndexedClaim, features: number[], similarity: number, close: boolean) => void, threshold = 1): void {
    const own = this.documents.get(id);
    const ownDays = weekdaysOf(claim);
    const ownWeight = this.weight(claim);
    const ownTerms = new Set(claim.terms);
    const ownEvents = new Set(claim.events);
    const maxIdf = Math.log(1 + (this.claimCount + 1));
    const documentScores = new Map<Document, { names: number; cosine: number; sameEvent: boolean }>();
    for (const slot of this.retrieve(id, claim)) {
      const { id: otherId, index } = this.slots[slot]!;
      const document = this.documents.get(otherId);
      const other = document?.claims[index];
      if (!document || !other) continue;
      let sharedNames = 0;
      for (const e of other.entities) if (claim.entities.includes(e)) sharedNames++;
      const sharesName = sharedNames > 0;
      const bothNamed = claim.entities.length > 0 && other.entities.length > 0;
      let documentScore = documentScores.get(document);
      if (!documentScore) {
        let shared = 0;
        if (own) for (const name of own.names) if (document.names.has(name)) shared++;
        const smaller = own ? Math.min(own.names.size, document.names.size) : 0;
        const names = smaller > 0 ? shared / smaller : 0;
        documentScore = { names, cosine: own ? this.documentCosine(own, document) : 0, sameEvent: shared >= SAME_EVENT_SHARED_NAMES || names >= SAME_EVENT_OVERLAP };
        documentScores.set(document, documentScore);
      }
      const otherDays = weekdaysOf(other);
      const daysDiffer = ownDays.size > 0 && otherDays.size > 0 && ![...ownDays].some((d) => otherDays.has(d));
      const daysAgree = ownDays.size > 0 && [...ownDays].some((d) => otherDays.has(d));
      let shared = 0;
      let rarest = 0;
      for (const t of other.terms) {
        if (!ownTerms.has(t)) continue;
        const idf = this.idf(t);
        shared += idf;
        if (idf > rarest) rarest = idf;
      }
      let sharedEvents = 0;
      for (const e of other.events) if (ownEvents.has(e)) sharedEvents++;
      const cosine = ownWeight && shared ? shared / (ownWeight * this.weight(other)) : 0;
      let sameCount = false;
      let figuresAgree = false;
      let figuresConflict = false;
      for (const a of claim.quantities) {
        for (const b of other.quantities) {
          if (a.unit !== undefined && a.unit === b.unit) sameCount = true;
          const relation = compareQuantities(a, b);
          if (relation === 'agrees') figuresAgree = true;
          else if (relation === 'conflicts') figuresConflict = true;
        }
      }
      let datesAgree = daysAgree;
      let datesDiffer = daysDiffer;
      for (const a of claim.dates) {
        for (const b of other.dates) {
          if (compareDates(a, b) === 'agrees') datesAgree = true;
          else datesDiffer = true;
        }
      }
      const smallerEvents = Math.min(claim.events.length, other.events.length);
      const features = [
        cosine,
        maxIdf ? rarest / maxIdf : 0,
        bothNamed ? sharedNames / Math.min(claim.entities.length, other.entities.length) : 0,
        bothNamed && !sharesName ? 1 : 0,
        bothNamed ? 0 : 1,
        smallerEvents > 0 ? sharedEvents / smallerEvents : 0,
        smallerEvents > 0 ? 0 : 1,
        smallerEvents > 0 && sharedEvents === 0 ? 1 : 0,
        documentScore.names,
        documentScore.cosine,
        sameCount ? 1 : 0,
        figuresAgree ? 1 : 0,
        figuresConflict ? 1 : 0,
        datesAgree ? 1 : 0,
        datesDiffer ? 1 : 0,
        Math.min(claim.terms.length, other.terms.length) / Math.max(1, claim.terms.length, other.terms.length),
      ];
      const similarity = cosine + (sameCount ? SAME_COUNT_BONUS : 0);
      // Claims that both name actors must share one (the same kind of event, other actors);
      // different days for the same kind of happening are different events.
      const vetoed = (bothNamed && !sharesName) || daysDiffer;
      const needed = documentScore.sameEvent ? threshold : Math.max(threshold, CROSS_EVENT_THRESHOLD);
      const close = !vetoed && similarity >= needed && (documentScore.sameEvent || sharesName);
      visit({ id: otherId, outlet: document.outlet, index, claim: other }, features, similarity, close);
    }
  }

  /** Every pair the index retrieves for `claim`, with its features (for the trainer). */
  candidatePairs(id: string, claim: ClaimRecord, threshold = 1): CandidatePair[] {
    const pairs: CandidatePair[] = [];
    this.pairs(id, claim, (other, features, similarity, close) => pairs.push({ other, features, similarity, close }), threshold);
    return pairs;
  }

  /**
   * Claims of other documents that may state the same fact as `claim`, best first: those the
   * pair model gives at least `probability`, and those whose similarity reaches `threshold`.
   */
  candidates(id: string, claim: ClaimRecord, threshold: number, probability = pairWeights.threshold): ScoredCandidate[] {
    const results: ScoredCandidate[] = [];
    this.pairs(
      id,
      claim,
      (other, features, similarity, close) => {
        const score = sameFactProbability(features);
        if (close || score >= probability) results.push({ other, score, similarity, close });
      },
      threshold,
    );
    return results.sort((a, b) => b.score - a.score || b.similarity - a.similarity);
  }
}

const weekdayCache = new WeakMap<ClaimRecord, Set<string>>();
/** The weekdays a claim names, worked out once per claim. */
function weekdaysOf(claim: ClaimRecord): Set<string> {
  let days = weekdayCache.get(claim);
  if (!days) weekdayCache.set(claim, (days = new Set((claim.text.match(WEEKDAYS) ?? []).map((d) => d.toLowerCase()))));
  return days;
}
