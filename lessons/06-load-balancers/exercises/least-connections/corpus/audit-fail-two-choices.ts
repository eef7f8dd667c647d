/**
 * @expect fail: Picks a server with the fewest
 * Power of two choices instead of least connections: it looks at two random servers, not all.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers, _request, state) => {
  const a = Math.floor(state.random() * servers.length);
  const b = Math.floor(state.random() * servers.length);
  return servers[a]!.connections <= servers[b]!.connections ? a : b;
};
