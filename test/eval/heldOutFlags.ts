/**
 * The committed "unattributed" flag model on the blind readers' labels it was never fitted on
 * (the test batches of tools/train/newsFlagLabels.json): how often its flags are right, and how
 * many of the readers' flags it raises. The nearest figure to issue 14's reader bar, measured
 * on the core in process, from the development data folder.
 */
import { defaultFlagModel, flagProbability } from '../../server/src/core/attribution/flagModel.js';
import { figuresAt, flagDataReady, loadFlagData, readLabels, splitLabels } from '../../server/src/tools/train/flags.js';

export interface HeldOutFlagFigures {
  batch: number;
  labelled: number;
  flaggedByReaders: number;
  flagged: number;
  precision: number;
  recall: number;
}

/** One line per test batch whose articles are in the data folder; none without a committed model. */
export function measureHeldOutFlags(devdata: string, repoRoot: string): HeldOutFlagFigures[] {
  const model = defaultFlagModel();
  if (!model) return [];
  const figures: HeldOutFlagFigures[] = [];
  for (const [batch, labels] of splitLabels(readLabels(repoRoot)).testBatches) {
    if (flagDataReady(devdata, labels).length > 0) continue;
    const data = loadFlagData(devdata, labels);
    const at = figuresAt(
      data,
      data.rows.map((r) => flagProbability(model, r.x)),
      model.threshold,
    );
    figures.push({ batch, labelled: labels.length, flaggedByReaders: Math.round(data.positives * 10) / 10, flagged: at.flagged, precision: at.precision, recall: at.recall });
  }
  return figures;
}
