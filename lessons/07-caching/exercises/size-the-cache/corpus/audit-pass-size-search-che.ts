/**
 * @expect pass
 * Audit learner: binary search on the size itself, asking the engine's cheHitRatio whether a size
 * reaches the target (the hint's second way). Finds the smallest whole size that does.
 */
import { cheHitRatio } from 'archlab';

export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  let lo = 0;
  let hi = popularity.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cheHitRatio(popularity, mid) >= targetHitRatio) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
