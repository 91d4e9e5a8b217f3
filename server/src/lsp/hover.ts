/**
 * Hover on a sentence: who says so (source, kind, cue, whether it carries over from a quote),
 * and what other articles say. VS Code shows a diagnostic's message in the same hover, so ours
 * never says it again: boilerplate gets no hover of ours, an unattributed claim only what the
 * diagnostic does not say (a demoted one names itself, as VS Code shows a Hint's message over
 * two letters only), and a vague source no explanation of "vague".
 */
import type { Hover, Position } from 'vscode-languageserver';
import type { CorroborationMatch } from '../core/corroboration/index.js';
import { sourceLabel, sourcesNote, type IndependentSource } from '../core/corroboration/sources.js';
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

/** Whose words a figure is, when its sentence names a source: " (the port authority)". */
function whose(source: string | undefined): string {
  return source === undefined ? '' : ` (${escapeMarkdown(source)})`;
}

/**
 * The disagreement in one line, here against there, outlet by outlet, each figure with whose it
 * is. It leads the hover and does not name itself ("Figures disagree"): the conflict's
 * diagnostic, shown in the same hover, already does.
 */
function describeConflicts(annotations: readonly Annotation[]): string | undefined {
  const byHere = new Map<string, { source?: string; there: MatchData[] }>();
  for (const a of annotations) {
    if (a.kind !== 'conflict') continue;
    for (const m of a.data.matches) {
      const here = m.values?.here ?? '';
      const entry = byHere.get(here) ?? { ...(a.data.source !== undefined ? { source: a.data.source } : {}), there: [] };
      entry.there.push(m);
      byHere.set(here, entry);
    }
  }
  if (byHere.size === 0) return undefined;
  const clauses = [...byHere].map(([here, { source, there }]) => {
    const others = collapse(
      there.map((m) => `${quote(m.values?.there ?? m.text)}${whose(m.source)} in ${at(m)}`),
      (n) => `and ${n} more`,
    );
    return `${quote(here)}${whose(source)} here vs ${others.join(', ')}`;
  });
  return clauses.join('; ');
}

function matchItem(m: MatchData, indent = ''): string {
  const figures = m.values ? ` (${escapeMarkdown(m.values.there)}, which agrees)` : '';
  return `${indent}- ${at(m)}: ${quote(m.text)}${figures}`;
}

/**
 * The matches by independent source (core groups them): an outlet that is a source of its own is
 * one item, a group of outlets a heading with its outlets under it.
 */
function groupedItems(matches: readonly MatchData[], sources: readonly IndependentSource[]): string[] {
  const items: string[] = [];
  // This article's group last: the others are what confirms it.
  for (const source of [...sources.filter((s) => !s.withThis), ...sources.filter((s) => s.withThis)]) {
    const members = matches.filter((m) => source.outlets.includes(m.outlet));
    if (members.length === 0) continue;
    if (source.basis === 'outlet' && !source.withThis) {
      items.push(...members.map((m) => matchItem(m)));
      continue;
    }
    const heading = `- **${escapeMarkdown(sourceLabel(source))}**${source.withThis && source.basis !== 'copies' ? ', as here' : ''}:`;
    items.push(
      [
        heading,
        ...collapse(
          members.map((m) => matchItem(m, '  ')),
          (n) => `  - and ${n} more`,
        ),
      ].join('\n'),
    );
  }
  return items;
}

/** The other outlets that report the claim, by independent source, the first few quoted. */
function describeMatches(annotations: readonly Annotation[]): string | undefined {
  const found = annotations.flatMap((a) => (a.code === 'corroboration/match' ? [a.data] : []));
  const matches = found.flatMap((d) => d.matches);
  if (matches.length === 0) {
    return annotations.some((a) => a.code === 'claim/single-source') ? 'No other article in the workspace reports this claim.' : undefined;
  }
  const outlets = new Set(matches.map((m) => m.outlet)).size;
  const heading = `**Also reported by ${outlets} other outlet${outlets === 1 ? '' : 's'}:**`;
  // One claim's annotation carries its grouping; the note says it as the diagnostic does.
  const [only] = found;
  const note = found.length === 1 ? sourcesNote(only!.sources, only!.outlets.length) : undefined;
  if (note === undefined)
    return [
      heading,
      ...collapse(
        matches.map((m) => matchItem(m)),
        (n) => `- and ${n} more`,
      ),
    ].join('\n');
  return [`**Also reported by ${outlets} other outlet${outlets === 1 ? '' : 's'}** (${escapeMarkdown(note)}):`, ...collapse(groupedItems(matches, only!.sources), (n) => `- and ${n} more`)].join('\n');
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
  // (An impersonal cue, "is expected to", names no one: it is shown as the cue only.)
  const source = data.sourceKind === 'impersonal' ? 'none named' : `${escapeMarkdown(data.source)}${resolved}`;
  // (The writer's own "I" or "we" is the article's voice, not someone it reports.)
  const lines = [data.writer ? `**Source:** the writer (“${escapeMarkdown(data.source)}”) — first person` : `**Source:** ${source} — ${kind}`, `**Cue:** “${escapeMarkdown(data.cue)}”`];
  if (data.reportedBy !== undefined) lines.push(`**Reported by:** ${escapeMarkdown(data.reportedBy)}`);
  if (data.carried) lines.push('Carried over from the quote this sentence continues.');
  if (data.antecedentRange) lines.push('The source is referred to here by a pronoun, a role or an interview’s “A:”; named earlier in the article.');
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
  return '**Unattributed claim, shown one severity lower** because independent sources report it (`corroborate.demoteCorroboratedClaims`).';
}

export function hoverAt(article: Article, annotations: readonly Annotation[], position: Position): Hover | null {
  const here = annotations.filter((a) => containsPosition(a.range, position));
  if (here.some((a) => a.kind === 'boilerplate')) return null;
  const attribution = here.find((a) => a.kind === 'attribution');
  const unattributed = here.find((a) => a.kind === 'unattributed-claim');
  // A claim with no source of its own and no flag (a lede its next paragraph sources) may still
  // be reported elsewhere or disagree with another article: its sentence is the claim's range.
  const claim = here.find((a) => a.kind === 'corroboration' || a.kind === 'conflict');
  const sentence = attribution ?? unattributed ?? claim;
  if (sentence) {
    // The disagreement first, then who says so, then who else does. An unattributed claim has
    // no source section: its diagnostic already says it has none.
    // (A claim neither sourced nor flagged says so: no diagnostic does.)
    const sourceSection = attribution ? describeAttribution(attribution) : unattributed ? describeDemotion(unattributed) : '**No source** in this sentence.';
    const sections = [describeConflicts(here), sourceSection, describeMatches(here)].filter((x): x is string => !!x);
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
