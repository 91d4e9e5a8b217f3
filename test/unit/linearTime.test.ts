/**
 * Analysis time that grows with a line's length, not faster (issue 16). The times themselves
 * are measured in the bench (`npm run bench -- --adversarial`); here a hostile line must only
 * be analysed before mocha's timeout, which the old patterns were far from.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/annotate.js';
import { hasSentenceShape } from '../../server/src/core/gate/sentenceShape.js';
import { hasEmail, hasUrl, isUrlOnlyLine } from '../../server/src/core/boilerplate/shapes.js';
import { insideQuotes, overlapsQuote, quoteSpans } from '../../server/src/core/attribution/quotes.js';

const PROSE = 'The council voted on Monday to close the old bridge to lorries.\n\n' + 'The mayor said the repairs would cost about 2 million euros, according to the city treasurer.\n\n';

/** "Tags: river, flooding, …": comma-separated tag words and no sentence punctuation. */
function tagLine(length: number): string {
  return ('Tags: ' + 'river flooding, bridge repairs, council budget, '.repeat(Math.ceil(length / 48))).slice(0, length);
}

describe('analysis in linear time on long lines', function () {
  it('analyses an article with a 12,000-character tag line', function () {
    const line = tagLine(12_000);
    assert.equal(line.length, 12_000);
    // Enough prose around it for the gate to let the file through to every pass.
    const analysis = analyze(`${PROSE.repeat(40)}${line}\n`);
    assert.equal(analysis.skipped, undefined);
    // The article's own sentences are still read, and the tag line is page furniture.
    assert.ok(analysis.annotations.some((a) => a.kind === 'attribution' && a.data['source'] === 'the city treasurer'));
    assert.deepEqual(
      analysis.annotations.filter((a) => a.kind === 'boilerplate').map((a) => a.range.start.line),
      [160],
    );
  });

  it('recognises sentence-shaped lines exactly as the pattern it replaces did', function () {
    // The pattern is the specification; on short lines it is quick enough to compare with. It
    // passes over emoji glued to the final mark ("…on Monday.👇"), as the gate should (issue 16).
    const emoji = String.raw`(?:[\p{Emoji_Presentation}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0f\u20e3]|(?=[^\x00-\u218f])\p{Extended_Pictographic})*`;
    const pattern = new RegExp(String.raw`\p{L}[^.!?]*\s\p{L}[^.!?]*[.!?]["'”’)]?${emoji}(?:\s|$)`, 'u');
    const piece = fc.constantFrom('a', 'Zo', 'é', '𝐀', '🔴', '👇', '⚠', '\ufe0f', '©', '™', ' ', '\t', '\u00a0', '.', '!', '?', '"', "'", '”', '’', ')', ',', '1', '\uD83D', '…');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const line = pieces.join('');
        assert.equal(hasSentenceShape(line), pattern.test(line), JSON.stringify(line));
      }),
      { numRuns: 20_000, seed: 20261130 },
    );
    for (const line of ['The council voted.', 'Tags: a, b, c', 'Well? Yes it is!”', 'He said. x', 'Hello world?!', 'Hello world.) x', '🔴 The council voted on Monday. 👇']) {
      assert.equal(hasSentenceShape(line), pattern.test(line), line);
    }
  });

  it('reads web and e-mail addresses in long runs of labels, exactly as before', function () {
    // A line of hyphenated or dotted labels and one unfinished address: the old patterns
    // retried the rest of the run from every word in it.
    const long = (unit: string) => `See ${unit.repeat(49_000)} now.`;
    assert.equal(hasUrl(long('a.')), false);
    assert.equal(hasUrl(long('a-')), false);
    assert.equal(hasUrl(`${long('a-')} or news.example.com`), true);
    assert.equal(hasEmail(`${'a'.repeat(98_000)}@ x`), false);
    assert.equal(hasEmail(`${'a.'.repeat(49_000)}@example.org`), true);

    // The old patterns are the specification; on short lines they are quick enough to compare with.
    const url =
      /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|biz|news|co|io|tv|fm|me|gov|edu|int|uk|us|ca|au|de|fr|vn|in|ru|cn|jp|kr|ie|nz|za|ng|ke|sg|ph|my|pk|eu)(?:\/[^\s]*)?\b/gi;
    const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
    const oldUrlOnly = (text: string) => {
      url.lastIndex = 0;
      if (!url.test(text)) return false;
      const rest = text
        .replace(url, ' ')
        .replace(/[\s,.:;|·•\-–—/()[\]<>]+/g, ' ')
        .trim();
      return rest.split(' ').filter(Boolean).length <= 3;
    };
    const piece = fc.constantFrom('a', 'B', 'co', 'com', 'm', 'org', 'x', '1', '.', '..', '-', '_', '/', ' ', '@', '+', 'www.', 'http://', 'é', '!', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const line = pieces.join('');
        url.lastIndex = 0;
        assert.equal(hasUrl(line), url.test(line), JSON.stringify(line));
        assert.equal(isUrlOnlyLine(line), oldUrlOnly(line), JSON.stringify(line));
        assert.equal(hasEmail(line), email.test(line), JSON.stringify(line));
      }),
      { numRuns: 30_000, seed: 20261130 },
    );
  });

  it('tags a line with a 98,000-character run without white space', function () {
    // The tagger's tokenizer took time in the square of such a run's length.
    const text = `The council said on Monday that the bridge would close. ${'a-'.repeat(48_900)}a.\n`;
    const analysis = analyze(text);
    assert.equal(analysis.skipped, undefined);
    const attribution = analysis.annotations.find((a) => a.kind === 'attribution');
    assert.equal(attribution?.data['source'], 'The council');
  });

  it('finds quotes around a token by search, as the scan over every quote did', function () {
    // A line of thousands of quotes was scanned once per token (the bench's "quoted
    // sentences" grew fourfold per doubling); the spans are ordered, so a search answers.
    const piece = fc.constantFrom('“', '”', '"', '«', '»', 'a', ' ', 'Yes.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.nat(40), fc.nat(40), (pieces, a, b) => {
        const spans = quoteSpans(pieces.join(''), 3);
        const [start, end] = a <= b ? [a, b] : [b, a];
        assert.equal(
          insideQuotes(spans, start, end),
          spans.some((s) => start > s.start && end <= s.end),
        );
        assert.equal(
          overlapsQuote(spans, start, end),
          spans.some((s) => s.start < end && s.end > start),
        );
      }),
      { numRuns: 20_000, seed: 20261130 },
    );
  });

  it('reads a line of thousands of quotations in doubled apostrophes in one pass', function () {
    // Each opening mark looked ahead for the curly quotations inside it as far as the next double
    // mark, which such a line never has: the whole line, from every quotation.
    const spans = quoteSpans("''Yes,'' he said. ".repeat(80_000), 0);
    assert.equal(spans.length, 80_000);
    assert.ok(spans.every((s) => s.closed));
  });

  it('carries a speaker over thousands of quoted sentences on one line', function () {
    const text = `Mara Quint, who chairs the union, said: “We will stay.” ${'“Yes.” '.repeat(6_000)}\n`;
    const sources = analyze(text).annotations.filter((a) => a.kind === 'attribution');
    assert.equal(sources.length, 6_001);
    assert.ok(sources.every((a) => a.data['source'] === 'Mara Quint, who chairs the union'));
    assert.ok(sources.slice(1).every((a) => a.data['carried'] === true));
  });
});
