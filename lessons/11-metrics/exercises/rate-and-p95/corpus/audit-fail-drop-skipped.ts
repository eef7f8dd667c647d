/**
 * @expect fail: rate() counts from 0
 * Treats a drop as "nothing happened" (adds 0) instead of counting the new value as the increase
 * since the restart: the requests served between the restart and the next scrape are lost.
 */
export interface Sample {
  tMs: number;
  value: number;
}

export function rate(samples: Sample[]): number {
  let increase = 0;
  for (let i = 1; i < samples.length; i++) {
    const d = samples[i]!.value - samples[i - 1]!.value;
    if (d > 0) increase += d;
  }
  return increase / ((samples[samples.length - 1]!.tMs - samples[0]!.tMs) / 1000);
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
