/**
 * The sentence parser fed bounded pieces of a long line (issue 16). parse-latin took 2 s on a
 * 100,000-character line of "a-b ", well inside mocha's timeout, so a timing test could not
 * fail on the old code; these tests assert what bounds the work instead: no piece longer than
 * the bound, and sentences that never span more than a piece, with exact offsets throughout.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseArticle, sentencesOf, type Sentence } from '../../server/src/core/article.js';
import { PARSE_BOUND, parsePieces } from '../../server/src/core/parsePieces.js';
import { examplesDir, labelledDir } from '../support/paths.js';

const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

/** Every token's and sentence's text is the text at its offsets. */
function assertExactOffsets(text: string, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
    for (const token of sentence.tokens) assert.equal(text.slice(token.start, token.end), token.text);
  }
}

/** Articles of examples/ and the labelled fixtures, each joined into one line of prose. */
function oneLineArticles(): string[] {
  const files = [examplesDir, labelledDir].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => path.join(dir, name)),
  );
  return files.map((file) =>
    readFileSync(file, 'utf8')
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' '),
  );
}

describe('sentence parsing in bounded pieces', function () {
  it('parses a line no longer than the bound in one piece', function () {
    assert.deepEqual(parsePieces('a-b '.repeat(2_500)), [{ start: 0, end: 10_000 }]);
    assert.equal(PARSE_BOUND, 10_000);
  });

  it('cuts any line into consecutive pieces no longer than the bound, at white space when there is some', function () {
    const piece = fc.constantFrom('a', 'Bo', 'the', 'a-b', '.', '?', '”', '"', ' ', '  ', '\u00a0', '\t', '🔴', 'é', 'Mr.', 'word.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 2, max: 40 }), (parts, bound) => {
        const text = parts.join('');
        const pieces = parsePieces(text, bound);
        let start = 0;
        for (const { start: s, end } of pieces) {
          assert.equal(s, start);
          assert.ok(end > s || text.length === 0, 'no empty piece');
          assert.ok(end - s <= bound, `piece of ${end - s} over ${bound}`);
          if (end < text.length) {
            const window = text.slice(s, s + bound);
            const hasWhiteSpace = [...window.slice(1)].some((c) => WHITE_SPACE.test(c));
            if (hasWhiteSpace) assert.ok(WHITE_SPACE.test(text[end - 1]!), `cut after white space in ${JSON.stringify(window)}`);
            // Never between the halves of a surrogate pair.
            assert.ok(!/[\uD800-\uDBFF]/.test(text[end - 1]!) || !/[\uDC00-\uDFFF]/.test(text[end]!));
          }
          start = end;
        }
        assert.equal(start, text.length);
      }),
      { numRuns: 5_000, seed: 20261130 },
    );
  });

  it('cuts after a sentence end in preference to other white space', function () {
    const text = 'The council voted on the plan. The mayor said the repairs would cost more';
    assert.deepEqual(parsePieces(text, 60), [
      { start: 0, end: 31 },
      { start: 31, end: text.length },
    ]);
    // "Mr." is no sentence end, to parse-latin nor here.
    assert.deepEqual(parsePieces('He met Mr. Smith and others', 20), [
      { start: 0, end: 17 },
      { start: 17, end: 27 },
    ]);
  });

  it('never hands the parser more than the bound: a 100,000-character line of "a-b "', function () {
    // The old code parsed this line as one sentence of 100,000 characters, in 2 s.
    const line = 'a-b '.repeat(25_000).trimEnd();
    const article = parseArticle(`${line}\n`);
    const sentences = article.blocks.flatMap((b) => b.sentences);
    assert.ok(sentences.length >= 10, `${sentences.length} sentences`);
    for (const sentence of sentences) assert.ok(sentence.end - sentence.start <= PARSE_BOUND);
    assertExactOffsets(article.text, sentences);
    // Every word of the line is read, once.
    assert.equal(sentences.flatMap((s) => s.tokens).filter((t) => t.type === 'word').length, 25_000);
  });

  it('keeps exact offsets in long lines after a BOM, emoji and curly quotes', function () {
    const line = '“Yes,” she said. 🔴 a.b '.repeat(5_000);
    const text = `\uFEFFHeadline\r\n  ${line}\r\nEnd.`;
    const article = parseArticle(text);
    const sentences = article.blocks.flatMap((b) => b.sentences);
    assertExactOffsets(text, sentences);
    assert.equal(sentences.flatMap((s) => s.tokens).filter((t) => t.text === '🔴').length, 5_000);
  });

  it('finds the same sentences and tokens in pieces as in the whole line, on one-line articles', function () {
    // A bound below the length of these lines (800 to 1,600 characters) but above their longest
    // sentence (446): every cut
    // falls where parse-latin ends a sentence anyway, so the pieces parse as the whole does.
    const lines = oneLineArticles();
    assert.ok(lines.length >= 10);
    for (const line of lines) {
      const whole = sentencesOf(line, 7, Infinity);
      const pieces = parsePieces(line, 500);
      assert.ok(pieces.length > 1, 'the line is cut');
      assert.deepEqual(sentencesOf(line, 7, 500), whole, line.slice(0, 60));
    }
  });
});

