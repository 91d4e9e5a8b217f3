/**
 * The flag labels' batches (tools/train/flags.ts): the model is fitted on the first batch only,
 * and the second, read by other blind readers, only tests it. A label of the test batch that
 * reached the fitting rows would make the test figure a training figure.
 */
import assert from 'node:assert/strict';
import { readLabels, splitLabels, TEST_BATCH } from '../../server/src/tools/train/flags.js';

const label = (doc: string, batch?: number) => ({ set: 'attribution/polnear', doc, start: 0, end: 10, sha256: '0'.repeat(16), labels: [0], ...(batch !== undefined ? { batch } : {}) });

describe('flag label batches', function () {
  it('keeps the test batch out of the fitting labels, and every other label in', function () {
    const { fit, test } = splitLabels([label('a'), label('b', TEST_BATCH), label('c', 1), label('d', TEST_BATCH)]);
    assert.deepEqual(
      fit.map((l) => l.doc),
      ['a', 'c'],
    );
    assert.deepEqual(
      test.map((l) => l.doc),
      ['b', 'd'],
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
