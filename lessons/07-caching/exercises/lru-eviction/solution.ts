// The cache is full and a new product must be stored: which entry goes?
// LRU: evict the entry that was used (read or stored) least recently.
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  // One pass for the smallest lastUsedAtMs: a hit refreshes it, so popular entries stay.
  let lru = entries[0]!;
  for (const e of entries) if (e.lastUsedAtMs < lru.lastUsedAtMs) lru = e;
  return lru;
}
