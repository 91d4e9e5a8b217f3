/**
 * Diagnostics name what they flag (issue 18, item 1): an unattributed claim quotes the start of
 * its sentence and a vague source quotes the source, both short enough for one row of the
 * Problems panel.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { excerpt } from '../../server/src/core/text.js';

const text = [
  'Harbour strike spreads',
  '',
  'The port authority said the strike closed three terminals on Monday.',
  'The stoppage will cost the regional economy 40 million euros by the end of the week.',
  'Freight rates doubled overnight.',
  'Critics say the measures will cost thousands of jobs across the region next year.',
  'Some unnamed observers of the negotiations in the northern capital say the ceasefire will hold through March.',
].join('\n');

describe('finding messages', function () {
  const annotations = analyze(text).annotations;

  it('quotes the start of an unattributed claim, cut at a word, within 40 characters', function () {
    const messages = annotations.filter((a) => a.code === 'claim/unattributed').map((a) => a.message);
    assert.ok(messages.includes('Unattributed claim: “Freight rates doubled overnight.”'), messages.join(' | '));
    assert.ok(messages.includes('Unattributed claim: “The stoppage will cost the regional…”'), messages.join(' | '));
    assert.equal(new Set(messages).size, messages.length, 'each finding is told apart by its message');
  });

  it('quotes a vague source, and cuts a long one', function () {
    const vague = annotations.filter((a) => a.code === 'claim/vague-source').map((a) => a.message);
    assert.ok(vague.includes('Vague source: “Critics” names no one a reader could check.'), vague.join(' | '));
    // ("unnamed" declares the source anonymous, round 269: the message says so.)
    assert.ok(vague.includes('Anonymous source: “Some unnamed observers of the…” goes unnamed; a reader cannot check who said it.'), vague.join(' | '));
  });

  it('cuts between graphemes and words, and leaves a short text whole', function () {
    assert.equal(excerpt('Possible Russian transfer of sensitive military technology is feared.', 40), 'Possible Russian transfer of sensitive…');
    assert.equal(excerpt('  Short\n claim. ', 40), 'Short claim.');
    assert.equal(excerpt('x'.repeat(60), 40), 'x'.repeat(39) + '…');
    const family = '👩‍👩‍👧‍👦';
    const cut = excerpt(`The ${family.repeat(8)} family`, 40);
    assert.ok(cut.length <= 40 && cut.endsWith(`${family}…`), cut);
  });
});
