// How many entries must an LRU cache hold to answer a target share of the reads?
// popularity[k] is the probability that a read asks for key k: the values sum to 1 and come in
// no particular order. Reads are independent of each other.
// Returns the smallest whole number of entries whose LRU hit ratio reaches targetHitRatio (0–1).
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  // Che's approximation: a key read with probability p stays in an LRU cache if it is read again
  // within t_C reads, so it hits with probability 1 − e^(−p·t_C), and the cache holds
  // Σ (1 − e^(−p·t_C)) keys. Both grow with t: find the t whose hit ratio is the target.
  const hitRatio = (t: number) => popularity.reduce((s, p) => s + p * -Math.expm1(-p * t), 0);
  const entries = (t: number) => popularity.reduce((s, p) => s + -Math.expm1(-p * t), 0);
  let lo = 0;
  let hi = 1;
  while (hitRatio(hi) < targetHitRatio && hi < 1e15) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (hitRatio(mid) < targetHitRatio) lo = mid;
    else hi = mid;
  }
  return Math.min(popularity.length, Math.ceil(entries(hi)));
}
