/**
 * Hover on a sentence: who says so (source, kind, cue, whether it carries over from a quote),
 * and what other articles say. VS Code shows a diagnostic's message in the same hover, so ours
 * never says it again: boilerplate gets no hover of ours, an unattributed claim only what the
 * diagnostic does not say, and a vague source no explanation of "vague".
 */
import type { Hover, Position } from 'vscode-languageserver';
import type { CorroborationMatch } from '../core/corroboration/index.js';
import type { Annotation } from '../core/annotation.js';
import { containsPosition } from './ranges.js';
import type { Article } from '../core/article.js';
import { escapeMarkdown } from './markdown.js';
import { cutText } from '../core/text.js';

/** A corroboration match as core produces it. */
type MatchData = CorroborationMatch;

/** Hovers quote other articles; a long sentence is cut so the hover stays readable. */
const QUOTE_LIMIT = 220;

function quote(text: string): string {
  return `“${escapeMarkdown(cutText(text, QUOTE_LIMIT))}”`;
}

function link(match: MatchData): string {
  // A file link with a line fragment opens the other article at that sentence.
  return `[line ${match.range.start.line + 1}](${match.uri.replace(/[()]/g, (c) => encodeURIComponent(c))}#L${match.range.start.line + 1})`;
}

/** Markdown sections: what corroborates the claim, then what disagrees with it. */
function describeCorroboration(annotations: readonly Annotation[]): string[] {
  const sections: string[] = [];
  const matches = annotations.filter((a) => a.code === 'corroboration/match').flatMap((a) => a.data['matches'] as MatchData[]);
  const conflicts = annotations.filter((a) => a.kind === 'conflict').flatMap((a) => a.data['matches'] as MatchData[]);
  if (matches.length > 0) {
    const outlets = new Set(matches.map((m) => m.outlet)).size;
    const items = matches.map((m) => {
      const figures = m.values ? ` (${escapeMarkdown(m.values.there)}, which agrees with ${escapeMarkdown(m.values.here)})` : '';
      return `- *${escapeMarkdown(m.outlet)}*, ${link(m)}: ${quote(m.text)}${figures}`;
    });
    sections.push([`**Also reported by ${outlets} other outlet${outlets === 1 ? '' : 's'}:**`, ...items].join('\n'));
  } else if (annotations.some((a) => a.code === 'claim/single-source')) {
    sections.push('No other article in the workspace reports this claim.');
  }
  if (conflicts.length > 0) {
    const items = conflicts.map((m) => `- here ${quote(m.values?.here ?? '')}; *${escapeMarkdown(m.outlet)}*, ${link(m)}: ${quote(m.values?.there ?? m.text)}`);
    sections.push(['**Figures disagree:**', ...items].join('\n'));
  }
  return sections;
}

const KIND_LABEL: Record<string, string> = {
  named: 'named source',
  group: 'group',
  vague: 'vague source',
  impersonal: 'impersonal',
};


function describeAttribution(annotation: Annotation): string {
  const data = annotation.data;
  const kind = KIND_LABEL[String(data['sourceKind'])] ?? String(data['sourceKind']);
  const lines = [`**Source:** ${escapeMarkdown(String(data['source']))} — ${kind}`, `**Cue:** “${escapeMarkdown(String(data['cue']))}”`];
  if (data['carried']) lines.push('Carried over from the quote this sentence continues.');
  if (data['antecedentRange']) lines.push('The source is referred to here by a pronoun or role; named earlier in the article.');
  return lines.join('  \n');
}

export function hoverAt(article: Article, annotations: readonly Annotation[], position: Position): Hover | null {
  const here = annotations.filter((a) => containsPosition(a.range, position));
  if (here.some((a) => a.kind === 'boilerplate')) return null;
  const attribution = here.find((a) => a.kind === 'attribution');
  const unattributed = here.find((a) => a.kind === 'unattributed-claim');
  if (attribution) {
    const value = [describeAttribution(attribution), ...describeCorroboration(here)].join('\n\n');
    return { contents: { kind: 'markdown', value }, range: attribution.range };
  }
  if (unattributed) {
    // The diagnostic already says the claim has no source: the hover adds only what it does not.
    const sections = describeCorroboration(here);
    return sections.length > 0 ? { contents: { kind: 'markdown', value: sections.join('\n\n') }, range: unattributed.range } : null;
  }
  // A sentence of the article that is neither sourced nor a claim.
  for (const block of article.blocks) {
    if (block.line !== position.line) continue;
    for (const sentence of block.sentences) {
      const range = article.rangeOf(sentence.start, sentence.end);
      if (containsPosition(range, position)) return { contents: { kind: 'markdown', value: '**No source**, and nothing checkable to attribute.' }, range };
    }
  }
  return null;
}
