/**
 * @expect fail: No more than 10 %
 * Audit learner: bisects Che's characteristic time correctly, then returns that time (a number of
 * reads) instead of the number of keys held at that time.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const hit = (t: number): number => popularity.reduce((h, p) => h + p * (1 - Math.exp(-p * t)), 0);
  let lo = 0;
  let hi = 1;
  while (hit(hi) < targetHitRatio) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (hit(mid) < targetHitRatio) lo = mid;
    else hi = mid;
  }
  return Math.ceil(hi);
}
