/**
 * @expect fail: No more than 10 %
 * Audit learner: adds up the probabilities in the order they come, as if index 0 were the most
 * popular key (the chapter's Zipf table is ranked, but these values come in no particular order).
 */
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  let sum = 0;
  for (let i = 0; i < popularity.length; i++) {
    sum += popularity[i]!;
    if (sum >= targetHitRatio) return i + 1;
  }
  return popularity.length;
}
