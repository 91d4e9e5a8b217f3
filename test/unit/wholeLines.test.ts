/**
 * An article kept on one line, or with its paragraphs separated by U+2028, U+2029 or NEL,
 * is never removed as one boilerplate line (issue 16): cleaning it keeps it whole, and
 * inside core its paragraphs are read one by one while positions still count only \n,
 * \r\n and \r as line ends.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze, cleanText } from '../../server/src/core/annotate.js';
import { splitLines } from '../../server/src/core/article.js';
import { cliBundle, repoRoot } from '../support/paths.js';

/** Our own article, paragraph by paragraph, with page furniture at both ends. */
const PARAGRAPHS = [
  'Share this article',
  'Harbour workers strike over pay at Port Elsby',
  'About 1,200 dockworkers walked off the job at Port Elsby on Tuesday, halting deliveries to the island.',
  'The strike followed a dispute over pay, according to the Elsby Dockworkers Union.',
  '“We have waited two years for an offer,” said Mara Quint, who chairs the union.',
  'The port authority said it would meet union leaders on Friday and expected talks to last several days.',
  'Shipping firms warned that cargo bound for the island could be delayed by a week.',
  'Comments are closed. Read our community guidelines.',
];

describe('an article on one line', function () {
  it('is kept whole by clean, with no line flagged as boilerplate', function () {
    const text = PARAGRAPHS.join(' ') + '\n';
    const analysis = analyze(text);
    assert.equal(analysis.skipped, undefined);
    assert.deepEqual(
      analysis.annotations.filter((a) => a.kind === 'boilerplate'),
      [],
    );
    assert.equal(cleanText(analysis), text);
  });

  it('is kept whole by `corroborate clean`', function () {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-one-line-'));
    try {
      const file = path.join(dir, 'one-line.txt');
      const text = PARAGRAPHS.join(' ') + '\n';
      writeFileSync(file, text);
      const result = spawnSync(process.execPath, [cliBundle, 'clean', file], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const [name, separator] of [
    ['U+2029', '\u2029'],
    ['U+2028', '\u2028'],
    ['NEL', '\u0085'],
  ] as const) {
    it(`with paragraphs separated by ${name}: read paragraph by paragraph, nothing removed, positions on \\n lines`, function () {
      const text = `${PARAGRAPHS.join(separator)}\r\nA second line.\n`;
      const analysis = analyze(text);
      assert.equal(cleanText(analysis), text);
      // Core reads the paragraphs as blocks of the one line.
      const article = analysis.article!;
      assert.equal(article.blocks.filter((b) => b.line === 0).length, PARAGRAPHS.length);
      // Each attributed paragraph has its own source.
      const sources = analysis.annotations.filter((a) => a.kind === 'attribution').map((a) => a.data['source']);
      assert.deepEqual(sources, ['the Elsby Dockworkers Union', 'Mara Quint, who chairs the union', 'The port authority', 'Shipping firms']);
      // Positions count only \n, \r\n and \r: every range lies within its line, and points at its sentence.
      const lines = splitLines(text);
      for (const annotation of analysis.annotations) {
        const { start, end } = annotation.range;
        assert.equal(start.line, 0);
        assert.equal(end.line, 0);
        assert.ok(end.character <= lines[0]!.text.length);
        const covered = text.slice(article.offsetAt(start), article.offsetAt(end));
        assert.ok(
          PARAGRAPHS.some((p) => p.includes(covered)),
          covered,
        );
      }
    });
  }
});
