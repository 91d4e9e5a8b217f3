/**
 * A corpus entry on its way from a worker thread to the main thread, which keeps it for as
 * long as the file is in the corpus: tens of thousands of them after a workspace scan.
 * Structured cloning gives every string of every entry a copy of its own, so two things are
 * done to keep the main thread small:
 * - each claim's sentence text stays behind: the main thread has the file's text and takes
 *   the sentence from it (as the cache does, see cache/analysisCache.ts), a slice that shares
 *   the text's characters instead of a copy of them;
 * - the words of claims (names, units, the lemmas of their frames), which repeat from file to
 *   file, are shared: one copy of each equal word (SharedStrings); the corpus index does the
 *   same for their terms.
 * The entry that comes out equals the one the worker made, field for field and in the same order.
 */
import type { CorpusEntry } from '../core/corpusEntry.js';
import type { ClaimRecord } from '../core/corroboration/claims.js';
import type { ClaimDate } from '../core/corroboration/dates.js';
import type { Frame } from '../core/corroboration/frames.js';

/** A claim without its sentence's text: start and end say where it is in the file's text. */
export type ClaimOnWire = Omit<ClaimRecord, 'text'>;

/** A corpus entry as a worker sends it. */
export type EntryOnWire = Omit<CorpusEntry, 'claims'> & { claims: ClaimOnWire[] };

/** The entry to post: its claims without their texts. */
export function entryForTransfer(entry: CorpusEntry): EntryOnWire {
  return { ...entry, claims: entry.claims.map(({ text: _text, ...claim }) => claim) };
}

/**
 * One copy of each equal string. Bounded by the vocabulary of the files it sees; the pool
 * starts a new one with each set of workers, so a long session does not keep every word it met.
 */
export class SharedStrings {
  private readonly strings = new Map<string, string>();

  share(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  /** The list with each string replaced by its shared copy, in place. */
  shareAll(values: string[]): string[] {
    for (let i = 0; i < values.length; i++) values[i] = this.share(values[i]!);
    return values;
  }
}

function shareFrame(frame: Frame, strings: SharedStrings): void {
  strings.shareAll(frame.names);
  if (frame.holder !== undefined) frame.holder = strings.share(frame.holder);
  strings.shareAll(frame.words);
  strings.shareAll(frame.nouns);
  strings.shareAll(frame.verbs);
  if (frame.verb !== undefined) frame.verb = strings.share(frame.verb);
  strings.shareAll(frame.time);
  if (frame.context) strings.shareAll(frame.context);
}

function shareDate(date: ClaimDate, strings: SharedStrings): void {
  if (date.frame) shareFrame(date.frame, strings);
}

/**
 * The entry a worker sent for `text`, its claims given their sentences back and their words
 * shared. The wire objects are the main thread's own copies: they are changed in place.
 */
export function entryReceived(wire: EntryOnWire, text: string, strings: SharedStrings): CorpusEntry {
  const claims = wire.claims.map((claim): ClaimRecord => {
    // (Terms are not: the corpus index keeps one copy of each as it files the claim under it.)
    strings.shareAll(claim.entities);
    for (const quantity of claim.quantities) {
      if (quantity.unit !== undefined) quantity.unit = strings.share(quantity.unit);
      if (quantity.frame) shareFrame(quantity.frame, strings);
    }
    for (const date of claim.dates) shareDate(date, strings);
    const { start, end, range, terms, entities, quantities, dates, source, sourceKind, headline } = claim;
    // The fields in the order claimRecords gives them.
    return {
      start,
      end,
      range,
      text: text.slice(start, end),
      terms,
      entities,
      quantities,
      dates,
      ...(source !== undefined ? { source: strings.share(source) } : {}),
      ...(sourceKind !== undefined ? { sourceKind } : {}),
      ...(headline ? { headline } : {}),
    };
  });
  return { ...wire, claims };
}
