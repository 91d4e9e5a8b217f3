/**
 * Which verbs the cue-verb trainer learns (server/src/tools/train/cueVerbs.ts): a verb must stand
 * in cues more often than not with confidence, not by the luck of a few sentences.
 */
import assert from 'node:assert/strict';
import { lowerBound, verbsAt } from '../../server/src/tools/train/cueVerbs.js';

describe('learned cue verbs', function () {
  const counts = new Map([
    ['assail', { cue: 9, all: 10 }],
    ['ponder', { cue: 14, all: 25 }],
    ['carp', { cue: 300, all: 500 }],
  ]);
  const rates = new Map([...counts].map(([verb, n]) => [verb, n.cue / (n.all + 2)]));

  it('learns a verb that surely stands in cues more often than not, at the threshold', function () {
    const learned = verbsAt(rates, counts, 0.5);
    assert.ok(learned.has('assail'));
    assert.ok(learned.has('carp'), 'many sentences make a share just over the threshold sure');
  });

  it('does not learn a verb only just over one half in a few dozen sentences', function () {
    assert.ok(rates.get('ponder')! >= 0.5);
    assert.ok(!verbsAt(rates, counts, 0.5).has('ponder'));
  });

  it('bounds a share from below, closer to it the more it was seen', function () {
    assert.ok(lowerBound(14, 25) < 0.5);
    assert.ok(lowerBound(300, 500) > 0.55 && lowerBound(300, 500) < 0.6);
    assert.equal(lowerBound(0, 0), 0);
  });
});
