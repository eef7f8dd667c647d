/**
 * @expect fail: quantileFromBuckets() returns the last finite
 * Interpolates in every bucket, including the +Inf one, so a rank in the overflow bucket gives
 * Infinity instead of the last finite bound.
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
  let lower = 0;
  let below = 0;
  for (const b of buckets) {
    if (b.count >= rank) return lower + ((b.le - lower) * (rank - below)) / (b.count - below);
    lower = b.le;
    below = b.count;
  }
  return NaN;
}
