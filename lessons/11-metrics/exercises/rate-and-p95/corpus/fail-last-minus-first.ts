/**
 * @expect fail: rate() counts from 0 after a reset
 * Fixes the unit but still computes last − first, clamped at zero: a restart in the middle makes
 * the rate far too low (or zero).
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
  const first = samples[0]!;
  const last = samples[samples.length - 1]!;
  return Math.max(0, last.value - first.value) / ((last.tMs - first.tMs) / 1000);
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
