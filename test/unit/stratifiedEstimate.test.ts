/**
 * The estimate eval:dev gives for pages read by sampling (test/eval/postlightSample.ts): each label
 * weighs its stratum's size over the labels drawn from it.
 */
import assert from 'node:assert/strict';
import { POSTLIGHT_SAMPLES, readerSample, stratifiedEstimate } from '../eval/postlightSample.js';

describe('eval: stratified estimate from sampled reader labels', function () {
  it('weighs each label by its stratum, not by the sample', function () {
    // 900 lines flagged, 100 kept; 3 of 4 flagged labels furniture, 1 of 2 kept labels furniture.
    const judged = [
      { stratum: 'flagged' as const, reader: 'furniture' as const, flagged: true },
      { stratum: 'flagged' as const, reader: 'furniture' as const, flagged: true },
      { stratum: 'flagged' as const, reader: 'furniture' as const, flagged: true },
      { stratum: 'flagged' as const, reader: 'article' as const, flagged: true },
      { stratum: 'kept' as const, reader: 'furniture' as const, flagged: false },
      { stratum: 'kept' as const, reader: 'article' as const, flagged: false },
    ];
    const { boilerplate, content } = stratifiedEstimate({ flagged: 900, kept: 100 }, judged);
    // Furniture: 675 flagged, 50 kept; article: 225 flagged, 50 kept.
    assert.equal(boilerplate.precision, 0.75);
    assert.equal(boilerplate.recall, 675 / 725);
    assert.equal(content.precision, 0.5);
    assert.equal(content.recall, 50 / 275);
  });

  it('counts a labelled line where the build at hand puts it', function () {
    // The line was drawn from the kept stratum, but this build flags it: a hit if it is furniture.
    const { boilerplate } = stratifiedEstimate({ flagged: 10, kept: 10 }, [
      { stratum: 'flagged', reader: 'furniture', flagged: true },
      { stratum: 'kept', reader: 'furniture', flagged: true },
    ]);
    assert.equal(boilerplate.recall, 1);
    assert.equal(boilerplate.precision, 1);
  });

  it('reads every committed sample: labels of both strata, each line named by page, line and hash only', function () {
    for (const { round, file } of POSTLIGHT_SAMPLES) {
      const sample = readerSample(file);
      for (const stratum of ['flagged', 'kept'] as const) {
        const drawn = sample.items.filter((item) => item.stratum === stratum).length;
        assert.ok(drawn > 0 && drawn <= sample.strata[stratum], `round ${round}: ${drawn} labels of ${sample.strata[stratum]} ${stratum} lines`);
      }
      for (const item of sample.items) {
        assert.match(item.sha, /^[0-9a-f]{12}$/);
        assert.ok(['article', 'furniture', 'unsure'].includes(item.reader), `round ${round}: ${item.reader}`);
        assert.deepEqual(
          Object.keys(item).sort(),
          ['line', 'note', 'page', 'reader', 'sha', 'stratum'].filter((k) => k in item),
        );
      }
    }
  });
});
