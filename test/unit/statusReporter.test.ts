/**
 * lsp/status.ts: the Problems panel's count leaves hints out and follows each URI's latest
 * publish, and a failing pass is logged once however often the article is analysed again.
 */
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Analysis } from '../../server/src/core/annotate.js';
import { StatusReporter } from '../../server/src/lsp/status.js';

const diagnostic = (severity: DiagnosticSeverity): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'm', severity });

describe('status reporter', function () {
  const published: PublishDiagnosticsParams[] = [];
  const errors: string[] = [];
  const status = new StatusReporter({ sendDiagnostics: (p) => void published.push(p), sendNotification: () => undefined, console: { error: (m) => void errors.push(m) } });

  it('counts what the Problems panel lists, hints left out, by each URI’s latest publish', function () {
    status.publishDiagnostics({ uri: 'a', diagnostics: [diagnostic(DiagnosticSeverity.Warning), diagnostic(DiagnosticSeverity.Hint)] });
    status.publishDiagnostics({ uri: 'b', diagnostics: [diagnostic(DiagnosticSeverity.Error), diagnostic(DiagnosticSeverity.Information)] });
    assert.equal(status.panelFindings(), 3);
    status.publishDiagnostics({ uri: 'b', diagnostics: [] });
    assert.equal(status.panelFindings(), 1);
    assert.equal(published.length, 3);
  });

  it('logs a failing pass once and says which passes are missing', function () {
    const analysis = { failures: [{ pass: 'attribution', message: 'boom' }] } as unknown as Analysis;
    const said = status.reportFailures('a', analysis);
    status.reportFailures('b', analysis);
    assert.equal(errors.length, 1);
    assert.match(said!, /the attribution pass failed/);
    assert.equal(status.reportFailures('c', { failures: [] } as unknown as Analysis), undefined);
  });
});
