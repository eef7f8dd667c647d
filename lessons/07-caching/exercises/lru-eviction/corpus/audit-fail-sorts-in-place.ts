/**
 * @expect fail: Evicts the least recently used entry
 * Audit learner: sorts the entries by lastUsedAtMs and takes the first, but sorts the list it was
 * given in place (a cast past `readonly`, or a type error ignored: the code still runs), reordering
 * the cache's own list of entries behind its back.
 */
import type { CacheEntryView } from 'archlab';

export function victim(entries: readonly CacheEntryView[]): CacheEntryView {
  const list = entries as CacheEntryView[];
  list.sort((a, b) => a.lastUsedAtMs - b.lastUsedAtMs);
  return list[0]!;
}
