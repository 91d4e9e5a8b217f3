/**
 * The flag labels' batches (tools/train/flags.ts): the model is fitted on the first batch only,
 * and the others, read by other blind readers, only test it. A label of a test batch that
 * reached the fitting rows would make the test figure a training figure.
 */
import assert from 'node:assert/strict';
import { FIT_BATCH, readLabels, splitLabels } from '../../server/src/tools/train/flags.js';

const label = (doc: string, batch?: number) => ({ set: 'attribution/polnear', doc, start: 0, end: 10, sha256: '0'.repeat(16), labels: [0], ...(batch !== undefined ? { batch } : {}) });

describe('flag label batches', function () {
  it('keeps every batch but the fitting one out of the fitting labels, each tested on its own', function () {
    const { fit, test, testBatches } = splitLabels([label('a'), label('b', 2), label('c', FIT_BATCH), label('d', 3), label('e', 2)]);
    assert.deepEqual(
      fit.map((l) => l.doc),
      ['a', 'c'],
    );
    assert.deepEqual(
      test.map((l) => l.doc),
      ['b', 'd', 'e'],
    );
    assert.deepEqual(
      [...testBatches].map(([batch, labels]) => [batch, labels.map((l) => l.doc)]),
      [
        [2, ['b', 'e']],
        [3, ['d']],
      ],
    );
  });

  it('the committed labels hold a test batch apart from the fitting ones, no sentence in both', function () {
    const { fit, test } = splitLabels(readLabels(process.cwd()));
    assert.ok(test.length >= 100 && fit.length >= 100, `${fit.length} fitting, ${test.length} test`);
    const fitted = new Set(fit.map((l) => `${l.set}\t${l.doc}\t${l.start}`));
    assert.deepEqual(
      test.filter((l) => fitted.has(`${l.set}\t${l.doc}\t${l.start}`)),
      [],
    );
  });
});
