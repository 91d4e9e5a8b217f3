/**
 * The boilerplate verdicts on a page of our own lines, one line to a block, as the boilerplate
 * tests read them: the text of each flagged line with the reason given for it.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

export function flaggedBoilerplate(lines: readonly string[]): { line: string; reason: string; code: string }[] {
  const analysis = analyze(lines.join('\n') + '\n', { fileName: 'page.txt' });
  assert.equal(analysis.skipped, undefined, `skipped: ${analysis.skipped}`);
  return analysis.annotations.filter((a) => a.kind === 'boilerplate').map((a) => ({ line: lines[a.range.start.line]!, reason: String(a.data['reason']), code: a.code }));
}

/** The texts of the flagged lines, as the round tests ask whether a line is flagged. */
export function flaggedLineSet(lines: readonly string[]): Set<string> {
  return new Set(flaggedBoilerplate(lines).map(({ line }) => line));
}

/** Every one of `lines` is flagged; the message names the first one kept. */
export function assertFlagged(flagged: ReadonlySet<string>, lines: Iterable<string>): void {
  for (const line of lines) assert.ok(flagged.has(line), `kept: ${line}`);
}

/** None of `lines` is flagged; the message names the first one flagged. */
export function assertKept(flagged: ReadonlySet<string>, lines: Iterable<string>): void {
  for (const line of lines) assert.ok(!flagged.has(line), `flagged: ${line}`);
}
