/**
 * Long runs of blanks (issue 16: linear time on any line). Scraped pages pad menus and rights
 * lines with thousands of spaces and leave thousands of blank lines; patterns retried at every
 * blank of such a run took quadratic time. Each rewrite is held to the pattern it replaces.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, cleanText } from '../../server/src/core/annotate.js';
import { breadcrumbItems } from '../../server/src/core/boilerplate/shapes.js';
import { outletOf } from '../../server/src/core/corroboration/outlet.js';
import { lengthWithoutTrailingBlanks } from '../../server/src/core/text.js';

const PROSE = 'The council voted on Monday to close the old bridge to lorries from March.\n\n' + 'The mayor said the repairs would cost about 2 million euros, according to the city treasurer.\n\n';

describe('long runs of blanks', function () {
  it('splits menu rows exactly as the pattern it replaces did', function () {
    const old = (text: string) => text.split(/\s+[»>|/·•]\s+|\s*[»›]\s*/);
    const alphabet = fc.constantFrom(' ', '\u00a0', '\t', 'a', 'B', '.', '»', '>', '|', '/', '·', '•', '›', '-');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        assert.deepEqual(breadcrumbItems(text), old(text));
      }),
      { numRuns: 30000 },
    );
  });

  it('trims line breaks and blanks off the end exactly as the pattern it replaces did', function () {
    const alphabet = fc.constantFrom(' ', '\t', '\n', '\r', 'a', '\u00a0', '.');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }), (chars) => {
        const text = chars.join('');
        assert.equal(text.slice(0, lengthWithoutTrailingBlanks(text)), text.replace(/(?:\r\n|\r|\n|[ \t])+$/, ''));
      }),
      { numRuns: 20000 },
    );
  });

  it('analyses menus padded with 99,000 spaces each', function () {
    const menu = `Home${' '.repeat(99_000)}News | World\n`;
    // Three of them: one took the old pattern about ten seconds, under mocha's timeout alone.
    const analysis = analyze(`${PROSE.repeat(3)}${menu}${menu}${menu}`);
    assert.equal(analysis.skipped, undefined);
    assert.ok(analysis.annotations.some((a) => a.kind === 'attribution'));
  });

  it('cleans an article with 300,000 blank lines in its middle', function () {
    const text = `${PROSE}${'\n'.repeat(300_000)}${PROSE}Share this article\n`;
    const analysis = analyze(text);
    assert.ok(
      analysis.annotations.some((a) => a.kind === 'boilerplate'),
      'the share prompt is boilerplate',
    );
    const cleaned = cleanText(analysis);
    assert.ok(cleaned.startsWith(PROSE) && cleaned.endsWith(`${PROSE.trimEnd()}\n`));
  });

  it('reads the outlet of a rights line padded with spaces', function () {
    const analysis = analyze(`${PROSE.repeat(3)}© 2025 Harbour Courier${' '.repeat(80_000)}Media Group All rights reserved.\n`);
    assert.equal(outletOf(analysis, 'story.txt'), 'Harbour Courier Media Group');
  });
});
