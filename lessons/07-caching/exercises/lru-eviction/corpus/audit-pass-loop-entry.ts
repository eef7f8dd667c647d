/**
 * @expect pass
 * Audit learner: one pass over the entries keeping the one with the smallest lastUsedAtMs, and
 * returns the entry itself.
 */
import type { CacheEntryView, EvictionState } from 'archlab';

export function victim(entries: readonly CacheEntryView[], state: EvictionState): CacheEntryView {
  void state;
  let oldest = entries[0]!;
  for (const entry of entries) {
    if (entry.lastUsedAtMs < oldest.lastUsedAtMs) oldest = entry;
  }
  return oldest;
}
