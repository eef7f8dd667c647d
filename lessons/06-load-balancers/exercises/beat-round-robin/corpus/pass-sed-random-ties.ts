/**
 * @expect pass
 * Shortest expected delay with ties broken at random, written with reduce over the server objects.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers, _request, state) => {
  const delay = (s: (typeof servers)[number]) => (s.connections + 1) / (s.cores * s.speed);
  const best = Math.min(...servers.map(delay));
  const tied = servers.filter((s) => delay(s) === best);
  return tied[Math.floor(state.random() * tied.length)]!;
};
