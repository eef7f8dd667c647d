/**
 * @expect fail: No more than
 * Keeps the target share of the keys, as if every key were read equally often.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  return Math.round(popularity.length * targetHitRatio);
}
