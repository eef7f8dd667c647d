/**
 * @expect fail: Starts afresh
 * Keeps the recency order in a module-level Map instead of state.data, so a second cache inherits the first one's keys.
 */
import type { CacheEntryView } from 'archlab';

const order = new Map<number, true>();

export function touched(entry: CacheEntryView): void {
  order.delete(entry.key);
  order.set(entry.key, true);
}

export function victim(entries: readonly CacheEntryView[]): number {
  const lru = order.keys().next().value;
  order.delete(lru!);
  return entries.findIndex((e) => e.key === lru);
}
