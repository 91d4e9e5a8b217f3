/**
 * Republishing: what a change to one document's place in the corpus invalidates elsewhere.
 * Corroboration links documents, so adding, changing or removing one changes the findings of
 * the documents it was linked to before and after, and of every open document; an unopened
 * file showing findings shows them for its new text. Changes are gathered for a moment and
 * republished together; a scan holds them back until it ends.
 */

/** How long to gather index changes before republishing the documents they affect. */
export const REPUBLISH_DELAY_MS = 200;

/** What republishing needs of the server. */
export interface RepublishDependencies {
  /** The documents whose corroboration involves this one (Corpus.linkedTo). */
  linkedTo(uri: string): Iterable<string>;
  isOpen(uri: string): boolean;
  openUris(): Iterable<string>;
  /** Whether an unopened file has findings showing (published from disk). */
  showsDiskFindings(uri: string): boolean;
  /** Brings an open document's findings up to date (as its run mode allows). */
  refreshOpen(uri: string): void;
  /** Republishes an unopened file's findings. */
  refreshDisk(uri: string): void;
  delayMs?: number;
}

/**
 * The documents a change to `uri` invalidates: those linked to it before or after the change,
 * the file itself when it is unopened and shows findings, and every other open document.
 */
export function invalidatedBy(uri: string, linked: Iterable<string>, open: Iterable<string>, showsDiskFindings: boolean): Set<string> {
  const affected = new Set<string>();
  for (const other of linked) if (other !== uri) affected.add(other);
  if (showsDiskFindings) affected.add(uri);
  for (const other of open) if (other !== uri) affected.add(other);
  return affected;
}

export class Republisher {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  /** Nesting of running scans (see beginBulk). */
  private bulkDepth = 0;

  constructor(private readonly deps: RepublishDependencies) {}

  /**
   * Changes a document's place in the corpus (`change` puts its claims in the index or takes
   * them out; a throw still counts as a change), then republishes the documents whose
   * corroboration may have changed.
   */
  change<T>(uri: string, change: () => T): T {
    // A scan adds files by the thousand: who links to whom is settled once, when it ends.
    if (this.bulkDepth > 0) return change();
    const linkedBefore = [...this.deps.linkedTo(uri)];
    try {
      return change();
    } finally {
      const linked = [...linkedBefore, ...this.deps.linkedTo(uri)];
      for (const other of invalidatedBy(uri, linked, this.deps.openUris(), this.deps.showsDiskFindings(uri) && !this.deps.isOpen(uri))) this.pending.add(other);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.republishPending(), this.deps.delayMs ?? REPUBLISH_DELAY_MS);
    }
  }

  /** While a scan indexes many files, republishing waits for its end. */
  beginBulk(): void {
    this.bulkDepth++;
  }

  /** The scan is over: open documents see the new corpus (the scan publishes the unopened ones). */
  endBulk(): void {
    this.bulkDepth = Math.max(0, this.bulkDepth - 1);
    if (this.bulkDepth === 0) for (const uri of this.deps.openUris()) this.deps.refreshOpen(uri);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private republishPending(): void {
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) {
      if (this.deps.isOpen(uri)) this.deps.refreshOpen(uri);
      else this.deps.refreshDisk(uri);
    }
  }
}
