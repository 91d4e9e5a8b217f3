/**
 * What the language status item and "Check Current Article" say about an analysed article.
 * The status item's text and detail share one row of a hover about 500 px wide with its "Show
 * Output" link, which a long row pushes out of view: the text names the claims to check and the
 * conflicts, the detail only what the text leaves out (the boilerplate blocks), and every count
 * goes in the link's tooltip. Boilerplate is counted in blocks, as a reader sees it and the
 * quick fix removes it, not in lines. Kept apart from the vscode API so that it is tested
 * without an editor.
 */
import type { StatusParams } from '../../server/src/lsp/protocol.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface Counts {
  blocks: number;
  unattributed: number;
  vague: number;
  conflicts: number;
}

function countsOf(status: StatusParams): Counts {
  const of = (kind: string) => status.counts?.[kind] ?? 0;
  return { blocks: status.boilerplateBlocks ?? 0, unattributed: of('unattributed-claim'), vague: of('vague-attribution'), conflicts: of('conflict') };
}

/** The flagged claims (no source, or one that names no one) and the conflicts: "4 claims · 2 conflicts". */
export function shortSummary(status: StatusParams): string {
  const { blocks, unattributed, vague, conflicts } = countsOf(status);
  const claims = unattributed + vague;
  const parts = [...(claims ? [plural(claims, 'claim', 'claims')] : []), ...(conflicts ? [plural(conflicts, 'conflict', 'conflicts')] : [])];
  if (parts.length) return parts.join(' · ');
  return blocks ? plural(blocks, 'boilerplate block', 'boilerplate blocks') : 'nothing to report';
}

/** What the short summary leaves out, in a few words: "4 boilerplate blocks", or nothing. */
export function statusDetail(status: StatusParams): string {
  const { blocks, unattributed, vague, conflicts } = countsOf(status);
  return blocks && unattributed + vague + conflicts > 0 ? plural(blocks, 'boilerplate block', 'boilerplate blocks') : '';
}

/** Every count, for a tooltip or a message: "3 unattributed claims, 1 vague source, 2 conflicts, 4 boilerplate blocks". */
export function fullSummary(status: StatusParams): string {
  const { blocks, unattributed, vague, conflicts } = countsOf(status);
  const parts = [
    ...(unattributed ? [plural(unattributed, 'unattributed claim', 'unattributed claims')] : []),
    ...(vague ? [plural(vague, 'vague source', 'vague sources')] : []),
    ...(conflicts ? [plural(conflicts, 'conflict', 'conflicts')] : []),
    ...(blocks ? [plural(blocks, 'boilerplate block', 'boilerplate blocks')] : []),
  ];
  return parts.length ? parts.join(', ') : 'nothing to report';
}
