import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldQuotes, normaliseLine } from '../../server/src/core/text.js';

/** The definition normaliseLine implements in one pass, as regular expressions. */
function normaliseByRegExp(text: string): string {
  return foldQuotes(text)
    .toLowerCase()
    .replace(/[^\p{L}\s'-]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('line normalisation', function () {
  it('keeps words, drops digits and punctuation, and trims apostrophes and hyphens off word edges', function () {
    assert.equal(normaliseLine('  Read MORE: “Top 10” stories — 2024 '), 'read more top stories');
    assert.equal(normaliseLine("'Tis the state-run agency's - view --"), "tis the state-run agency's view");
    assert.equal(normaliseLine('Ünïcödé\u00a0words\u3000and 𝒳 letters 🙂 too'), 'ünïcödé words and 𝒳 letters too');
    assert.equal(normaliseLine('12:30 | 4/5'), '');
  });

  it('agrees with its definition by regular expressions on any text', function () {
    const pieces = ['a', 'Z', 'é', 'İ', 'ß', "'", '-', '’', '“', '«', ' ', '\u00a0', '\t', '\u2028', '\ufeff', '1', '.', ':', '🙂', '𝒳', '\ud800', 'я', '中'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        assert.equal(normaliseLine(text), normaliseByRegExp(text), JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 23 },
    );
  });
});
