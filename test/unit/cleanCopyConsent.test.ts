/**
 * Write Clean Copy in Restricted Mode (issue 16): the user is asked, with the file named, before
 * anything is written into an untrusted folder, and nothing is written unless they confirm.
 * The editor is a recording stand-in for the three things the decision asks of VS Code.
 */
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { CONFIRM_WRITE, mayWriteCleanCopy, type ConsentEditor } from '../../client/src/cleanCopyConsent.js';

function editor(isTrusted: boolean, answer: string | undefined): ConsentEditor & { questions: string[] } {
  const questions: string[] = [];
  return {
    isTrusted,
    questions,
    relativePath: (file) => file.replace('/work/folder/', ''),
    ask: async (question, detail) => {
      questions.push(`${question} | ${detail}`);
      return answer;
    },
  };
}

const article = pathToFileURL('/work/folder/story.txt').href;

describe('Write Clean Copy in Restricted Mode', function () {
  it('writes without asking in a trusted folder', async function () {
    const trusted = editor(true, undefined);
    assert.equal(await mayWriteCleanCopy([article, 3], trusted), true);
    assert.deepEqual(trusted.questions, []);
  });

  it('asks once, naming the copy, and writes only when the user confirms', async function () {
    const confirming = editor(false, CONFIRM_WRITE);
    assert.equal(await mayWriteCleanCopy([article, 3], confirming), true);
    assert.equal(confirming.questions.length, 1);
    assert.match(confirming.questions[0]!, /Restricted Mode.*story\.clean\.txt\?/);
    assert.match(confirming.questions[0]!, /\/work\/folder\/story\.clean\.txt will be created or replaced/);

    const dismissing = editor(false, undefined);
    assert.equal(await mayWriteCleanCopy([article, 3], dismissing), false);
    assert.equal(dismissing.questions.length, 1);
  });

  it('reads the article from an object argument too', async function () {
    const confirming = editor(false, CONFIRM_WRITE);
    assert.equal(await mayWriteCleanCopy([{ uri: article }], confirming), true);
    assert.match(confirming.questions[0]!, /story\.clean\.txt/);
  });
});
