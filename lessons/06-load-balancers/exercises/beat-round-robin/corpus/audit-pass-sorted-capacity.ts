/**
 * @expect pass
 * Sorts by expected finishing time of the new request, each server's queue plus the request over
 * its capacity; the sort is stable and ties are rare once the servers are busy.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers) =>
  [...servers].sort(
    (a, b) => (a.connections + 1) / (a.cores * a.speed) - (b.connections + 1) / (b.cores * b.speed),
  )[0]!;
