/**
 * @expect fail: p99 at least 20 %
 * Multiplies by the speed instead of dividing, so the fast servers look the most expensive.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers) => {
  let best = 0;
  for (let i = 1; i < servers.length; i++) {
    const s = servers[i]!;
    const b = servers[best]!;
    if ((s.connections + 1) * s.speed < (b.connections + 1) * b.speed) best = i;
  }
  return best;
};
