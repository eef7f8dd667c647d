/**
 * @expect fail: No more than 10 %
 * Audit learner: the bisection felt slow, so the answer is cached in a module-level Map keyed by
 * the target alone. A second workload with the same target gets the first workload's size.
 */
import { cheHitRatio } from 'archlab';

const answers = new Map<number, number>();

export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const known = answers.get(targetHitRatio);
  if (known !== undefined) return known;
  let lo = 0;
  let hi = popularity.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cheHitRatio(popularity, mid) >= targetHitRatio) hi = mid;
    else lo = mid + 1;
  }
  answers.set(targetHitRatio, lo);
  return lo;
}
