// The cache is full and a new product must be stored: which entry goes?
// Write LRU: evict the entry that was used (read or stored) least recently.
// `entries` come in no particular order; return the entry to evict, or its position in `entries`.
// Each entry has key, storedAtMs, lastUsedAtMs, expiresAtMs and hits.
import type { CacheEntryView, EvictionState } from 'archlab';

export function victim(entries: readonly CacheEntryView[], state: EvictionState): CacheEntryView {
  // TODO: this throws out a random entry, popular or not.
  return entries[Math.floor(state.random() * entries.length)]!;
}
