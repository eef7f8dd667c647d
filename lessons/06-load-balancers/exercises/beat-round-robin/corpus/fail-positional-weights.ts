/**
 * @expect fail: p99 at least 20 % below
 * Hard-codes the speeds 1, 1, 2, 4 by position, as the goal lists them, instead of reading server.speed.
 */
import type { StrategyFn } from 'archlab';

const SPEEDS = [1, 1, 2, 4];

export const fastest: StrategyFn = (servers) => {
  let best = 0;
  servers.forEach((s, i) => {
    const b = servers[best]!;
    if ((s.connections + 1) / SPEEDS[i]! < (b.connections + 1) / SPEEDS[best]!) best = i;
  });
  return best;
};
