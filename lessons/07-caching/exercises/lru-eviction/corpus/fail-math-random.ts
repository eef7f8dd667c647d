/**
 * @expect fail: Evicts the least recently used
 * Random eviction with Math.random.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): number {
  return Math.floor(Math.random() * entries.length);
}
