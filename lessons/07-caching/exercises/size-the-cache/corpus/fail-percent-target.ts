/**
 * @expect fail: Reaches the target
 * Solves Che's equation correctly but treats the target as a percentage (0.8 read as 0.8 %).
 */
import { cheHitRatio } from 'archlab';

export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const target = targetHitRatio / 100;
  let lo = 1;
  let hi = popularity.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cheHitRatio(popularity, mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
