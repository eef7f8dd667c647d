/**
 * @expect pass
 * Gives every server a random tie-breaking key and takes the smallest (connections, key) pair.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers, _request, state) => {
  const ranked = servers
    .map((server, index) => ({ index, connections: server.connections, key: state.random() }))
    .sort((a, b) => a.connections - b.connections || a.key - b.key);
  return ranked[0]!.index;
};
