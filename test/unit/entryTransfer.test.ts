/**
 * A corpus entry sent from a worker thread arrives as the worker made it: the claims' texts,
 * left behind on the way, are taken back from the file's text, and no field is lost (the
 * sources' kinds and the wire agency, which independent sources are counted by, included).
 */
import assert from 'node:assert/strict';
import { corpusEntry } from '../../server/src/core/corpusEntry.js';
import { entryForTransfer, entryReceived, SharedStrings } from '../../server/src/workers/entryTransfer.js';

const TEXT = [
  'Ferry workers walk off the job in Calder Bay',
  '',
  'BRENNICK, Estavia (Meridian) - About 4,000 ferry workers walked off the job in Calder Bay on Monday, the Calder Ferry Union said.',
  '',
  'All crossings to Lindqvist island were cancelled, according to the port authority.',
  '',
  'Talks are scheduled to resume on Thursday.',
  '',
].join('\n');

describe('corpus entries sent from a worker', function () {
  it('arrive equal to the entry the worker made, every field of every claim kept', function () {
    const made = corpusEntry(TEXT, { fileName: 'meridian.txt' }, false);
    assert.ok(
      made.claims.some((c) => c.sourceKind !== undefined),
      'the text has sourced claims',
    );
    assert.ok(
      made.claims.some((c) => c.headline),
      'its headline is a claim',
    );
    const sent = structuredClone(entryForTransfer(made));
    assert.ok(
      sent.claims.every((c) => !('text' in c)),
      'claims travel without their texts',
    );
    assert.deepEqual(entryReceived(sent, TEXT, new SharedStrings()), made);
  });
});
