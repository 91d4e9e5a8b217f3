/**
 * Issue 14, item 4 (QUALITY.md round 410): a pronoun speaker resolves to the last fitting named
 * speaker, but not to someone the speaker's own quotation talks about. "“If Donald Trump becomes
 * the president I'll be stopped…,” he said" was given to Trump, the last man who had spoken; a
 * speaker names others in their quotation, not themselves. Every text here is written for the
 * test.
 */
import assert from 'node:assert/strict';
import { resolvedSourceOf as resolvedOf } from '../support/resolvedSource.js';

const EARLIER = [
  'Peter Lund, who runs the ferry company, has fought the bridge for a decade.',
  'John Berg said on Monday that the bridge would open in May.',
  'Ferries will stop running once the bridge opens.',
];

describe('attribution: a pronoun speaker is not whom their quotation names', function () {
  it('passes over the last speaker when the quotation speaks of him', function () {
    // Before: "John Berg".
    const quote = '“If John Berg gets his bridge, my ferries will sink within a year,” he said.';
    assert.notEqual(resolvedOf([...EARLIER, quote], '“If John Berg'), 'John Berg');
  });

  it('keeps him when the story has been about him up to the quotation', function () {
    const paragraphs = [
      'Peter Lund, who runs the ferry company, has fought the bridge for a decade.',
      'John Berg is keeping his supporters hopeful.',
      '“They say John Berg should give up the bridge, but we will not,” he said.',
    ];
    assert.equal(resolvedOf(paragraphs, '“They say'), 'John Berg');
  });

  it('keeps him when the quotation is a short title, another first name or a quotation it quotes', function () {
    // A name in quotation marks, not a quotation.
    assert.equal(resolvedOf([...EARLIER, 'The crossing will close in June, he said in a note signed “John Berg.”'], 'The crossing'), 'John Berg');
    // Another man of the same surname.
    assert.equal(resolvedOf([...EARLIER, '“My brother James Berg built the old ferry with his own hands,” he said.'], '“My brother'), 'John Berg');
    // A woman of the same surname, where the article gives him no first name.
    const mister = [
      'Peter Lund, who runs the ferry company, has fought the bridge for a decade.',
      'Mr. Berg said on Monday that the bridge would open in May.',
      'Ferries will stop running once the bridge opens.',
    ];
    assert.equal(resolvedOf([...mister, '“My mother Mary Berg ran the old ferry for thirty years,” he said.'], '“My mother'), 'Mr. Berg');
    // What someone said to him, quoted in his quotation.
    assert.equal(resolvedOf([...EARLIER, '“The old captain always told me, ‘John Berg, you will build that bridge one day,’” he said.'], '“The old captain'), 'John Berg');
  });
});
