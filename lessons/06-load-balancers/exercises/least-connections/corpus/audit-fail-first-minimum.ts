/**
 * @expect fail: Breaks ties at random
 * Takes the first server with the fewest connections: ties always go to the front of the list.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers) => {
  let best = 0;
  for (let i = 1; i < servers.length; i++) {
    if (servers[i]!.connections < servers[best]!.connections) best = i;
  }
  return best;
};
