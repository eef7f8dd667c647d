/**
 * @expect pass
 * Corrects resets the way a TSDB does: keeps a running offset that adds the value seen before each
 * drop, so the corrected series only goes up; the quantile uses findIndex and the bucket before it.
 */
export interface Sample {
  tMs: number;
  value: number;
}

export function rate(samples: Sample[]): number {
  let offset = 0;
  const corrected = samples.map((s, i) => {
    if (i > 0 && s.value < samples[i - 1]!.value) offset += samples[i - 1]!.value;
    return s.value + offset;
  });
  const dt = samples[samples.length - 1]!.tMs - samples[0]!.tMs;
  return ((corrected[corrected.length - 1]! - corrected[0]!) * 1000) / dt;
}

export interface Bucket {
  le: number;
  count: number;
}

export function quantileFromBuckets(q: number, buckets: Bucket[]): number {
  const total = buckets.length ? buckets[buckets.length - 1]!.count : 0;
  const rank = q * total;
  const i = buckets.findIndex((b) => b.count >= rank);
  if (i < 0) return NaN;
  const prev = i > 0 ? buckets[i - 1]! : { le: 0, count: 0 };
  const b = buckets[i]!;
  if (!Number.isFinite(b.le)) return prev.le;
  const fraction = (rank - prev.count) / (b.count - prev.count);
  return prev.le + (b.le - prev.le) * fraction;
}
