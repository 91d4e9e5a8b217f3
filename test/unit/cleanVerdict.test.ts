import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import { cleanVerdict, proseLines } from '../../server/src/core/cleanVerdict.js';
import { GUTTED_ARTICLE } from '../support/guttedArticle.js';
import { examplesDir, heldoutDir, labelledDir } from '../support/paths.js';

describe('whether cleaning guts the article', function () {
  it('counts the lines of running prose, not headlines, labels or markers', function () {
    const analysis = analyze(GUTTED_ARTICLE);
    assert.deepEqual(
      [...proseLines(analysis.article!.lines)].sort((a, b) => a - b),
      [2, 6, 10, 14],
    );
  });

  it('finds that cleaning would take three of four prose lines', function () {
    const verdict = cleanVerdict(analyze(GUTTED_ARTICLE));
    assert.deepEqual(verdict.lines, [4, 6, 8, 10, 12, 14]);
    assert.equal(verdict.proseLines, 4);
    assert.equal(verdict.removedProseLines, 3);
    assert.equal(verdict.gutsArticle, true);
  });

  it('lets every article of our corpora be cleaned', function () {
    for (const dir of [examplesDir, labelledDir, heldoutDir]) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const verdict = cleanVerdict(analyze(readFileSync(path.join(dir, name), 'utf8'), { fileName: name }));
        assert.equal(verdict.gutsArticle, false, `${name}: ${verdict.removedProseLines} of ${verdict.proseLines}`);
      }
    }
  });

  it('has nothing to gut in a text that was not analysed', function () {
    const verdict = cleanVerdict(analyze('Permission is hereby granted.\n', { fileName: 'LICENSE.txt' }));
    assert.deepEqual(verdict, { lines: [], removals: [], proseLines: 0, removedProseLines: 0, gutsArticle: false });
  });
});
