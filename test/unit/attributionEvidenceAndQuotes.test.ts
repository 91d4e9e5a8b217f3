/**
 * Issue 14 (QUALITY.md round 40): a poll or records report even a plain object ("a poll showed a
 * slimmer lead"); and a quotation that opens a paragraph belongs to the speaker named after it
 * in that paragraph before the last source of the paragraph above. Every text here is written
 * for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

/** Each paragraph's first attribution (its source as written), for an article of the given paragraphs. */
function sources(...paragraphs: string[]): (string | undefined)[] {
  const { annotations } = analyze(['Harbour bridge vote delayed', ...paragraphs].join('\n\n'));
  return paragraphs.map((_, i) => {
    const found = annotations.find((a) => a.kind === 'attribution' && a.range.start.line === 2 * (i + 1));
    return found ? String((found.data as Readonly<Record<string, unknown>>)['source']) : undefined;
  });
}

describe('attribution: evidence that reports a plain object', function () {
  it('names a poll, a survey or records that show or find a figure', function () {
    // Before: no source (only a clause after "showed" counted).
    assert.deepEqual(sources('A poll by the Estavian Institute showed a slimmer lead for Ruiz, with 46 percent to 41 percent.'), ['A poll by the Estavian Institute']);
    assert.deepEqual(sources('A survey of 800 commuters found broad support for the new bridge.'), ['A survey of 800 commuters']);
  });

  it('starts the source with the evidence, not across a preposition before it', function () {
    // Before: "their support with recent polls".
    assert.deepEqual(sources('The mayor will need their support with recent polls showing a tightening race.'), ['recent polls']);
    // ("of" belongs to the evidence's own phrase.)
    assert.deepEqual(sources('An average of recent polls shows the mayor ahead by four points.'), ['An average of recent polls']);
  });

  it('leaves a person or a body that finds a thing to its act', function () {
    assert.deepEqual(sources('Police found a knife in the car on Monday night.'), [undefined]);
  });
});

describe('attribution: the speaker of a quotation that opens a paragraph', function () {
  it('is the one named after it in the paragraph, not the last source of the paragraph before', function () {
    // Before: "a council spokesman" was handed the quote.
    const [, quote] = sources('The repairs have wide support, a council spokesman said.', '“Let’s say the council agrees. Let’s say the vote passes,” Mayor Lena Ortiz said.');
    assert.equal(quote, 'Mayor Lena Ortiz');
  });

  it('still continues a quotation the paragraph before left open', function () {
    const [, second] = sources('“The bridge is failing,” Mayor Lena Ortiz said. “Every winter makes it worse.', '“We cannot wait another year.”');
    assert.equal(second, 'Mayor Lena Ortiz');
  });
});

describe('attribution: a first name the tagger reads as "will"', function () {
  it('names Will Doyle after an inverted "said" and before a plain one', function () {
    // Before: no source after "said", and "Doyle" alone before it.
    assert.deepEqual(sources('“It is a pretty expensive model,” said Will Doyle, a professor of education.'), ['Will Doyle, a professor of education']);
    assert.deepEqual(sources('“It is a pretty expensive model,” Will Doyle said.'), ['Will Doyle']);
  });

  it('still reads the modal after a speech verb as the start of what was said', function () {
    assert.deepEqual(sources('Everything the mayor says will be checked by the council.'), [undefined]);
  });
});
