/**
 * @expect pass
 * Sorts a copy by last use and returns the first.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  return [...entries].sort((a, b) => a.lastUsedAtMs - b.lastUsedAtMs)[0]!;
}
