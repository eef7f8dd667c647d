/**
 * @expect pass
 * Che's approximation with the characteristic time as the unknown: bisect t until the hit ratio
 * Σ p(1 − e^(−pt)) reaches the target, then the size is Σ (1 − e^(−pt)), rounded up.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const hit = (t: number) => popularity.reduce((s, p) => s + p * (1 - Math.exp(-p * t)), 0);
  const size = (t: number) => popularity.reduce((s, p) => s + (1 - Math.exp(-p * t)), 0);
  let lo = 0;
  let hi = 1;
  while (hit(hi) < targetHitRatio) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (hit(mid) < targetHitRatio) lo = mid;
    else hi = mid;
  }
  return Math.ceil(size(hi));
}
