/**
 * @expect fail: Starts afresh
 * Audit learner: distrusts lastUsedAtMs and keeps the latest time it has seen for each key in a
 * module-level Map, evicting the key with the smallest remembered time. The Map outlives the cache:
 * in a new cache (time starting again from 0) every key still carries the old run's times.
 */
import type { CacheEntryView } from 'archlab';

const lastSeen = new Map<number, number>();

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  for (const e of entries) lastSeen.set(e.key, Math.max(lastSeen.get(e.key) ?? -1, e.lastUsedAtMs));
  let pick = entries[0]!;
  for (const e of entries) if (lastSeen.get(e.key)! < lastSeen.get(pick.key)!) pick = e;
  return pick;
}
