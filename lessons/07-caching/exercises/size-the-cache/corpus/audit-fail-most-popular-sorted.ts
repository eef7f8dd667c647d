/**
 * @expect fail: Reaches the target hit ratio
 * Audit learner: sorts the keys by popularity and counts the most popular ones until their
 * probabilities add up to the target, as if LRU held exactly the top keys. LRU also holds rare keys
 * read once, so this size falls short of the target.
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  const sorted = [...popularity].sort((a, b) => b - a);
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) {
    sum += sorted[i]!;
    if (sum >= targetHitRatio) return i + 1;
  }
  return sorted.length;
}
