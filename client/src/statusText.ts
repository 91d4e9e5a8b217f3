/**
 * What the language status item and "Check Current Article" say about an analysed article.
 * The status item's text must stay short (a long one hides its "Show Output" link), so it names
 * the claims to check and the conflicts; every count is in its detail. Boilerplate is counted in
 * blocks, as a reader sees it and the quick fix removes it, not in lines. Kept apart from the
 * vscode API so that it is tested without an editor.
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

/** Every count, for the detail: "3 unattributed claims, 1 vague source, 2 conflicts, 4 boilerplate blocks". */
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
