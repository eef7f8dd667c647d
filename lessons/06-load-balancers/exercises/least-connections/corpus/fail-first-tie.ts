/**
 * @expect fail: Breaks ties at random
 * Keeps the first server with the fewest connections: every tie goes to the earliest position.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers) => {
  let best = 0;
  for (let i = 1; i < servers.length; i++) {
    if (servers[i]!.connections < servers[best]!.connections) best = i;
  }
  return best;
};
