/**
 * @expect fail: p99 at least 20 % below
 * Plain least connections with random ties: ignores how fast each server works.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers, _request, state) => {
  const fewest = Math.min(...servers.map((s) => s.connections));
  const tied = servers.filter((s) => s.connections === fewest);
  return tied[Math.floor(state.random() * tied.length)]!;
};
