/**
 * @expect fail: Reaches the target
 * Audit learner: bisects the characteristic time between 0 and the number of keys, assuming an
 * entry cannot need to survive more reads than there are keys. With a long tail the time that
 * reaches the target is longer, the search stops at the cap and the size falls short.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const hit = (t: number): number => popularity.reduce((h, p) => h + p * -Math.expm1(-p * t), 0);
  const held = (t: number): number => popularity.reduce((c, p) => c - Math.expm1(-p * t), 0);
  let lo = 0;
  let hi = popularity.length;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (hit(mid) < targetHitRatio) lo = mid;
    else hi = mid;
  }
  return Math.ceil(held(hi));
}
