/**
 * Issue 14, item 3 (QUALITY.md round 140): a headline's speaker label ("Pence: …") in the forms
 * news sites write it — after a kicker and a dash, a name that ends on a page label's word, a
 * title inside the name that sentence case lowers. Each label still needs its speaker to speak in
 * the story below (index.ts, speaksBelow). Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

const BODY = 'HARBOUR CITY — The port authority kept a safety report from the council for three years, records show.';

/** The data of the headline's attribution, or undefined. */
function headlineAttribution(headline: string, ...below: string[]): Readonly<Record<string, unknown>> | undefined {
  const { annotations } = analyze([headline, BODY, ...below].join('\n\n'));
  return annotations.find((a) => a.kind === 'attribution' && a.range.start.line === 0)?.data as Readonly<Record<string, unknown>> | undefined;
}

/** The source of the headline's attribution, or undefined. */
function headlineSource(headline: string, ...below: string[]): string | undefined {
  const data = headlineAttribution(headline, ...below);
  return data ? String(data['source']) : undefined;
}

describe('attribution: a headline’s speaker label', function () {
  it('reads the speaker after a kicker and its dash', function () {
    // Before: none (the dash made the label no name).
    assert.equal(headlineSource('EXCLUSIVE – Dana Ruiz: Don’t Trust the Bridge Contract.', 'The contract was signed in secret, Ruiz said.'), 'Dana Ruiz');
  });

  it('reads a name that ends on a page label’s word', function () {
    // Before: none ("watch" is a label word: "WATCH: …").
    assert.equal(headlineSource('Harbour Watch: Port Authority Hid Key Safety Report For Years.', 'Harbour Watch said the report named three cranes.'), 'Harbour Watch');
  });

  it('reads a title inside the name of a headline in title case', function () {
    // Before: none (sentence case lowers "challenger").
    assert.equal(headlineSource('Mayoral Challenger Dana Ruiz: Stop the Toll on the Bridge.', 'The toll would hurt the docks, Ruiz said.'), 'Mayoral Challenger Dana Ruiz');
  });

  it('takes no clause and no page label for a speaker', function () {
    // A verb before the colon: the words are a clause ("Ruiz endorses Berg"), whose verb is the cue.
    const clause = headlineAttribution('Dana Ruiz Endorses Tom Berg: I Am ‘Horrified’ By The Toll.', 'The toll would hurt the docks, Ruiz said.', 'He was grateful, Berg said.');
    assert.deepEqual([clause?.['source'], clause?.['cue']], ['Dana Ruiz', 'Endorses']);
    // "The Latest:" is the page's label; the verb after it speaks.
    assert.equal(headlineSource('The Latest: Ruiz declares victory in harbour vote.', 'Ruiz said the vote was fair.'), 'Ruiz');
    // In running text a label that ends on such a word stays a label.
    const text = ['Council approves harbour bridge plan', BODY, 'Weekend Update: the council voted on Monday to keep the toll.'].join('\n\n');
    assert.equal(
      analyze(text).annotations.find((a) => a.kind === 'attribution' && a.range.start.line === 4),
      undefined,
    );
  });
});
