/**
 * What the attribution pass says of one sentence written as the only paragraph under a headline:
 * the `data` of its attribution annotation, or undefined when the sentence has none. The tests of
 * attribution's forms read their sentences this way.
 */
import { analyze } from '../../server/src/core/annotate.js';

export function attributionAfterHeadline(sentence: string, headline = 'Council approves harbour bridge plan'): Readonly<Record<string, unknown>> | undefined {
  const { annotations } = analyze(`${headline}\n\n${sentence}`);
  const found = annotations.find((a) => a.kind === 'attribution' && a.range.start.line === 2);
  return found?.data as Readonly<Record<string, unknown>> | undefined;
}

/** The source the attribution pass names for one sentence under a headline, or undefined. */
export function sourceAfterHeadline(sentence: string, headline?: string): string | undefined {
  const data = attributionAfterHeadline(sentence, headline);
  return data ? String(data['source']) : undefined;
}
