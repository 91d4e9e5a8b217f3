/**
 * The lines "unattributed" is said of, in an article of our own: a headline and paragraphs, one
 * blank line apart, so that paragraph k (from 1) stands on line 2k.
 */
import { analyze } from '../../server/src/core/annotate.js';

export function unattributedLines(headline: string, ...paragraphs: string[]): number[] {
  return analyze([headline, ...paragraphs].join('\n\n'))
    .annotations.filter((a) => a.kind === 'unattributed-claim')
    .map((a) => a.range.start.line);
}
