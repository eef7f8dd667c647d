/**
 * @expect fail: Evicts the least recently used entry
 * Audit learner: assumes the cache hands entries over oldest first and evicts entries[0].
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): number {
  void entries;
  return 0;
}
