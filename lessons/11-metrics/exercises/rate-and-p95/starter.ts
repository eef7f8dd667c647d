// Two calculations every metrics service does: a per-second rate from a counter, and a
// percentile from histogram buckets (the way Prometheus's rate() and histogram_quantile() work).

/** One scrape of a counter: its total at time tMs. */
export interface Sample {
  tMs: number;
  value: number;
}

/** Per-second rate of a counter over its samples (oldest first). */
export function rate(samples: Sample[]): number {
  const first = samples[0]!;
  const last = samples[samples.length - 1]!;
  // TODO: this is per millisecond, not per second.
  // TODO: a counter can drop to 0 when its process restarts; this subtraction then goes wrong.
  return (last.value - first.value) / (last.tMs - first.tMs);
}

/** A cumulative histogram bucket: `count` observations were ≤ `le` (the last le is Infinity). */
export interface Bucket {
  le: number;
  count: number;
}

/** Estimate the q-quantile (0..1) from cumulative buckets, interpolating inside the bucket. */
export function quantileFromBuckets(q: number, buckets: Bucket[]): number {
  const total = buckets[buckets.length - 1]?.count ?? 0;
  const rank = q * total;
  // Returns the upper bound of the bucket holding the rank: never below the interpolated estimate, and for a
  // bucket from 100 to 250 ms it can be off by 150 ms.
  // TODO: interpolate between the bucket's lower bound (the previous le, or 0) and its le.
  // TODO: if the rank falls in the +Inf bucket, return the last finite bound.
  for (const b of buckets) if (b.count >= rank) return b.le;
  return NaN;
}
