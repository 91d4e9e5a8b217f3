import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, cleanText } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { applyRemovals, removalForLine, removalsForLines } from '../../server/src/core/clean.js';
import { examplesDir, heldoutDir, labelledDir } from '../support/paths.js';

const remove = (text: string, lines: number[]) => applyRemovals(text, removalsForLines(parseArticle(text), lines));

describe('removing boilerplate', function () {
  it('removes a line with its break in tightly packed text', function () {
    assert.equal(remove('a\nb\nc', [1]), 'a\nc');
    assert.equal(remove('a\r\nb\r\nc\r\n', [1]), 'a\r\nc\r\n');
  });

  it('takes one blank separator along where paragraphs are spaced', function () {
    assert.equal(remove('a\n\nb\n\nc\n', [2]), 'a\n\nc\n');
  });

  it('removes a last line without a break together with the break before it', function () {
    assert.equal(remove('a\nb', [1]), 'a');
    assert.equal(remove('a\n\nb', [2]), 'a');
  });

  it('keeps a byte order mark when the first line goes', function () {
    const text = '\uFEFFjunk\nHeadline\n';
    assert.deepEqual(removalForLine(parseArticle(text), 0), { start: 1, end: 6 });
    assert.equal(remove(text, [0]), '\uFEFFHeadline\n');
  });

  it('merges touching removals', function () {
    assert.deepEqual(removalsForLines(parseArticle('a\nb\nc\nd'), [1, 2]), [{ start: 2, end: 6 }]);
  });

  const corpus = [examplesDir, labelledDir, heldoutDir].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(dir, f)),
  );

  it('cleans every corpus article so that nothing is left to flag, and cleaning twice changes nothing', function () {
    for (const file of corpus) {
      const name = path.basename(file);
      const once = cleanText(analyze(readFileSync(file, 'utf8'), { fileName: name }));
      const again = analyze(once, { fileName: name });
      assert.deepEqual(
        again.annotations.filter((a) => a.kind === 'boilerplate'),
        [],
        `${name} after cleaning`,
      );
      assert.equal(cleanText(again), once, `${name} cleaned twice`);
    }
  });

  it('reads a "we" paragraph the same way before and after the tail under it is cleaned away', function () {
    // Found by the property test: whether the piece speaks as "we" once depended on the top
    // half of the file, which shrinks when the tail goes.
    const once = cleanText(analyze('The minister said 0\n0 go,” “We will not said Ana Ruiz.\nThe minister said'));
    assert.equal(cleanText(analyze(once)), once);
  });

  it('does not take a line repeated word for word as the topic, so the headline stays put after cleaning', function () {
    const once = cleanText(analyze('according to officials\naccording to officials\nThe minister said The minister said .'));
    assert.equal(cleanText(analyze(once)), once);
  });

  it('keeps every content line of a labelled article in its clean copy', function () {
    const text = readFileSync(path.join(examplesDir, 'meridian-wire.txt'), 'utf8');
    const clean = cleanText(analyze(text));
    assert.equal(clean.split('\n').filter(Boolean).length, 6);
    assert.ok(!clean.includes('©'));
    assert.ok(clean.startsWith('BRENNICK, Estavia (Meridian) - Some 4,200 port workers'));
  });
});

describe('a failing pass', function () {
  it('costs only its own findings, and says which pass failed', function () {
    const text = readFileSync(path.join(examplesDir, 'harbour-ledger.txt'), 'utf8');
    const whole = analyze(text);
    for (const failPass of ['boilerplate', 'attribution', 'claims'] as const) {
      const partial = analyze(text, { failPass });
      assert.deepEqual(
        partial.failures.map((f) => f.pass),
        [failPass],
      );
      const kinds = new Set(partial.annotations.map((a) => a.kind));
      if (failPass === 'boilerplate') assert.ok(!kinds.has('boilerplate') && kinds.has('attribution'));
      if (failPass === 'attribution') assert.ok(kinds.has('boilerplate') && !kinds.has('unattributed-claim') && partial.claims.length === 0);
      if (failPass === 'claims') assert.deepEqual([partial.annotations, partial.claims], [whole.annotations, []]);
    }
    assert.deepEqual(whole.failures, []);
  });
});
