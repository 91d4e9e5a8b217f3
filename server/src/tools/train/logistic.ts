/**
 * Logistic regression with an L2 penalty, fitted by Newton's method on standardised features:
 * a few dozen features and tens of thousands of weighted rows, so each step solves the full
 * Hessian (Cholesky) and a fit takes seconds. Plain arithmetic in a fixed order: the same rows
 * give the same weights, bit for bit.
 */

export interface Rows {
  /** One feature vector per row, all of one length. */
  x: readonly Float64Array[];
  /** 1 for the positive class, 0 for the other. */
  y: readonly number[];
  /** How much each row counts (1 when absent). */
  weight?: readonly number[];
}

export interface LogisticModel {
  mean: number[];
  scale: number[];
  /** Weights of the standardised features. */
  weights: number[];
  bias: number;
}

export interface FitOptions {
  /** The L2 penalty on the weights (not the bias), against the mean weighted loss. */
  l2?: number;
  maxIterations?: number;
  /** Stop when no weight moves more than this in a step. */
  tolerance?: number;
}

/** Mean and standard deviation of each feature; a constant feature gets scale 1. */
export function standardisation(x: readonly Float64Array[]): { mean: number[]; scale: number[] } {
  const d = x[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of x) for (let j = 0; j < d; j++) mean[j]! += row[j]!;
  for (let j = 0; j < d; j++) mean[j] = x.length ? mean[j]! / x.length : 0;
  for (const row of x) for (let j = 0; j < d; j++) scale[j]! += (row[j]! - mean[j]!) ** 2;
  for (let j = 0; j < d; j++) {
    const sd = x.length ? Math.sqrt(scale[j]! / x.length) : 0;
    scale[j] = sd > 1e-9 ? sd : 1;
  }
  return { mean, scale };
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solves A v = b for a symmetric positive definite A (row-major, size m × m), in place of nothing. */
export function choleskySolve(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const l = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * m + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * m + k]! * l[j * m + k]!;
      if (i === j) {
        if (sum <= 0) throw new Error('logistic: the Hessian is not positive definite');
        l[i * m + i] = Math.sqrt(sum);
      } else l[i * m + j] = sum / l[j * m + j]!;
    }
  }
  const z = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * m + k]! * z[k]!;
    z[i] = sum / l[i * m + i]!;
  }
  const v = new Float64Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let sum = z[i]!;
    for (let k = i + 1; k < m; k++) sum -= l[k * m + i]! * v[k]!;
    v[i] = sum / l[i * m + i]!;
  }
  return v;
}

/** Fits the model; rows with weight 0 are ignored. */
export function fitLogistic(rows: Rows, options: FitOptions = {}): LogisticModel {
  const l2 = options.l2 ?? 1e-3;
  const maxIterations = options.maxIterations ?? 30;
  const tolerance = options.tolerance ?? 1e-7;
  const n = rows.x.length;
  if (n === 0) throw new Error('logistic: no rows to fit');
  const d = rows.x[0]!.length;
  const { mean, scale } = standardisation(rows.x);
  const m = d + 1; // the bias is the last coordinate
  const z = rows.x.map((row) => {
    const s = new Float64Array(m);
    for (let j = 0; j < d; j++) s[j] = (row[j]! - mean[j]!) / scale[j]!;
    s[d] = 1;
    return s;
  });
  const w = rows.weight ?? new Array<number>(n).fill(1);
  let total = 0;
  for (let i = 0; i < n; i++) total += w[i]!;
  if (!(total > 0)) throw new Error('logistic: the rows weigh nothing');
  const beta = new Float64Array(m);
  const loss = (b: Float64Array): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (w[i] === 0) continue;
      let t = 0;
      for (let j = 0; j < m; j++) t += z[i]![j]! * b[j]!;
      // log(1 + e^t) - y t, computed without overflow.
      sum += w[i]! * ((t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t))) - rows.y[i]! * t);
    }
    let penalty = 0;
    for (let j = 0; j < d; j++) penalty += b[j]! * b[j]!;
    return sum / total + (l2 / 2) * penalty;
  };
  let current = loss(beta);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const gradient = new Float64Array(m);
    const hessian = new Float64Array(m * m);
    for (let i = 0; i < n; i++) {
      if (w[i] === 0) continue;
      const row = z[i]!;
      let t = 0;
      for (let j = 0; j < m; j++) t += row[j]! * beta[j]!;
      const p = sigmoid(t);
      const g = (w[i]! * (p - rows.y[i]!)) / total;
      const h = (w[i]! * p * (1 - p)) / total;
      for (let j = 0; j < m; j++) {
        gradient[j]! += g * row[j]!;
        const hj = h * row[j]!;
        if (hj === 0) continue;
        for (let k = 0; k <= j; k++) hessian[j * m + k]! += hj * row[k]!;
      }
    }
    for (let j = 0; j < m; j++) for (let k = 0; k < j; k++) hessian[k * m + j] = hessian[j * m + k]!;
    for (let j = 0; j < d; j++) {
      gradient[j]! += l2 * beta[j]!;
      hessian[j * m + j]! += l2;
    }
    // The bias is unpenalised; a tiny ridge keeps the system solvable when one class is absent.
    hessian[d * m + d]! += 1e-9;
    const step = choleskySolve(hessian, gradient, m);
    // Newton's step, halved while it does not lower the loss.
    let factor = 1;
    let next = beta;
    let nextLoss = current;
    for (let halvings = 0; halvings < 30; halvings++) {
      const candidate = new Float64Array(m);
      for (let j = 0; j < m; j++) candidate[j] = beta[j]! - factor * step[j]!;
      const candidateLoss = loss(candidate);
      if (candidateLoss <= current) {
        next = candidate;
        nextLoss = candidateLoss;
        break;
      }
      factor /= 2;
    }
    let moved = 0;
    for (let j = 0; j < m; j++) moved = Math.max(moved, Math.abs(next[j]! - beta[j]!));
    beta.set(next);
    current = nextLoss;
    if (moved < tolerance) break;
  }
  return { mean, scale, weights: Array.from(beta.subarray(0, d)), bias: beta[d]! };
}

/** The probability of the positive class for one raw (unstandardised) feature vector. */
export function predictLogistic(model: LogisticModel, x: Float64Array): number {
  let t = model.bias;
  for (let j = 0; j < x.length; j++) t += (model.weights[j]! * (x[j]! - model.mean[j]!)) / model.scale[j]!;
  return sigmoid(t);
}

/** A number written with `digits` significant digits: the weights file stays readable and stable. */
export function roundTo(value: number, digits = 6): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

/** The model with every number rounded as the weights file keeps it. */
export function roundModel(model: LogisticModel, digits = 6): LogisticModel {
  const r = (v: number) => roundTo(v, digits);
  return { mean: model.mean.map(r), scale: model.scale.map(r), weights: model.weights.map(r), bias: r(model.bias) };
}
