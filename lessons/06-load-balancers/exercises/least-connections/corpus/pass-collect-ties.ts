/**
 * @expect pass
 * Finds the fewest connections, collects every server that has that many, and picks one of them at random.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers, _request, state) => {
  const fewest = Math.min(...servers.map((s) => s.connections));
  const tied = servers.filter((s) => s.connections === fewest);
  return tied[Math.floor(state.random() * tied.length)]!;
};
