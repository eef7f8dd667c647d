/**
 * @expect fail: Evicts the least recently used
 * Evicts the entry with the fewest hits (LFU): an entry read often long ago outlives one just stored.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  return entries.reduce((a, b) => (b.hits < a.hits ? b : a));
}
