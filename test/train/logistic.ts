/**
 * Logistic regression fitted by Newton's method (iteratively reweighted least squares) with a
 * small L2 penalty on the weights (never on the bias): no randomness and no learning rate, so
 * the same pairs always give the same weights.
 */

export interface Instance {
  x: readonly number[];
  y: 0 | 1;
  /** How much the instance counts (default 1). */
  weight?: number;
}

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export interface FitOptions {
  /** The L2 penalty on the weights (the bias is not penalised). */
  l2?: number;
  iterations?: number;
}

export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Solves a·v = b for a symmetric positive definite a (Gaussian elimination, partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

export function fitLogistic(instances: readonly Instance[], options: FitOptions = {}): LogisticModel {
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 30;
  const d = instances[0]?.x.length ?? 0;
  // Parameter 0 is the bias; 1..d the weights.
  let theta = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (const { x, y, weight = 1 } of instances) {
      let z = theta[0]!;
      for (let i = 0; i < d; i++) z += theta[i + 1]! * x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const r = (p - y) * weight;
      const w = Math.max(p * (1 - p), 1e-9) * weight;
      for (let i = 0; i <= d; i++) {
        const xi = i === 0 ? 1 : x[i - 1]!;
        gradient[i]! += r * xi;
        const row = hessian[i]!;
        for (let j = i; j <= d; j++) row[j]! += w * xi * (j === 0 ? 1 : x[j - 1]!);
      }
    }
    for (let i = 1; i <= d; i++) {
      gradient[i]! += l2 * theta[i]!;
      hessian[i]![i]! += l2;
    }
    for (let i = 0; i <= d; i++) for (let j = 0; j < i; j++) hessian[i]![j] = hessian[j]![i]!;
    const step = solve(hessian, gradient);
    theta = theta.map((t, i) => t - step[i]!);
    if (step.every((s) => Math.abs(s) < 1e-10)) break;
  }
  return { bias: theta[0]!, weights: theta.slice(1) };
}
