/**
 * @expect fail: quantileFromBuckets() estimates
 * Finds the bucket by position (q × number of buckets) instead of by the cumulative count reaching
 * the rank q × total: treats buckets as if they held equal numbers of observations.
 */
export interface Sample {
  tMs: number;
  value: number;
}

export function rate(samples: Sample[]): number {
  let increase = 0;
  for (let i = 1; i < samples.length; i++) {
    const prev = samples[i - 1]!.value;
    const cur = samples[i]!.value;
    increase += cur >= prev ? cur - prev : cur;
  }
  return increase / ((samples[samples.length - 1]!.tMs - samples[0]!.tMs) / 1000);
}

export interface Bucket {
  le: number;
  count: number;
}

export function quantileFromBuckets(q: number, buckets: Bucket[]): number {
  const finite = buckets.filter((b) => Number.isFinite(b.le));
  const pos = q * finite.length;
  const i = Math.min(finite.length - 1, Math.floor(pos));
  const lower = i > 0 ? finite[i - 1]!.le : 0;
  return lower + (finite[i]!.le - lower) * (pos - i);
}
