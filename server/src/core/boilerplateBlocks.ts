/**
 * Boilerplate lines grouped into the blocks a reader sees: a "Read next" marker with the
 * teasers and timestamps under it, a comment section with its policy paragraphs, a menu of
 * navigation lines. The quick fix removes a block as one edit, and the editor counts blocks.
 *
 * A block never spans a line of the article: its lines follow one another with only blank
 * lines between (a run). Inside a run, lines belong together when
 * 1. a line lies under a section marker (the classifier's reason 'under a section marker'):
 *    it goes with the marker that opened its region, the nearest marker above it, and so does
 *    every line between them (a timestamp or a credit between two teasers keeps its own
 *    category, yet sits inside the list);
 * 2. a line has the category of an earlier line of the run with no marker between them:
 *    consecutive share buttons, the lines of a menu, a comment prompt and its policy. A marker
 *    between them ("Share" … "Comments" … "Share") starts another section.
 * What the two rules join, directly or through a line both reach, is one block; a line that
 * neither joins is a block of its own. Categories alone would cut a teaser list at each
 * timestamp; runs alone would merge a share bar, a comment section and a rights line.
 */
import type { Annotation } from './annotation.js';
import type { Article } from './article.js';
import { removalsForLines, type TextRemoval } from './clean.js';

/** The classifier's reason for a line inside a region that a marker opened (core/boilerplate/classify.ts). */
const UNDER_MARKER = 'under a section marker';
/** The classifier's reasons for a line that heads a section: markers, a profile's heading, a gallery counter. */
const MARKER_REASONS: ReadonlySet<string> = new Set(['a section marker', 'the heading of a profile', 'a gallery counter']);

export interface BoilerplateBlock {
  /** The block's boilerplate lines (0-based), in order; blank lines between them are not listed. */
  lines: number[];
  firstLine: number;
  lastLine: number;
  /** The category and label of the block's first line, which heads it. */
  category: string;
  label: string;
}

interface FlaggedLine {
  line: number;
  category: string;
  label: string;
  reason: string;
}

function isBlank(article: Pick<Article, 'lines'>, line: number): boolean {
  return (article.lines[line]?.text.replace(/^\uFEFF/, '').trim() ?? '') === '';
}

/** Boilerplate lines in order, one entry per line (a line of several paragraphs has several annotations). */
function flaggedLines(annotations: readonly Annotation[]): FlaggedLine[] {
  const byLine = new Map<number, FlaggedLine>();
  for (const a of annotations) {
    if (a.kind !== 'boilerplate') continue;
    const { category, label, reason } = a.data;
    // (A paragraph hard-wrapped over several lines is one annotation over all of them.)
    for (let line = a.range.start.line; line <= a.range.end.line; line++) if (!byLine.has(line)) byLine.set(line, { line, category, label, reason });
  }
  return [...byLine.values()].sort((x, y) => x.line - y.line);
}

/** Runs of flagged lines with only blank lines between them. */
function runsOf(article: Pick<Article, 'lines'>, lines: FlaggedLine[]): FlaggedLine[][] {
  const runs: FlaggedLine[][] = [];
  let run: FlaggedLine[] = [];
  for (const flagged of lines) {
    const previous = run[run.length - 1];
    let joined = previous !== undefined;
    for (let between = (previous?.line ?? 0) + 1; joined && between < flagged.line; between++) joined = isBlank(article, between);
    if (!joined && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(flagged);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The blocks of one run, by the two rules above. */
function blocksOfRun(run: FlaggedLine[]): FlaggedLine[][] {
  // reach[i]: the furthest position of the run that position i is joined to.
  const reach = run.map((_, i) => i);
  const join = (from: number, to: number) => (reach[from] = Math.max(reach[from]!, to));
  const lastOfCategory = new Map<string, number>();
  let lastMarker = -1;
  run.forEach((flagged, i) => {
    if (flagged.reason === UNDER_MARKER && lastMarker >= 0) join(lastMarker, i);
    // A marker between is always of another category: one of this category would be the later line.
    const earlier = lastOfCategory.get(flagged.category);
    if (earlier !== undefined && earlier >= lastMarker) join(earlier, i);
    lastOfCategory.set(flagged.category, i);
    if (MARKER_REASONS.has(flagged.reason)) lastMarker = i;
  });
  const blocks: FlaggedLine[][] = [];
  let end = -1;
  run.forEach((flagged, i) => {
    if (i > end) blocks.push([]);
    blocks[blocks.length - 1]!.push(flagged);
    end = Math.max(end, reach[i]!);
  });
  return blocks;
}

/** The boilerplate of an analysed article as blocks, in document order. */
export function boilerplateBlocks(article: Pick<Article, 'lines'>, annotations: readonly Annotation[]): BoilerplateBlock[] {
  return runsOf(article, flaggedLines(annotations))
    .flatMap(blocksOfRun)
    .map((lines) => ({
      lines: lines.map((l) => l.line),
      firstLine: lines[0]!.line,
      lastLine: lines[lines.length - 1]!.line,
      category: lines[0]!.category,
      label: lines[0]!.label,
    }));
}

/** The block that holds `line`, if it is boilerplate. */
export function blockAtLine(blocks: readonly BoilerplateBlock[], line: number): BoilerplateBlock | undefined {
  return blocks.find((block) => block.firstLine <= line && line <= block.lastLine && block.lines.includes(line));
}

/**
 * What removing `block` takes out of the text: its lines and the blank lines between them, so
 * the block goes as one edit and leaves no gap where it stood.
 */
export function removalsForBlock(article: Pick<Article, 'lines'>, block: BoilerplateBlock): TextRemoval[] {
  const lines: number[] = [];
  for (let line = block.firstLine; line <= block.lastLine; line++) lines.push(line);
  return removalsForLines(article, lines);
}
