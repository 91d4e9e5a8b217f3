/**
 * Command feedback in the client: the file written with an Open button that opens it, and what
 * a check found. The editor is a recording stand-in.
 */
import assert from 'node:assert/strict';
import { checkMessage, cleanCopyFeedback, isCleanCopyResult, OPEN, offerOpen, type FeedbackEditor } from '../../client/src/feedback.js';

function editor(answer: string | undefined): FeedbackEditor & { said: string[][]; opened: string[] } {
  const said: string[][] = [];
  const opened: string[] = [];
  return {
    said,
    opened,
    inform: (message, ...buttons) => {
      said.push([message, ...buttons]);
      return Promise.resolve(answer);
    },
    open: (uri) => {
      opened.push(uri);
      return Promise.resolve();
    },
  };
}

describe('command feedback', function () {
  it('names the clean copy and opens it when asked', async function () {
    const e = editor(OPEN);
    await cleanCopyFeedback(e, { uri: 'file:///desk/my%20story.clean.txt', removedBlocks: 1 });
    assert.deepEqual(e.said, [['Corroborate wrote my story.clean.txt without 1 boilerplate block.', 'Open']]);
    assert.deepEqual(e.opened, ['file:///desk/my%20story.clean.txt']);
  });

  it('opens nothing when the message is dismissed', async function () {
    const e = editor(undefined);
    await offerOpen(e, 'Corroborate exported the annotations to a.csv.', 'file:///a.csv');
    assert.deepEqual(e.opened, []);
  });

  it('recognises only a clean copy result (a declined refusal returns nothing)', function () {
    assert.ok(isCleanCopyResult({ uri: 'file:///a.clean.txt', removedBlocks: 0 }));
    assert.ok(!isCleanCopyResult(undefined));
    assert.ok(!isCleanCopyResult({ uri: 'file:///a.clean.txt' }));
  });

  it('says what a check found, or that there is nothing to report', function () {
    const base = { uri: 'file:///a.txt', version: 1 } as const;
    assert.equal(
      checkMessage({ ...base, state: 'analysed', counts: { 'unattributed-claim': 3, conflict: 1, boilerplate: 9 }, boilerplateBlocks: 4 }),
      'Corroborate checked the article: 3 unattributed claims, 1 conflict, 4 boilerplate blocks.',
    );
    assert.equal(checkMessage({ ...base, state: 'analysed', counts: {}, boilerplateBlocks: 0 }), 'Corroborate checked the article: nothing to report.');
    assert.equal(checkMessage({ ...base, state: 'skipped', reason: 'it is not an article' }), 'Corroborate did not analyse this article: it is not an article.');
  });
});
