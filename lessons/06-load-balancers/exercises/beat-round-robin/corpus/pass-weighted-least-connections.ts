/**
 * @expect pass
 * Weighted least connections: connections ÷ speed (no +1), ties to the first. A different scheduler from shortest expected delay, and it meets the goal too.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers) => {
  let best = 0;
  servers.forEach((s, i) => {
    const b = servers[best]!;
    if (s.connections / s.speed < b.connections / b.speed) best = i;
  });
  return best;
};
