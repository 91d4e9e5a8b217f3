/**
 * The "unattributed" flags on the blind readers' labels the flag model was never fitted on (the
 * test batches of tools/train/newsFlagLabels.json): how often the flags a user sees are right,
 * and how many of the readers' flags they raise. The flags are the whole pass's, the model and
 * any rule after it, as `check` raises them, not the model's probabilities alone. The nearest
 * figure to issue 14's reader bar, measured on the core in process, from the development data
 * folder.
 */
import { readFileSync } from 'node:fs';
import { contentBlocksOf } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { defaultFlagModel } from '../../server/src/core/attribution/flagModel.js';
import { attributeSentences } from '../../server/src/core/attribution/index.js';
import { boilerplatePass } from '../../server/src/core/boilerplate/index.js';
import { articleFile, labelledArticlesReady, readLabels, splitLabels, type LabelledSentence } from '../../server/src/tools/train/flags.js';
import { labelledTextHash } from '../../server/src/tools/train/labelledText.js';

export interface HeldOutFlagFigures {
  batch: number;
  labelled: number;
  flaggedByReaders: number;
  flagged: number;
  precision: number;
  recall: number;
  /** The same flags against the first readings alone, where the ledes' readers never saw the paragraphs after them. */
  firstReadings: { flaggedByReaders: number; precision: number; recall: number };
}

/** One line per test batch whose articles are in the data folder; none without a committed model. */
export function measureHeldOutFlags(devdata: string, repoRoot: string): HeldOutFlagFigures[] {
  if (!defaultFlagModel()) return [];
  const figures: HeldOutFlagFigures[] = [];
  for (const [batch, labels] of splitLabels(readLabels(repoRoot)).testBatches) {
    if (labelledArticlesReady(devdata, labels).length > 0) continue;
    const asRead = flagsOnLabels(devdata, labels, (l) => l.below ?? l.labels);
    const first = flagsOnLabels(devdata, labels, (l) => l.labels);
    figures.push({ batch, labelled: labels.length, ...asRead, firstReadings: { flaggedByReaders: first.flaggedByReaders, precision: first.precision, recall: first.recall } });
  }
  return figures;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * The pass's flags on the labelled sentences: readings averaged, over every labelled sentence
 * whose text is still the one labelled. A lede's readings with the paragraphs after it in view
 * are taken over its first ones by the caller: an editor reads on.
 */
function flagsOnLabels(devdata: string, labels: readonly LabelledSentence[], readingsOf: (l: LabelledSentence) => readonly number[]): Omit<HeldOutFlagFigures, 'batch' | 'labelled' | 'firstReadings'> {
  const byFile = new Map<string, LabelledSentence[]>();
  for (const l of labels) {
    const file = articleFile(devdata, l.set, l.doc);
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(l);
  }
  let positives = 0;
  let flagged = 0;
  let right = 0;
  for (const [file, ofFile] of byFile) {
    const text = readFileSync(file, 'utf8');
    const article = parseArticle(text);
    const results = attributeSentences(article, contentBlocksOf(article, boilerplatePass(article, {})), {}, {}, { fileName: file.split(/[\\/]/).pop()! });
    const flaggedStarts = new Set(results.filter((r) => r.unattributed).map((r) => r.start));
    for (const l of ofFile) {
      if (labelledTextHash(text.slice(l.start, l.end)) !== l.sha256) continue;
      const y = mean(readingsOf(l));
      positives += y;
      if (!flaggedStarts.has(l.start)) continue;
      flagged++;
      right += y;
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { flaggedByReaders: Math.round(positives * 10) / 10, flagged, precision: round(right / Math.max(1, flagged)), recall: round(right / Math.max(1e-9, positives)) };
}
