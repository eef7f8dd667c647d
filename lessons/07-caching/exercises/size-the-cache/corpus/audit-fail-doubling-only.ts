/**
 * @expect fail: No more than 10 %
 * Audit learner: the half-done search. Doubles the characteristic time until Che's hit ratio
 * reaches the target and returns the keys held at that time, without narrowing it down by
 * bisection: the size can be anything up to twice the one needed.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const hit = (t: number): number => popularity.reduce((h, p) => h + p * -Math.expm1(-p * t), 0);
  const held = (t: number): number => popularity.reduce((c, p) => c - Math.expm1(-p * t), 0);
  let t = 1;
  while (hit(t) < targetHitRatio) t *= 2;
  return Math.min(popularity.length, Math.ceil(held(t)));
}
