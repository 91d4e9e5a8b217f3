/**
 * Lexicon entries that are word sequences ("in a statement", "tens of thousands"), matched
 * against tokens. Looked for at every token of every sentence, so the entries are grouped by
 * their first word: a token tries only the entries that start with it.
 */

/** Tokens as far as matching needs them: their lower-case text. */
interface Worded {
  lower: string;
}

/** Whether the tokens from `at` on spell `words` (lower case). */
export function wordsAt(tokens: readonly Worded[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.lower !== words[k]) return false;
  return true;
}

/** Entries grouped by their first word, each group in the entries' order. */
export function byFirstWord<T>(entries: readonly T[], wordsOf: (entry: T) => readonly string[]): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    const first = wordsOf(entry)[0] ?? '';
    const group = index.get(first);
    if (group) group.push(entry);
    else index.set(first, [entry]);
  }
  return index;
}

/** The first entry (in the entries' order) whose words stand at `at`. */
export function entryAt<T>(tokens: readonly Worded[], at: number, index: ReadonlyMap<string, readonly T[]>, wordsOf: (entry: T) => readonly string[]): T | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  const group = index.get(token.lower);
  if (!group) return undefined;
  for (const entry of group) if (wordsAt(tokens, at, wordsOf(entry))) return entry;
  return undefined;
}
