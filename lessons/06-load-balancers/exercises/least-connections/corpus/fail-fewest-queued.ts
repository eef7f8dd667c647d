/**
 * @expect fail: Picks a server with the fewest open connections
 * Compares the requests waiting in the queue (queued), which ignores the one in service: 1 and 0 connections look alike.
 */
import type { StrategyFn } from 'archlab';

export const leastConnections: StrategyFn = (servers, _request, state) => {
  const fewest = Math.min(...servers.map((s) => s.queued));
  const tied = servers.filter((s) => s.queued === fewest);
  return tied[Math.floor(state.random() * tied.length)]!;
};
