/**
 * @expect fail: rate() gives requests per second
 * Handles the restart but forgets that tMs is in milliseconds: the rate is per millisecond.
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
  return increase / (samples[samples.length - 1]!.tMs - samples[0]!.tMs);
}

export function quantileFromBuckets(q: number, buckets: Bucket[]): number {
  const total = buckets[buckets.length - 1]?.count ?? 0;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const b of buckets) {
    if (b.count >= rank) {
      if (b.le === Infinity) return lower;
      if (b.count === below) return b.le;
      return lower + ((b.le - lower) * (rank - below)) / (b.count - below);
    }
    lower = b.le;
    below = b.count;
  }
  return NaN;
}
