/**
 * What the learned models of core share: a logistic regression's weights over standardised
 * features, as the trainers write them to the weights files (boilerplate/lineModel.json,
 * attribution/unsourcedModel.json, corroboration/sameFactModel.json), read back and checked, and
 * the probability they give.
 */

export interface StandardisedWeights {
  /** Each feature is standardised, (x - mean) / scale, before its weight applies. */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
}

/** The probability of the positive class for one feature vector. */
export function logisticProbability(model: StandardisedWeights, x: Float64Array): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += (model.weights[j]! * (x[j]! - model.mean[j]!)) / model.scale[j]!;
  return 1 / (1 + Math.exp(-z));
}

/** A weights file's standardised weights for `length` features, checked: an error names the file and the field. */
export function standardisedWeightsOf(data: Record<string, unknown>, length: number, source: string): StandardisedWeights {
  const mean = featureNumbers(data['mean'], length, 'mean', source);
  const scale = featureNumbers(data['scale'], length, 'scale', source);
  const weights = featureNumbers(data['weights'], length, 'weights', source);
  const bias = data['bias'];
  if (typeof bias !== 'number' || !Number.isFinite(bias)) throw new Error(`${source}: "bias" must be a finite number`);
  return { mean, scale, weights, bias };
}

/** A weights file's list of one number per feature, or an error naming the file and the field. */
function featureNumbers(value: unknown, length: number, what: string, source: string): number[] {
  if (!Array.isArray(value) || value.length !== length || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new Error(`${source}: "${what}" must be a list of ${length} finite numbers, one per feature`);
  }
  return value as number[];
}

/** A weights file's top level: a JSON object, or an error that names the file. */
export function weightsObjectOf(json: unknown, source: string): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${source}: not a JSON object`);
  return json as Record<string, unknown>;
}

/** A logistic model as the weights files keep it: its features by name, and the probability it decides at. */
export interface ThresholdedWeights extends StandardisedWeights {
  features: readonly string[];
  threshold: number;
}

/**
 * A weights file's model, checked against the features this code computes (`features`, in
 * order): one written for other features is refused, never misread. `trainer` names the
 * `npm run train` trainer that writes it.
 */
export function thresholdedWeightsOf(data: Record<string, unknown>, features: readonly string[], source: string, trainer: string): ThresholdedWeights {
  const named = data['features'];
  if (!Array.isArray(named) || named.length !== features.length || named.some((f, i) => f !== features[i])) {
    throw new Error(`${source}: its features are not the ones this code computes, in this order; retrain it with npm run train -- ${trainer}`);
  }
  const weights = standardisedWeightsOf(data, features.length, source);
  const threshold = data['threshold'];
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) throw new Error(`${source}: "threshold" must be a number from 0 to 1`);
  return { features, ...weights, threshold };
}

/** The model a committed weights file holds, read on first use: null when it holds none (`"model": null`). */
export function committedModel<T>(file: unknown, parse: (json: unknown, source: string) => T, source: string): () => T | null {
  let model: T | null | undefined;
  return () => {
    if (model === undefined) {
      const json = (file as { model?: unknown }).model;
      model = json === null || json === undefined ? null : parse(json, source);
    }
    return model;
  };
}
