/** Annotation -> Diagnostic: the only place that decides how a finding looks in an editor. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { CorroborationMatch } from '../core/corroboration/index.js';
import type { Annotation } from '../core/annotation.js';
import { annotationSeverity, type Severity, type SeveritySetting } from '../core/rules.js';

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
    const severity = annotationSeverity(annotation, overrides);
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
    // A conflict points at each sentence that disagrees, so the editor can jump there.
    if (annotation.kind === 'conflict') diagnostic.relatedInformation = relatedSentences(annotation);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** A corroboration match as core produces it. */
type MatchData = CorroborationMatch;

function relatedSentences(annotation: Annotation): DiagnosticRelatedInformation[] {
  return ((annotation.data['matches'] as MatchData[] | undefined) ?? []).map((m) => ({
    location: { uri: m.uri, range: m.range },
    message: m.values ? `${m.outlet}: “${m.values.there}”` : `${m.outlet}: ${m.text}`,
  }));
}
