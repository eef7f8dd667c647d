/**
 * @expect fail: Written by you
 * Audit learner: calls the engine's lruVictim and hands its answer back, instead of writing LRU.
 */
import { lruVictim, type CacheEntryView, type EvictionState } from 'archlab';

export function victim(entries: readonly CacheEntryView[], state: EvictionState): CacheEntryView {
  const choice = lruVictim(entries, state);
  return typeof choice === 'number' ? entries[choice]! : choice;
}
