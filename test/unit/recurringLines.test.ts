/**
 * Issue 15, item 2 (QUALITY.md round 229): a line a site prints under many of its stories — an
 * editor's note, a programme's airtime — is not a second report of a fact. Two stories quoting
 * one remark, reports of one event sharing wire background, and copies of one text still link.
 * Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import type { Annotation } from '../../server/src/core/annotation.js';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import type { ClaimRecord } from '../../server/src/core/corroboration/claims.js';
import { isRecurringLine } from '../../server/src/core/corroboration/recurring.js';

/** The note the imagined Harbour Gazette prints under every story it runs on the port. */
const NOTE = "Editor's note: The Harbour Gazette's owner, Calder Holdings, sold its 12% stake in the Lindqvist port operator in 2019.";

/** Three stories of three different happenings at one port. */
const STORIES = [
  'Ferry timetable changes\nThe Lindqvist ferry will sail twice a day from March, the operator announced on Tuesday.\nFares stay at 14 crowns for adults.\n',
  'Crane collapse injures two\nA crane toppled onto a cargo ship at the Lindqvist container terminal on Friday, injuring two workers.\nThe terminal reopened after six hours.\n',
  'New harbour master named\nMarta Oyelaran will take over as Lindqvist harbour master in June, the council said on Monday.\nShe has run the Brennick marina since 2012.\n',
];

type Result = { id: string; annotations: Annotation[] };

/** The corroboration findings (links, conflicts, "no other article") on line `line` of `id`. */
function corroborationAt(results: Result[], id: string, line: number): Annotation[] {
  return results.find((r) => r.id === id)!.annotations.filter((a) => (a.kind === 'corroboration' || a.kind === 'conflict') && a.range.start.line === line);
}

function linkedLines(results: Result[], id: string, line: number): string[] {
  return corroborationAt(results, id, line)
    .filter((a) => a.code === 'corroboration/match')
    .flatMap((a) => (a.data['matches'] as { uri: string; range: Annotation['range'] }[]).map((m) => `${m.uri}:${m.range.start.line}`))
    .sort();
}

describe("corroboration: a site's recurring line", function () {
  it('does not call a note printed under three stories of different happenings a fact they report', function () {
    // Before: each note "Also reported by 2 other outlets".
    const results = analyzeCorpus(STORIES.map((story, i) => ({ id: `s${i}`, fileName: `s${i}.txt`, text: `${story}${NOTE}\n` })));
    for (const id of ['s0', 's1', 's2']) {
      assert.deepEqual(corroborationAt(results, id, 3), [], `${id}: neither "also reported" nor "no other article reports this"`);
      // The stories' own facts are untouched: each is its own.
      assert.equal(corroborationAt(results, id, 1)[0]?.code, 'claim/single-source');
    }
  });

  it('still links a note two stories print: two files are two reports of a remark', function () {
    const results = analyzeCorpus(STORIES.slice(0, 2).map((story, i) => ({ id: `s${i}`, fileName: `s${i}.txt`, text: `${story}${NOTE}\n` })));
    assert.deepEqual(linkedLines(results, 's0', 3), ['s1:3']);
  });

  it('still links background that three reports of one happening share word for word, with another fact', function () {
    const background = 'The Lindqvist terminal handled 1.2 million containers last year, a record for the port.';
    const reports = [
      'Crane collapse at Lindqvist\nA crane toppled onto a cargo ship at the Lindqvist container terminal on Friday, injuring two workers.\n',
      'Two hurt at Lindqvist terminal\nTwo workers were injured on Friday when a crane toppled onto a cargo ship at the Lindqvist container terminal.\n',
      'Lindqvist crane accident\nOn Friday a crane toppled onto a cargo ship at the Lindqvist container terminal and two workers were injured.\n',
    ];
    const results = analyzeCorpus(reports.map((report, i) => ({ id: `r${i}`, fileName: `r${i}.txt`, text: `${report}${background}\n` })));
    assert.deepEqual(linkedLines(results, 'r0', 2), ['r1:2', 'r2:2']);
  });

  it('still links the lines of one text saved three times', function () {
    const text = `${STORIES[1]}${NOTE}\n`;
    const results = analyzeCorpus(['a', 'b', 'c'].map((id) => ({ id, fileName: `${id}.txt`, text })));
    assert.deepEqual(linkedLines(results, 'a', 3), ['b:3', 'c:3']);
  });

  it('still links one wire headline over three reports of one happening', function () {
    const headline = 'Crane topples at Lindqvist terminal, two hurt';
    const bodies = [
      'The crane at the Lindqvist terminal fell shortly after dawn, and the two hurt were taken to hospital in Brennick.',
      'Shipping agents expect delays at the Lindqvist terminal into next week while the crane is cleared.',
      'It was the third accident at the Lindqvist terminal this year, and the first with a crane.',
    ];
    const results = analyzeCorpus(bodies.map((body, i) => ({ id: `h${i}`, fileName: `h${i}.txt`, text: `${headline}\n${body}\n` })));
    assert.deepEqual(linkedLines(results, 'h0', 0), ['h1:0', 'h2:0']);
  });

  it('counts the files that print a line, not copies of one text among them', function () {
    const line = (text: string) => ({ text }) as ClaimRecord;
    const printed = (id: string, text: string, score = 1) => ({ other: { id, outlet: id, index: 0, claim: line(text) }, score });
    const candidates = [printed('b', NOTE), printed('c', NOTE.replace("Editor's", 'Editor’s'))];
    const relatedBy = (pairs: string[]) => (a: string, b: string) => pairs.includes([a, b].sort().join(''));
    assert.equal(isRecurringLine('a', line(NOTE), candidates, relatedBy([])), true, 'three files print it (quotes aside)');
    assert.equal(isRecurringLine('a', line(NOTE), candidates, relatedBy(['bc'])), false, 'b and c are one text saved twice');
    assert.equal(isRecurringLine('a', line(NOTE), candidates, relatedBy(['ab'])), false, 'a and b are one text saved twice');
    assert.equal(isRecurringLine('a', line(NOTE), [printed('b', NOTE), printed('c', `${NOTE} It has no other stake.`, 0.9)], relatedBy([])), false, 'not word for word');
    assert.equal(isRecurringLine('a', { ...line(NOTE), headline: true }, candidates, relatedBy([])), false, 'a headline');
  });
});
