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
