/**
 * @expect pass
 * Audit learner: finds the smallest lastUsedAtMs with Math.min, then the first entry that has it.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  let oldest = Infinity;
  for (const e of entries) oldest = Math.min(oldest, e.lastUsedAtMs);
  return entries.find((e) => e.lastUsedAtMs === oldest)!;
}
