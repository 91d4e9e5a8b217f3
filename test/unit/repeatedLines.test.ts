/**
 * The corpus's template lines carried to a worker (workers/repeatedLines.ts) are the lines
 * TemplateLines.set registers and the article's blocks ask about, paragraph separators included.
 */
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/core/article.js';
import { TemplateLines, templateKeys } from '../../server/src/core/boilerplate/templates.js';
import { documentLines } from '../../server/src/workers/repeatedLines.js';

describe('template lines for a worker', function () {
  const shared = 'Sign up for our morning newsletter';
  // One line of the editor holding paragraphs parted by U+2029, U+2028 and NEL, with a CRLF line after it.
  const text = `\uFEFFPort strike enters second day\u2029${shared}\u2028Workers said talks had stalled.\u0085  ${shared}  \r\nA later line.\n`;

  it('registers the keys TemplateLines.set would, and counts the lines the blocks ask about', function () {
    const templates = new TemplateLines();
    templates.set('a', `${shared}\nSomething else.\n`);
    templates.set('b', `Other text.\n${shared}\n`);
    const lines = documentLines(text, templates, 'doc');
    assert.deepEqual(lines.keys, templateKeys(text));
    const asked = parseArticle(text).blocks.map((block) => block.normalised);
    const counts = new Map(lines.repeatedElsewhere);
    assert.deepEqual(
      asked.map((line) => counts.get(line) ?? 0),
      asked.map((line) => templates.countElsewhere(line, 'doc')),
    );
    assert.equal(counts.get(asked[1]!), 2, 'the shared paragraph is held by both other files');
  });
});
