/**
 * What the attribution pass's later steps read of the sentences it has attributed: the story
 * under its headline, and the source a sentence names itself that stands behind what it tells.
 */
import type { SentenceAttribution, SourceAttribution } from './index.js';

/** The sentences of the story under its headline, in order. */
export function storyBody(results: readonly SentenceAttribution[]): SentenceAttribution[] {
  return results.filter((r) => !r.headline && !r.inHeadline);
}

/**
 * The source a sentence names itself that stands behind what it tells: not one carried from a
 * quotation, not an impersonal cue ("is expected to"), and not a position taken ("the senator
 * wants…"), which sources nothing that follows it.
 */
export function ownSourceOf(result: SentenceAttribution | undefined): SourceAttribution | undefined {
  const source = result?.source;
  return source !== undefined && !source.carried && source.kind !== 'impersonal' && source.form !== 'stance' ? source : undefined;
}
