/** Names printed on one line (issue 16): what could forge a line or pass for another name is escaped. */
import assert from 'node:assert/strict';
import { printable } from '../../server/src/text/printable.js';

describe('printable names', function () {
  it('prints a real newline and a backslash followed by n differently', function () {
    assert.equal(printable('a\nb.txt'), 'a\\nb.txt');
    assert.equal(printable('a\\nb.txt'), 'a\\\\nb.txt');
    assert.notEqual(printable('a\nb.txt'), printable('a\\nb.txt'));
  });

  it('leaves ordinary names, accents and emoji as they are', function () {
    for (const name of ['story.txt', 'Márta Kovács – interview.txt', 'flood 🌊 report.txt']) assert.equal(printable(name), name);
  });
});
