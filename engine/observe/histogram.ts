import { bucketIndex, bucketMap, type BucketMap } from './logBuckets.ts';

/**
 * Latency histogram with logarithmic buckets (the DDSketch method, Masson et al. 2019): bucket i
 * holds values in (γ^(i-1), γ^i]·min with γ = (1+α)/(1-α), so every quantile is reported with
 * relative error ≤ α (1% by default). Fixed memory, mergeable, O(1) insert.
 */
export class LogHistogram {
  /** Relative accuracy α of every quantile estimate. */
  readonly relativeAccuracy: number;
  /** Values at or below this go to the lowest bucket (ms). */
  readonly minValue: number;
  private readonly gamma: number;
  private readonly invLogGamma: number;
  private readonly counts: Float64Array;
  /** Log-free value → bucket lookup, shared by every histogram of this shape. */
  private readonly map: BucketMap;
  /** Lowest and highest bucket touched since the last reset (makes reset and scan cheap). */
  private lo: number;
  private hi = -1;
  /** Number of recorded values. */
  count = 0;
  /** Sum of recorded values. */
  sum = 0;
  /** Smallest recorded value. */
  min = Infinity;
  /** Largest recorded value. */
  max = -Infinity;

  constructor(relativeAccuracy = 0.01, minValue = 1e-3, maxValue = 1e9) {
    this.relativeAccuracy = relativeAccuracy;
    this.minValue = minValue;
    this.gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
    this.invLogGamma = 1 / Math.log(this.gamma);
    const size = Math.ceil(Math.log(maxValue / minValue) * this.invLogGamma) + 2;
    this.counts = new Float64Array(size);
    this.map = bucketMap(minValue, this.invLogGamma, size);
    this.lo = size;
  }

  /** Bucket index of `value` (lets one log() serve several histograms of the same shape). */
  bucketOf(value: number): number {
    // ⌈ln(value / min) / ln γ⌉ clamped to the range, without the logarithm (see logBuckets.ts).
    return bucketIndex(this.map, value);
  }

  /** Record one value. */
  record(value: number): void {
    this.recordAt(this.bucketOf(value), value);
  }

  /** Record `value` whose bucket (from `bucketOf`) is already known. */
  recordAt(i: number, value: number): void {
    this.counts[i]!++;
    if (i < this.lo) this.lo = i;
    if (i > this.hi) this.hi = i;
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  /** Mean of recorded values (NaN when empty). */
  mean(): number {
    return this.count > 0 ? this.sum / this.count : NaN;
  }

  /** Estimate the q-quantile (0..1) within relative error α; NaN when empty. */
  quantile(q: number): number {
    if (this.count === 0) return NaN;
    if (q <= 0) return this.min;
    if (q >= 1) return this.max;
    // Rank of the wanted value among the sorted samples (0-based, nearest-rank).
    const rank = q * (this.count - 1);
    let acc = 0;
    for (let i = this.lo; i <= this.hi; i++) {
      acc += this.counts[i]!;
      if (acc > rank) {
        // Bucket midpoint in the relative sense: 2γ^i/(γ+1), clamped to what was seen.
        const v =
          i === 0 ? this.minValue : (this.minValue * 2 * this.gamma ** i) / (this.gamma + 1);
        return Math.min(this.max, Math.max(this.min, v));
      }
    }
    return this.max;
  }

  /** Add another histogram with the same accuracy and range into this one. */
  merge(other: LogHistogram): void {
    for (let i = other.lo; i <= other.hi; i++) this.counts[i]! += other.counts[i]!;
    if (other.count > 0) {
      this.lo = Math.min(this.lo, other.lo);
      this.hi = Math.max(this.hi, other.hi);
    }
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  /** Forget every value. */
  reset(): void {
    if (this.hi >= this.lo) this.counts.fill(0, this.lo, this.hi + 1);
    this.lo = this.counts.length;
    this.hi = -1;
    this.count = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }
}

/** The percentile method, for result metadata and docs. */
export const PERCENTILE_METHOD =
  'DDSketch-style logarithmic buckets, relative error <= 1% (Masson, Rim & Lee, VLDB 2019)';
