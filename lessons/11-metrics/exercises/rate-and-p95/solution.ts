// Two calculations every metrics service does: a per-second rate from a counter, and a
// percentile from histogram buckets (the way Prometheus's rate() and histogram_quantile() work).

/** One scrape of a counter: its total at time tMs. */
export interface Sample {
  tMs: number;
  value: number;
}

/** Per-second rate of a counter over its samples (oldest first). */
export function rate(samples: Sample[]): number {
  if (samples.length < 2) return 0;
  let increase = 0;
  for (let i = 1; i < samples.length; i++) {
    const delta = samples[i]!.value - samples[i - 1]!.value;
    // A counter only goes up; a drop means the process restarted and counted again from 0,
    // so everything it counted since the restart is the new value itself.
    increase += delta >= 0 ? delta : samples[i]!.value;
  }
  const seconds = (samples[samples.length - 1]!.tMs - samples[0]!.tMs) / 1000;
  return increase / seconds;
}

/** A cumulative histogram bucket: `count` observations were ≤ `le` (the last le is Infinity). */
export interface Bucket {
  le: number;
  count: number;
}

/** Estimate the q-quantile (0..1) from cumulative buckets, interpolating inside the bucket. */
export function quantileFromBuckets(q: number, buckets: Bucket[]): number {
  const total = buckets[buckets.length - 1]?.count ?? 0;
  if (total === 0) return NaN;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const b of buckets) {
    if (b.count >= rank) {
      // Beyond the last finite bound nothing is known: report that bound.
      if (b.le === Infinity) return lower;
      // Assume the observations are spread evenly across the bucket.
      return lower + ((b.le - lower) * (rank - below)) / (b.count - below);
    }
    lower = b.le;
    below = b.count;
  }
  return lower;
}
