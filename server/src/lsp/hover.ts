/**
 * Hover on a sentence: who says so (source, kind, cue, whether it carries over from a quote),
 * or that it has no source. Boilerplate lines get no hover of ours: the diagnostic already
 * names the category.
 */
import type { Hover, Position, Range } from 'vscode-languageserver';
import type { Analysis } from '../core/annotate.js';
import type { Annotation } from '../core/annotation.js';
import { escapeMarkdown } from './markdown.js';

const KIND_LABEL: Record<string, string> = {
  named: 'named source',
  group: 'group',
  vague: 'vague source: names no one a reader could check',
  impersonal: 'impersonal: names no one',
};

function contains(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

function describeAttribution(annotation: Annotation): string {
  const data = annotation.data;
  const kind = KIND_LABEL[String(data['sourceKind'])] ?? String(data['sourceKind']);
  const lines = [`**Source:** ${escapeMarkdown(String(data['source']))} — ${kind}`, `**Cue:** “${escapeMarkdown(String(data['cue']))}”`];
  if (data['carried']) lines.push('Carried over from the quote this sentence continues.');
  if (data['antecedentRange']) lines.push('The source is referred to here by a pronoun or role; named earlier in the article.');
  return lines.join('  \n');
}

export function hoverAt(analysis: Analysis, position: Position): Hover | null {
  const article = analysis.article;
  if (!article) return null;
  const here = analysis.annotations.filter((a) => contains(a.range, position));
  if (here.some((a) => a.kind === 'boilerplate')) return null;
  const attribution = here.find((a) => a.kind === 'attribution');
  if (attribution) return { contents: { kind: 'markdown', value: describeAttribution(attribution) }, range: attribution.range };
  const unattributed = here.find((a) => a.kind === 'unattributed-claim');
  if (unattributed) {
    return { contents: { kind: 'markdown', value: '**No source.** This claim does not say who says so.' }, range: unattributed.range };
  }
  // A sentence of the article that is neither sourced nor a claim.
  for (const block of article.blocks) {
    if (block.line !== position.line) continue;
    for (const sentence of block.sentences) {
      const range = article.rangeOf(sentence.start, sentence.end);
      if (contains(range, position)) return { contents: { kind: 'markdown', value: '**No source**, and nothing checkable to attribute.' }, range };
    }
  }
  return null;
}
