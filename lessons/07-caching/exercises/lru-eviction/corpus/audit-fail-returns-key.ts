/**
 * @expect fail: Evicts the least recently used entry
 * Audit learner: finds the least recently used entry, then returns its key. A number is read as a
 * position in `entries`, so another entry (or none) is evicted.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): number {
  let oldest = entries[0]!;
  for (const e of entries) if (e.lastUsedAtMs < oldest.lastUsedAtMs) oldest = e;
  return oldest.key;
}
