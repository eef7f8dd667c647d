/**
 * @expect fail: Evicts the least recently used
 * Evicts the entry stored first (FIFO): a popular product read a moment ago goes because it was stored early.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  return entries.reduce((a, b) => (b.storedAtMs < a.storedAtMs ? b : a));
}
