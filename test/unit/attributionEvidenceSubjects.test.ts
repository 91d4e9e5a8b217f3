/**
 * Evidence as the subject of its verb (round 49): "Polls show voters trust…", "F.A.A. records
 * show, the plane has flown…". The tagger reads "polls show" as one compound noun and a
 * sentence's first "Polls" as a name, so such sentences had no source and could be flagged
 * "unattributed". Found in PolNeAR `train`'s missed sources. Every sentence here is written for
 * the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

const HEADLINE = 'Council race tightens before the vote';

/** The source and cue named for the sentence that opens with `opening`, or undefined. */
function attributionOf(sentence: string): { source?: string; cue?: string } | undefined {
  const text = [HEADLINE, sentence].join('\n\n');
  const { annotations, article } = analyze(text);
  const start = text.indexOf(sentence);
  const found = annotations.find((a) => a.kind === 'attribution' && article!.offsetAt(a.range.start) === start);
  return found?.data as { source?: string; cue?: string } | undefined;
}

describe('attribution: evidence reports through its verb', function () {
  for (const [sentence, source, cue] of [
    ['Polls show voters trust the mayor more than any of her three challengers.', 'Polls', 'show'],
    ['Recent polls show the mayor trailing in the eastern wards.', 'Recent polls', 'show'],
    ['During the same stretch, county records show, the ferry has sailed roughly 216 times.', 'county records', 'show'],
    ['Data show the city grew by 3 percent in the last year.', 'Data', 'show'],
    ['The poll shows Ms. Okafor ahead by four points.', 'The poll', 'shows'],
    // (Round 534: a figure's "about" opened no clause, and the noun-tagged "show" stayed a noun.)
    ['Tallies by Marrow Analytics show about 70% of the ferry ads come from one group.', 'Tallies by Marrow Analytics', 'show'],
  ] as const) {
    it(`"${sentence.slice(0, 40)}…" is told by "${source}"`, function () {
      assert.deepEqual((({ source, cue }) => ({ source, cue }))(attributionOf(sentence) ?? {}), { source, cue });
    });
  }

  for (const sentence of [
    'Polls shown on television last night had the mayor trailing in every ward.',
    'The reality show features twelve contestants from the eastern wards.',
    'The figures shown in the annual report were rounded to the nearest thousand.',
  ]) {
    it(`"${sentence.slice(0, 40)}…" has no evidence source`, function () {
      assert.equal(attributionOf(sentence), undefined);
    });
  }
});
