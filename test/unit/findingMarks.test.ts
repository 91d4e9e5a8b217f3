import assert from 'node:assert/strict';
import { hintRanges, vagueSourceRanges, type DiagnosticLike } from '../../client/src/findingMarks.js';

// vscode.DiagnosticSeverity and vscode.DiagnosticTag, as the API numbers them.
const ERROR = 0;
const INFORMATION = 2;
const HINT = 3;
const UNNECESSARY = 1;
const DEPRECATED = 2;

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

describe('what the client marks in an article', function () {
  describe('findings shown as hints', function () {
    it('marks the whole range of a Corroborate hint, which VS Code draws as three dots', function () {
      const demoted: DiagnosticLike = { range: range(4, 0, 120), severity: HINT, source: 'corroborate', data: { kind: 'unattributed-claim', demoted: true } };
      assert.deepEqual(hintRanges([demoted]), [range(4, 0, 120)]);
    });

    it('leaves hints that VS Code draws whole (faded boilerplate, deprecated) and every other severity', function () {
      const diagnostics: DiagnosticLike[] = [
        { range: range(1, 0, 30), severity: HINT, source: 'corroborate', tags: [UNNECESSARY] },
        { range: range(2, 0, 30), severity: HINT, source: 'corroborate', tags: [DEPRECATED] },
        { range: range(3, 0, 30), severity: INFORMATION, source: 'corroborate' },
        { range: range(5, 0, 30), severity: ERROR, source: 'corroborate' },
        { range: range(6, 0, 30), severity: HINT, source: 'corroborate', tags: [] },
      ];
      assert.deepEqual(hintRanges(diagnostics), [range(6, 0, 30)]);
    });

    it('leaves other extensions’ hints alone', function () {
      assert.deepEqual(
        hintRanges([
          { range: range(0, 0, 9), severity: HINT, source: 'cSpell' },
          { range: range(1, 0, 9), severity: HINT },
        ]),
        [],
      );
    });
  });

  describe('vague sources', function () {
    it('takes the source’s range from the data of the finding that reports its sentence', function () {
      const vague: DiagnosticLike = { range: range(7, 0, 90), severity: INFORMATION, source: 'corroborate', data: { kind: 'vague-attribution', sourceKind: 'vague', sourceRange: range(7, 0, 7) } };
      const impersonal: DiagnosticLike = {
        range: range(9, 0, 90),
        severity: INFORMATION,
        source: 'corroborate',
        data: { kind: 'vague-attribution', sourceKind: 'impersonal', sourceRange: range(9, 3, 17) },
      };
      assert.deepEqual(vagueSourceRanges([vague, impersonal]), [range(7, 0, 7), range(9, 3, 17)]);
    });

    it('marks a source once when two findings report its sentence, and never a named source', function () {
      const data = { sourceKind: 'vague', sourceRange: range(2, 10, 24) };
      const diagnostics: DiagnosticLike[] = [
        { range: range(2, 0, 80), severity: INFORMATION, source: 'corroborate', data: { kind: 'vague-attribution', ...data } },
        { range: range(2, 0, 80), severity: HINT, source: 'corroborate', data: { kind: 'attribution', ...data } },
        { range: range(3, 0, 80), severity: HINT, source: 'corroborate', data: { kind: 'attribution', sourceKind: 'named', sourceRange: range(3, 0, 12) } },
        { range: range(4, 0, 80), severity: HINT, source: 'corroborate', data: { kind: 'attribution', sourceKind: 'group', sourceRange: range(4, 0, 12) } },
      ];
      assert.deepEqual(vagueSourceRanges(diagnostics), [range(2, 10, 24)]);
    });

    it('ignores findings without a usable source range, and other extensions’ data', function () {
      const diagnostics: DiagnosticLike[] = [
        { range: range(1, 0, 80), severity: INFORMATION, source: 'corroborate', data: { sourceKind: 'vague' } },
        { range: range(2, 0, 80), severity: INFORMATION, source: 'corroborate', data: { sourceKind: 'vague', sourceRange: { start: 3 } } },
        { range: range(3, 0, 80), severity: INFORMATION, source: 'corroborate' },
        { range: range(4, 0, 80), severity: INFORMATION, source: 'other', data: { sourceKind: 'vague', sourceRange: range(4, 0, 5) } },
      ];
      assert.deepEqual(vagueSourceRanges(diagnostics), []);
    });
  });
});
