/**
 * Issue 14, item 5 (QUALITY.md round 294): a news lede leaves its source to the next paragraph
 * (the inverted pyramid), and an editor reading on does not ask "says who?" of it. Blind readers
 * shown the two paragraphs after 186 labelled ledes would query few of the flags this spares.
 * Round 443: where paragraphs are single sentences, the reach runs to the second sentence below.
 * Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/lsp/hover.js';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { unattributedLines } from '../support/unattributedFlags.js';

const HEADLINE = 'Ferry fire forces evacuation of hundreds';
const LEDE = 'More than 400 passengers were evacuated from a ferry off Kestrel Point on Sunday after a fire broke out in its engine room.';
const TREATED = 'Two crew members were treated for smoke inhalation';
const TOWED = 'The ferry was later towed back to the harbour.';

describe('unattributed: a lede whose source the next paragraphs give', function () {
  it('is not flagged when the next paragraph names a source of its own', function () {
    assert.ok(!unattributedLines(HEADLINE, LEDE, `${TREATED}, the coastguard said.`, TOWED).includes(2));
    assert.ok(!unattributedLines(HEADLINE, LEDE, 'The coastguard said the engine room had been sealed.', TOWED).includes(2));
    // A vague source there is warned of where it stands; the lede is not flagged besides.
    assert.ok(!unattributedLines(HEADLINE, LEDE, `${TREATED}, sources said.`, TOWED).includes(2));
  });

  it('reaches past a one-sentence paragraph to the second sentence below (round 443)', function () {
    // Wire and BBC styles give each sentence its own paragraph. Before: flagged.
    assert.ok(!unattributedLines(HEADLINE, LEDE, `${TREATED}.`, 'The coastguard said the engine room had been sealed.').includes(2));
  });

  it('is still flagged when the next two sentences name no one', function () {
    // No source at all, and a source after a paragraph of two sentences.
    assert.ok(unattributedLines(HEADLINE, LEDE, `${TREATED}.`, TOWED).includes(2));
    assert.ok(unattributedLines(HEADLINE, LEDE, `${TREATED}. ${TOWED}`, 'The coastguard said the engine room had been sealed.').includes(2));
  });

  it('spares only the lede: a later paragraph is weighed as before', function () {
    assert.ok(unattributedLines(HEADLINE, LEDE, `${TREATED}, the coastguard said.`, TOWED).includes(6));
  });

  it('still shows in a hover what other articles report of the spared lede', function () {
    // Before: with no source and no flag, the hover said "nothing checkable" and dropped the outlets.
    const text = (outlet: string) => `${HEADLINE}\n\n${LEDE}\n\n${TREATED}, the ${outlet} coastguard said.\n`;
    const results = analyzeCorpus([
      { id: 'file:///a.txt', fileName: 'a.txt', text: text('northern') },
      { id: 'file:///b.txt', fileName: 'b.txt', text: text('southern') },
    ]);
    const first = results[0]!;
    assert.ok(!first.annotations.some((a) => a.kind === 'unattributed-claim' && a.range.start.line === 2));
    const hover = hoverAt(first.analysis.article!, first.annotations, { line: 2, character: 5 });
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /^\*\*No source\*\* in this sentence\./);
    assert.match(value, /Also reported by 1 other outlet/);
    assert.equal(hover?.range?.start.line, 2);
  });
});
