/**
 * @expect fail: Evicts the least recently used entry
 * Audit learner: copies Redis's approximate LRU from the chapter: samples 5 entries at random (with
 * the seeded state.random) and evicts the least recently used of the sample, not of the whole cache.
 */
import type { CacheEntryView, EvictionState } from 'archlab';

const SAMPLES = 5;

export function victim(entries: readonly CacheEntryView[], state: EvictionState): CacheEntryView {
  if (entries.length <= SAMPLES) {
    let oldest = entries[0]!;
    for (const e of entries) if (e.lastUsedAtMs < oldest.lastUsedAtMs) oldest = e;
    return oldest;
  }
  let oldest: CacheEntryView | undefined;
  for (let i = 0; i < SAMPLES; i++) {
    const e = entries[Math.floor(state.random() * entries.length)]!;
    if (oldest === undefined || e.lastUsedAtMs < oldest.lastUsedAtMs) oldest = e;
  }
  return oldest!;
}
