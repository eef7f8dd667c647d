/**
 * @expect pass
 * Written with reduce and findIndex: a counter reset adds the value read after the restart; the
 * quantile finds the bucket by index and interpolates from the previous bucket's bound.
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
  if (samples.length < 2) return 0;
  const increase = samples.slice(1).reduce((sum, s, i) => {
    const before = samples[i]!.value;
    return sum + (s.value < before ? s.value : s.value - before);
  }, 0);
  const ms = samples[samples.length - 1]!.tMs - samples[0]!.tMs;
  return (increase * 1000) / ms;
}

export function quantileFromBuckets(q: number, buckets: Bucket[]): number {
  if (buckets.length === 0) return NaN;
  const total = buckets[buckets.length - 1]!.count;
  const rank = q * total;
  const i = buckets.findIndex((b) => b.count >= rank);
  if (i < 0) return NaN;
  const lower = i === 0 ? 0 : buckets[i - 1]!.le;
  const below = i === 0 ? 0 : buckets[i - 1]!.count;
  const b = buckets[i]!;
  if (!Number.isFinite(b.le)) return lower;
  const inBucket = b.count - below;
  return inBucket === 0 ? b.le : lower + (b.le - lower) * ((rank - below) / inBucket);
}
