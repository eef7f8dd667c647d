/**
 * @expect fail: Reaches the target hit ratio
 * Audit learner: right computation, but returns the occupancy Σ (1 − e^(−p_k·t)) as it is, a
 * fraction of an entry, instead of a whole number of entries.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const hit = (t: number): number => popularity.reduce((h, p) => h + p * -Math.expm1(-p * t), 0);
  const held = (t: number): number => popularity.reduce((c, p) => c - Math.expm1(-p * t), 0);
  let lo = 0;
  let hi = 1;
  while (hit(hi) < targetHitRatio) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (hit(mid) < targetHitRatio) lo = mid;
    else hi = mid;
  }
  return held(hi);
}
