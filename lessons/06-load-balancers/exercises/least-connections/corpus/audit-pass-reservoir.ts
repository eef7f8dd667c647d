/**
 * @expect pass
 * One pass; on a tie switches to the new server with probability 1 / ties (reservoir sampling).
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers, _request, state) => {
  let best = 0;
  let ties = 1;
  for (let i = 1; i < servers.length; i++) {
    const c = servers[i]!.connections;
    const b = servers[best]!.connections;
    if (c < b) {
      best = i;
      ties = 1;
    } else if (c === b) {
      ties++;
      if (state.random() < 1 / ties) best = i;
    }
  }
  return best;
};
