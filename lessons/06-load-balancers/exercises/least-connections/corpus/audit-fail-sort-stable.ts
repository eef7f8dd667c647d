/**
 * @expect fail: Breaks ties at random
 * Sorts a copy by connections and takes the head: the sort is stable, so ties go to the first.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers) =>
  [...servers].sort((a, b) => a.connections - b.connections)[0]!;
