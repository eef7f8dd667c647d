/**
 * @expect fail: Breaks ties at random
 * Uses <= while scanning, so every tie goes to the last tied server.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers) => {
  let best = 0;
  for (let i = 1; i < servers.length; i++) {
    if (servers[i]!.connections <= servers[best]!.connections) best = i;
  }
  return best;
};
