/**
 * @expect pass
 * Audit learner: Che's approximation written out. Bisects the characteristic time t until
 * Σ p_k (1 − e^(−p_k·t)) reaches the target, then returns the keys held at that t, Σ (1 − e^(−p_k·t)),
 * rounded up. A target the whole catalogue cannot beat asks for every key.
 */
function hitRatioAt(p: readonly number[], t: number): number {
  let h = 0;
  for (const pk of p) h += pk * (1 - Math.exp(-pk * t));
  return h;
}

function keysHeldAt(p: readonly number[], t: number): number {
  let c = 0;
  for (const pk of p) c += 1 - Math.exp(-pk * t);
  return c;
}

export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  if (targetHitRatio <= 0) return 0;
  if (targetHitRatio >= 1) return popularity.length;
  let lo = 0;
  let hi = 1;
  while (hitRatioAt(popularity, hi) < targetHitRatio) {
    hi *= 2;
    if (hi > 1e15) return popularity.length;
  }
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (hitRatioAt(popularity, mid) < targetHitRatio) lo = mid;
    else hi = mid;
  }
  return Math.min(popularity.length, Math.ceil(keysHeldAt(popularity, hi)));
}
