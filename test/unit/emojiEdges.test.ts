/**
 * Emoji at the edges of lines ("🔴 The council voted…", "…on Monday. 👇") are decoration: the
 * lines are still prose to the gate, the boilerplate pass and the attribution pass (issue 16).
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { blockFeatures, isProse } from '../../server/src/core/boilerplate/features.js';
import { boilerplateLexicon } from '../../server/src/core/boilerplate/lexicon.js';
import { checkArticle } from '../../server/src/core/gate/articleGate.js';

/** Our own article, as a social post writes it: emoji before and after the sentences, some glued to the full stop. */
const TEXT = [
  '🔴 The council voted on Tuesday to close the old harbour bridge to lorries.👇',
  '🚨 Repairs will cost about 2 million euros, the city treasurer said on Monday.📢',
  '👉 “We have no other choice,” said Lina Marsh, who chairs the transport committee.🙏',
  '⚠️ Lorry drivers will use the ring road from next month, according to the council.✅',
  'The bridge was built in 1911 and has not been strengthened since the 1970s. 🔥🔥',
].join('\n\n');

describe('emoji at the edges of lines', function () {
  it('are read as an article by the gate', function () {
    assert.deepEqual(checkArticle(TEXT), { article: true });
  });

  it('leave every line prose to the boilerplate pass', function () {
    const lexicon = boilerplateLexicon();
    for (const block of parseArticle(TEXT).blocks) assert.ok(isProse(blockFeatures(block, lexicon)), block.text);
  });

  it('leave the article unflagged and its sources found', function () {
    const analysis = analyze(TEXT);
    assert.equal(analysis.skipped, undefined);
    assert.deepEqual(
      analysis.annotations.filter((a) => a.kind === 'boilerplate'),
      [],
    );
    const sources = analysis.annotations.filter((a) => a.kind === 'attribution').map((a) => a.data['source']);
    assert.deepEqual(sources, ['the city treasurer', 'Lina Marsh, who chairs the transport committee', 'the council']);
  });
});
