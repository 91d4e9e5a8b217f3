/**
 * A police spokesman's account, told over several sentences: "…, Constable Tim Fanning said." /
 * "All but the gunman escaped without injury." / "Fanning said the man had been fired…". The
 * sentence between two that one source speaks is that source's account going on, and an editor
 * does not ask "says who?" of it. Blind readers queried 1 of the 7 labelled flags that stand so
 * (QUALITY.md round 295), against nearly half of the others; a source only before the sentence is
 * no such evidence (the readers kept as many of those flags as they rejected: 2026-12-03).
 */
import type { SentenceAttribution } from './index.js';
import { ownSourceOf, storyBody } from './storyBody.js';

/**
 * The source a sentence names itself (someone named or a group), as a reader would name it: a
 * name by its last word, so that "Constable Tim Hale" and a later "Hale" are one speaker.
 */
function ownSpeaker(result: SentenceAttribution | undefined): string | undefined {
  const source = ownSourceOf(result);
  if (source === undefined || (source.kind !== 'named' && source.kind !== 'group')) return undefined;
  const words = source.text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/\s+/);
  return source.kind === 'named' ? words.at(-1) : words.join(' ');
}

/** Clears the "unattributed" flag of a sentence whose neighbours on both sides name the same source. */
export function spareAccountBetween(results: readonly SentenceAttribution[]): void {
  const body = storyBody(results);
  body.forEach((result, i) => {
    if (!result.unattributed) return;
    const before = ownSpeaker(body[i - 1]);
    if (before !== undefined && before === ownSpeaker(body[i + 1])) delete result.unattributed;
  });
}
