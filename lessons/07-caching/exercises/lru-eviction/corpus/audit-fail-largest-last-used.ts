/**
 * @expect fail: Evicts the least recently used entry
 * Audit learner: comparison the wrong way round: keeps the largest lastUsedAtMs, so it evicts the
 * entry used most recently.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  let pick = entries[0]!;
  for (const e of entries) if (e.lastUsedAtMs > pick.lastUsedAtMs) pick = e;
  return pick;
}
