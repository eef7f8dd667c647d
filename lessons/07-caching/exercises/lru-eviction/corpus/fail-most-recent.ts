/**
 * @expect fail: Evicts the least recently used
 * The comparison is the wrong way round: evicts the most recently used entry.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  return entries.reduce((a, b) => (b.lastUsedAtMs > a.lastUsedAtMs ? b : a));
}
