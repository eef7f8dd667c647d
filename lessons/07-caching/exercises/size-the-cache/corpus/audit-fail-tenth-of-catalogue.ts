/**
 * @expect fail: Reaches the target hit ratio
 * Audit learner: remembers the chapter's example (a cache of a tenth of the products) and returns
 * a tenth of the keys whatever the popularity and the target.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  void targetHitRatio;
  return Math.ceil(popularity.length / 10);
}
