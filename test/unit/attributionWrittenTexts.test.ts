/**
 * Issue 14, items 3 and 4 (QUALITY.md round 144): a written text that gives its words beside a
 * quotation ("…,” the statement read.", "…,” she posted."), evidence described by a time before
 * its verb ("A Dockside poll released Monday showed…"), and what a pronoun credit may stand for:
 * never the quotation's own subject, and "it" never several. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { attributionAfterHeadline } from '../support/attributionAfterHeadline.js';

const HEADLINE = 'Ruiz pulls ahead in harbour mayor race';

/** Source and cue of one sentence's attribution, or undefined. */
function read(sentence: string): [unknown, unknown] | undefined {
  const data = attributionAfterHeadline(sentence, HEADLINE);
  return data ? [data['source'], data['cue']] : undefined;
}

/** Each attribution's source and the name it stands for, by its paragraph (counted from 1). */
function speakers(paragraphs: string[]): { paragraph: number; source: string; resolved?: string }[] {
  const text = [HEADLINE, ...paragraphs].join('\n\n');
  return analyze(text)
    .annotations.filter((a) => a.kind === 'attribution')
    .map((a) => ({
      paragraph: a.range.start.line / 2,
      source: String(a.data['source']),
      ...(a.data['resolvedSource'] === undefined ? {} : { resolved: String(a.data['resolvedSource']) }),
    }));
}

describe('attribution: a written text that gives its words', function () {
  it('is the source beside the quotation it closes or opens', function () {
    // Before: none of these had a source.
    assert.deepEqual(read('“The harbour will stay open to all boats,” the statement read.'), ['the statement', 'read']);
    assert.deepEqual(read('“Ruiz has shown more nerve than the whole council,” reads a Sunday editorial in the Harbour Gazette.'), ['a Sunday editorial in the Harbour Gazette', 'reads']);
    assert.deepEqual(read('“We won the ferry vote,” Ruiz posted on Facebook.'), ['Ruiz', 'posted']);
    assert.deepEqual(read('The banner over the quay read: “Ruiz for mayor, Berg for the ferry.”'), ['The banner over the quay', 'read']);
  });

  it('is nothing where the verb is not the text giving the quotation', function () {
    // A title in quotation marks, then a clause of its own.
    assert.equal(read('The council printed the editorial, entitled “A Mayor for the Quay,” when it posted on Jan. 27.'), undefined);
    // Reading aloud, with no quotation.
    assert.equal(read('As the judge read his ruling, Berg held his head in his hands.'), undefined);
  });
});

describe('attribution: evidence described by a time before its verb', function () {
  it('is the poll, with its time', function () {
    // Before: no attribution (the time alone stood before the verb).
    assert.deepEqual(read('A Dockside poll released Monday showed Ruiz with a healthy lead over Berg.'), ['A Dockside poll released Monday', 'showed']);
    assert.deepEqual(read('A Harbour Gazette poll out this week shows Ruiz with an 8-point lead.'), ['A Harbour Gazette poll out this week', 'shows']);
    // "out" after a verb is no poll's.
    assert.equal(read('The ferry timetable came out Monday and showed no change.'), undefined);
  });
});

describe('attribution: what a pronoun credit stands for', function () {
  it('is never the quotation’s own subject', function () {
    // Before: "it" stood for "I", and "he" for the valley he spoke of.
    assert.deepEqual(speakers(['“I am still with Ruiz,” it read.']), [{ paragraph: 1, source: 'it' }]);
    assert.deepEqual(speakers(['Even Tom Abney says the doubts are fair.', '“The harbour is a restless place,” he said.']).at(-1), {
      paragraph: 2,
      source: 'he',
      resolved: 'Tom Abney',
    });
  });

  it('is never several for "it"', function () {
    // Before: "it" stood for "Officials".
    assert.deepEqual(speakers(['Officials met on Monday.', '“The quay is closed,” it said.']), [{ paragraph: 2, source: 'it' }]);
    assert.deepEqual(speakers(['The Harbour Board met on Monday.', '“The quay is closed,” it said.']), [{ paragraph: 2, source: 'it', resolved: 'The Harbour Board' }]);
  });
});
