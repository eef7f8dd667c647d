/**
 * @expect fail: p99 at least 20 %
 * Random in proportion to speed: the right shares on average, but blind to the queues.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers, _request, state) => {
  const total = servers.reduce((sum, s) => sum + s.speed * s.cores, 0);
  let r = state.random() * total;
  for (let i = 0; i < servers.length; i++) {
    r -= servers[i]!.speed * servers[i]!.cores;
    if (r < 0) return i;
  }
  return servers.length - 1;
};
