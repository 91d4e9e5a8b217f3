/**
 * The scan's fast paths give what the code they stand in for gave: a line key's base-36 digits,
 * the web-address test's early "no", and a corpus entry built without the attribution
 * annotations nobody shows.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import { base36, lineKey } from '../../server/src/core/boilerplate/templates.js';
import { hasUrl, URL_PATTERN } from '../../server/src/core/boilerplate/shapes.js';
import { corpusEntry, wireOf } from '../../server/src/core/corpusEntry.js';
import { outletOf } from '../../server/src/core/corroboration/outlet.js';
import { examplesDir } from '../support/paths.js';

const exampleTexts = readdirSync(examplesDir, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name: path.basename(name), text: readFileSync(path.join(examplesDir, name), 'utf8') }));

describe('fast paths', () => {
  it('writes a line key in base 36 as toString(36) does, up to 2^52', () => {
    const values = [0, 1, 35, 36, 37, 1295, 1296, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 52 - 1, 2 ** 52 - 36, 36 ** 10 - 1, 36 ** 10];
    let seed = 12345;
    for (let i = 0; i < 20_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      values.push(((seed >>> 6) * 0x4000000 + (Math.imul(seed, 2654435761) >>> 6)) % 2 ** 52);
    }
    for (const value of values) assert.equal(base36(value), value.toString(36), String(value));
    assert.match(lineKey('sign up for our newsletter'), /^[0-9a-z]+$/);
  });

  it('answers hasUrl as the address pattern does', () => {
    const lines = [
      'See example.com for more.',
      'Visit www.example.org today',
      'http://localhost:8080',
      'The U.S. economy grew 3.5% in the year.',
      'It ended. Then it began again.',
      'A sentence with a full stop at its end.',
      'Ends with a dot.',
      'mail me at a.b@example.net',
      'www. and nothing',
      'ftp://files',
      '',
      '.',
      '. .com',
      'x.COM',
      ...exampleTexts.flatMap(({ text }) => text.split(/\r?\n/)),
    ];
    for (const line of lines) {
      const fast = hasUrl(line);
      // The pattern is global: each test starts where the last match ended.
      URL_PATTERN.lastIndex = 0;
      assert.equal(fast, URL_PATTERN.test(line), line);
    }
  });

  it('builds a corpus entry without findings as it did from the whole analysis', () => {
    assert.ok(exampleTexts.length > 0);
    for (const { name, text } of exampleTexts) {
      const analysis = analyze(text, { fileName: name });
      const entry = corpusEntry(text, { fileName: name });
      assert.deepEqual(entry.claims, analysis.claims, name);
      assert.equal(entry.outlet, outletOf(analysis, name), name);
      assert.deepEqual(wireOf(analysis), entry.wire === undefined ? {} : { wire: entry.wire }, name);
      assert.deepEqual(corpusEntry(text, { fileName: name }, true).annotations, analysis.annotations, name);
    }
  });
});
