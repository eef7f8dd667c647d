// How many entries must an LRU cache hold to answer a target share of the reads?
// popularity[k] is the probability that a read asks for key k: the values sum to 1 and come in
// no particular order. Reads are independent of each other.
// Return the smallest whole number of entries whose LRU hit ratio reaches targetHitRatio (0–1).
export function entriesFor(popularity: readonly number[], targetHitRatio: number): number {
  // TODO: keeping that share of the keys wastes memory when a few keys get most of the reads.
  return Math.ceil(popularity.length * targetHitRatio);
}
