/**
 * Issue 14, items 2 and 3 (QUALITY.md round 38): 'X said:' on a paragraph of its own, with the
 * words below it — in quotation marks, or as a block quote whose marks the scrape lost. Every
 * text here is written for the test.
 */
import assert from 'node:assert/strict';
import type { Annotation } from '../../server/src/core/annotation.js';
import { analyze } from '../../server/src/core/annotate.js';

const HEADLINE = 'Harbour bridge to close for repairs';

/** Each line's attribution and unattributed findings, for an article of the given paragraphs. */
function findings(...paragraphs: string[]): { line: number; source?: string; unattributed: boolean }[] {
  const { annotations } = analyze([HEADLINE, ...paragraphs].join('\n\n'));
  const lines = paragraphs.map((_, i) => 2 * (i + 1));
  const on = (line: number, kind: Annotation['kind']) => annotations.filter((a) => a.kind === kind && a.range.start.line === line);
  return lines.map((line) => {
    const source = on(line, 'attribution')[0];
    return {
      line,
      ...(source ? { source: String((source.data as Readonly<Record<string, unknown>>)['source']) } : {}),
      unattributed: on(line, 'unattributed-claim').length > 0,
    };
  });
}

const sourcesOf = (...paragraphs: string[]) => findings(...paragraphs).map((f) => f.source);

describe('attribution: a paragraph that ends on a colon', function () {
  it('names the speaker of the quotation in the paragraph below', function () {
    // Before, "The mayor said:" was not read at all, and the quote below had no speaker.
    assert.deepEqual(sourcesOf('Mayor Lena Ortiz spoke at the harbour on Monday.', 'She said:', '"The bridge will close for six weeks. Ferries will run every hour."'), [undefined, 'She', 'She']);
  });

  it('reads the sentences before the colon', function () {
    const [intro] = findings('The bridge carries 40,000 cars a day, the port authority said. Its director, Tomas Berg, wrote in a letter:', '"We cannot delay this work."');
    assert.equal(intro?.source, 'the port authority');
  });

  it('gives a block quote that lost its quotation marks to the speaker who introduced it', function () {
    const found = findings(
      'In a speech last spring, Senator Ana Ruiz said:',
      'No one should doubt that this bridge is failing. Its cables lost a fifth of their strength in ten years, and every winter makes it worse.',
    );
    assert.equal(found[1]?.source, 'Senator Ana Ruiz');
    assert.equal(found[1]?.unattributed, false);
  });

  it('hands nothing on when the colon follows an object or a clause of its own', function () {
    // An embedded post or table the scrape dropped leaves the article's next paragraph below.
    for (const intro of ['The mayor tweeted the repair schedule for context:', 'Nothing has changed while the port authority says:', 'The mayor said the works would include:']) {
      const [, next] = sourcesOf(intro, 'The council approved the repairs on Monday by nine votes to two, and the bridge closes on 4 May.');
      assert.equal(next, undefined, intro);
    }
  });

  it('never flags the line that introduces the words as an unattributed claim', function () {
    const [intro] = findings('The repairs will cost the city more than $40 million over two years, with these stages:', '1. Cables replaced.');
    assert.equal(intro?.unattributed, false);
  });
  it('gives a quotation after a colon to the clause the colon closes, not an opening clause (round 153)', function () {
    // Before: "In the hours after 14 people were killed…" gave "14 people" as the source.
    assert.deepEqual(sourcesOf('In the hours after 40 ships were stranded in the harbour, a union steward posted on the quay: “We will not move until we are paid.”'), ['a union steward']);
    // A subject with an apposition of its own still speaks whole: no clause of its own follows its last comma.
    assert.deepEqual(sourcesOf('The mayor, a Democrat, put it bluntly: “The bridge is dead.”'), ['The mayor, a Democrat']);
  });

  it('never takes a subject from inside the quotation after the colon (round 247)', function () {
    // Before: "we" and "No Contracting Port", the quotation's own subjects.
    assert.deepEqual(sourcesOf('From the mayor’s Facebook post: “For the sake of our city, we must end the tolls.”'), ['the mayor’s Facebook post']);
    assert.deepEqual(sourcesOf('Clause 12 affirms: “No Contracting Port shall charge a pilot twice.”'), [undefined]);
  });
});
