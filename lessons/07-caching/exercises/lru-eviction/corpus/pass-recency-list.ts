/**
 * @expect pass
 * Keeps its own recency order (a Map re-inserted on every use, the classic O(1) LRU) in state.data
 * through the touched and removed hooks, and evicts the first key of that order.
 */
import type { CacheEntryView, EvictionState } from 'archlab';

function order(state: EvictionState): Map<number, true> {
  state.data['order'] ??= new Map<number, true>();
  return state.data['order'] as Map<number, true>;
}

export function touched(entry: CacheEntryView, state: EvictionState): void {
  const o = order(state);
  o.delete(entry.key);
  o.set(entry.key, true);
}

export function removed(entry: CacheEntryView, state: EvictionState): void {
  order(state).delete(entry.key);
}

export function victim(entries: readonly CacheEntryView[], state: EvictionState): number {
  const lru = order(state).keys().next().value;
  return entries.findIndex((e) => e.key === lru);
}
