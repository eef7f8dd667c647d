import type { SimResult } from 'archlab';

/** Relative error |a − b| / b. */
export const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

/**
 * Batch means over the result's series: the measured buckets are cut into `batches` consecutive
 * batches, each batch's mean latency (weighted by completions) is one sample, and the sample mean
 * gets a 95% confidence half-width (t ≈ 2.09 for 20 batches). At high load successive requests are
 * strongly correlated; batches long compared with the correlation time make the samples nearly
 * independent, so the interval is honest where a naive per-request one is not.
 */
export function batchMeans(
  result: SimResult,
  warmupMs: number,
  batches = 20,
): { mean: number; halfWidth: number } {
  const { t, metrics } = result.series;
  const lat = metrics.latencyMeanMs;
  const n = metrics.requests;
  const rows: { sum: number; count: number }[] = [];
  const first = t.findIndex((x) => x >= warmupMs);
  const usable = t.length - first;
  const per = Math.floor(usable / batches);
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    let count = 0;
    for (let i = first + b * per; i < first + (b + 1) * per; i++) {
      const c = n[i]!;
      const l = lat[i]!;
      if (c > 0 && !Number.isNaN(l)) {
        sum += l * c;
        count += c;
      }
    }
    rows.push({ sum, count });
  }
  const means = rows.map((r) => r.sum / r.count);
  const mean = means.reduce((a, b) => a + b, 0) / batches;
  const variance = means.reduce((a, m) => a + (m - mean) ** 2, 0) / (batches - 1);
  return { mean, halfWidth: 2.09 * Math.sqrt(variance / batches) };
}
