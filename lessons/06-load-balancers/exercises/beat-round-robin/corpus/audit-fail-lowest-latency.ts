/**
 * @expect fail: p99 at most a quarter
 * Picks the lowest peakEwmaMs alone, ignoring open connections, so every request piles onto
 * the server that was fast a moment ago.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers) => {
  let best = 0;
  for (let i = 1; i < servers.length; i++) {
    if (servers[i]!.peakEwmaMs < servers[best]!.peakEwmaMs) best = i;
  }
  return best;
};
