/**
 * The learned check-worthiness (core/attribution/checkWorthiness.ts): its committed weights load
 * and rank plain claims of fact above opinions; a weights file for other features is refused.
 */
import assert from 'node:assert/strict';
import { CHECK_WORTHY_BUCKETS, checkWorthyBuckets, checkWorthyProbability, defaultCheckWorthyModel, parseCheckWorthyModel } from '../../server/src/core/attribution/checkWorthiness.js';
import { tag } from '../../server/src/core/nlp/tagger.js';

describe('check-worthiness model', function () {
  it('reads an event or a figure as more check-worthy than an opinion or a feeling', function () {
    const model = defaultCheckWorthyModel();
    assert.ok(model, 'a model is committed');
    const p = (sentence: string) => checkWorthyProbability(model, checkWorthyBuckets(tag(sentence)));
    for (const claim of ['The mayor was arrested on Monday for taking bribes.', 'Unemployment fell to 4 percent last year.']) {
      for (const opinion of ['I think we should be proud of what this town has become.', 'We all hope the new bridge will be beautiful.']) {
        assert.ok(p(claim) > p(opinion), `${claim} over ${opinion}`);
      }
    }
  });

  it('refuses weights hashed into another number of buckets', function () {
    assert.throws(() => parseCheckWorthyModel({ buckets: CHECK_WORTHY_BUCKETS * 2, bias: 0, threshold: 0.5, weights: [] }), /buckets/);
    assert.throws(() => parseCheckWorthyModel({ buckets: CHECK_WORTHY_BUCKETS, bias: 0, threshold: 0.5, weights: [[CHECK_WORTHY_BUCKETS, 1]] }), /pairs/);
  });
});
