/**
 * The workspace boundary is checked on the file actually opened: a link re-pointed after a
 * first look (outside the workspace, say) must not decide what is read.
 */
import assert from 'node:assert/strict';
import { closeSync, fstatSync, mkdtempSync, openSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { openedRealPath, readRegularFile } from '../../server/src/io/readRegularFile.js';

describe('the real path of an opened file', function () {
  let dir: string;
  beforeEach(() => (dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'corroborate-opened-')))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file opened, not where its link points now', async function () {
    const first = path.join(dir, 'first.txt');
    const second = path.join(dir, 'second.txt');
    const link = path.join(dir, 'link.txt');
    writeFileSync(first, 'one');
    writeFileSync(second, 'two');
    symlinkSync(first, link);
    const fd = openSync(link, 'r');
    try {
      const opened = fstatSync(fd);
      // The link is re-pointed between the open and the check.
      unlinkSync(link);
      symlinkSync(second, link);
      const real = await openedRealPath(fd, link, opened);
      // Where the system cannot name the descriptor, the path no longer leads to the file opened: no answer.
      assert.ok(real === first || real === undefined, `got ${real}`);
      assert.notEqual(real, second);
    } finally {
      closeSync(fd);
    }
  });

  it('asks the caller about the real path of a link, and refuses with its reason', async function () {
    const target = path.join(dir, 'target.txt');
    const link = path.join(dir, 'link.txt');
    writeFileSync(target, 'text');
    symlinkSync(target, link);
    const asked: string[] = [];
    const refused = await readRegularFile(link, {
      maxSize: 100,
      refuseRealPath: (real) => {
        asked.push(real);
        return `no: ${path.basename(real)}`;
      },
    });
    assert.deepEqual(refused, { ok: false, reason: 'no: target.txt' });
    assert.deepEqual(asked, [target]);
    const read = await readRegularFile(link, { maxSize: 100, refuseRealPath: () => undefined });
    assert.ok(read.ok && read.bytes.toString() === 'text');
  });
});
