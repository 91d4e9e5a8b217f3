/**
 * The rule registry: the single list of rule ids with their kind, default severity and
 * description. Diagnostics, settings, the CLI and the README all read it, so a rule is
 * added in one place.
 */
import type { AnnotationKind } from './annotation.js';
import { BOILERPLATE_CATEGORIES, type BoilerplateCategory } from './boilerplate/categories.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A rule as the registry declares it; its `code` is one of {@link RuleCode}. */
export interface Rule {
  code: RuleCode;
  kind: AnnotationKind;
  defaultSeverity: SeveritySetting;
  description: string;
}

/** The rule's anchor in the README's rules table, which diagnostics link to. */
export function ruleAnchor(code: string): string {
  return `rule-${code.replace(/[^a-z0-9]+/g, '-')}`;
}

/** The rule of each boilerplate category: `boilerplate/comments`, ... */
export type BoilerplateRuleCode = `boilerplate/${BoilerplateCategory}`;

export function boilerplateRuleCode(category: BoilerplateCategory): BoilerplateRuleCode {
  return `boilerplate/${category}`;
}

/**
 * The rules other than boilerplate's, in the order of the README's table. Declared `as const`
 * so that their codes and kinds are types: {@link RuleCode} is derived from this list.
 */
const FIXED_RULES = [
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
    description:
      'A sentence that asserts something checkable (quantities, dates, named actors doing things, superlatives, predictions, causes) in the article’s own voice without saying who says so; learned models drop the ones that read as someone’s words or position, and weigh the sentence with the kind of article it stands in (a match report’s statistics, a column’s asides are not flagged); a story’s first paragraph is not flagged when the paragraph after it names a source, as news leaves a lede’s attribution to the next paragraph, nor a sentence between two that one source speaks, nor a sports report’s public record. Headlines, questions, quotations and boilerplate are never claims.',
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
] as const satisfies readonly { code: string; kind: AnnotationKind; defaultSeverity: SeveritySetting; description: string }[];

type FixedRule = (typeof FIXED_RULES)[number];

/** The codes of the rules whose annotations are of kind `K`: what `Annotation['code']` may be for that kind. */
export type RuleCodeOf<K extends AnnotationKind> = Extract<FixedRule, { kind: K }>['code'] | (K extends 'boilerplate' ? BoilerplateRuleCode : never);

/** Every rule id of the registry: a code that is not one is a compile error. */
export type RuleCode = RuleCodeOf<AnnotationKind>;

export const RULES: readonly Rule[] = [
  ...FIXED_RULES,
  ...BOILERPLATE_CATEGORIES.map(
    (category): Rule => ({
      code: boilerplateRuleCode(category.id),
      kind: 'boilerplate',
      defaultSeverity: 'hint',
      description: `A line that is not part of the article: ${category.label}.`,
    }),
  ),
];

const RULES_BY_CODE = new Map<string, Rule>(RULES.map((rule) => [rule.code, rule]));

export function ruleFor(code: string): Rule | undefined {
  return RULES_BY_CODE.get(code);
}

/** Severity of a rule after user overrides (`{ "boilerplate/comments": "off" }`). */
export function effectiveSeverity(code: RuleCode, overrides: Readonly<Record<string, SeveritySetting>> = {}): SeveritySetting {
  return overrides[code] ?? ruleFor(code)?.defaultSeverity ?? 'information';
}

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
const BY_RANK: Severity[] = ['hint', 'information', 'warning', 'error'];

/** What the severity of an annotation depends on: its rule and, for an unattributed claim, whether it is demoted. */
export type SeverityInput = { code: RuleCode } & ({ kind: 'unattributed-claim'; data: { demoted?: true } } | { kind: Exclude<AnnotationKind, 'unattributed-claim'> });

/**
 * The severity an annotation is shown with: its rule's (after overrides), one step lower when
 * core marked it demoted (an unattributed claim that other outlets corroborate).
 */
export function annotationSeverity(annotation: SeverityInput, overrides: Readonly<Record<string, SeveritySetting>> = {}): SeveritySetting {
  const severity = effectiveSeverity(annotation.code, overrides);
  if (severity === 'off' || annotation.kind !== 'unattributed-claim' || annotation.data.demoted !== true) return severity;
  return BY_RANK[Math.max(0, SEVERITY_RANK[severity] - 1)]!;
}

export function severityAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
