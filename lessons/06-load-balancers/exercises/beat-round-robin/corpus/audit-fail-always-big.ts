/**
 * @expect fail: p99 at most a quarter
 * Sends everything to the fastest server: it cannot carry 70 % of the whole fleet's load.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers) =>
  servers.reduce((a, b) => (b.speed * b.cores > a.speed * a.cores ? b : a));
