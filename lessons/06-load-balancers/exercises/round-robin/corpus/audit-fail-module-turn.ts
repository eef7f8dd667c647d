/**
 * @expect fail: A fresh load balancer
 * Keeps the turn in a module variable: it works once, but a fresh load balancer starts mid-cycle.
 */
import type { StrategyFn } from 'archlab';

let turn = 0;
export const roundRobin: StrategyFn = (servers) => {
  const pick = turn % servers.length;
  turn++;
  return pick;
};
