/**
 * The vague-source warnings on the blind readers' labels (tools/train/newsVagueLabels.json):
 * how often a reader would query the warnings the committed model keeps, against all the
 * warnings the rules raise. The model is fitted on these labels, so the figure that counts is its
 * cross-validated one (from the weights file's provenance, printed beside); the in-sample line
 * shows the committed weights still read the labels as they were fitted.
 */
import modelFile from '../../server/src/core/attribution/vagueModel.json' with { type: 'json' };
import { defaultVagueModel, vagueProbability } from '../../server/src/core/attribution/vagueModel.js';
import { loadVagueData, readVagueLabels, vagueDataReady, vagueFiguresAt, type VagueFigures } from '../../server/src/tools/train/vague.js';

export interface VagueWarningFigures {
  labelled: number;
  weighed: number;
  all: VagueFigures;
  kept: VagueFigures;
  heldOut: VagueFigures | null;
}

/** The figures, or undefined without a committed model or without the labels' articles. */
export function measureVagueWarnings(devdata: string, repoRoot: string): VagueWarningFigures | undefined {
  const model = defaultVagueModel();
  const labels = readVagueLabels(repoRoot);
  if (!model || vagueDataReady(devdata, labels).length > 0) return undefined;
  const data = loadVagueData(devdata, labels);
  const p = data.rows.map((r) => vagueProbability(model, r.x));
  const heldOut = (modelFile as { provenance?: { crossValidation?: { atThreshold?: VagueFigures } } }).provenance?.crossValidation?.atThreshold ?? null;
  return { labelled: labels.length, weighed: data.rows.length, all: vagueFiguresAt(data, p, 0), kept: vagueFiguresAt(data, p, model.threshold), heldOut };
}
