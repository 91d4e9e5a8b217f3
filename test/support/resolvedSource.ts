/**
 * The name the attribution pass resolved a pronoun or role source to, in paragraphs written under
 * a headline: the tests of pronoun resolution read their texts this way.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

const HEADLINE = 'Harbour council approves bridge to replace ferry crossing';

/** The `resolvedSource` of the attribution on the paragraph that starts with `opening`. */
export function resolvedSourceOf(paragraphs: readonly string[], opening: string): unknown {
  const text = [HEADLINE, ...paragraphs].join('\n\n');
  const { annotations, article } = analyze(text);
  const found = annotations.find((a) => a.kind === 'attribution' && text.slice(article!.offsetAt(a.range.start)).startsWith(opening));
  assert.ok(found, `no attribution on “${opening}”`);
  return (found.data as Readonly<Record<string, unknown>>)['resolvedSource'];
}
