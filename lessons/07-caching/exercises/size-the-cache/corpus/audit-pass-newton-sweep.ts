/**
 * @expect pass
 * Audit learner: no bisection. Walks the characteristic time up in small multiplicative steps
 * (1 % each) from a tiny value until Che's hit ratio first reaches the target, then rounds the
 * occupancy at that time up. Uses typed arrays and exp1m for precision on rare keys.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const p = Float64Array.from(popularity);
  const n = p.length;
  let t = 1e-3;
  for (let step = 0; step < 20000; step++) {
    let hit = 0;
    let held = 0;
    for (let k = 0; k < n; k++) {
      const inCache = -Math.expm1(-p[k]! * t);
      hit += p[k]! * inCache;
      held += inCache;
    }
    if (hit >= targetHitRatio) return Math.min(n, Math.ceil(held));
    t *= 1.01;
  }
  return n;
}
