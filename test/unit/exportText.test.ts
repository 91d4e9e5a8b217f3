/**
 * The CSV export's `text` column: the sentence a finding flags, escaped like every other cell —
 * quotes doubled, a leading formula character neutralised, line breaks kept out of the row.
 */
import assert from 'node:assert/strict';
import type { Annotation } from '../../server/src/core/annotation.js';
import { exportAnnotations } from '../../server/src/report/render.js';

const claim = (line: number, start: number, endLine: number, end: number): Annotation => ({
  kind: 'unattributed-claim',
  code: 'claim/unattributed',
  range: { start: { line, character: start }, end: { line: endLine, character: end } },
  message: 'Unattributed claim.',
  data: { claim: true },
});

describe('CSV export text column', function () {
  const text = 'Headline\r\n=HYPERLINK("http://x") sank "three" ships.\nThe port\nclosed on Monday.\n';
  const csv = exportAnnotations([{ path: 'desk/a.txt', annotations: [claim(1, 0, 1, 44), claim(2, 0, 3, 17)], text }], 'csv');
  const [header, first, second] = csv.split('\r\n');

  it('adds the column last', function () {
    assert.match(header!, /,"outlet","text"$/);
  });

  it('gives the flagged sentence, quoted and neutralised against formulas', function () {
    assert.match(first!, /,"'=HYPERLINK\(""http:\/\/x""\) sank ""three"" ships\."$/);
  });

  it('keeps a sentence over two lines on one row', function () {
    assert.match(second!, /,"The port closed on Monday\."$/);
  });

  it('leaves the column empty without the article text, and JSON without the text', function () {
    assert.match(exportAnnotations([{ path: 'a.txt', annotations: [claim(0, 0, 0, 3)] }], 'csv').split('\r\n')[1]!, /,""$/);
    const json = JSON.parse(exportAnnotations([{ path: 'a.txt', annotations: [], text }], 'json')) as { files: object[] };
    assert.deepEqual(Object.keys(json.files[0]!), ['path', 'annotations']);
  });
});
