/** Annotation -> Diagnostic: the only place that decides how a finding looks in an editor. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { StoredConflict } from '../cache/cacheRecords.js';
import type { Annotation } from '../core/annotation.js';
import type { LocatedText } from '../core/article.js';
import { annotationFingerprint } from '../core/fingerprint.js';
import { annotationSeverity, ruleAnchor, type Severity, type SeveritySetting } from '../core/rules.js';
import { DIAGNOSTIC_SOURCE } from './protocol.js';
import type { Settings } from './settings.js';

export { DIAGNOSTIC_SOURCE };

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  /** Per-rule severity overrides from the settings. */
  overrides: Readonly<Record<string, SeveritySetting>>;
  /** Fingerprints of findings the user chose to ignore. */
  ignored: ReadonlySet<string>;
  /** The README, whose rules table each diagnostic's code links to; undefined when absent. */
  docsUrl: string | undefined;
}

/** What becomes a diagnostic: an annotation, or a conflict of an unopened file as the cache kept it. */
export type Finding = Annotation | StoredConflict;

/** A document's diagnostics under its settings (severity overrides, ignored findings). */
export function diagnosticsUnder(annotations: readonly Finding[], located: LocatedText, settings: Pick<Settings, 'rules' | 'ignoredFindings'>, docsUrl: string | undefined): Diagnostic[] {
  return toDiagnostics(annotations, located, { overrides: settings.rules, ignored: new Set(settings.ignoredFindings), docsUrl });
}

export function toDiagnostics(annotations: readonly Finding[], article: LocatedText, options: DiagnosticOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const annotation of annotations) {
    const severity = annotationSeverity(annotation, options.overrides);
    if (severity === 'off') continue;
    const fingerprint = annotationFingerprint(annotation, article);
    if (options.ignored.has(fingerprint)) continue;
    const diagnostic: Diagnostic = {
      range: annotation.range,
      severity: LSP_SEVERITY[severity],
      source: DIAGNOSTIC_SOURCE,
      code: annotation.code,
      message: annotation.message,
      data: { kind: annotation.kind, fingerprint, ...annotation.data },
    };
    if (options.docsUrl) diagnostic.codeDescription = { href: `${options.docsUrl}#${ruleAnchor(annotation.code)}` };
    // Boilerplate is faded in the editor rather than underlined.
    if (annotation.kind === 'boilerplate') diagnostic.tags = [DiagnosticTag.Unnecessary];
    // A conflict points at each sentence that disagrees, so the editor can jump there.
    if (annotation.kind === 'conflict') diagnostic.relatedInformation = relatedSentences(annotation);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function relatedSentences(annotation: Extract<Finding, { kind: 'conflict' }>): DiagnosticRelatedInformation[] {
  return (annotation.data.matches ?? []).map((m) => ({
    location: { uri: m.uri, range: m.range },
    message: m.values ? `${m.outlet}: “${m.values.there}”` : `${m.outlet}: ${m.text}`,
  }));
}
