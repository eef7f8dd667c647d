/**
 * @expect fail: Evicts the least recently used entry
 * Audit learner: off by one. Starts the scan at position 1 with entries[1] as the best so far, so
 * the entry at position 0 can never be chosen, even when it is the least recently used.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): number {
  let best = 1;
  for (let i = 1; i < entries.length; i++)
    if (entries[i]!.lastUsedAtMs < entries[best]!.lastUsedAtMs) best = i;
  return best;
}
