// Percentiles and the shape every figure is reported in.
export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 'MB' | 'KB' | 'count' | 'ratio';
  /** The same measurement on the baseline, taken in the same run. */
  baseline?: number;
  target?: string;
  met?: boolean;
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export async function timed(run: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export function timedSync(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** A figure with, optionally, the baseline's value and an upper limit as its target. */
export function figure(
  name: string,
  unit: Figure['unit'],
  value: number,
  extra: { baseline?: number; max?: number; target?: string } = {},
): Figure {
  const digits = unit === 'MB' ? 1 : 2;
  const result: Figure = { name, value: round(value, digits), unit };
  if (extra.baseline !== undefined) result.baseline = round(extra.baseline, digits);
  if (extra.max !== undefined) {
    result.target = extra.target ?? `≤ ${extra.max}${unit === 'count' || unit === 'ratio' ? '' : ` ${unit}`}`;
    result.met = value <= extra.max;
  }
  return result;
}
