/**
 * @expect fail: No more than
 * Uses Che's hit ratio but puts the cache size where the characteristic time belongs
 * (h = Σ p(1 − e^(−p·C))), so it thinks every size hits less than it does and buys too much.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const hit = (c: number) => popularity.reduce((s, p) => s + p * (1 - Math.exp(-p * c)), 0);
  let lo = 1;
  let hi = popularity.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hit(mid) >= targetHitRatio) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
