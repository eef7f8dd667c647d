/**
 * @expect fail: p99 at most a quarter
 * Always sends to the fastest server: it gets 280 requests per second but answers 200.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers) => {
  let best = 0;
  servers.forEach((s, i) => {
    if (s.speed > servers[best]!.speed) best = i;
  });
  return best;
};
