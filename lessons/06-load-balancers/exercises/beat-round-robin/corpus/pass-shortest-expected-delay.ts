/**
 * @expect pass
 * Shortest expected delay: (connections + 1) ÷ (cores × speed), smallest wins, ties to the first.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers) => {
  let best = 0;
  let bestDelay = Infinity;
  servers.forEach((s, i) => {
    const delay = (s.connections + 1) / (s.cores * s.speed);
    if (delay < bestDelay) {
      bestDelay = delay;
      best = i;
    }
  });
  return best;
};
