/**
 * @expect pass
 * Audit learner: sorts a copy by lastUsedAtMs, breaking ties by the larger key, and takes the
 * first. Slower than a scan, but the same choice up to ties.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  const byAge = [...entries].sort((a, b) => a.lastUsedAtMs - b.lastUsedAtMs || b.key - a.key);
  return byAge[0]!;
}
