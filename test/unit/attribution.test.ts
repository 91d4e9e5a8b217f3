/**
 * The attribution pass on our labelled sentences (test/fixtures/attribution/sentences.json),
 * one test per paragraph, plus the shape of its annotations.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { attributeSentences } from '../../server/src/core/attribution/index.js';
import { readLabelledParagraphs, sameSource } from '../eval/attributionScore.js';
import { fixturesDir } from '../support/paths.js';

const paragraphs = readLabelledParagraphs(path.join(fixturesDir, 'attribution', 'sentences.json'));

describe('attribution on labelled sentences', function () {
  it('has at least 60 labelled sentences covering every source kind', function () {
    const expectations = paragraphs.flatMap((p) => p.expect);
    assert.ok(expectations.length >= 60);
    for (const kind of ['named', 'group', 'vague', 'impersonal'])
      assert.ok(
        expectations.some((e) => e.kind === kind),
        kind,
      );
  });

  for (const paragraph of paragraphs) {
    it(paragraph.text.length > 90 ? paragraph.text.slice(0, 90) + '…' : paragraph.text, function () {
      const article = parseArticle([...(paragraph.before ?? []), paragraph.text].join('\n'));
      const last = article.blocks[article.blocks.length - 1]!;
      const results = attributeSentences(article, new Set(article.blocks.map((b) => b.index))).filter((s) => s.blockIndex === last.index);
      assert.equal(results.length, paragraph.expect.length, 'sentences');
      paragraph.expect.forEach((expected, i) => {
        const source = results[i]!.source;
        if (!expected.attributed) {
          assert.equal(source, undefined, `sentence ${i + 1} has no source`);
          if (expected.claim === false) assert.equal(results[i]!.claim, false, `sentence ${i + 1} is not a claim`);
          return;
        }
        assert.ok(source, `sentence ${i + 1} is attributed`);
        assert.ok(sameSource(source.text, expected.source!), `source "${source.text}" is "${expected.source}"`);
        assert.equal(source.kind, expected.kind);
      });
    });
  }
});

describe('attribution annotations', function () {
  const text = [
    'Dam holds back record flood',
    'The reservoir rose by 4 metres overnight, the water authority said.',
    'Some residents fear the dam could fail.',
    'The dam was built in 1962.',
    'Why was it not reinforced?',
  ].join('\n');
  const { annotations } = analyze(text);
  const ofKind = (kind: string) => annotations.filter((a) => a.kind === kind);

  it('gives a sourced sentence an attribution with source, cue, kind and ranges', function () {
    const [first] = ofKind('attribution');
    const line = 'The reservoir rose by 4 metres overnight, the water authority said.';
    const at = (word: string) => line.indexOf(word);
    assert.deepEqual(first, {
      kind: 'attribution',
      code: 'attribution/source',
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: line.length } },
      message: 'Source: the water authority (named source), cue “said”.',
      data: {
        source: 'the water authority',
        cue: 'said',
        sourceKind: 'named',
        sourceRange: { start: { line: 1, character: at('the water') }, end: { line: 1, character: at(' said') } },
        cueRange: { start: { line: 1, character: at('said') }, end: { line: 1, character: at('said') + 4 } },
        form: 'verb',
        carried: false,
        claim: true,
      },
    });
  });

  it('flags a vague source and an unattributed claim, and leaves headline and question alone', function () {
    assert.deepEqual(
      ofKind('vague-attribution').map((a) => [a.range.start.line, a.code, a.message]),
      [[2, 'claim/vague-source', 'Vague source: “Some residents” names no one a reader could check.']],
    );
    assert.deepEqual(
      ofKind('unattributed-claim').map((a) => [a.range.start.line, a.code]),
      [[3, 'claim/unattributed']],
    );
    assert.ok(!annotations.some((a) => a.range.start.line === 0 || a.range.start.line === 4));
  });

  it('finds no claims in boilerplate', function () {
    const withJunk = analyze([text, 'Reporting by Ana Ruiz. The newsletter has 40,000 readers, we said.'].join('\n'));
    assert.ok(!withJunk.annotations.some((a) => a.range.start.line === 5 && a.kind !== 'boilerplate'));
  });
});
