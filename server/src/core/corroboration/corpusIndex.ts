/**
 * The corpus index: the claims of every article in the workspace, one object, updated by
 * document id. Candidates for a claim come from postings over its rarer terms (never all
 * pairs); the score is a cosine over IDF-weighted terms, with a veto when both claims name
 * actors and share none (the same kind of event, a different real one).
 */
import type { ClaimRecord } from './claims.js';
import { COPY_RESEMBLANCE, resemblance, textSketch } from './copies.js';
import { weekdaysOf } from './weekdays.js';

export interface IndexedClaim {
  id: string;
  outlet: string;
  index: number;
  claim: ClaimRecord;
}

export interface ScoredCandidate {
  other: IndexedClaim;
  score: number;
}

interface Document {
  outlet: string;
  /** The wire agency the article credits (wire.ts). */
  wire?: string;
  claims: ClaimRecord[];
  /** The distinctive names of the whole article: what tells its event from others. */
  names: Set<string>;
  /** The slot of each claim in the index's claim table. */
  slots: number[];
  /**
   * A sketch of its claims' words, to recognise copies of one text (copies.ts); made when first
   * asked for: a warm start indexes every file, and most are never compared as copies.
   */
  sketch?: Uint32Array;
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

/**
 * Two claims that count the same thing (both give a number of troops, of ships) are much more
 * likely to state the same fact than their shared words alone say.
 */
const SAME_COUNT_BONUS = 0.15;
/**
 * Content words (not names; a count of the same thing counts as one) two claims must share to
 * state one fact. A strict reader found 5 of 30 random links the same fact without it, 11 of 30
 * with two words, 13 of 30 with three; two keeps more of the links on news clusters (ECB+ recall
 * 0.152 -> 0.139, against 0.117 with three).
 */
const MIN_SHARED_WORDS = 2;

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
const MAX_SCORED_CANDIDATES = 64;

/**
 * What the corroboration pass and the server need of a claim index. The in-memory CorpusIndex
 * below serves a workspace on one machine; a search-engine backend (BENCHMARKS.md) could serve
 * the same calls for millions of articles.
 */
export interface ClaimIndex {
  /** Grows with every change, so that results computed against the index can be cached. */
  readonly generation: number;
  set(id: string, outlet: string, claims: ClaimRecord[], wire?: string): void;
  remove(id: string): void;
  has(id: string): boolean;
  ids(): string[];
  outlet(id: string): string | undefined;
  /** The wire agency the document credits, if any. */
  wire(id: string): string | undefined;
  claims(id: string): readonly ClaimRecord[];
  /** Claims of other documents that may state the same fact as `claim`, scored, best first. */
  candidates(id: string, claim: ClaimRecord, threshold: number): ScoredCandidate[];
  /** Whether two documents are copies of one text (the same wire story, a file saved twice). */
  copies(a: string, b: string): boolean;
  /** How rare a term is in the corpus (its IDF): what the same-fact model (sameFact.ts) weighs words by. */
  rarity(term: string): number;
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

  set(id: string, outlet: string, claims: ClaimRecord[], wire?: string): void {
    this.remove(id);
    const slots = claims.map((claim, index) => {
      const slot = this.slots.length;
      this.slots.push({ id, index });
      const terms = claim.terms;
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i]!;
        let holders = this.postings.get(term);
        if (!holders) {
          holders = { term, slots: [], size: 0 };
          this.postings.set(term, holders);
        }
        holders.slots.push(slot);
        holders.size++;
        // Claims read from other threads or from the cache bring their own copy of every word.
        terms[i] = holders.term;
      }
      return slot;
    });
    this.documents.set(id, { outlet, ...(wire !== undefined ? { wire } : {}), claims, names: new Set(claims.flatMap((c) => c.entities)), slots });
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

  wire(id: string): string | undefined {
    return this.documents.get(id)?.wire;
  }

