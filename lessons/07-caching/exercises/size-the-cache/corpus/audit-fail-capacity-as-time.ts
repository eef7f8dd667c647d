/**
 * @expect fail: No more than 10 %
 * Audit learner: half of Che. Plugs the cache size in as the characteristic time,
 * Σ p_k (1 − e^(−p_k·C)), skipping the step that solves Σ (1 − e^(−p_k·t)) = C. The time an entry
 * survives is longer than C reads, so this overestimates the size needed.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const hit = (c: number): number => popularity.reduce((h, p) => h + p * (1 - Math.exp(-p * c)), 0);
  let lo = 0;
  let hi = popularity.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hit(mid) >= targetHitRatio) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
