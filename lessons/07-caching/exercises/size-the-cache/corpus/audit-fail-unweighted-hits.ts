/**
 * @expect fail: No more than 10 %
 * Audit learner: mixes up the two sums. Takes the hit ratio to be the average chance that a key is
 * cached, Σ (1 − e^(−p_k·t)) / n, without weighting each key by how often it is read, so rare keys
 * count as much as popular ones and the cache comes out far too big.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const n = popularity.length;
  const held = (t: number): number => popularity.reduce((c, p) => c + (1 - Math.exp(-p * t)), 0);
  let lo = 0;
  let hi = 1;
  while (held(hi) / n < targetHitRatio) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (held(mid) / n < targetHitRatio) lo = mid;
    else hi = mid;
  }
  return Math.ceil(held(hi));
}
