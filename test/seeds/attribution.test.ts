/**
 * Seed acceptance for the attribution pass (attribution issue). Runs only where
 * ../shared/seeds exists. Sentences are found by their opening words; the expected sources
 * are the issue's.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../../server/src/core/annotate.js';
import type { Annotation } from '../../server/src/core/annotation.js';
import { sameSource } from '../eval/attributionScore.js';
import { seedsDir } from '../support/paths.js';
import { seedFile } from './seedLabels.js';

function sentenceAnnotations(prefix: string, opening: string): Annotation[] {
  const text = readFileSync(seedFile(prefix), 'utf8');
  const { annotations, article } = analyze(text);
  const start = text.indexOf(opening);
  assert.notEqual(start, -1, `"${opening}" in seed ${prefix}`);
  const position = article!.positionAt(start);
  return annotations.filter((a) => a.kind !== 'boilerplate' && a.range.start.line === position.line && a.range.start.character === position.character);
}

const named: [string, string, string][] = [
  ['000', 'North Korea ratified a major defence treaty', 'the North’s state media'],
  ['000', 'The Comprehensive Strategic Partnership treaty will take effect', 'Korean Central News Agency'],
  ['000', 'North Korea ratified the treaty through a decree', 'KCNA'],
  ['000', 'North Korea’s rubber-stamp parliament', 'South Korea’s Unification Ministry'],
  ['000', 'According to US, South Korean and Ukrainian intelligence assessments', 'US, South Korean and Ukrainian intelligence assessments'],
  ['000', 'South Korea’s spy agency said last month', 'South Korea’s spy agency'],
  ['001', 'According to kyiv', 'kyiv'],
  ['001', '“Pyongyang and Moscow will claim legitimacy', 'Hong Min'],
  ['002', 'Ukrainian President Volodymyr Zelenskiy said on Thursday', 'Zelenskiy'],
  ['002', 'The pact "implies truly strategic', 'Peskov'],
  ['004', 'Seoul, Washington and Kiev allege', 'Seoul, Washington and Kiev'],
  ['004', 'North Korean news agency KCNA reported', 'KCNA'],
];

describe('seed acceptance: attribution', function () {
  before(function () {
    if (!existsSync(seedsDir)) this.skip();
  });

  for (const [prefix, opening, source] of named) {
    it(`seed ${prefix}: "${opening}…" is attributed to ${source}`, function () {
      const attribution = sentenceAnnotations(prefix, opening).find((a) => a.kind === 'attribution');
      assert.ok(attribution, 'attributed');
      assert.ok(sameSource(String(attribution.data['source']), source), `source "${attribution.data['source']}"`);
      assert.ok(['named', 'group'].includes(String(attribution.data['sourceKind'])));
    });
  }

  for (const [prefix, opening] of [
    ['000', 'Some observers speculate'],
    ['003', 'Reports indicate that over 10,000'],
  ] as const) {
    it(`seed ${prefix}: "${opening}…" has a vague source`, function () {
      assert.ok(sentenceAnnotations(prefix, opening).some((a) => a.kind === 'vague-attribution'));
    });
  }

  it('seed 000: "It is considered…" is vague or unattributed', function () {
    const kinds = sentenceAnnotations('000', 'It is considered both countries').map((a) => a.kind);
    assert.ok(kinds.includes('vague-attribution') || kinds.includes('unattributed-claim'), kinds.join());
  });

  for (const [prefix, opening] of [
    ['000', 'North Korea’s troop dispatch threatens'],
    ['000', 'Possible Russian transfer of sensitive technology'],
    ['001', 'The deal formalizes months'],
  ] as const) {
    it(`seed ${prefix}: "${opening}…" is an unattributed claim`, function () {
      const kinds = sentenceAnnotations(prefix, opening).map((a) => a.kind);
      assert.deepEqual(kinds, ['unattributed-claim']);
    });
  }

  it('seed 001: the headline is not a claim', function () {
    assert.deepEqual(sentenceAnnotations('001', 'North Korea ratifies defense treaty with Russia'), []);
  });
});
