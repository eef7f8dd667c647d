/**
 * @expect fail: Breaks ties at random
 * Flips a fair coin at each tie, so the last tied server wins half the time and the first rarely.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers, _request, state) => {
  let best = 0;
  for (let i = 1; i < servers.length; i++) {
    const c = servers[i]!.connections;
    const b = servers[best]!.connections;
    if (c < b || (c === b && state.random() < 0.5)) best = i;
  }
  return best;
};
