import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../server/src/core/article.js';
import { blockFeatures } from '../../server/src/core/boilerplate/features.js';
import { boilerplateLexicon } from '../../server/src/core/boilerplate/lexicon.js';
import { foldQuotes, isCapitalised, stem } from '../../server/src/core/text.js';

const lexicon = boilerplateLexicon();

/**
 * The definition the one-pass count implements: words split by a regular expression. A line
 * ending on a quotation mark it never opened closes a quote from an earlier line. Two
 * apostrophes are a quotation mark, and so is a single quote that opens at a word and closes
 * after a sentence's punctuation.
 */
function addressByRegExp(text: string): number {
  const folded = foldQuotes(text)
    .replace(/''/g, '"')
    .replace(/(^|[\s([])'(?=[\p{L}\d])(.*?[.,!?])'(?=$|[\s)\]—–-])/gu, '$1"$2"');
  const closesEarlier = (folded.split('"').length - 1) % 2 === 1 && /"[)\].,!?\s]*$/.test(folded);
  const outside = (closesEarlier ? '"' + folded : folded).replace(/"[^"]*(?:"|$)/g, ' ');
  return outside.split(/[^\p{L}']+/u).filter((word) => word && !(word.length > 1 && word === word.toUpperCase()) && lexicon.address.has(word.toLowerCase())).length;
}

/** The definition of the light stem, by regular expressions. */
function stemByRegExp(word: string): string {
  let w = foldQuotes(word).toLowerCase().replace(/'s?$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

describe('block features', function () {
  const siteVoice = (line: string) => blockFeatures(parseArticle(line).blocks[0]!, lexicon).siteVoice;

  it('counts the site speaking to readers outside quotes, not "US" or quoted words', function () {
    assert.equal(siteVoice('Sign up and we will send you our newsletter.'), 3);
    // The last paragraph of a quote that runs over paragraphs: its opening mark is lines above.
    assert.equal(siteVoice('Moving forward, we will monitor the situation and have no further comment.”'), 0);
    assert.equal(siteVoice('US officials said “we are ready” and “you’ll see”.'), 0);
    assert.equal(siteVoice("You're reading our coverage; let's go, US."), 3);
    // Wire archives' two apostrophes and British single quotes are quotation marks too.
    assert.equal(siteVoice("''We will be there for you,'' she said."), 0);
    assert.equal(siteVoice("'We will be there for you,' she said of her family's plans."), 0);
  });

  it('counts address words as its definition by regular expressions does, on any line', function () {
    const pieces = ['we', 'We', 'WE', 'you', "you're", 'your', 'us', 'US', "let's", 'our', 'é', 'İ', 'x', "'", '’', '"', '“', '”', ' ', '-', '1', '𝒳', '\ud800', '.', 'ourselves'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 20 }), (parts) => {
        const line = `A${parts.join('')}`;
        assert.equal(siteVoice(line), addressByRegExp(parseArticle(line).blocks[0]!.text), JSON.stringify(line));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('stems as its definition by regular expressions does', function () {
    const pieces = ['a', 's', 'e', 'i', 'u', 'x', 'h', 'c', "'", '’', 'S', 'İ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 9 }), (parts) => {
        const word = parts.join('');
        assert.equal(stem(word), stemByRegExp(word), JSON.stringify(word));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('calls a word capitalised by its first letter, in any script', function () {
    assert.deepEqual(['Paris', 'paris', 'Élan', 'élan', '1999', 'Ωmega', '"Quote', ''].map(isCapitalised), [true, false, true, false, false, true, false, false]);
  });
});
