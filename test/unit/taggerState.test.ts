/**
 * The tagger reads a text as a freshly loaded wink would, whatever the process read before:
 * wink keeps every word it adds as a token in its lexicon, and its tokenizer keeps a piece of
 * text whole when the lexicon has it, so one possessive before a full stop ("the granary's.")
 * used to make "granary's" one PROPN token in every later text instead of NOUN + 's; a word's
 * type was fixed by the first text it came in; and a contraction kept whole took as lemma a word
 * read earlier. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { tag, tagPieces } from '../../server/src/core/nlp/tagger.js';

const show = (text: string): string[] => tag(text).map((t) => `${t.text}/${t.pos}/${t.lemma}@${t.start}-${t.end}`);

describe('tagger: the same text, the same tags, whatever was read before', function () {
  it('does not keep a possessive whole after reading it before punctuation', function () {
    const text = "The granary's roof and the miller's cart were inspected on Tuesday.";
    const before = show(text);
    assert.deepEqual(
      tag(text)
        .map((t) => `${t.text}/${t.pos}`)
        .slice(1, 3),
      ['granary/NOUN', "'s/PART"],
    );
    // Each possessive right before punctuation is read whole by wink's tokenizer.
    tag("Nobody asked about the granary's. The miller's, though, was known to all.");
    tagPieces([
      { text: "Brennick's mayor blamed the granary's.", start: 0 },
      { text: "The cart was the miller's!", start: 40 },
    ]);
    assert.deepEqual(show(text), before);
  });

  it('reads a name it has seen before as before, and its possessive as two tokens', function () {
    // The name (letters only) may stay known between texts; its possessive may not.
    const text = "Quarnholt's mill and the Quarnholt-based firm hired 40 workers.";
    const before = show(text);
    tag("It was Quarnholt's. QUARNHOLT-BASED, Quarnholt-based? Quarnholt; quarnholt.");
    assert.deepEqual(show(text), before);
  });

  it('gives a contraction kept whole its own text as lemma, however many words were read before', function () {
    // "cannot," stays one token; wink reads its lemma from past the model's words, where the
    // words read since came to sit (some 44,000 of them are needed to reach it).
    const text = 'We cannot, of course, agree. Dont!';
    const before = show(text);
    assert.deepEqual(
      tag(text).map((t) => `${t.text}/${t.lemma}`),
      ['We/we', 'cannot/cannot', ',/,', 'of/of', 'course/course', ',/,', 'agree/agree', './.', 'Dont/dont', '!/!'],
    );
    const made: string[] = [];
    for (let i = 0; i < 25_000; i++) made.push(`Zq${i.toString(36)}x's,`);
    tag(made.join(' '));
    assert.deepEqual(show(text), before);
  });

  it('reads a currency code as a word after seeing one typed as a currency in a pair', function () {
    tag('Rates: INR/EUR, AUD/USD.');
    // What a freshly loaded wink makes of it.
    assert.deepEqual(
      tag('Prices in INR rose.').map((t) => `${t.text}/${t.pos}`),
      ['Prices/PROPN', 'in/ADP', 'INR/PROPN', 'rose/VERB', './PUNCT'],
    );
  });
});
