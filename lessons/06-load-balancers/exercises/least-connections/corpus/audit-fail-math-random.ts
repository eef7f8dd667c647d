/**
 * @expect fail: Breaks ties with state.random()
 * Breaks ties with Math.random instead of the seeded state.random(), so runs cannot be repeated.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers) => {
  const fewest = Math.min(...servers.map((s) => s.connections));
  const tied = servers.filter((s) => s.connections === fewest);
  return tied[Math.floor(Math.random() * tied.length)]!;
};
