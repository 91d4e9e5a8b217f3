/**
 * Names and their adjectives fold together: "Korean" and "Korea", "Russian" and "Russia",
 * "Ukrainian" and "Ukraine" all keep the same stem.
 */
export function nameStem(word: string): string {
  const plain = word.toLowerCase().replace(/['’]s$/, '');
  const stem = plain.replace(/(?:ians?|eans?|ans?|ese|ia|ea|a|e)$/, '');
  return stem.length >= 3 ? stem : plain;
}
