/**
 * Seed acceptance for the boilerplate pass (foundation issue): exactly the listed lines are
 * flagged, every other non-empty line stays. Runs only where ../shared/seeds exists.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/annotate.js';
import { TemplateLines } from '../../server/src/core/boilerplate/templates.js';
import { splitLines } from '../../server/src/core/article.js';
import { seedsDir } from '../support/paths.js';
import { SEED_BOILERPLATE_LINES, seedFile } from './seedLabels.js';

describe('seed acceptance: boilerplate', function () {
  before(function () {
    if (!existsSync(seedsDir)) this.skip();
  });

  for (const [prefix, expected] of Object.entries(SEED_BOILERPLATE_LINES)) {
    it(`flags exactly lines ${expected.join(', ')} of seed ${prefix}, alone and within the corpus`, function () {
      const file = seedFile(prefix);
      const text = readFileSync(file, 'utf8');
      const templates = new TemplateLines();
      for (const other of Object.keys(SEED_BOILERPLATE_LINES)) templates.set(other, readFileSync(seedFile(other), 'utf8'));
      for (const options of [{}, { repeatedElsewhere: templates.lookupFor(prefix) }]) {
        const flagged = analyze(text, { fileName: path.basename(file), ...options })
          .annotations.filter((a) => a.kind === 'boilerplate')
          .map((a) => a.range.start.line + 1);
        assert.deepEqual(flagged, expected);
      }
      const nonEmpty = splitLines(text).filter((l) => l.text.trim()).length;
      assert.ok(nonEmpty > expected.length, 'the rest is content');
    });
  }

  it('keeps the headline of seed 001', function () {
    const { annotations } = analyze(readFileSync(seedFile('001'), 'utf8'));
    assert.ok(!annotations.some((a) => a.range.start.line === 2));
  });
});
