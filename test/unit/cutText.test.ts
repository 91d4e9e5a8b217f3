/**
 * Text cut to a length for a message (hover quotes of other articles' claims) is cut between
 * graphemes, never between the two halves of a surrogate pair (issue 16).
 */
import assert from 'node:assert/strict';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { cutText } from '../../server/src/core/text.js';
import { hoverAt } from '../../server/src/lsp/hover.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const boundaries = (text: string) => new Set([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.index));

describe('cutting text to a length', function () {
  it('cuts between graphemes, with emoji, flags and joined sequences at the cut', function () {
    for (const emoji of ['😀', '🇺🇦', '👩‍👩‍👧', '👍🏽', '1️⃣']) {
      for (let at = 0; at < 8; at++) {
        const text = 'a'.repeat(at) + emoji.repeat(6) + ' and more words after it';
        for (let limit = 1; limit < text.length; limit++) {
          const cut = cutText(text, limit);
          assert.ok(cut.length <= limit, `${cut} longer than ${limit}`);
          assert.ok(cut.endsWith('…'));
          const kept = cut.slice(0, -1);
          assert.ok(text.startsWith(kept));
          assert.doesNotMatch(cut, LONE_SURROGATE);
          assert.ok(boundaries(text).has(kept.length), `${JSON.stringify(kept)} ends inside a grapheme`);
        }
      }
    }
    assert.equal(cutText('short', 10), 'short');
  });

  it('quotes a long claim of another article in a hover without a lone surrogate', function () {
    // A claim reported word for word by two outlets, with an emoji where the quote is cut.
    let claim = 'About 1,200 dockworkers walked off the job at Port Elsby on Tuesday after talks on pay broke down, and ';
    while (claim.length < 218) claim += 'cargo ships ';
    claim = `${claim.slice(0, 218)}😀 waited offshore for three days.`;
    const text = (outlet: string) => `${claim}\n\nThe ${outlet} port authority said it would meet union leaders on Friday.\n`;
    const results = analyzeCorpus([
      { id: 'file:///a.txt', fileName: 'a.txt', text: text('northern') },
      { id: 'file:///b.txt', fileName: 'b.txt', text: text('southern') },
    ]);
    const first = results[0]!;
    const hover = hoverAt(first.analysis.article!, first.annotations, { line: 0, character: 5 });
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /Also reported by 1 other outlet/);
    assert.match(value, /…”/);
    assert.doesNotMatch(value, LONE_SURROGATE);
  });
});
