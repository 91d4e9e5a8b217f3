/**
 * Semantic tokens that mark, in the editor, the source and the cue of each attributed
 * sentence. Vague and impersonal sources carry the `vague` modifier.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis } from '../core/annotate.js';
import type { Range } from '../core/annotation.js';

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
  for (const { range, type, modifiers } of tokens) {
    // Tokens may not span lines; ours never do (a block is one line), but stay safe.
    if (range.start.line !== range.end.line) continue;
    builder.push(range.start.line, range.start.character, range.end.character - range.start.character, type, modifiers);
  }
  return builder.build();
}
