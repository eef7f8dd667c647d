/**
 * @expect fail: Evicts the least recently used entry
 * Audit learner: copies the entries (to be safe with the readonly list), sorts the copies and
 * returns the first copy: an object with the right key, but not the entry the cache holds.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  const copies = entries.map((e) => ({ ...e }));
  copies.sort((a, b) => a.lastUsedAtMs - b.lastUsedAtMs);
  return copies[0]!;
}
