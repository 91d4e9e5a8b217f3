import { BOILERPLATE_CATEGORIES } from './boilerplate/categories.js';
export function boilerplateRuleCode(category) {
    return `boilerplate/${category}`;
}
export const RULES = [
    {
        code: 'attribution/source',
        kind: 'attribution',
        defaultSeverity: 'off',
        description: 'The source and cue of a sentence. Shown on hover and by highlighting the source; off as a diagnostic.',
    },
    {
        code: 'claim/unattributed',
        kind: 'unattributed-claim',
        defaultSeverity: 'information',
        description: 'A sentence that asserts something checkable without saying who says so.',
    },
    {
        code: 'claim/vague-source',
        kind: 'vague-attribution',
        defaultSeverity: 'information',
        description: 'A claim whose source names no one ("reports indicate", "some observers", "it is believed").',
    },
    {
        code: 'corroboration/match',
        kind: 'corroboration',
        defaultSeverity: 'off',
        description: 'Other articles in the workspace that report the same claim. Shown on hover and as references; off as a diagnostic.',
    },
    {
        code: 'corroboration/conflict',
        kind: 'conflict',
        defaultSeverity: 'warning',
        description: 'Another article reports the same claim with figures that disagree ("up to 12,000" here, "tens of thousands" there).',
    },
    {
        code: 'claim/single-source',
        kind: 'corroboration',
        defaultSeverity: 'off',
        description: 'A claim that no other article in the workspace reports.',
    },
    ...BOILERPLATE_CATEGORIES.map((category) => ({
        code: boilerplateRuleCode(category.id),
        kind: 'boilerplate',
        defaultSeverity: 'hint',
        description: `A line that is not part of the article: ${category.label}.`,
    })),
];
const RULES_BY_CODE = new Map(RULES.map((rule) => [rule.code, rule]));
export function ruleFor(code) {
    return RULES_BY_CODE.get(code);
}
/** Severity of a rule after user overrides (`{ "boilerplate/comments": "off" }`). */
export function effectiveSeverity(code, overrides = {}) {
    return overrides[code] ?? ruleFor(code)?.defaultSeverity ?? 'information';
}
const SEVERITY_RANK = { hint: 0, information: 1, warning: 2, error: 3 };
const BY_RANK = ['hint', 'information', 'warning', 'error'];
/**
 * The severity an annotation is shown with: its rule's (after overrides), one step lower when
 * core marked it demoted (an unattributed claim that other outlets corroborate).
 */
export function annotationSeverity(annotation, overrides = {}) {
    const severity = effectiveSeverity(annotation.code, overrides);
    if (severity === 'off' || annotation.data['demoted'] !== true)
        return severity;
    return BY_RANK[Math.max(0, SEVERITY_RANK[severity] - 1)];
}
export function severityAtLeast(severity, threshold) {
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
//# sourceMappingURL=rules.js.map