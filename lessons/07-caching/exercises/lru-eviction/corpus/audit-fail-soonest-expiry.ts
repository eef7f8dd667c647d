/**
 * @expect fail: Evicts the least recently used entry
 * Audit learner: evicts the entry that expires soonest (volatile-ttl), reasoning it is worth least.
 * Without a TTL every expiresAtMs is Infinity and it always takes the first entry.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  let pick = entries[0]!;
  for (const e of entries) if (e.expiresAtMs < pick.expiresAtMs) pick = e;
  return pick;
}
