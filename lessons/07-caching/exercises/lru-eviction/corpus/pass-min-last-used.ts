/**
 * @expect pass
 * A linear scan for the smallest lastUsedAtMs.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  let oldest = entries[0]!;
  for (const e of entries) if (e.lastUsedAtMs < oldest.lastUsedAtMs) oldest = e;
  return oldest;
}
