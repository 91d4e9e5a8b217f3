import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../server/src/core/article.js';
import { tag, tagPieces } from '../../server/src/core/nlp/tagger.js';
import { analyze } from '../../server/src/core/annotate.js';
import { examplesDir } from '../support/paths.js';

describe('tagger offsets', function () {
  it('places every token on its own text, even where the tagger drops an invisible character', function () {
    for (const text of ['Ruiz \uFEFF said it.', '# \uFEFF 0 🇺🇦 said Ana Ruiz.', 'He\u200b said “no” 😀 twice.', 'tab\tand\u00a0space']) {
      const tokens = tag(text, 5);
      assert.ok(tokens.length > 0);
      for (const t of tokens) assert.equal(text.slice(t.start - 5, t.end - 5), t.text, `${JSON.stringify(text)}: ${t.text}`);
      const said = tokens.find((t) => t.lower === 'said');
      if (said) assert.equal(text.slice(said.start - 5, said.end - 5), 'said');
    }
  });

  it('tags the paragraphs of an article read together as it tags each on its own', function () {
    const articles = readdirSync(examplesDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => parseArticle(readFileSync(path.join(examplesDir, name), 'utf8')));
    articles.push(parseArticle('He said “no.”\n\nThe U.S.\n\n\u00a0Ruiz \uFEFF said it.\nShe left at 5 p.m.\n“It is over,” he said.'));
    for (const article of articles) {
      const pieces = article.blocks.map((block) => ({ text: block.text, start: block.start }));
      assert.deepEqual(
        tagPieces(pieces),
        pieces.map((piece) => tag(piece.text, piece.start)),
      );
    }
    assert.deepEqual(tagPieces([]), []);
  });
});

describe('tagger: contractions a scrape spaced out', function () {
  const read = (text: string) => tag(text).map((t) => `${t.text}/${t.pos}/${t.lemma}`);

  it('reads "couldn ’ t" as the auxiliary and its negation, as "couldn’t" is read', function () {
    const tags = read('I couldn ’ t say anything to the ref.');
    assert.ok(tags.includes('couldn/AUX/could'), tags.join(' '));
    assert.ok(tags.includes('t/PART/not'), tags.join(' '));
    assert.ok(tags.includes('’/PUNCT/’'), 'the apostrophe stays a mark of its own, on its own text');
  });

  it('reads "we ’ re", "you ’ ll", "what ’ s" as auxiliaries, and leaves a possessive "’ s" alone', function () {
    const tags = read('We ’ re here, you ’ ll see what ’ s best for the team ’ s coach.');
    const twoOn = (word: string) => tags[tags.findIndex((t) => t.startsWith(`${word}/`)) + 2];
    assert.equal(twoOn('We'), 're/AUX/be');
    assert.equal(twoOn('you'), 'll/AUX/will');
    assert.equal(twoOn('what'), 's/AUX/be');
    assert.notEqual(twoOn('team'), 's/AUX/be', 'the team’s “s” is no verb');
  });

  it('leaves contractions written whole to the tagger, and a "t" after a word that makes no contraction', function () {
    assert.deepEqual(read('I couldn’t say.'), ['I/PRON/i', 'could/AUX/could', 'n’t/PART/not', 'say/VERB/say', './PUNCT/.']);
    const tags = read('The letter ’ t is set in bold.');
    assert.ok(!tags.includes('t/PART/not'), tags.join(' '));
  });
});

describe('tagger: "I\'m", which the model keeps whole', function () {
  const read = (text: string) => tag(text).map((t) => `${t.text}/${t.pos}/${t.lemma}`);

  it('reads "I’m" and "I\'m" as the pronoun and "be", as "I’ve" is read, on the text\'s offsets', function () {
    // Before: one token, "I’m/PROPN".
    assert.deepEqual(read('I’m sure.'), ['I/PRON/i', '’m/AUX/be', 'sure/ADJ/sure', './PUNCT/.']);
    const text = "Then I'm told it was late.";
    const tokens = tag(text, 3);
    assert.deepEqual(
      tokens.slice(1, 3).map((t) => [t.text, t.pos, text.slice(t.start - 3, t.end - 3), t.spaceBefore]),
      [
        ['I', 'PRON', 'I', true],
        ["'m", 'AUX', "'m", false],
      ],
    );
  });

  it('no longer reads the writer\'s "I’m sure" into the source of the clause after it', function () {
    const { annotations } = analyze('Headline words here\n\nI’m sure your friends told you everything you need to know.\n');
    const source = annotations.find((a) => a.kind === 'attribution');
    assert.equal(source?.data['source'], 'your friends');
  });
});
