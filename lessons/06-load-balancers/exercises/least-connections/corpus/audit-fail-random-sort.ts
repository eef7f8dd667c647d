/**
 * @expect fail: Breaks ties at random
 * Shuffles with a random comparator and then sorts by connections; the comparator is not a fair
 * shuffle, so tied servers are not equally likely.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers, _request, state) => {
  const shuffled = [...servers].sort(() => state.random() - 0.5);
  return shuffled.sort((a, b) => a.connections - b.connections)[0]!;
};
