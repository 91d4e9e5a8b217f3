/**
 * Hover on a sentence: who says so (source, kind, cue, whether it carries over from a quote),
 * and what other articles say. VS Code shows a diagnostic's message in the same hover, so ours
 * never says it again: boilerplate gets no hover of ours, an unattributed claim only what the
 * diagnostic does not say (a demoted one names itself, as VS Code shows a Hint's message over
 * two letters only), and a vague source no explanation of "vague".
 */
import type { Hover, Position } from 'vscode-languageserver';
import type { CorroborationMatch } from '../core/corroboration/index.js';
import type { SourceKind } from '../core/attribution/kinds.js';
import type { Annotation, AttributionAnnotation } from '../core/annotation.js';
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

/** Long lists are collapsed so a hover stays a few lines tall: the first three, then a count. */
const LIST_LIMIT = 3;

function collapse(items: readonly string[], more: (count: number) => string): string[] {
  return items.length <= LIST_LIMIT ? [...items] : [...items.slice(0, LIST_LIMIT), more(items.length - LIST_LIMIT)];
}

function at(match: MatchData): string {
  return `*${escapeMarkdown(match.outlet)}* (${link(match)})`;
}

/**
 * The disagreement in one line, here against there, outlet by outlet. It leads the hover and
 * does not name itself ("Figures disagree"): the conflict's diagnostic, shown in the same
 * hover, already does.
 */
function describeConflicts(conflicts: readonly MatchData[]): string | undefined {
  if (conflicts.length === 0) return undefined;
  const byHere = new Map<string, MatchData[]>();
  for (const m of conflicts) byHere.set(m.values?.here ?? '', [...(byHere.get(m.values?.here ?? '') ?? []), m]);
  const clauses = [...byHere].map(([here, there]) => {
    const others = collapse(
      there.map((m) => `${quote(m.values?.there ?? m.text)} in ${at(m)}`),
      (n) => `and ${n} more`,
    );
    return `${quote(here)} here vs ${others.join(', ')}`;
  });
  return clauses.join('; ');
}

/** The other outlets that report the claim, the first few quoted. */
function describeMatches(annotations: readonly Annotation[]): string | undefined {
  const matches = annotations.flatMap((a) => (a.code === 'corroboration/match' ? a.data.matches : []));
  if (matches.length === 0) {
    return annotations.some((a) => a.code === 'claim/single-source') ? 'No other article in the workspace reports this claim.' : undefined;
  }
  const outlets = new Set(matches.map((m) => m.outlet)).size;
  const items = matches.map((m) => {
    const figures = m.values ? ` (${escapeMarkdown(m.values.there)}, which agrees)` : '';
    return `- ${at(m)}: ${quote(m.text)}${figures}`;
  });
  return [`**Also reported by ${outlets} other outlet${outlets === 1 ? '' : 's'}:**`, ...collapse(items, (n) => `- and ${n} more`)].join('\n');
}

const KIND_LABEL: Record<SourceKind, string> = {
  named: 'named source',
  group: 'group',
  vague: 'vague source',
  impersonal: 'impersonal',
};

function describeAttribution(annotation: AttributionAnnotation): string {
  const data = annotation.data;
  const kind = KIND_LABEL[data.sourceKind];
  // A pronoun or role resolved to a name shows both: "he — Sir Howard Newby".
  const resolved = data.resolvedSource !== undefined ? ` — ${escapeMarkdown(data.resolvedSource)}` : '';
  const lines = [`**Source:** ${escapeMarkdown(data.source)}${resolved} — ${kind}`, `**Cue:** “${escapeMarkdown(data.cue)}”`];
  if (data.carried) lines.push('Carried over from the quote this sentence continues.');
  if (data.antecedentRange) lines.push('The source is referred to here by a pronoun or role; named earlier in the article.');
  return lines.join('  \n');
}

/**
 * Why an unattributed claim is shown one severity lower. A demoted Information claim becomes a
 * Hint, whose message VS Code shows on hover only over the first two characters; this hover
 * covers the whole sentence, so it names the finding and gives the reason. The outlets follow
 * (describeMatches), so their count is not given twice.
 */
function describeDemotion(claim: Annotation): string | undefined {
  if (claim.kind !== 'unattributed-claim' || claim.data.demoted !== true) return undefined;
  return '**Unattributed claim, shown one severity lower** because other outlets report it (`corroborate.demoteCorroboratedClaims`).';
}

export function hoverAt(article: Article, annotations: readonly Annotation[], position: Position): Hover | null {
  const here = annotations.filter((a) => containsPosition(a.range, position));
  if (here.some((a) => a.kind === 'boilerplate')) return null;
  const attribution = here.find((a) => a.kind === 'attribution');
  const unattributed = here.find((a) => a.kind === 'unattributed-claim');
  const sentence = attribution ?? unattributed;
  if (sentence) {
    // The disagreement first, then who says so, then who else does. An unattributed claim has
    // no source section: its diagnostic already says it has none.
    const conflicts = here.flatMap((a) => (a.kind === 'conflict' ? a.data.matches : []));
    const sections = [describeConflicts(conflicts), attribution ? describeAttribution(attribution) : describeDemotion(sentence), describeMatches(here)].filter((x): x is string => !!x);
    return sections.length > 0 ? { contents: { kind: 'markdown', value: sections.join('\n\n') }, range: sentence.range } : null;
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
