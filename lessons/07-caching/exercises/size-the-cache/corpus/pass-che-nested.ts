/**
 * @expect pass
 * Solves Che's equation for t_C at each candidate size (an inner bisection) and binary-searches the
 * size: the first one whose hit ratio Σ p(1 − e^(−p·t_C)) reaches the target.
 */
function characteristicTime(p: readonly number[], c: number): number {
  const occupancy = (t: number) => p.reduce((s, q) => s + (1 - Math.exp(-q * t)), 0);
  let lo = 0;
  let hi = c;
  while (occupancy(hi) < c) hi *= 2;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (occupancy(mid) < c) lo = mid;
    else hi = mid;
  }
  return hi;
}

function hitRatio(p: readonly number[], c: number): number {
  if (c >= p.length) return 1;
  const t = characteristicTime(p, c);
  return p.reduce((s, q) => s + q * (1 - Math.exp(-q * t)), 0);
}

export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  let lo = 1;
  let hi = popularity.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hitRatio(popularity, mid) >= targetHitRatio) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
