/**
 * @expect fail: p99 at least 20 % below
 * Multiplies by the speed instead of dividing, so the slow servers look the most attractive.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers) => {
  let best = 0;
  servers.forEach((s, i) => {
    const b = servers[best]!;
    if ((s.connections + 1) * s.speed < (b.connections + 1) * b.speed) best = i;
  });
  return best;
};
