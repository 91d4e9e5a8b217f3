/**
 * lsp/republish.ts: what a change to one document invalidates elsewhere, gathered and
 * republished once, and held back while a scan runs.
 */
import assert from 'node:assert/strict';
import { invalidatedBy, Republisher } from '../../server/src/lsp/republish.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('republishing', function () {
  it('invalidates the documents linked before or after, every other open one, and the unopened file itself when it shows findings', function () {
    assert.deepEqual([...invalidatedBy('a', ['b', 'a', 'c', 'b'], ['a', 'd'], false)], ['b', 'c', 'd']);
    assert.deepEqual([...invalidatedBy('a', [], [], true)], ['a']);
    assert.deepEqual([...invalidatedBy('a', [], ['a'], false)], []);
  });

  function harness(links: Map<string, string[]>, open: string[], showing: string[] = []) {
    const refreshed: string[] = [];
    const republisher = new Republisher({
      linkedTo: (uri) => links.get(uri) ?? [],
      isOpen: (uri) => open.includes(uri),
      openUris: () => open,
      showsDiskFindings: (uri) => showing.includes(uri),
      refreshOpen: (uri) => void refreshed.push(`open:${uri}`),
      refreshDisk: (uri) => void refreshed.push(`disk:${uri}`),
      delayMs: 5,
    });
    return { republisher, refreshed };
  }

  it('republishes the documents linked before and after a change, once, after the delay', async function () {
    const links = new Map([['a', ['b']]]);
    const { republisher, refreshed } = harness(links, ['a', 'o']);
    republisher.change('a', () => links.set('a', ['c']));
    republisher.change('a', () => undefined);
    assert.deepEqual(refreshed, [], 'gathered, not republished at once');
    await wait(30);
    assert.deepEqual(refreshed.sort(), ['disk:b', 'disk:c', 'open:o']);
  });

  it('republishes after a change that throws, and returns what the change returns', async function () {
    const { republisher, refreshed } = harness(new Map([['x', ['y']]]), [], ['x']);
    assert.equal(
      republisher.change('z', () => 7),
      7,
    );
    assert.throws(() =>
      republisher.change('x', () => {
        throw new Error('boom');
      }),
    );
    await wait(30);
    assert.deepEqual(refreshed.sort(), ['disk:x', 'disk:y']);
  });

  it('holds changes back while a scan runs, then refreshes the open documents once it ends', async function () {
    const { republisher, refreshed } = harness(new Map([['a', ['b']]]), ['o']);
    republisher.beginBulk();
    republisher.beginBulk();
    republisher.change('a', () => undefined);
    republisher.endBulk();
    await wait(30);
    assert.deepEqual(refreshed, [], 'a nested scan is still running');
    republisher.endBulk();
    assert.deepEqual(refreshed, ['open:o']);
    await wait(30);
    assert.deepEqual(refreshed, ['open:o']);
  });
});
