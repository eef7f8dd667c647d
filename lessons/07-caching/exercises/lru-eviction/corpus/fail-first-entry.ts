/**
 * @expect fail: Evicts the least recently used
 * Assumes the entries arrive oldest first and evicts entries[0].
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): number {
  return entries.length > 0 ? 0 : -1;
}
