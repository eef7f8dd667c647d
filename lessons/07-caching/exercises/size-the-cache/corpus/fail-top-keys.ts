/**
 * @expect fail: Reaches the target
 * Counts the most popular keys until their share of the reads reaches the target: that is what a
 * cache holding exactly the top keys would hit, not what LRU does (LRU also holds recent one-off keys).
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const sorted = [...popularity].sort((a, b) => b - a);
  let share = 0;
  for (let k = 0; k < sorted.length; k++) {
    share += sorted[k]!;
    if (share >= targetHitRatio) return k + 1;
  }
  return sorted.length;
}
