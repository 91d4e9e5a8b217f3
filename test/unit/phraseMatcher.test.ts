import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PhraseMatcher } from '../../server/src/core/phraseMatcher.js';
import { escapeRegExp } from '../../server/src/core/text.js';

describe('phrase matcher', function () {
  it('finds phrases only as whole words', function () {
    const matcher = new PhraseMatcher(['read more', 'share', '(photo', 'sign-up']);
    assert.ok(matcher.test('please read more here'));
    assert.ok(matcher.test('share'));
    assert.ok(matcher.test('a caption (photo: x)'));
    assert.ok(matcher.test('free sign-up today'));
    assert.ok(!matcher.test('shared values'));
    assert.ok(!matcher.test('timeshare'));
    assert.ok(!matcher.test('x(photo'));
    assert.ok(!matcher.test('read mores'));
  });

  it('agrees with the regular expression it replaces, on any text', function () {
    const words = ['share', 'read more', 'ad', 'a', 'ads', '©', 'sign up', 'é', '1'];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...words), { minLength: 1 }), fc.array(fc.constantFrom(...words, ' ', 'x', '-', '.', 'é'), { maxLength: 12 }), (phrases, pieces) => {
        const text = pieces.join('');
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
        assert.equal(new PhraseMatcher(phrases).test(text), pattern.test(text), JSON.stringify({ phrases, text }));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('reports the labels of every phrase present, as one matcher per label would', function () {
    const words = ['share', 'read more', 'ad', 'a', 'ads', 'sign up', 'é'];
    const labels = ['x', 'y', 'z'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...labels)), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...words, ' ', '-', 'q'), { maxLength: 10 }),
        (entries, pieces) => {
          const text = pieces.join('');
          const found = new PhraseMatcher(entries).labelsIn(text);
          for (const label of labels) {
            const own = entries.filter(([, l]) => l === label).map(([phrase]) => phrase);
            assert.equal(found.has(label), own.length > 0 && new PhraseMatcher(own).test(text), JSON.stringify({ entries, text, label }));
          }
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
