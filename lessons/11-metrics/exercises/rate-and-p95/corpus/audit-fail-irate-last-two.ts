/**
 * @expect fail: rate() gives
 * Computes the rate from the last two samples only ("the rate right now", like irate()), not the
 * average over all the samples it was given.
 */
export interface Sample {
  tMs: number;
  value: number;
}

export function rate(samples: Sample[]): number {
  const a = samples[samples.length - 2]!;
  const b = samples[samples.length - 1]!;
  const inc = b.value >= a.value ? b.value - a.value : b.value;
  return (inc * 1000) / (b.tMs - a.tMs);
}

export interface Bucket {
  le: number;
  count: number;
}

export function quantileFromBuckets(q: number, buckets: Bucket[]): number {
  const rank = q * (buckets[buckets.length - 1]?.count ?? 0);
  let lower = 0;
  let below = 0;
  for (const b of buckets) {
    if (b.count >= rank) {
      if (b.le === Infinity) return lower;
      return lower + ((b.le - lower) * (rank - below)) / (b.count - below);
    }
    lower = b.le;
    below = b.count;
  }
  return NaN;
}
