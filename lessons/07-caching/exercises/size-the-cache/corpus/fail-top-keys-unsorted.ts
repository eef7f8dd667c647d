/**
 * @expect fail: Reaches the target
 * Sums the popularity in the order given, as if the most popular keys came first.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  let share = 0;
  for (let k = 0; k < popularity.length; k++) {
    share += popularity[k]!;
    if (share >= targetHitRatio) return k + 1;
  }
  return popularity.length;
}
