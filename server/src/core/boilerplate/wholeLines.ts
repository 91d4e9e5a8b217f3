/**
 * Boilerplate is removed a whole line at a time (clean.ts, and the editor's fix-all action,
 * which removes the lines of the findings), so whatever is reported must be safe to remove
 * whole. The simplest rule that is: a line is reported only when every block on it is
 * boilerplate (a line holds several blocks where U+2028, U+2029 or NEL separate paragraphs)
 * and the line is not the article's running prose: several sentences of it, and at least
 * half of all the text has. An article scraped onto one line, whose junk at the edges made the
 * classifier read the whole line as furniture, is then kept whole rather than deleted; a
 * comment policy or an author's biography of a few sentences under an article is still
 * furniture, as it was before lines could hold whole articles.
 */
import type { Article, Block } from '../article.js';
import { hasSentenceShape } from '../gate/sentenceShape.js';
import type { BoilerplateVerdict } from './classify.js';

/** Sentences of running prose that keep a line, if they are also half the text's. */
const PROSE_SENTENCES_KEEP_LINE = 3;
const PROSE_SHARE_KEEP_LINE = 0.5;
/** Words a sentence needs to count as one of them: a share button is not a sentence. */
const PROSE_SENTENCE_WORDS = 5;

function proseSentences(block: Block): number {
  let count = 0;
  for (const sentence of block.sentences) {
    let words = 0;
    for (const token of sentence.tokens) if (token.type === 'word') words++;
    if (words >= PROSE_SENTENCE_WORDS && hasSentenceShape(sentence.text)) count++;
  }
  return count;
}

function sumOf(counts: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

export function wholeLineVerdicts(article: Article, verdicts: readonly BoilerplateVerdict[]): BoilerplateVerdict[] {
  if (verdicts.length === 0) return [];
  const flagged = new Set(verdicts.map((v) => v.blockIndex));
  const flaggedLines = new Set(verdicts.map((v) => article.blocks[v.blockIndex]!.line));
  const keptLines = new Set<number>();
  // Sentences are weighed on the flagged lines first: the whole text's prose is only needed
  // when one of them has enough to be kept, which few pages have.
  const proseOnLine = new Map<number, number>();
  for (const block of article.blocks) {
    if (!flagged.has(block.index)) keptLines.add(block.line);
    if (flaggedLines.has(block.line)) proseOnLine.set(block.line, (proseOnLine.get(block.line) ?? 0) + proseSentences(block));
  }
  let prose: number | undefined;
  for (const [line, count] of proseOnLine) {
    if (count < PROSE_SENTENCES_KEEP_LINE) continue;
    prose ??= article.blocks.reduce((sum, block) => sum + (flaggedLines.has(block.line) ? 0 : proseSentences(block)), 0) + sumOf(proseOnLine);
    if (count >= prose * PROSE_SHARE_KEEP_LINE) keptLines.add(line);
  }
  return verdicts.filter((v) => !keptLines.has(article.blocks[v.blockIndex]!.line));
}
