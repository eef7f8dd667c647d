/**
 * @expect fail: quantileFromBuckets() estimates
 * Interpolates inside the right bucket but always from 0 ms and 0 observations, forgetting that
 * the bucket starts at the previous bucket's le and count.
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
  const rank = q * (buckets[buckets.length - 1]?.count ?? 0);
  let lastFinite = 0;
  for (const b of buckets) {
    if (b.count >= rank) {
      if (b.le === Infinity) return lastFinite;
      return (b.le * rank) / b.count;
    }
    lastFinite = b.le;
  }
  return NaN;
}
