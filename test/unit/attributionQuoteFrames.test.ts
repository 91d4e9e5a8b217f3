/**
 * Issue 14, item 2 (QUALITY.md round 159): a quotation's frame names its speaker. PolNeAR's
 * `train` articles hold quotations credited by verbs no lexicon lists ("“…,” an angry Hollande
 * retaliated.", "“…,” Trump barked"), quoted questions whose frame the sentence splitter leaves as
 * a sentence of its own ("“Why are you still endorsing him?” / Obama asked Republican
 * politicians."), and quote paragraphs that took the speaker of a closed quotation above them over
 * their own ("“That would be me, yes. …,” the senator said."). Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';

const HEADLINE = 'Council approves harbour bridge plan';

/** Each attribution's sentence, source and cue, for paragraphs under a headline. */
function attributions(paragraphs: string[]): { text: string; source: string; cue: string }[] {
  const text = [HEADLINE, ...paragraphs].join('\n\n');
  const { annotations, article } = analyze(text);
  return annotations
    .filter((a) => a.kind === 'attribution')
    .map((a) => ({
      text: text.slice(article!.offsetAt(a.range.start), article!.offsetAt(a.range.end)),
      source: String(a.data['source']),
      cue: String(a.data['cue']),
    }));
}

/** Source and cue of the attribution on the sentence that opens with `opening`, as "source / cue". */
function creditOf(paragraphs: string[], opening: string): string | undefined {
  const found = attributions(paragraphs).find((a) => a.text.startsWith(opening));
  return found ? `${found.source} / ${found.cue}` : undefined;
}

describe('attribution: the frame of a quotation names its speaker', function () {
  it('takes any verb after a quotation that opens the sentence as its frame', function () {
    assert.equal(creditOf(['“The bridge will always be ours,” an angry Lindqvist retaliated.'], '“The bridge'), 'an angry Lindqvist / retaliated');
    assert.equal(creditOf(['“Pay the toll and keep the ferry,” the harbour master barked at the crowd.'], '“Pay the toll'), 'the harbour master / barked');
    assert.equal(creditOf(['"Commuters should leave their cars at home," opined the Harbour Gazette.'], '"Commuters should'), 'the Harbour Gazette / opined');
    // An aside that opens with a preposition stands between the speaker and the verb.
    assert.equal(creditOf(['“She had a lot of support on the quay,” Holm, after a long pause, mused aloud.'], '“She had'), 'Holm / mused');
  });

  it('shows the particle that makes one verb of speech with the verb', function () {
    assert.equal(creditOf(['“It would end every ferry we know, every single one of them,” she went on.'], '“It would end'), 'she / went on');
  });

  it('reads no frame where the quotation is a title, the subject, or short', function () {
    // A quoted name the sentence's subject stands beside: "the show" is set off by commas.
    assert.equal(creditOf(['“Bridges of the North Sea,” the show, opened on the quay in May.'], '“Bridges'), undefined);
    // No speaker's phrase after the mark: "and with that Holm" is not one.
    assert.equal(creditOf(['“The way she shouted that message was not good,” and with that Holm broke off for lunch.'], '“The way'), undefined);
    // The quotation does not open the sentence.
    assert.equal(creditOf(['Titled “A Very Harbour Christmas,” the video pans around the quay.'], 'Titled'), undefined);
    // Too short to be someone's words rather than a name: a title put first.
    assert.equal(creditOf(['“Harbour Lights,” Lindqvist painted in 1974.'], '“Harbour Lights'), undefined);
  });

  it('credits a quoted question to the frame the sentence splitter left on its own', function () {
    const paragraphs = ['“Why are you still backing the toll?” Lindqvist asked the council members.'];
    assert.equal(creditOf(paragraphs, '“Why are you'), 'Lindqvist / asked');
    // Every sentence of the quotation, up to the frame.
    const exclaimed = ['“That sounds like a bribe to me. Isn’t it a bribe?” Holm asked on Monday.'];
    assert.equal(creditOf(exclaimed, '“That sounds'), 'Holm / asked');
    assert.equal(creditOf(exclaimed, 'Isn’t it'), 'Holm / asked');
    assert.equal(creditOf(['“We need a bridge, and we need it NOW!” Holm said on the radio.'], '“We need'), 'Holm / said');
    // A quotation closed by doubled apostrophes, as some papers print them.
    assert.equal(creditOf(["''If the council thinks it can close the ferry, it is wrong!'' Holm wrote on Monday."], "''If the council"), 'Holm / wrote');
  });

  it('leaves a quoted question alone when the sentence after it reports something else', function () {
    const found = attributions(['“Why now?” Critics said the timing of the vote was odd.']);
    assert.equal(found.find((a) => a.text.startsWith('“Why now'))?.source, undefined);
    assert.equal(found.find((a) => a.text.startsWith('Critics said'))?.source, 'Critics');
  });

  it('gives a quote paragraph its own speaker over the speaker of a closed quotation above', function () {
    const paragraphs = ['“Would that be you?” Lindqvist asked.', '“That would be me, yes. I think that is probably right,” the harbour master said.'];
    assert.equal(creditOf(paragraphs, '“That would be me'), 'the harbour master / said');
    // A quote paragraph that names no speaker still goes on with the one above.
    const goingOn = ['“The toll will pay for the bridge,” Holm said.', '“And the ferry will keep running until June.”'];
    assert.equal(creditOf(goingOn, '“And the ferry'), 'Holm / said');
  });
});
