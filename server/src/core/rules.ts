/**
 * The rule registry: the single list of rule ids with their kind, default severity and
 * description. Diagnostics, settings, the CLI and the README all read it, so a rule is
 * added in one place.
 */
import type { AnnotationKind } from './annotation.js';
import { BOILERPLATE_CATEGORIES, type BoilerplateCategory } from './boilerplate/categories.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Rule {
  code: string;
  kind: AnnotationKind;
  defaultSeverity: SeveritySetting;
  description: string;
}

/** The rule's anchor in the README's rules table, which diagnostics link to. */
export function ruleAnchor(code: string): string {
  return `rule-${code.replace(/[^a-z0-9]+/g, '-')}`;
}

export function boilerplateRuleCode(category: BoilerplateCategory): string {
  return `boilerplate/${category}`;
}

export const RULES: readonly Rule[] = [
  {
    code: 'attribution/source',
    kind: 'attribution',
    defaultSeverity: 'off',
    description: 'The source and cue of a sentence: who says so, and the words that attribute it to them. Shown on hover and by highlighting the source rather than as a diagnostic.',
  },
  {
    code: 'claim/unattributed',
    kind: 'unattributed-claim',
    defaultSeverity: 'information',
    description: 'A sentence that asserts something checkable (quantities, dates, named actors doing things, superlatives, predictions, causes) without saying who says so. Headlines, questions and boilerplate are never claims.',
  },
  {
    code: 'claim/vague-source',
    kind: 'vague-attribution',
    defaultSeverity: 'information',
    description: 'A claim whose source names no one: vague ("reports indicate", "some observers") or impersonal ("it is believed", "is said to").',
  },
  {
    code: 'corroboration/match',
    kind: 'corroboration',
    defaultSeverity: 'off',
    description: 'Other articles in the workspace that report the same claim. Shown on hover and as references (Peek) rather than as a diagnostic.',
  },
  {
    code: 'corroboration/conflict',
    kind: 'conflict',
    defaultSeverity: 'warning',
    description: 'Another article reports the same claim with figures or dates that disagree ("up to 12,000" here, "tens of thousands" there); the diagnostic links each disagreeing sentence.',
  },
  {
    code: 'claim/single-source',
    kind: 'corroboration',
    defaultSeverity: 'off',
    description: 'A claim that no other article in the workspace reports.',
  },
  ...BOILERPLATE_CATEGORIES.map(
    (category): Rule => ({
      code: boilerplateRuleCode(category.id),
      kind: 'boilerplate',
      defaultSeverity: 'hint',
      description: `A line that is not part of the article: ${category.label}.`,
    }),
  ),
];

const RULES_BY_CODE = new Map(RULES.map((rule) => [rule.code, rule]));

export function ruleFor(code: string): Rule | undefined {
  return RULES_BY_CODE.get(code);
}

/** Severity of a rule after user overrides (`{ "boilerplate/comments": "off" }`). */
export function effectiveSeverity(code: string, overrides: Readonly<Record<string, SeveritySetting>> = {}): SeveritySetting {
  return overrides[code] ?? ruleFor(code)?.defaultSeverity ?? 'information';
}

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
const BY_RANK: Severity[] = ['hint', 'information', 'warning', 'error'];

/**
 * The severity an annotation is shown with: its rule's (after overrides), one step lower when
 * core marked it demoted (an unattributed claim that other outlets corroborate).
 */
export function annotationSeverity(annotation: { code: string; data: Record<string, unknown> }, overrides: Readonly<Record<string, SeveritySetting>> = {}): SeveritySetting {
  const severity = effectiveSeverity(annotation.code, overrides);
  if (severity === 'off' || annotation.data['demoted'] !== true) return severity;
  return BY_RANK[Math.max(0, SEVERITY_RANK[severity] - 1)]!;
}

export function severityAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