describe('sentences around abbreviations before a number', function () {
  it('does not end a sentence at "No." or "vs." before a figure, and keeps offsets and tokens whole', function () {
    const text = 'Ana Moreau, the No. 2 official, won 5 vs. 4 on Monday. Then the council left.';
    const sentences = sentencesOf(text, 10);
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['Ana Moreau, the No. 2 official, won 5 vs. 4 on Monday.', 'Then the council left.'],
    );
    const first = sentences[0]!;
    assert.equal(first.start, 10);
    assert.equal(first.end, 10 + first.text.length);
    assert.equal(first.tokens.map((t) => t.text).join(''), first.text.replace(/ /g, ''));
    for (const t of first.tokens) assert.equal(text.slice(t.start - 10, t.end - 10), t.text);
  });

  it('still ends a sentence at a lower-case "no." answer', function () {
    assert.equal(sentencesOf('He said no. 2 people agreed.', 0).length, 2);
  });
});

describe('sentences around titles retext does not know (round 386)', function () {
  it('does not end a sentence at "Sens.", "Reps.", "Adm." or "Cpl." before a name', function () {
    // Before: "Sens." closed a sentence, so "John Moreau and Ivo Brandt" spoke alone.
    // (Round 440: a police constable's and a superintendent's, as Canadian and British papers write them.)
    for (const title of ['Sens.', 'Reps.', 'Govs.', 'Adm.', 'Cpl.', 'Const.', 'Cst.', 'Supt.']) {
      const text = `Two council members, ${title} Ana Moreau and Ivo Brandt, said the vote will come on Monday. Then the council left.`;
      assert.deepEqual(
        sentencesOf(text, 0).map((s) => s.text),
        [`Two council members, ${title} Ana Moreau and Ivo Brandt, said the vote will come on Monday.`, 'Then the council left.'],
        title,
      );
    }
  });

  it('still splits the sentence run on after a figure with its full stop', function () {
    const text = 'Sens. Ana Moreau and Ivo Brandt asked for the tapes from Jan 5. The mayor tweeted his answer.';
    assert.deepEqual(
      sentencesOf(text, 0).map((s) => s.text),
      ['Sens. Ana Moreau and Ivo Brandt asked for the tapes from Jan 5.', 'The mayor tweeted his answer.'],
    );
  });
});

describe('sentences that end on a figure', function () {
  it('ends a sentence after a figure of up to three digits and its full stop, as after any other', function () {
    const text = 'The toll rose to $300. The mayor said troops number 12,000. Then the council left on May 5. It met again.';
    const sentences = sentencesOf(text, 4);
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['The toll rose to $300.', 'The mayor said troops number 12,000.', 'Then the council left on May 5.', 'It met again.'],
    );
    for (const s of sentences) {
      assert.equal(text.slice(s.start - 4, s.end - 4), s.text);
      for (const t of s.tokens) assert.equal(text.slice(t.start - 4, t.end - 4), t.text);
    }
    assert.deepEqual(
      sentences[0]!.tokens.slice(-2).map((t) => [t.type, t.text]),
      [
        ['word', '300'],
        ['punctuation', '.'],
      ],
    );
  });

  it('keeps a list number that opens a sentence, and a figure before a lower-case word', function () {
    assert.deepEqual(
      sentencesOf('1. The first point is the toll. It rose to 300. then it fell.', 0).map((s) => s.text),
      ['1. The first point is the toll.', 'It rose to 300. then it fell.'],
    );
  });
});

describe('sentences that end on "in." (round 367)', function () {
  it('ends a sentence after the particle "in." before a capitalised word, with exact offsets', function () {
    // Before: "…before voters weighed in. As an added benefit, his neutral stance…" was one sentence, given whole to the speaker of the first.
    const text = 'The mayor stayed out, arguing she did not want to tip the scales before voters weighed in. As an added benefit, she kept her standing. She was sworn in. Then she spoke.';
    const sentences = sentencesOf(text, 3);
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['The mayor stayed out, arguing she did not want to tip the scales before voters weighed in.', 'As an added benefit, she kept her standing.', 'She was sworn in.', 'Then she spoke.'],
    );
    for (const s of sentences) for (const t of s.tokens) assert.equal(text.slice(t.start - 3, t.end - 3), t.text);
  });

  it('keeps "in." after a figure, the inches of a measure, in its sentence', function () {
    assert.deepEqual(
      sentencesOf('The board measured 12 in. Wide boards cost more.', 0).map((s) => s.text),
      ['The board measured 12 in. Wide boards cost more.'],
    );
  });
});
