/**
 * Whether a line holds something shaped like a sentence: two words (a letter, later white space
 * and a letter) with no `.`, `!` or `?` between them, then one of those marks, then at most one
 * closing quote or bracket, then white space or the end of the line.
 *
 * This is what the pattern /\p{L}[^.!?]*\s\p{L}[^.!?]*[.!?]["'”’)]?(?:\s|$)/u says, worked
 * out in one pass. The pattern itself backtracks over the whole line at every letter: on a
 * long line without any of the three marks (a scraped "Tags: a, b, c, …" line) its work grows
 * with the cube of the line's length — six thousand characters took half a minute.
 */
import { isLetter } from '../text.js';

const TERMINAL = new Set(['.', '!', '?']);
const CLOSING = new Set(['"', "'", '”', '’', ')']);
const SPACE = /\s/;

const isSpace = (char: string | undefined) => char !== undefined && SPACE.test(char);

export function hasSentenceShape(line: string): boolean {
  // Within the current run of characters since the last mark: a letter seen, and a letter
  // after white space that itself comes after a letter (the second word).
  let letter = false;
  let twoWords = false;
  let previousSpace = false;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = line[i]!;
    if (TERMINAL.has(char)) {
      if (twoWords) {
        // At most one closing mark, then white space or the end.
        const next = line[i + 1];
        if (next === undefined || isSpace(next)) return true;
        if (CLOSING.has(next) && (i + 2 >= line.length || isSpace(line[i + 2]))) return true;
      }
      letter = twoWords = previousSpace = false;
    } else if (isLetter(codePoint)) {
      if (previousSpace && letter) twoWords = true;
      letter = true;
      previousSpace = false;
    } else {
      previousSpace = isSpace(char);
    }
    i += width;
  }
  return false;
}
