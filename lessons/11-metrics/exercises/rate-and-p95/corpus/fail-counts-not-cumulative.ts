/**
 * @expect fail: quantileFromBuckets() estimates
 * Reads the bucket counts as per-bucket counts and adds them up, so the total and the running
 * sums are far too large.
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
  const total = buckets.reduce((s, b) => s + b.count, 0);
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const b of buckets) {
    const upTo = below + b.count;
    if (upTo >= rank) {
      if (!Number.isFinite(b.le)) return lower;
      return lower + ((b.le - lower) * (rank - below)) / b.count;
    }
    lower = b.le;
    below = upTo;
  }
  return NaN;
}
