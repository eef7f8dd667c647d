/**
 * @expect fail: Evicts the least recently used entry
 * Audit learner: "least used" read as "used the fewest times": evicts the entry with the fewest
 * hits (LFU), ties to the first in the list.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  let fewest = entries[0]!;
  for (const e of entries) if (e.hits < fewest.hits) fewest = e;
  return fewest;
}
