/**
 * A media player's notices are page furniture (round 46): "This video is restricted from playing
 * in your location", "Media playback is unsupported on your device". Found on PolNeAR, where the
 * first, left in four scraped articles, was read as a claim and linked across them. Every text
 * here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

function flaggedLines(paragraphs: string[]): string[] {
  const text = paragraphs.join('\n\n');
  const { annotations, article } = analyze(text);
  return annotations.filter((a) => a.kind === 'boilerplate').map((a) => article!.lines[a.range.start.line]!.text);
}

const ARTICLE = [
  'Senate vote delayed until Thursday',
  'The Senate delayed its vote on the budget until Thursday, leaders said on Monday, after two members asked for more time to read the bill.',
  'The bill would cut spending on roads by a fifth over four years, according to the budget office, and raise the fuel tax by two cents.',
  'Leaders of both parties said they expected the bill to pass with a narrow majority once the vote was held.',
];

describe("boilerplate: a media player's notices", function () {
  for (const notice of ['We Are Sorry,This video is restricted from playing in your locationEcode: 17.', 'Media playback is unsupported on your device']) {
    it(`flags "${notice.slice(0, 40)}…" and nothing of the article`, function () {
      const paragraphs = [...ARTICLE.slice(0, 2), notice, ...ARTICLE.slice(2)];
      assert.deepEqual(flaggedLines(paragraphs), [notice]);
    });
  }

  it('leaves a sentence of the article that speaks of a restricted video', function () {
    const sentence = 'The committee said a video of the hearing was restricted from public view until the vote, which critics called a mistake.';
    assert.deepEqual(flaggedLines([...ARTICLE, sentence]), []);
  });
});
