// The servers behind this load balancer are not equal: two old ones, one twice as fast, one
// four times as fast. Write a strategy whose p99 latency beats round robin's by far, and even
// beats plain least connections — which ignores how fast each server is.
import type { StrategyFn } from 'archlab';

/** Your strategy. Each server shows `connections`, `cores`, `speed`, `weight`, `peakEwmaMs`, … */
export const fastest: StrategyFn = (servers, request, state) => {
  // A random pick: as bad as round robin on unequal servers.
  // TODO: estimate, for each server, how long a new request would take there, and pick the
  // server where it would be answered soonest.
  return Math.floor(state.random() * servers.length);
};
