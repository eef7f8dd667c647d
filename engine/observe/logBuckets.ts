/**
 * Log-free lookup of a logarithmic histogram's bucket. The histogram's bucket of a value v is
 *
 *   f(v) = 0 when v ≤ min, else ⌈ln(v / min) / ln γ⌉, clamped to the last bucket,
 *
 * one `Math.log` per recorded latency: about a tenth of the engine's time on a simple run.
 * f is non-decreasing in v, so each bucket is an interval of doubles: bucket i holds
 * (upper[i−1], upper[i]]. The upper bounds are found once per histogram shape by bisecting on
 * f itself, so the lookup returns exactly what the formula returns, never a neighbour.
 *
 * The lookup reads the value's binary exponent and the top 6 bits of its mantissa: that key picks
 * a slice of doubles whose ends differ by a factor of at most 1 + 1/64, narrower than one bucket
 * (γ = 1.0202 at 1 % accuracy), so at most one bucket boundary lies inside a slice and a single
 * comparison with that boundary finishes the job.
 */

/** Mantissa bits of the key below the exponent: 2^6 slices per factor of two. */
const SLICE_BITS = 6;
/** Bits of the high word below the key: 20 mantissa bits − the slice bits. */
const KEY_SHIFT = 20 - SLICE_BITS;

/** Whether the platform stores a double's high word second (every engine we run on does). */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** A precomputed map from values to bucket indices for one histogram shape. */
export interface BucketMap {
  /** Values at or below this go to bucket 0. */
  readonly minValue: number;
  /** Number of buckets (the last one also takes everything above the range). */
  readonly size: number;
  /** Key of the slice that holds `minValue`. */
  readonly firstKey: number;
  /** Per slice (key − firstKey): the bucket of the slice's smallest double. */
  readonly sliceStart: Int32Array;
  /** Per bucket: the largest double in it (Infinity for the last). */
  readonly upper: Float64Array;
}

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

/** The slice key of a positive double: its biased exponent and the top mantissa bits. */
function keyOf(v: number): number {
  scratch[0] = v;
  return scratchWords[HIGH_WORD]! >>> KEY_SHIFT;
}

/** The smallest positive double with slice key `key`. */
function firstOfKey(key: number): number {
  scratchWords[HIGH_WORD] = key << KEY_SHIFT;
  scratchWords[1 - HIGH_WORD] = 0;
  return scratch[0]!;
}

const cache = new Map<string, BucketMap>();

/**
 * The bucket map of a histogram with `size` buckets, lower edge `minValue` (> 0, finite) and
 * `invLogGamma` = 1 / ln γ. Built once per shape (about 25,000 `Math.log` calls, a few ms) and
 * shared by every histogram of that shape.
 */
export function bucketMap(minValue: number, invLogGamma: number, size: number): BucketMap {
  const id = `${minValue}|${invLogGamma}|${size}`;
  const hit = cache.get(id);
  if (hit) return hit;
  // The formula, exactly as histograms have always computed it: the reference for every bound.
  const f = (v: number): number => {
    if (v <= minValue) return 0;
    const i = Math.ceil(Math.log(v / minValue) * invLogGamma);
    return i < size ? i : size - 1;
  };
  const upper = new Float64Array(size);
  upper[0] = minValue;
  upper[size - 1] = Infinity;
  let prev = minValue;
  for (let i = 1; i < size - 1; i++) {
    // Find adjacent doubles lo < hi with f(lo) ≤ i < f(hi). The bound is min·γ^i to within a
    // few dozen ulps, so a window of ±10⁻¹² around it is bisected in about 15 steps; should
    // rounding ever put it outside, the window widens to (previous bound, 2 × previous bound].
    const guess = minValue * Math.exp(i / invLogGamma);
    let lo = guess * (1 - 1e-12);
    let hi = guess * (1 + 1e-12);
    if (!(lo > prev && f(lo) <= i && f(hi) > i)) {
      lo = prev;
      hi = prev * 2;
      while (f(hi) <= i) {
        lo = hi;
        hi *= 2;
      }
    }
    for (;;) {
      const mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) break;
      if (f(mid) <= i) lo = mid;
      else hi = mid;
    }
    upper[i] = lo;
    prev = lo;
  }
  const firstKey = keyOf(minValue);
  const lastKey = keyOf(upper[size - 2]!) + 1;
  const sliceStart = new Int32Array(lastKey - firstKey + 1);
  for (let k = firstKey; k <= lastKey; k++) {
    sliceStart[k - firstKey] = Math.max(0, f(firstOfKey(k)));
  }
  const map: BucketMap = { minValue, size, firstKey, sliceStart, upper };
  cache.set(id, map);
  return map;
}

/**
 * Bucket index of `value` in `map`: the same integer as the formula in this module's comment, for
 * every double (NaN goes to the last bucket, as `Math.ceil(NaN)` fails every comparison there).
 */
export function bucketIndex(map: BucketMap, value: number): number {
  if (value <= map.minValue) return 0;
  if (value !== value) return map.size - 1;
  scratch[0] = value;
  const slice = (scratchWords[HIGH_WORD]! >>> KEY_SHIFT) - map.firstKey;
  if (slice >= map.sliceStart.length) return map.size - 1;
  const upper = map.upper;
  let i = map.sliceStart[slice]!;
  while (value > upper[i]!) i++;
  return i;
}
