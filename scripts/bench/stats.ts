// Small statistics for noisy timings: medians and percentiles (linear interpolation between
// the closest ranks, as spreadsheets' PERCENTILE does).

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (rank - low);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Least-squares slope of log(y) against log(x): how y grows with x (1 = linearly, 0 = flat). */
export function growthExponent(points: ReadonlyArray<readonly [x: number, y: number]>): number {
  const logs = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  if (logs.length < 2) return Number.NaN;
  const mx = logs.reduce((s, [x]) => s + x, 0) / logs.length;
  const my = logs.reduce((s, [, y]) => s + y, 0) / logs.length;
  const sxy = logs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = logs.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}
