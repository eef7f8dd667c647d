/**
 * @expect fail: No more than
 * Finds the characteristic time t at which the hit ratio reaches the target, then returns t itself
 * (a count of reads) instead of the number of keys held, Σ (1 − e^(−pt)).
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const hit = (t: number) => popularity.reduce((s, p) => s + p * (1 - Math.exp(-p * t)), 0);
  let lo = 0;
  let hi = 1;
  while (hit(hi) < targetHitRatio) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (hit(mid) < targetHitRatio) lo = mid;
    else hi = mid;
  }
  return Math.ceil(hi);
}