  claims(id: string): readonly ClaimRecord[] {
    return this.documents.get(id)?.claims ?? [];
  }

  copies(a: string, b: string): boolean {
    // Asked again for the same pair by every claim the two documents share, and both ways round.
    const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let known = this.copyCache.get(pair);
    if (known === undefined) {
      const first = this.documents.get(a);
      const second = this.documents.get(b);
      known = first !== undefined && second !== undefined && resemblance(sketchOf(first), sketchOf(second)) >= COPY_RESEMBLANCE;
      this.copyCache.set(pair, known);
    }
    return known;
  }

  /** Articles about one event share its distinctive names (places, people, organisations). */
  private sameEvent(a: Document, b: Document): boolean {
    let shared = 0;
    for (const name of a.names) if (b.names.has(name)) shared++;
    const smaller = Math.min(a.names.size, b.names.size);
    return shared >= SAME_EVENT_SHARED_NAMES || (smaller > 0 && shared / smaller >= SAME_EVENT_OVERLAP);
  }

  /** IDF and claim weights hold until the corpus changes; hovers and scans ask for them often. */
  private readonly idfCache = new Map<string, number>();
  private weightCache = new WeakMap<ClaimRecord, number>();
  /** Whether two documents are copies, by pair, until the corpus changes. */
  private readonly copyCache = new Map<string, boolean>();

  generation = 0;

  /**
   * What candidates() sums a lead's weights in, by slot: a map per call cost most of its time.
   * All zero between calls (each call clears the slots it reached).
   */
  private leadWeights = new Float64Array(0);
  private leadMet = new Uint8Array(0);

  private scratch(): { weights: Float64Array; met: Uint8Array } {
    if (this.leadWeights.length < this.slots.length) {
      const size = Math.max(this.slots.length, this.leadWeights.length * 2, 1024);
      this.leadWeights = new Float64Array(size);
      this.leadMet = new Uint8Array(size);
    }
    return { weights: this.leadWeights, met: this.leadMet };
  }

  private changed(): void {
    this.generation++;
    this.idfCache.clear();
    this.copyCache.clear();
    this.weightCache = new WeakMap();
  }

  /** How rare a term is in the corpus (its IDF): what the same-fact features (sameFact.ts) weigh words by. */
  readonly rarity = (term: string): number => this.idf(term);

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

