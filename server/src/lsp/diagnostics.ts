/** Annotation -> Diagnostic: the only place that decides how a finding looks in an editor. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Annotation } from '../core/annotation.js';
import { effectiveSeverity, type Severity, type SeveritySetting } from '../core/rules.js';

export const DIAGNOSTIC_SOURCE = 'corroborate';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(annotations: readonly Annotation[], overrides: Readonly<Record<string, SeveritySetting>>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const annotation of annotations) {
    const severity = effectiveSeverity(annotation.code, overrides);
    if (severity === 'off') continue;
    const diagnostic: Diagnostic = {
      range: annotation.range,
      severity: LSP_SEVERITY[severity],
      source: DIAGNOSTIC_SOURCE,
      code: annotation.code,
      message: annotation.message,
      data: { kind: annotation.kind, ...annotation.data },
    };
    // Boilerplate is faded in the editor rather than underlined.
    if (annotation.kind === 'boilerplate') diagnostic.tags = [DiagnosticTag.Unnecessary];
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}
