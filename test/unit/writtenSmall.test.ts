import assert from 'node:assert/strict';
import fc from 'fast-check';
import { smallWords } from '../../server/src/core/attribution/writtenSmall.js';

describe('words an article writes small', function () {
  it('takes each word that opens on a small letter, with its apostrophes and hyphens, up to a digit', function () {
    assert.deepEqual([...smallWords('Security experts say the well-known Bush’s aides don’t. x2y 3abc')].sort(), ['aides', 'don’t', 'experts', 's', 'say', 'the', 'well-known', 'x'].sort());
  });

  it('opens no word inside another, nor after a digit', function () {
    const words = smallWords('McCain’s anti-war 1st ’tis');
    assert.ok(!words.has('cain’s') && !words.has('war') && !words.has('st'), JSON.stringify([...words]));
    assert.ok(words.has('anti-war') && words.has('tis'));
  });

  it('agrees with the regular expression it replaces, on any text', function () {
    const expression = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu;
    // Letters of both cases and of other scripts, digits, marks, astral letters and lone surrogates.
    const pieces = ['a', 'b', 'Q', 'é', 'É', 'ß', 'ǅ', '1', '٣', "'", '’', '-', ' ', '.', '\u0301', '𝐚', '𝐀', '😀', '\ud800', '\udc00'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (chosen) => {
        const text = chosen.join('');
        assert.deepEqual([...smallWords(text)].sort(), [...new Set(text.match(expression) ?? [])].sort(), JSON.stringify(text));
      }),
      { numRuns: 2000, seed: 13 },
    );
  });
});
