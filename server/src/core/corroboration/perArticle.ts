import type { ClaimRecord } from './claims.js';

/**
 * What one corroboration pass works out about an article, worked out the first time it is asked
 * for and kept for the rest of the pass (the pass's own closures hold it, so nothing outlives it).
 */
export function oncePerArticle<T>(compute: (id: string) => T): (id: string) => T {
  const known = new Map<string, T>();
  return (id) => {
    if (!known.has(id)) known.set(id, compute(id));
    return known.get(id)!;
  };
}

/**
 * What one corroboration pass works out about a claim (of article `id`), likewise worked out once
 * and kept for the pass; keyed by the claim record, which the index holds while its article is in.
 */
export function oncePerClaim<T>(compute: (id: string, claim: ClaimRecord) => T): (id: string, claim: ClaimRecord) => T {
  const known = new WeakMap<ClaimRecord, T>();
  return (id, claim) => {
    if (!known.has(claim)) known.set(claim, compute(id, claim));
    return known.get(claim)!;
  };
}
