/**
 * The rule registry: the single list of rule ids with their kind, default severity and
 * description. Diagnostics, settings, the CLI and the README all read it, so a rule is
 * added in one place.
 */
import type { AnnotationKind } from './annotation.js';
import { type BoilerplateCategory } from './boilerplate/categories.js';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export interface Rule {
    code: string;
    kind: AnnotationKind;
    defaultSeverity: SeveritySetting;
    description: string;
}
export declare function boilerplateRuleCode(category: BoilerplateCategory): string;
export declare const RULES: readonly Rule[];
export declare function ruleFor(code: string): Rule | undefined;
/** Severity of a rule after user overrides (`{ "boilerplate/comments": "off" }`). */
export declare function effectiveSeverity(code: string, overrides?: Readonly<Record<string, SeveritySetting>>): SeveritySetting;
/**
 * The severity an annotation is shown with: its rule's (after overrides), one step lower when
 * core marked it demoted (an unattributed claim that other outlets corroborate).
 */
export declare function annotationSeverity(annotation: {
    code: string;
    data: Record<string, unknown>;
}, overrides?: Readonly<Record<string, SeveritySetting>>): SeveritySetting;
export declare function severityAtLeast(severity: Severity, threshold: Severity): boolean;
