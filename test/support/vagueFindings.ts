/**
 * Paragraphs written under a headline, and what the attribution pass says of each: the source it
 * names (if any) and whether it warns of a vague source there. The tests of vague-source warnings
 * read their sentences this way.
 */
import { analyze } from '../../server/src/core/annotate.js';

export function vagueFindings(...paragraphs: string[]): { source?: string; vague: boolean }[] {
  const { annotations } = analyze(['Harbour bridge vote delayed', ...paragraphs].join('\n\n'));
  return paragraphs.map((_, i) => {
    const line = 2 * (i + 1);
    const source = annotations.find((a) => a.kind === 'attribution' && a.range.start.line === line);
    return {
      ...(source ? { source: String((source.data as Readonly<Record<string, unknown>>)['source']) } : {}),
      vague: annotations.some((a) => a.kind === 'vague-attribution' && a.range.start.line === line),
    };
  });
}
