/**
 * @expect fail: Reaches the target hit ratio
 * Audit learner: computes Che's hit ratio as a percentage (×100, as the chapter's tables print it)
 * and compares it with the target, which is a fraction: any size above zero "reaches" it.
 */
import { cheHitRatio } from 'archlab';

export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  for (let c = 1; c <= popularity.length; c++) {
    if (cheHitRatio(popularity, c) * 100 >= targetHitRatio) return c;
  }
  return popularity.length;
}