  /** Claims of other documents that state the same fact as `claim`, best first. */
  candidates(id: string, claim: ClaimRecord, threshold: number): ScoredCandidate[] {
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
    // Accumulate the weight of shared rare terms per claim, in the order the claims are met;
    // score in full only the strongest.
    const { weights, met } = this.scratch();
    const reached: number[] = [];
    for (const { term, holders } of leads) {
      const idf = this.idf(term);
      for (const slot of holders!.slots) {
        const holder = this.slots[slot];
        if (!holder || holder.id === id) continue;
        if (met[slot] === 0) {
          met[slot] = 1;
          reached.push(slot);
        }
        weights[slot] += idf;
      }
    }
    const lead: [number, number][] = reached.map((slot) => [slot, weights[slot]!]);
    for (const slot of reached) {
      weights[slot] = 0;
      met[slot] = 0;
    }
    let seen = reached;
    if (seen.length > MAX_SCORED_CANDIDATES) {
      // Most keys share one middling term; those sharing the rarest term or several come first.
      const bar = leads[0] ? this.idf(leads[0].term) : 0;
      let strong = lead.filter(([, weight]) => weight >= bar);
      // Ties by the claim, not by when its file was indexed: the same folder read in another
      // order must score the same candidates.
      if (strong.length > MAX_SCORED_CANDIDATES) strong = strong.sort((a, b) => b[1] - a[1] || this.bySlot(a[0], b[0])).slice(0, MAX_SCORED_CANDIDATES);
      seen = strong.map(([key]) => key);
    }
    const own = this.documents.get(id);
    const ownDays = weekdaysOf(claim);
    const ownWeight = this.weight(claim);
    const ownTerms = new Set(claim.terms);
    const results: ScoredCandidate[] = [];
    for (const slot of seen) {
      const { id: otherId, index } = this.slots[slot]!;
      const document = this.documents.get(otherId);
      const other = document?.claims[index];
      if (!document || !other) continue;
      const sharesName = other.entities.some((e) => claim.entities.includes(e));
      // Claims that both name actors must share one (the same kind of event, other actors).
      if (claim.entities.length > 0 && other.entities.length > 0 && !sharesName) continue;
      const sameEvent = own !== undefined && this.sameEvent(own, document);
      // Different days for the same kind of happening: different events ("resume on Wednesday" / "on Thursday").
      const otherDays = weekdaysOf(other);
      if (ownDays.size > 0 && otherDays.size > 0 && ![...ownDays].some((d) => otherDays.has(d))) continue;
      const { score, sharedWords, sameCount } = this.compare(claim, ownTerms, ownWeight, other);
      // The same fact shares its predicate and an argument, not only a name: "The New York Times
      // is expected to endorse…" / "…an airport official told The New York Times". A count of the
      // same thing is an argument shared ("About 4,000 dockworkers walked off…" / "About 4,000
      // workers are taking part").
      // (A word and two names both use are a predicate and its arguments too: "Ellen DeGeneres to
      // host the Oscars" / "DeGeneres will host the Oscars". One name is not: campaign news names
      // the same candidates in every sentence, "Trump is wrong" / "Trump and Sanders are wrong".)
      const namesShared = sharedWords === 1 ? other.entities.filter((e) => claim.entities.includes(e)).length : 0;
      if (sharedWords + (sameCount ? 1 : 0) + (namesShared >= 2 ? 1 : 0) < MIN_SHARED_WORDS) continue;
      const needed = sameEvent ? threshold : Math.max(threshold, CROSS_EVENT_THRESHOLD);
      if (score >= needed && (sameEvent || sharesName)) results.push({ other: { id: otherId, outlet: document.outlet, index, claim: other }, score });
    }
    return results.sort((a, b) => b.score - a.score || byClaim(a.other, b.other));
  }

  /** Two slots in an order that does not depend on when their files were indexed. */
  private bySlot(a: number, b: number): number {
    return byClaim(this.slots[a]!, this.slots[b]!);
  }

  /** The similarity of two claims as candidates() scores it, whether or not it would retrieve them. */
  similarity(a: ClaimRecord, b: ClaimRecord): number {
    return this.compare(a, new Set(a.terms), this.weight(a), b).score;
  }

  /**
   * The cosine of two claims' IDF-weighted terms, with a bonus when both count the same thing;
   * and the content words (not names) they share.
   */
  private compare(claim: ClaimRecord, ownTerms: ReadonlySet<string>, ownWeight: number, other: ClaimRecord): { score: number; sharedWords: number; sameCount: boolean } {
    let shared = 0;
    let sharedWords = 0;
    for (const t of other.terms) {
      if (!ownTerms.has(t)) continue;
      shared += this.idf(t);
      if (!other.entities.includes(t)) sharedWords++;
    }
    const sameCount = claim.quantities.some((q) => q.unit !== undefined && other.quantities.some((o) => o.unit === q.unit));
    const score = (ownWeight && shared ? shared / (ownWeight * this.weight(other)) : 0) + (sameCount ? SAME_COUNT_BONUS : 0);
    return { score, sharedWords, sameCount };
  }
}

function sketchOf(document: Document): Uint32Array {
  document.sketch ??= textSketch(document.claims.map((c) => c.text));
  return document.sketch;
}

/** By file, then by the claim's place in it: an order that holds however the folder was read. */
function byClaim(a: { id: string; index: number }, b: { id: string; index: number }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : a.index - b.index;
}
