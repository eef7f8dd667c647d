/**
 * @expect fail: Evicts the least recently used entry
 * Audit learner: takes "least recently used" to mean "stored longest ago" and evicts the smallest
 * storedAtMs (FIFO): an entry stored first but read a moment ago is thrown out.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  let oldest = entries[0]!;
  for (const e of entries) if (e.storedAtMs < oldest.storedAtMs) oldest = e;
  return oldest;
}
