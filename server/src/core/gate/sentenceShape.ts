/**
 * Whether a line holds something shaped like a sentence: two words (a letter, later white space
 * and a letter) with no `.`, `!` or `?` between them, then one of those marks, then at most one
 * closing quote or bracket, then white space or the end of the line — emoji glued to the mark
 * ("…on Monday.👇") are passed over first, as decoration. A point between two digits is a
 * decimal, not a mark: "…won in 51.38 seconds." ends one sentence, not two fragments.
 *
 * This is what the pattern /\p{L}[^.!?]*\s\p{L}[^.!?]*[.!?]["'”’)]?(?:\s|$)/u says (with
 * the emoji added), worked out in one pass. The pattern itself backtracks over the whole line at every letter: on a
 * long line without any of the three marks (a scraped "Tags: a, b, c, …" line) its work grows
 * with the cube of the line's length — six thousand characters took half a minute.
 */
import { isEmojiPart, isLetter } from '../text.js';

const CLOSING = new Set(['"', "'", '”', '’', ')']);
const SPACE = /\s/;

const isSpace = (char: string | undefined) => char !== undefined && SPACE.test(char);

/** isSpace for the character with this code, ASCII answered without the pattern. */
function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(String.fromCharCode(code));
}

/** Where the emoji that start at `from` end (`from` itself when none does). */
function pastEmoji(line: string, from: number): number {
  let at = from;
  for (let codePoint = line.codePointAt(at); codePoint !== undefined && isEmojiPart(codePoint); codePoint = line.codePointAt(at)) {
    at += codePoint > 0xffff ? 2 : 1;
  }
  return at;
}

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

/** Whether the "." at `at` stands between two digits. */
function isDecimalPoint(line: string, at: number): boolean {
  return at > 0 && isDigitCode(line.charCodeAt(at - 1)) && isDigitCode(line.charCodeAt(at + 1));
}

export function hasSentenceShape(line: string): boolean {
  // Within the current run of characters since the last mark: a letter seen, and a letter
  // after white space that itself comes after a letter (the second word).
  let letter = false;
  let twoWords = false;
  let previousSpace = false;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    // The marks ".", "!" and "?", by code: every character of every line comes here. A point
    // between digits is a decimal ("in 10.02 seconds", "$1.82"), inside the sentence.
    if ((codePoint === 0x2e && !isDecimalPoint(line, i)) || codePoint === 0x21 || codePoint === 0x3f) {
      if (twoWords) {
        // At most one closing mark, any emoji, then white space or the end.
        let after = i + 1;
        if (CLOSING.has(line[after] ?? '')) after++;
        after = pastEmoji(line, after);
        if (after >= line.length || isSpace(line[after])) return true;
      }
      letter = twoWords = previousSpace = false;
    } else if (isLetter(codePoint)) {
      if (previousSpace && letter) twoWords = true;
      letter = true;
      previousSpace = false;
    } else {
      previousSpace = isSpaceCode(line.charCodeAt(i));
    }
    i += width;
  }
  return false;
}
