/**
 * @expect pass
 * Audit learner: reduce over the positions and return the position of the least recently used
 * entry (the starter allows an entry or its position). Ties go to the later position (<=).
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): number {
  return entries.reduce(
    (best, entry, i) => (entry.lastUsedAtMs <= entries[best]!.lastUsedAtMs ? i : best),
    0,
  );
}
