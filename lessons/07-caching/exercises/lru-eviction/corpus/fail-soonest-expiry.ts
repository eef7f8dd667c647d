/**
 * @expect fail: Evicts the least recently used
 * Evicts the entry closest to expiring (Redis's volatile-ttl idea), which is not the least recently used.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  return entries.reduce((a, b) => (b.expiresAtMs < a.expiresAtMs ? b : a));
}
