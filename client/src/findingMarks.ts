/**
 * The parts of an article the client marks itself, because VS Code's own drawing of a finding
 * does not show them. Kept apart from the vscode API so that it is tested without an editor;
 * `findingMarkers.ts` applies it.
 *
 * - A finding shown as a Hint (a corroborated claim demoted from Information, or any rule a user
 *   sets to `hint`) is drawn by VS Code as three dots under its first two characters, and its
 *   message is shown on hover only there. Unless it is tagged Unnecessary or Deprecated (our
 *   boilerplate is faded whole), its whole range is marked, quietly.
 * - A vague or impersonal source ("some observers", "it is believed") is coloured as weak, not
 *   wrong: its range travels in the data of the diagnostic that reports the sentence.
 */
import { DIAGNOSTIC_SOURCE } from '../../server/src/lsp/protocol.js';

/** `vscode.DiagnosticSeverity.Hint` and `vscode.DiagnosticTag`'s values, fixed by the API. */
const HINT = 3;
const UNNECESSARY = 1;
const DEPRECATED = 2;

export interface PositionLike {
  line: number;
  character: number;
}

export interface RangeLike {
  start: PositionLike;
  end: PositionLike;
}

/** What is read of a `vscode.Diagnostic`; the language client keeps the server's `data` on it. */
export interface DiagnosticLike<R extends RangeLike = RangeLike> {
  range: R;
  severity: number;
  source?: string;
  tags?: readonly number[];
  data?: unknown;
}

const ours = (d: DiagnosticLike): boolean => d.source === DIAGNOSTIC_SOURCE;

/** The ranges of Corroborate's findings that VS Code draws as three dots: marked over their whole length. */
export function hintRanges<R extends RangeLike>(diagnostics: readonly DiagnosticLike<R>[]): R[] {
  return diagnostics.filter((d) => ours(d) && d.severity === HINT && !d.tags?.some((t) => t === UNNECESSARY || t === DEPRECATED)).map((d) => d.range);
}

function isRange(value: unknown): value is RangeLike {
  const position = (p: unknown) => typeof p === 'object' && p !== null && typeof (p as PositionLike).line === 'number' && typeof (p as PositionLike).character === 'number';
  return typeof value === 'object' && value !== null && position((value as RangeLike).start) && position((value as RangeLike).end);
}

/** The sources that name no one, each once, from the data of the findings that report their sentences. */
export function vagueSourceRanges(diagnostics: readonly DiagnosticLike[]): RangeLike[] {
  const seen = new Map<string, RangeLike>();
  for (const d of diagnostics) {
    if (!ours(d) || typeof d.data !== 'object' || d.data === null) continue;
    const { sourceKind, sourceRange } = d.data as Record<string, unknown>;
    if ((sourceKind !== 'vague' && sourceKind !== 'impersonal') || !isRange(sourceRange)) continue;
    const { start, end } = sourceRange;
    seen.set(`${start.line}:${start.character}-${end.line}:${end.character}`, { start: { ...start }, end: { ...end } });
  }
  return [...seen.values()];
}
