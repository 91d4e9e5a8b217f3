/**
 * Finds which of many fixed phrases occur in a text, standing as whole words: not preceded or
 * followed by a letter or digit. A character trie walked from each possible start does in one
 * pass what a regular expression alternation of hundreds of phrases does by trying each
 * phrase at each position — and one trie holds the phrases of every category, so a line is
 * walked once however many categories the lexicon has.
 */
interface TrieNode<L> {
  next: Map<number, TrieNode<L>>;
  /**
   * The same children as two parallel lists, filled once every phrase is in: most nodes have one
   * child or a few, and scanning a short list of numbers is quicker than a map look-up.
   */
  codes: number[];
  children: TrieNode<L>[];
  /** Labels of the phrases that end here; empty when none does. */
  labels: L[];
}

function newNode<L>(): TrieNode<L> {
  return { next: new Map(), codes: [], children: [], labels: [] };
}

/** Fills the lists of children of the node and of every node under it. */
function listChildren<L>(node: TrieNode<L>): void {
  for (const [code, child] of node.next) {
    node.codes.push(code);
    node.children.push(child);
    listChildren(child);
  }
}

/** The child of `node` for the character code, if any. */
function childOf<L>(node: TrieNode<L>, code: number): TrieNode<L> | undefined {
  const codes = node.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return node.children[k];
  return undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters and digits, cached per UTF-16 code unit for the common range. */
const wordCharCache = new Int8Array(0x3000);
function isWordChar(code: number): boolean {
  if (code < 0x3000) {
    let known = wordCharCache[code]!;
    if (known === 0) {
      known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : -1;
      wordCharCache[code] = known;
    }
    return known === 1;
  }
  // Surrogates and other scripts: treat as letters, so that no phrase starts or ends inside them.
  return code >= 0xd800 && code <= 0xdfff ? true : LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** The root's children for these character codes (ASCII) are also kept in an array. */
const ROOT_TABLE_SIZE = 128;

export class PhraseMatcher<L = true> {
  private readonly root: TrieNode<L> = newNode();
  /**
   * The root's children by character code, for ASCII: every start of every line is looked up
   * at the root, and most of those look-ups find nothing (a space, a word no phrase opens).
   */
  private readonly rootTable: (TrieNode<L> | undefined)[] = new Array<TrieNode<L> | undefined>(ROOT_TABLE_SIZE).fill(undefined);

  /**
   * `phrases` as they will be compared (the caller lower-cases and folds both sides alike),
   * each a plain phrase or a phrase with the label `labelsIn` reports for it.
   */
  constructor(phrases: Iterable<string | readonly [string, L]>) {
    for (const entry of phrases) {
      const [phrase, label] = typeof entry === 'string' ? [entry, true as L] : entry;
      if (!phrase) continue;
      let node = this.root;
      for (let i = 0; i < phrase.length; i++) {
        const code = phrase.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = newNode();
          node.next.set(code, child);
        }
        node = child;
      }
      if (!node.labels.includes(label)) node.labels.push(label);
    }
    listChildren(this.root);
    for (const [code, child] of this.root.next) if (code < ROOT_TABLE_SIZE) this.rootTable[code] = child;
  }

  /** Whether some phrase occurs in `text` with no letter or digit right before or after it. */
  test(text: string): boolean {
    let found = false;
    this.walk(text, () => {
      found = true;
      return true;
    });
    return found;
  }

  /** The labels of every phrase that occurs in `text` as whole words. */
  labelsIn(text: string): Set<L> {
    const labels = new Set<L>();
    this.walk(text, (node) => {
      for (const label of node.labels) labels.add(label);
      return false;
    });
    return labels;
  }

  /** Calls `found` for each whole-word match until it returns true. */
  private walk(text: string, found: (node: TrieNode<L>) => boolean): void {
    const length = text.length;
    for (let start = 0; start < length; start++) {
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      const first = text.charCodeAt(start);
      let node: TrieNode<L> | undefined = first < ROOT_TABLE_SIZE ? this.rootTable[first] : this.root.next.get(first);
      for (let i = start; node !== undefined; node = childOf(node, text.charCodeAt(i))) {
        if (node.labels.length > 0 && (i + 1 === length || !isWordChar(text.charCodeAt(i + 1))) && found(node)) return;
        if (++i === length) break;
      }
    }
  }
}
