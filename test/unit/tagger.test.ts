import assert from 'node:assert/strict';
import { tag } from '../../server/src/core/nlp/tagger.js';

describe('tagger offsets', function () {
  it('places every token on its own text, even where the tagger drops an invisible character', function () {
    for (const text of ['Ruiz \uFEFF said it.', '# \uFEFF 0 🇺🇦 said Ana Ruiz.', 'He\u200b said “no” 😀 twice.', 'tab\tand\u00a0space']) {
      const tokens = tag(text, 5);
      assert.ok(tokens.length > 0);
      for (const t of tokens) assert.equal(text.slice(t.start - 5, t.end - 5), t.text, `${JSON.stringify(text)}: ${t.text}`);
      const said = tokens.find((t) => t.lower === 'said');
      if (said) assert.equal(text.slice(said.start - 5, said.end - 5), 'said');
    }
  });
});
