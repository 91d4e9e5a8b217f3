/**
 * Semantic tokens that mark, in the editor, the source and the cue of each attributed
 * sentence. Vague and impersonal sources carry the `vague` modifier.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis } from '../core/annotate.js';
import type { Range } from '../core/annotation.js';
import { linesOf } from './offThreadAnalysis.js';

export const TOKEN_TYPES = ['attributionSource', 'attributionCue'] as const;
export const TOKEN_MODIFIERS = ['vague'] as const;
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

interface Token {
  range: Range;
  type: number;
  modifiers: number;
}

export function semanticTokens(analysis: Analysis): SemanticTokens {
  const tokens: Token[] = [];
  for (const annotation of analysis.annotations) {
    if (annotation.kind !== 'attribution' || annotation.data.carried) continue;
    const vague = annotation.data.sourceKind === 'vague' || annotation.data.sourceKind === 'impersonal' ? 1 : 0;
    const source = annotation.data.sourceRange;
    const cue = annotation.data.cueRange;
    tokens.push({ range: source, type: 0, modifiers: vague });
    // An impersonal source is its cue ("it is believed"): one token is enough.
    const overlaps = cue.start.line === source.start.line && cue.start.character < source.end.character && source.start.character < cue.end.character;
    if (!overlaps) tokens.push({ range: cue, type: 1, modifiers: 0 });
  }
  tokens.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const builder = new SemanticTokensBuilder();
  // (The lines without parsing: an analysis made on a worker has its article parsed only on demand.)
  const lineText = (line: number) => linesOf(analysis)?.lines[line]?.text ?? '';
  for (const { range, type, modifiers } of tokens) {
    for (const piece of onePerLine(range, lineText)) builder.push(piece.line, piece.start, piece.end - piece.start, type, modifiers);
  }
  return builder.build();
}

/**
 * A range as pieces that each stay on one line, as semantic tokens must: a source hard-wrapped
 * over two lines ("the state-run Korean ¶ Central News Agency") is marked on both, not on the
 * white space at the break.
 */
function onePerLine(range: Range, lineText: (line: number) => string): { line: number; start: number; end: number }[] {
  if (range.start.line === range.end.line) return [{ line: range.start.line, start: range.start.character, end: range.end.character }];
  const pieces: { line: number; start: number; end: number }[] = [];
  for (let line = range.start.line; line <= range.end.line; line++) {
    const text = lineText(line);
    const from = line === range.start.line ? range.start.character : text.length - text.trimStart().length;
    const to = line === range.end.line ? range.end.character : text.trimEnd().length;
    if (to > from) pieces.push({ line, start: from, end: to });
  }
  return pieces;
}
