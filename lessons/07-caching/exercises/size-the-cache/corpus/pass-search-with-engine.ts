/**
 * @expect pass
 * Binary search on the number of entries, asking the engine's Che approximation for each size.
 */
import { cheHitRatio } from 'archlab';

export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  let lo = 1;
  let hi = popularity.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cheHitRatio(popularity, mid) >= targetHitRatio) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
