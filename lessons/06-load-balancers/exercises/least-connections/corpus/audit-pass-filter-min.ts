/**
 * @expect pass
 * Finds the minimum with Math.min, keeps every server at it, and picks one with state.random().
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers, _request, state) => {
  const fewest = Math.min(...servers.map((s) => s.connections));
  const tied = servers.filter((s) => s.connections === fewest);
  return tied[Math.floor(state.random() * tied.length)]!;
};
