/**
 * @expect fail: quantileFromBuckets() estimates
 * Interpolates from 0 up to the bucket's bound, as if every bucket started at 0 ms, and over the
 * bucket's cumulative count instead of its own observations.
 */
export interface Sample {
  tMs: number;
  value: number;
}

export interface Bucket {
  le: number;
  count: number;
}

export function rate(samples: Sample[]): number {
  let increase = 0;
  for (let i = 1; i < samples.length; i++) {
    const prev = samples[i - 1]!.value;
    const cur = samples[i]!.value;
    increase += cur >= prev ? cur - prev : cur;
  }
  const seconds = (samples[samples.length - 1]!.tMs - samples[0]!.tMs) / 1000;
  return increase / seconds;
}

export function quantileFromBuckets(q: number, buckets: Bucket[]): number {
  const total = buckets[buckets.length - 1]?.count ?? 0;
  const rank = q * total;
  let lastFinite = 0;
  for (const b of buckets) {
    if (b.count >= rank) {
      if (!Number.isFinite(b.le)) return lastFinite;
      return (b.le * rank) / b.count;
    }
    lastFinite = b.le;
  }
  return NaN;
}
